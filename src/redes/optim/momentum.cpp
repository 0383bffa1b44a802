#include "redes/optim/momentum.hpp"

#include "redes/optim/checks.hpp"

namespace redes {

Momentum::Momentum(double eta, double alpha, MomentumForm form)
    : Optimizer(form == MomentumForm::notes ? "momentum" : "momentum_pytorch", eta),
      alpha_(alpha),
      form_(form) {
    optim_check::unit_interval(Momentum::name(), form == MomentumForm::notes ? "α" : "μ (alpha)",
                               alpha);
}

std::string Momentum::name() const {
    return form_ == MomentumForm::notes ? "momentum" : "momentum_pytorch";
}

void Momentum::step(Vector& theta, const Vector& g) {
    optim_check::same_size(name(), theta, g);
    if (v_.empty()) v_ = Vector(theta.size());  // v_0 = 0
    optim_check::state_size(name(), "v", v_.size(), theta.size());
    const std::size_t D = theta.size();
    if (form_ == MomentumForm::notes) {
        // v_{k+1} ← α v_k − η g_k
        for (std::size_t i = 0; i < D; ++i) v_[i] = alpha_ * v_[i] - eta_ * g[i];
        // θ_{k+1} ← θ_k + v_{k+1}
        for (std::size_t i = 0; i < D; ++i) theta[i] += v_[i];
    } else {
        // v_{k+1} ← μ v_k + g_k   (PyTorch)
        for (std::size_t i = 0; i < D; ++i) v_[i] = alpha_ * v_[i] + g[i];
        // θ_{k+1} ← θ_k − η v_{k+1}   (PyTorch)
        for (std::size_t i = 0; i < D; ++i) theta[i] -= eta_ * v_[i];
    }
}

}  // namespace redes
