#include "redes/optim/mlp_objective.hpp"

#include <string>

#include "redes/backprop/efficient.hpp"
#include "redes/error.hpp"
#include "redes/linalg/select.hpp"
#include "redes/risk/empirical_risk.hpp"

namespace redes {

MLPObjective::MLPObjective(MLP net, Cost J, Matrix X, Matrix Y)
    : net_(std::move(net)), J_(J), X_(std::move(X)), Y_(std::move(Y)) {
    if (X_.rows() != net_.input_size() || Y_.rows() != net_.output_size() || X_.cols() != Y_.cols())
        throw ShapeError("MLPObjective: inputs " + shape_str(X_.rows(), X_.cols()) + " and targets " +
                         shape_str(Y_.rows(), Y_.cols()) + " for a network " +
                         std::to_string(net_.input_size()) + " → " + std::to_string(net_.output_size()));
    if (X_.cols() == 0) throw ShapeError("MLPObjective: no samples (M = 0)");
}

MLP MLPObjective::net(const Vector& theta) const {
    MLP n = net_;
    n.set_parameters(theta);
    return n;
}

// R̂_B(θ) = (1/|B|) Σ_{m∈B} J(f(x_m; θ); y_m)
double MLPObjective::risk(const Vector& theta, const std::vector<std::size_t>& batch) const {
    return redes::empirical_risk(net(theta), J_, select_columns(X_, batch), select_columns(Y_, batch));
}

Vector MLPObjective::gradient(const Vector& theta, const std::vector<std::size_t>& batch) const {
    Vector g;
    risk_and_gradient(theta, batch, g);
    return g;
}

double MLPObjective::risk_and_gradient(const Vector& theta, const std::vector<std::size_t>& batch,
                                       Vector& g) const {
    const RiskAndGradient rg =
        redes::risk_and_gradient(net(theta), J_, select_columns(X_, batch), select_columns(Y_, batch));
    g = rg.gradient.flatten();
    return rg.R_hat;
}

}  // namespace redes
