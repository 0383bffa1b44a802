#include "redes/optim/adam.hpp"

#include <cmath>

#include "redes/optim/checks.hpp"

namespace redes {

Adam::Adam(double eta, double rho1, double rho2, double delta, DeltaPlacement where)
    : Optimizer("adam", eta), rho1_(rho1), rho2_(rho2), delta_(delta), where_(where) {
    optim_check::unit_interval(Adam::name(), "ρ₁", rho1);
    optim_check::unit_interval(Adam::name(), "ρ₂", rho2);
    optim_check::positive(Adam::name(), "δ", delta);
}

std::string Adam::name() const {
    return where_ == DeltaPlacement::outside_sqrt ? "adam" : "adam(delta inside sqrt)";
}

void Adam::reset() {
    k_ = 0;
    s_ = Vector();
    r_ = Vector();
}

void Adam::step(Vector& theta, const Vector& g) {
    optim_check::same_size(name(), theta, g);
    if (s_.empty()) {  // s_0 = 0, r_0 = 0
        s_ = Vector(theta.size());
        r_ = Vector(theta.size());
    }
    optim_check::state_size(name(), "s", s_.size(), theta.size());
    const double c1 = 1.0 - std::pow(rho1_, static_cast<double>(k_ + 1));  // 1 − ρ₁^{k+1}
    const double c2 = 1.0 - std::pow(rho2_, static_cast<double>(k_ + 1));  // 1 − ρ₂^{k+1}
    for (std::size_t i = 0; i < theta.size(); ++i) {
        // s_{k+1} ← ρ₁ s_k + (1 − ρ₁) g_k
        s_[i] = rho1_ * s_[i] + (1.0 - rho1_) * g[i];
        // r_{k+1} ← ρ₂ r_k + (1 − ρ₂) g_k ⊙ g_k
        r_[i] = rho2_ * r_[i] + (1.0 - rho2_) * g[i] * g[i];
        // ŝ = s_{k+1}/(1 − ρ₁^{k+1}),  r̂ = r_{k+1}/(1 − ρ₂^{k+1})
        const double s_hat = s_[i] / c1;
        const double r_hat = r_[i] / c2;
        // θ_{k+1} ← θ_k − η ŝ/(δ + √r̂)
        // (inside_sqrt: θ_{k+1} ← θ_k − η ŝ/√(δ + r̂); delta_placement.hpp)
        theta[i] -= eta_ * s_hat / delta_denominator(r_hat, delta_, where_);
    }
    ++k_;
}

}  // namespace redes
