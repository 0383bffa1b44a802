// Exercise 16 — write one step of Adam yourself, then run `make exercise-16`. The checker starts
// each of your steps from redes::Adam's state (ten steps, six with other constants, one with a
// gradient as small as δ) and compares θ, the moments s and r, and k with the library's step.
//
// Useful: theta.size(), theta[i]; std::pow(rho, n), std::sqrt (<cmath>).
#include "exercise.hpp"

#include <cmath>

#include "redes/error.hpp"

namespace exercise16 {

// s_{k+1} ← ρ₁ s_k + (1 − ρ₁) g_k,  r_{k+1} ← ρ₂ r_k + (1 − ρ₂) g_k ⊙ g_k,
// θ_{k+1} ← θ_k − η ŝ/(δ + √r̂) with ŝ = s_{k+1}/(1 − ρ₁^{k+1}), r̂ = r_{k+1}/(1 − ρ₂^{k+1})
void adam_step(redes::Vector& theta, const redes::Vector& g, AdamState& state, double eta,
               double rho1, double rho2, double delta) {
    // TODO: for each coordinate i: update state.s[i] and state.r[i], correct them into ŝ and r̂
    // (for this step only), move theta[i]. Then count the step in state.k.
    (void)theta;
    (void)g;
    (void)state;
    (void)eta;
    (void)rho1;
    (void)rho2;
    (void)delta;
    throw redes::NotImplemented("exercise16::adam_step still has its TODO");
}

}  // namespace exercise16
