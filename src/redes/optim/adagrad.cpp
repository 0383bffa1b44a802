#include "redes/optim/adagrad.hpp"

#include "redes/optim/checks.hpp"
#include "redes/optim/delta_placement.hpp"

namespace redes {

AdaGrad::AdaGrad(double eta, double delta) : Optimizer("adagrad", eta), delta_(delta) {
    optim_check::positive("adagrad", "δ", delta);
}

void AdaGrad::step(Vector& theta, const Vector& g) {
    optim_check::same_size("adagrad", theta, g);
    if (r_.empty()) r_ = Vector(theta.size());  // r_0 = 0
    optim_check::state_size("adagrad", "r", r_.size(), theta.size());
    for (std::size_t i = 0; i < theta.size(); ++i) {
        // r_{k+1} ← r_k + g_k ⊙ g_k
        r_[i] += g[i] * g[i];
        // θ_{k+1} ← θ_k − η/(δ + √r_{k+1}) ⊙ g_k
        theta[i] -= eta_ / delta_denominator(r_[i], delta_, DeltaPlacement::outside_sqrt) * g[i];
    }
}

}  // namespace redes
