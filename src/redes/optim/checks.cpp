#include "redes/optim/checks.hpp"

#include <cmath>

#include "redes/error.hpp"
#include "redes/text.hpp"

namespace redes::optim_check {

std::string num(double x) { return redes::num(x, "%.10g"); }

void positive(const std::string& who, const std::string& name, double value) {
    if (!(value > 0.0) || !std::isfinite(value))
        throw ValueError(who + ": " + name + " = " + num(value) + " must be positive and finite");
}

void unit_interval(const std::string& who, const std::string& name, double value) {
    if (!(value >= 0.0 && value < 1.0))
        throw ValueError(who + ": " + name + " = " + num(value) + " must be in [0, 1)");
}

void same_size(const std::string& who, const Vector& theta, const Vector& g) {
    if (theta.size() != g.size())
        throw ShapeError(who + " step: θ of size " + std::to_string(theta.size()) +
                         " and gradient g of size " + std::to_string(g.size()));
}

void state_size(const std::string& who, const std::string& state, std::size_t state_size,
                std::size_t theta_size) {
    if (state_size != theta_size)
        throw ShapeError(who + " step: θ of size " + std::to_string(theta_size) +
                         " but the state " + state + " has size " + std::to_string(state_size) +
                         " from earlier steps (call reset() before a new problem)");
}

}  // namespace redes::optim_check
