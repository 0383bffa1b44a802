#include "redes/optim/optimizer.hpp"

#include "redes/error.hpp"
#include "redes/optim/checks.hpp"

namespace redes {

Optimizer::Optimizer(double eta) : Optimizer("optimizer", eta) {}

Optimizer::Optimizer(const std::string& who, double eta) : eta_(0.0) {
    optim_check::positive(who, "learning rate η", eta);
    eta_ = eta;
}

Vector Optimizer::effective_rate() const {
    throw ValueError("effective_rate: " + name() +
                     " has no per-coordinate rate (every coordinate moves with η = " +
                     optim_check::num(eta_) + ")");
}

void Optimizer::set_eta(double eta) {
    optim_check::positive(name(), "learning rate η", eta);
    eta_ = eta;
}

// θ_{k+1} ← θ_k − η g_k
void GradientDescent::step(Vector& theta, const Vector& g) {
    optim_check::same_size("gd", theta, g);
    for (std::size_t i = 0; i < theta.size(); ++i) theta[i] -= eta_ * g[i];
}

}  // namespace redes
