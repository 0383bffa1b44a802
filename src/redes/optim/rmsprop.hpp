#pragma once
// RMSProp (Hinton, 2012). The notes skip its slide; this is the form of the book the slides
// follow, Goodfellow, Bengio & Courville, "Deep Learning", Algorithm 8.5:
//   r_0 = 0
//   r_{k+1} ← ρ r_k + (1 − ρ) g_k ⊙ g_k
//   θ_{k+1} ← θ_k − η/√(δ + r_{k+1}) ⊙ g_k          (δ inside the root, δ = 1e-6)
// Unlike AdaGrad's sum, r is an exponential moving average: old gradients are forgotten
// at rate ρ, so the per-coordinate rates can grow again.
// PyTorch's torch.optim.RMSprop (alpha = ρ, eps = δ) puts δ outside: θ ← θ − η/(δ + √r) ⊙ g;
// pick it with DeltaPlacement::outside_sqrt.
#include <string>

#include "redes/optim/defaults.hpp"
#include "redes/optim/delta_placement.hpp"
#include "redes/optim/optimizer.hpp"

namespace redes {

class RMSProp : public Optimizer {
public:
    // 0 ≤ ρ < 1 and δ > 0, else ValueError naming "rmsprop", the constant and its value.
    explicit RMSProp(double eta, double rho = optimizer_defaults::rho,
                     double delta = optimizer_defaults::delta_rmsprop,
                     DeltaPlacement where = DeltaPlacement::inside_sqrt);

    void step(Vector& theta, const Vector& g) override;
    // r ← 0
    void reset() override { r_ = Vector(); }
    // "rmsprop" or "rmsprop_pytorch" (δ outside √; the names make_optimizer takes).
    std::string name() const override;
    // η/√(δ + r_k) or η/(δ + √r_k) (effective_rate.hpp)
    Vector effective_rate() const override;

    double rho() const { return rho_; }
    double delta() const { return delta_; }
    DeltaPlacement delta_placement() const { return where_; }
    // r_k, the moving average of g ⊙ g (empty before the first step).
    const Vector& r() const { return r_; }

private:
    double rho_, delta_;
    DeltaPlacement where_;
    Vector r_;
};

}  // namespace redes
