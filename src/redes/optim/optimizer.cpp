#include "redes/optim/optimizer.hpp"

#include <cmath>

#include "redes/error.hpp"

namespace redes {

Optimizer::Optimizer(double eta) : eta_(0.0) { set_eta(eta); }

void Optimizer::set_eta(double eta) {
    if (!(eta > 0.0) || !std::isfinite(eta))
        throw ValueError("optimizer: learning rate η = " + std::to_string(eta) +
                         " must be positive and finite");
    eta_ = eta;
}

// θ_{k+1} ← θ_k − η g_k
void GradientDescent::step(Vector& theta, const Vector& g) {
    if (theta.size() != g.size())
        throw ShapeError("gd step: θ of size " + std::to_string(theta.size()) +
                         " and gradient of size " + std::to_string(g.size()));
    for (std::size_t i = 0; i < theta.size(); ++i) theta[i] -= eta_ * g[i];
}

}  // namespace redes
