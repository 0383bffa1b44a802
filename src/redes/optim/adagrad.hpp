#pragma once
// AdaGrad (Duchi et al., 2011), the notes' box:
//   r_0 = 0
//   r_{k+1} ← r_k + g_k ⊙ g_k
//   θ_{k+1} ← θ_k − η/(δ + √r_{k+1}) ⊙ g_k        (δ outside the root; δ ≈ 1e-7)
// Each coordinate gets its own rate η/(δ + √Σ g²): steep directions slow down, flat ones keep
// moving; but r only grows, so the rates only shrink (the notes' warning).
// PyTorch's torch.optim.Adagrad (lr_decay = 0, initial_accumulator_value = 0, eps = δ) is the
// same formula.
#include <string>

#include "redes/optim/defaults.hpp"
#include "redes/optim/optimizer.hpp"

namespace redes {

class AdaGrad : public Optimizer {
public:
    // δ > 0, else ValueError "adagrad: δ = … must be positive and finite".
    explicit AdaGrad(double eta, double delta = optimizer_defaults::delta_adagrad);

    void step(Vector& theta, const Vector& g) override;
    // r ← 0
    void reset() override { r_ = Vector(); }
    std::string name() const override { return "adagrad"; }
    // η/(δ + √r_k) (effective_rate.hpp)
    Vector effective_rate() const override;

    double delta() const { return delta_; }
    // r_k = Σ_{j<k} g_j ⊙ g_j (empty before the first step).
    const Vector& r() const { return r_; }

private:
    double delta_;
    Vector r_;
};

}  // namespace redes
