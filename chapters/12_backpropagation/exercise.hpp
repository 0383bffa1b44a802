#pragma once
// Exercise 12: one backward step of backpropagation, as the notes multiply it (exercise.cpp).
// `make exercise-12` checks it against the library's literal path (src/redes/backprop/literal.hpp)
// at every layer of random networks, one step at a time, each step given the library's r_ℓ.
//
// The notes' product for layer ℓ, read from the left, is a row times the layer's last factor:
//   ∂J/∂W_ℓ = g_J′ᵀ G_σ′(z_L)ᵀ W_L G_σ′(z_{L−1})ᵀ ⋯ W_{ℓ+1} G_σ′(z_ℓ)ᵀ · ∂{W_ℓx_{ℓ−1} + b_ℓ}/∂W_ℓ
//           = r_ℓᵀ · ∂z_ℓ/∂W_ℓ,    with r_ℓᵀ = g_J′ᵀ G_σ′(z_L)ᵀ W_L ⋯ W_{ℓ+1} G_σ′(z_ℓ)ᵀ  (1×N_ℓ)
//   ∂J/∂b_ℓ = r_ℓᵀ · I
// and the row for the layer below is one step further along the product:
//   r_{ℓ−1}ᵀ = r_ℓᵀ W_ℓ G_σ′(z_{ℓ−1})ᵀ
// (r_ℓ = ∂J/∂z_ℓ: column m of the efficient path's δ_ℓ, and r_{ℓ−1} = (W_ℓᵀ r_ℓ) ⊙ σ′(z_{ℓ−1}).)
#include "redes/activations/activation.hpp"
#include "redes/linalg/matrix.hpp"
#include "redes/linalg/vector.hpp"

namespace exercise12 {

// What one backward step through layer ℓ gives.
struct BackwardStep {
    redes::Matrix dJ_dW;  // ∂J/∂W_ℓ = r_ℓᵀ ∂z_ℓ/∂W_ℓ              N_ℓ×N_{ℓ−1}
    redes::Vector dJ_db;  // ∂J/∂b_ℓ = r_ℓᵀ I                      N_ℓ
    redes::Vector r_prev;  // r_{ℓ−1}ᵀ = r_ℓᵀ W_ℓ G_σ′(z_{ℓ−1})ᵀ      N_{ℓ−1}
};

// One step from ℓ to ℓ − 1. r: the row r_ℓ (N_ℓ); W: W_ℓ (N_ℓ×N_{ℓ−1}); x_prev = x_{ℓ−1} =
// σ_{ℓ−1}(z_{ℓ−1}), the layer's input (N_{ℓ−1}); sigma_prev, z_prev: σ_{ℓ−1} and z_{ℓ−1}, the
// activation and pre-activation of the layer below.
BackwardStep backward_step(const redes::Vector& r, const redes::Matrix& W,
                           const redes::Vector& x_prev, const redes::Activation& sigma_prev,
                           const redes::Vector& z_prev);

}  // namespace exercise12
