#include "redes/optim/rmsprop.hpp"

#include "redes/optim/checks.hpp"

namespace redes {

RMSProp::RMSProp(double eta, double rho, double delta, DeltaPlacement where)
    : Optimizer("rmsprop", eta), rho_(rho), delta_(delta), where_(where) {
    optim_check::unit_interval(RMSProp::name(), "ρ", rho);
    optim_check::positive(RMSProp::name(), "δ", delta);
}

std::string RMSProp::name() const {
    return where_ == DeltaPlacement::inside_sqrt ? "rmsprop" : "rmsprop_pytorch";
}

void RMSProp::step(Vector& theta, const Vector& g) {
    optim_check::same_size(name(), theta, g);
    if (r_.empty()) r_ = Vector(theta.size());  // r_0 = 0
    optim_check::state_size(name(), "r", r_.size(), theta.size());
    for (std::size_t i = 0; i < theta.size(); ++i) {
        // r_{k+1} ← ρ r_k + (1 − ρ) g_k ⊙ g_k
        r_[i] = rho_ * r_[i] + (1.0 - rho_) * g[i] * g[i];
        // θ_{k+1} ← θ_k − η/√(δ + r_{k+1}) ⊙ g_k
        // (outside_sqrt, PyTorch: θ_{k+1} ← θ_k − η/(δ + √r_{k+1}) ⊙ g_k; delta_placement.hpp)
        theta[i] -= eta_ / delta_denominator(r_[i], delta_, where_) * g[i];
    }
}

}  // namespace redes
