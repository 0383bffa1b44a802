#pragma once
// SGD with momentum (the notes' box "SGD con Momentum"):
//   v_{k+1} ← α v_k − η g_k
//   θ_{k+1} ← θ_k + v_{k+1}
// v is a displacement: it already carries η. PyTorch (torch.optim.SGD, momentum=μ, dampening 0)
// keeps instead a running sum of gradients b and applies the current η to all of it:
//   b_{k+1} ← μ b_k + g_k
//   θ_{k+1} ← θ_k − η b_{k+1}
// With a constant η the two give the same θ_k (v_k = −η b_k); when η_k changes they differ:
// the notes' v remembers the η of past steps, PyTorch's form rescales the whole history by η_k.
// Both start from v_0 = 0 (b_0 = 0) unless set_v() gives another v_0.
#include <string>

#include "redes/optim/defaults.hpp"
#include "redes/optim/optimizer.hpp"

namespace redes {

enum class MomentumForm {
    notes,    // v ← αv − ηg; θ ← θ + v   (default; Goodfellow et al. Alg. 8.2)
    pytorch,  // v ← μv + g;  θ ← θ − ηv  (torch.optim.SGD; α plays μ)
};

class Momentum : public Optimizer {
public:
    // 0 ≤ α < 1, else ValueError "momentum: α = … must be in [0, 1)".
    explicit Momentum(double eta, double alpha = optimizer_defaults::alpha,
                      MomentumForm form = MomentumForm::notes);

    void step(Vector& theta, const Vector& g) override;
    // v ← 0 (sized again on the next step).
    void reset() override { v_ = Vector(); }
    // "momentum" or "momentum_pytorch" (the names make_optimizer takes).
    std::string name() const override;

    double alpha() const { return alpha_; }
    MomentumForm form() const { return form_; }
    // v_k after k steps (empty before the first step): the notes' velocity, or PyTorch's buffer b.
    const Vector& v() const { return v_; }
    // The box's initial velocity v_0 (default 0); its size fixes D.
    void set_v(const Vector& v0) { v_ = v0; }

private:
    double alpha_;
    MomentumForm form_;
    Vector v_;
};

}  // namespace redes
