#pragma once
// Backpropagation as the slides write it, with every Jacobian a real matrix and ∂z/∂W a real
// tensor. For one sample x_m the forward pass stores, layer by layer, the slide's tuple
//   x_m → (z_1m, x_1m, G_σ′(z_1m), ∂z_1m/∂W_1, ∂z_1m/∂b_1) → … → (z_Lm, …) → (J(x_Lm), g_J′(x_Lm))
// and the backward pass multiplies, from ℓ = L down to 1,
//   ∂J/∂W_ℓ = g_J′ᵀ G_σ′(z_L)ᵀ W_L G_σ′(z_{L−1})ᵀ ⋯ W_{ℓ+1} G_σ′(z_ℓ)ᵀ · ∂z_ℓ/∂W_ℓ
//   ∂J/∂b_ℓ = g_J′ᵀ G_σ′(z_L)ᵀ W_L G_σ′(z_{L−1})ᵀ ⋯ W_{ℓ+1} G_σ′(z_ℓ)ᵀ · I
// (a 1×N_ℓ row times an N_ℓ×N_ℓ×N_{ℓ−1} tensor gives the N_ℓ×N_{ℓ−1} matrix, redes::contract),
// and ∂R̂/∂θ = (1/M) Σ_m ∂J(x_Lm)/∂θ.
// Shapes: z, x: N_ℓ · G_σ′: N_ℓ×N_ℓ · ∂z/∂W: N_ℓ×N_ℓ×N_{ℓ−1} · ∂z/∂b = I: N_ℓ×N_ℓ.
// The chain rule writes g_J′ᵀ G (G = ∂x/∂z with [G]_ij = ∂x_i/∂z_j); the slides write g_J′ᵀ Gᵀ.
// They agree because G_σ′ is diagonal for a pointwise σ; the code follows the slides.
//
// Memory: ∂z_ℓ/∂W_ℓ alone is N_ℓ² N_{ℓ−1} doubles per layer (a 512-wide layer on 64 inputs:
// 134 MB), for a result of N_ℓ N_{ℓ−1} numbers. The footprint is computed before anything is
// allocated, and beyond memory_limit_bytes a LimitError names it; backprop/efficient.hpp
// computes the same gradient without ever building G_σ′ or ∂z/∂W.
#include <cstddef>
#include <vector>

#include "redes/linalg/matrix.hpp"
#include "redes/linalg/tensor3.hpp"
#include "redes/linalg/vector.hpp"
#include "redes/models/mlp.hpp"
#include "redes/risk/cost.hpp"

namespace redes {

// 100 MB: one sample's tuples above this are refused unless the caller raises the limit.
constexpr std::size_t literal_default_memory_limit = 100'000'000;

// Layer ℓ's tuple for sample m.
struct LiteralLayer {
    Vector z;              // z_ℓm = W_ℓ x_(ℓ−1)m + b_ℓ         N_ℓ
    Vector x;              // x_ℓm = σ_ℓ(z_ℓm)                   N_ℓ
    Matrix G_sigma_prime;  // G_σ′(z_ℓm) = ∂x_ℓm/∂z_ℓm           N_ℓ×N_ℓ
    Tensor3 dz_dW;         // ∂z_ℓm/∂W_ℓ                         N_ℓ×N_ℓ×N_{ℓ−1}
    Matrix dz_db;          // ∂z_ℓm/∂b_ℓ = I                     N_ℓ×N_ℓ
};

// The whole forward pass for sample m.
struct LiteralSample {
    Vector x_0;                        // x_m
    std::vector<LiteralLayer> layers;  // layers[ℓ−1] is layer ℓ (use layer(ℓ))
    double J = 0.0;                    // J(x_Lm; y_m)
    Vector g_J_prime;                  // g_J′(x_Lm) = ∂J/∂x_Lm
    // Layer ℓ ∈ {1…L}; IndexError outside.
    const LiteralLayer& layer(std::size_t ell) const;
};

// [∂z/∂W]_ijk = ∂[W x + b]_i / ∂[W]_jk = [x_prev]_k if i = j, else 0   (N_ℓ×N_ℓ×N_{ℓ−1}),
// built entry by entry.
Tensor3 dz_dW(const Vector& x_prev, std::size_t N_ell);

// Bytes of layer ℓ's tuple: 8 (N_ℓ² N_{ℓ−1} + 2 N_ℓ² + 2 N_ℓ)  (∂z/∂W, G_σ′ and I, z and x).
std::size_t literal_layer_bytes(const MLP& net, std::size_t ell);
// Bytes of one sample's tuples, Σ_ℓ literal_layer_bytes(ℓ) (the path holds one sample at a time).
std::size_t literal_memory_bytes(const MLP& net);

// The forward pass for one sample; LimitError before allocating when the tuples need more
// than memory_limit_bytes.
LiteralSample literal_forward(const MLP& net, const Cost& cost, const Vector& x_m,
                              const Vector& y_m,
                              std::size_t memory_limit_bytes = literal_default_memory_limit);

// The rows in front of each layer's derivatives, from ℓ = L down to 1:
//   r_Lᵀ = g_J′ᵀ G_σ′(z_L)ᵀ,   r_ℓᵀ = r_{ℓ+1}ᵀ W_{ℓ+1} G_σ′(z_ℓ)ᵀ        (1×N_ℓ; r(ℓ))
// r_ℓ = ∂J/∂z_ℓm: it is the column m of δ_ℓ in the efficient path.
PerLayer<Vector> literal_rows(const MLP& net, const LiteralSample& s);

// One sample: ∂J(x_Lm)/∂W_ℓ = r_ℓᵀ ∂z_ℓm/∂W_ℓ (tensor contraction), ∂J(x_Lm)/∂b_ℓ = r_ℓᵀ I.
MLPGradient literal_backward(const MLP& net, const LiteralSample& s);

// ∂R̂/∂W_ℓ = (1/M) Σ_m ∂J(x_Lm)/∂W_ℓ and the same for b_ℓ, one sample at a time.
// X: N_0×M samples as columns, Y: N_L×M targets. A fresh gradient on every call.
MLPGradient literal_backprop(const MLP& net, const Cost& cost, const Matrix& X, const Matrix& Y,
                             std::size_t memory_limit_bytes = literal_default_memory_limit);

}  // namespace redes
