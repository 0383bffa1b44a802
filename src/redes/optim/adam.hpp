#pragma once
// Adam (Kingma & Ba, 2014), the notes' box, for k = 0, 1, …:
//   s_0 = 0, r_0 = 0
//   s_{k+1} ← ρ₁ s_k + (1 − ρ₁) g_k                 first moment
//   r_{k+1} ← ρ₂ r_k + (1 − ρ₂) g_k ⊙ g_k           second moment
//   ŝ = s_{k+1}/(1 − ρ₁^{k+1}),  r̂ = r_{k+1}/(1 − ρ₂^{k+1})     bias correction
//   θ_{k+1} ← θ_k − η ŝ/(δ + √r̂)                    δ outside the root (δ = 1e-8)
// The corrected ŝ, r̂ are used for this step only; the state keeps the uncorrected s, r.
// (The notes write the correction as "s_{k+1} ← s_{k+1}/(1 − ρ₁^{k+1})", which read as an
// assignment would feed the corrected value into the next step: see docs/errata.md.)
// PyTorch's torch.optim.Adam (betas = (ρ₁, ρ₂), eps = δ) is the same formula.
// DeltaPlacement::inside_sqrt gives θ ← θ − η ŝ/√(δ + r̂) instead.
#include <cstddef>
#include <string>

#include "redes/optim/defaults.hpp"
#include "redes/optim/delta_placement.hpp"
#include "redes/optim/optimizer.hpp"

namespace redes {

class Adam : public Optimizer {
public:
    // 0 ≤ ρ₁ < 1, 0 ≤ ρ₂ < 1, δ > 0, else ValueError naming "adam", the constant and its value.
    explicit Adam(double eta, double rho1 = optimizer_defaults::rho1,
                  double rho2 = optimizer_defaults::rho2,
                  double delta = optimizer_defaults::delta_adam,
                  DeltaPlacement where = DeltaPlacement::outside_sqrt);

    void step(Vector& theta, const Vector& g) override;
    // s ← 0, r ← 0, k ← 0
    void reset() override;
    // "adam", or "adam(delta inside sqrt)" (a variant make_optimizer does not build).
    std::string name() const override;
    // η/(δ + √r̂_k) or η/√(δ + r̂_k) (effective_rate.hpp)
    Vector effective_rate() const override;

    double rho1() const { return rho1_; }
    double rho2() const { return rho2_; }
    double delta() const { return delta_; }
    DeltaPlacement delta_placement() const { return where_; }
    // Steps taken so far (the k of the next step's ρ^{k+1}).
    std::size_t k() const { return k_; }
    // The uncorrected moments s_k and r_k (empty before the first step).
    const Vector& s() const { return s_; }
    const Vector& r() const { return r_; }

private:
    double rho1_, rho2_, delta_;
    DeltaPlacement where_;
    std::size_t k_ = 0;
    Vector s_, r_;
};

}  // namespace redes
