#pragma once
// Exercise 16: one step of Adam, as the notes' box gives it (exercise.cpp). `make exercise-16`
// checks it against redes::Adam (src/redes/optim/adam.hpp), one step at a time from the
// library's state.
//
//   s_{k+1} ← ρ₁ s_k + (1 − ρ₁) g_k                  first moment
//   r_{k+1} ← ρ₂ r_k + (1 − ρ₂) g_k ⊙ g_k            second moment
//   ŝ = s_{k+1}/(1 − ρ₁^{k+1}),  r̂ = r_{k+1}/(1 − ρ₂^{k+1})    bias correction
//   θ_{k+1} ← θ_k − η ŝ/(δ + √r̂)                     elementwise, δ outside the root
//
// The corrected ŝ and r̂ are for this step only: the state carries s_{k+1} and r_{k+1} on to the
// next step. (The notes write "s_{k+1} ← s_{k+1}/(1 − ρ₁^{k+1})", which read as an assignment
// would carry the corrected values on: see docs/errata.md.)
#include <cstddef>

#include "redes/linalg/vector.hpp"

namespace exercise16 {

// Adam's state between steps. The caller starts it at s_0 = 0, r_0 = 0 (as many entries as θ), k = 0.
struct AdamState {
    redes::Vector s;    // s_k, the first moment (uncorrected)
    redes::Vector r;    // r_k, the second moment (uncorrected)
    std::size_t k = 0;  // steps taken so far
};

// One step k → k + 1: updates theta (θ_k → θ_{k+1}) and state (s_k, r_k, k → s_{k+1}, r_{k+1}, k + 1)
// for the gradient g = g_k.
void adam_step(redes::Vector& theta, const redes::Vector& g, AdamState& state, double eta,
               double rho1, double rho2, double delta);

}  // namespace exercise16
