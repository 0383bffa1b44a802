#pragma once
// Backpropagation as libraries compute it: a whole batch at once (samples as columns), and
// G_σ′ never built: multiplying by the diagonal G_σ′(z) is the elementwise product with σ′(z).
// With Z_ℓ, X_ℓ the N_ℓ×M pre-activations and outputs of the batch (X_0 = X):
//   forward     Z_ℓ = W_ℓ X_{ℓ−1} + b_ℓ 1ᵀ,   X_ℓ = σ_ℓ(Z_ℓ)
//   output      δ_L = g_J′(X_L) ⊙ σ′(Z_L)                              (N_L×M)
//   input step  ∂J/∂X_{ℓ−1} = W_ℓᵀ δ_ℓ          gradient with respect to the layer's input
//   hidden      δ_{ℓ−1} = (W_ℓᵀ δ_ℓ) ⊙ σ′(Z_{ℓ−1})
//   parameters  ∂R̂/∂W_ℓ = (1/M) δ_ℓ X_{ℓ−1}ᵀ,  ∂R̂/∂b_ℓ = (1/M) δ_ℓ 1   gradient w.r.t. W_ℓ, b_ℓ
// Column m of δ_ℓ is ∂J(x_Lm)/∂z_ℓm, the row r_ℓ of the literal path (backprop/literal.hpp);
// δ_ℓ X_{ℓ−1}ᵀ = Σ_m δ_ℓm x_(ℓ−1)mᵀ is the sum over samples of r_ℓᵀ ∂z_ℓ/∂W_ℓ.
// Memory is O(Σ_ℓ N_ℓ M) for the cache instead of N_ℓ² N_{ℓ−1} per sample.
// Each step comes twice: returning a fresh matrix (read these first), and `_into` writing into
// memory the caller keeps, over views (W_ℓ may be a slice of a flat θ). The first calls the
// second, so there is one implementation of each formula; the training step
// (batch_workspace.hpp) is built from the `_into` steps. Every call of the first kind returns a
// fresh gradient (nothing accumulates).
#include <vector>

#include "redes/activations/activation.hpp"
#include "redes/linalg/gemm.hpp"
#include "redes/linalg/matrix.hpp"
#include "redes/linalg/vector.hpp"
#include "redes/models/mlp.hpp"
#include "redes/risk/cost.hpp"

namespace redes {

// What the forward pass keeps for the backward pass. Both are indexed by ℓ as in the notes:
// Z[ℓ] and X[ℓ] for ℓ = 1…L, X[0] = the input batch, Z[0] empty (there is no z_0).
struct BatchForward {
    std::vector<Matrix> Z;  // Z_ℓ = W_ℓ X_{ℓ−1} + b_ℓ 1ᵀ    N_ℓ×M
    std::vector<Matrix> X;  // X_ℓ = σ_ℓ(Z_ℓ)                 N_ℓ×M
};

// Z_ℓ = W_ℓ X_{ℓ−1} + b_ℓ 1ᵀ and X_ℓ = σ_ℓ(Z_ℓ) for ℓ = 1…L
BatchForward batch_forward(const MLP& net, const Matrix& X);

// δ_L = g_J′(X_L) ⊙ σ′(Z_L)
Matrix output_delta(const Activation& sigma_L, const Matrix& Z_L, const Matrix& g_J_prime);
// ∂J/∂X_{ℓ−1} = W_ℓᵀ δ_ℓ   (N_{ℓ−1}×M: the gradient with respect to the layer's input)
Matrix input_gradient(const Matrix& W, const Matrix& delta);
// δ_{ℓ−1} = (W_ℓᵀ δ_ℓ) ⊙ σ′(Z_{ℓ−1}), from the input gradient W_ℓᵀ δ_ℓ
Matrix hidden_delta(const Matrix& input_grad, const Activation& sigma, const Matrix& Z);
// ∂R̂/∂W_ℓ = (1/M) δ_ℓ X_{ℓ−1}ᵀ   (N_ℓ×N_{ℓ−1})
Matrix weight_gradient(const Matrix& delta, const Matrix& X_prev);
// ∂R̂/∂b_ℓ = (1/M) δ_ℓ 1   (N_ℓ: the batch mean of δ_ℓ's columns)
Vector bias_gradient(const Matrix& delta);

// The same steps into kept memory (each output reshaped only when its shape changes):
// Z_ℓ = W_ℓ X_{ℓ−1} + b_ℓ 1ᵀ   (W_ℓ N_ℓ×N_{ℓ−1}, b_ℓ N_ℓ entries)
void affine_into(const MatrixView& W, const double* b, const Matrix& X_prev, Matrix& Z);
// X_ℓ = σ_ℓ(Z_ℓ) and, when S is not null, S = σ′_ℓ(Z_ℓ), both from one pass over Z
// (Activation::sigma_and_prime: tanh through its vectorised kernel, a few ulp from libm).
void activate_into(const Activation& sigma, const Matrix& Z, Matrix& X, Matrix* S);
// δ_L = g_J′(X_L) ⊙ σ′(Z_L), in place: G holds g_J′(X_L) and becomes δ_L; S = σ′(Z_L)
void output_delta_in_place(Matrix& G, const Matrix& S);
// ∂J/∂X_{ℓ−1} = W_ℓᵀ δ_ℓ   (W_ℓᵀ read in place, never copied)
void input_gradient_into(const MatrixView& W, const Matrix& delta, Matrix& out);
// δ_{ℓ−1} = (W_ℓᵀ δ_ℓ) ⊙ σ′(Z_{ℓ−1}), in place: input_grad becomes δ_{ℓ−1}; S = σ′(Z_{ℓ−1})
void hidden_delta_in_place(Matrix& input_grad, const Matrix& S);
// ∂R̂/∂W_ℓ = (1/M) δ_ℓ X_{ℓ−1}ᵀ into out[0 … N_ℓ N_{ℓ−1}) row by row (X_{ℓ−1}ᵀ read in place)
void weight_gradient_into(const Matrix& delta, const Matrix& X_prev, double* out);
// ∂R̂/∂b_ℓ = (1/M) δ_ℓ 1 into out[0 … N_ℓ)
void bias_gradient_into(const Matrix& delta, double* out);

// δ_ℓ for ℓ = 1…L (deltas[ℓ], deltas[0] empty), from a forward cache and the batch targets.
std::vector<Matrix> backward_deltas(const MLP& net, const Cost& cost, const BatchForward& cache,
                                    const Matrix& Y);

// ∂R̂/∂W_ℓ, ∂R̂/∂b_ℓ for ℓ = 1…L over the batch X (N_0×M) with targets Y (N_L×M).
MLPGradient efficient_backprop(const MLP& net, const Cost& cost, const Matrix& X, const Matrix& Y);

// R̂ and its gradient from the same forward pass (what a training step needs).
struct RiskAndGradient {
    double R_hat = 0.0;
    MLPGradient gradient;
};
RiskAndGradient risk_and_gradient(const MLP& net, const Cost& cost, const Matrix& X,
                                  const Matrix& Y);

}  // namespace redes
