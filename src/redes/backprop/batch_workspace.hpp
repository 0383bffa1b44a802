#pragma once
// The training step of efficient backprop, in memory that is kept between steps.
//
// risk_and_gradient_into computes what risk_and_gradient (efficient.hpp) computes, from the
// same named steps in their `_into` form (efficient.hpp), in the order of the notes:
//   forward     Z_ℓ = W_ℓ X_{ℓ−1} + b_ℓ 1ᵀ,   X_ℓ = σ_ℓ(Z_ℓ)          affine_into, activate_into
//   output      δ_L = g_J′(X_L) ⊙ σ′(Z_L)                          Cost::J_columns, output_delta_in_place
//   hidden      δ_{ℓ−1} = (W_ℓᵀ δ_ℓ) ⊙ σ′(Z_{ℓ−1})                  input_gradient_into, hidden_delta_in_place
//   parameters  ∂R̂/∂W_ℓ = (1/M) δ_ℓ X_{ℓ−1}ᵀ,  ∂R̂/∂b_ℓ = (1/M) δ_ℓ 1   weight_/bias_gradient_into
// What the readable version spends on bookkeeping is gone:
//   - the matrices Z_ℓ, X_ℓ, σ′(Z_ℓ), δ_ℓ live in a BatchWorkspace, allocated on the first
//     step and reused by every later step of the same shape; ∂R̂/∂W_ℓ is written straight
//     into its place in the flat gradient g;
//   - W_ℓᵀ and X_{ℓ−1}ᵀ are read in place (gemm over views), never copied;
//   - σ′(Z_ℓ) is computed in the forward pass, beside σ(Z_ℓ) (Activation::sigma_and_prime); for
//     tanh both come from one exponential (activations/tanh_kernel.hpp) instead of the libm
//     calls tanh(z) and cosh(z), which took two thirds of a step of the digits MLP;
//   - J and g_J′ come from one pass of the cost's kernel (risk/cost.hpp), whose exponentials
//     exp(x_i − max x) serve both;
//   - the batch's columns are copied straight from the data set into X_0.
// Every sum runs in the same order as in efficient.hpp. For every σ but tanh each element is
// computed by the same operations, so the results are the same bits in a build without fused
// multiply-add (the default `make`; with -march=native the compiler may fuse a product and a sum
// in one place and not the other). tanh_and_derivative agrees with std::tanh and 1/cosh² to a
// few units in the last place, so tanh networks agree with efficient.hpp to rounding
// (tests/batch_workspace_test.cpp checks all of it).
#include <cstddef>
#include <vector>

#include "redes/linalg/matrix.hpp"
#include "redes/linalg/vector.hpp"
#include "redes/models/mlp.hpp"
#include "redes/risk/cost.hpp"

namespace redes {

// Everything one step writes, indexed by ℓ as in efficient.hpp (entry 0 of Z, S, delta unused).
struct BatchWorkspace {
    std::vector<Matrix> Z;      // Z_ℓ        N_ℓ×M
    std::vector<Matrix> X;      // X_ℓ        N_ℓ×M, X[0] the batch's inputs
    std::vector<Matrix> S;      // σ′_ℓ(Z_ℓ)  N_ℓ×M, computed beside X_ℓ
    std::vector<Matrix> delta;  // δ_ℓ        N_ℓ×M
    Matrix Y;                   // the batch's targets, N_L×M
};

// Who checks that X_all and Y_all are finite. each_batch: every call checks the columns of its
// batch. done_by_caller: the caller has checked the whole data set once and does not change it
// (MLPObjective, when it is made), so the step does not look again: that check was about 6% of
// a step of the digits MLP at H = 32 (perf).
enum class DataCheck { each_batch, done_by_caller };

// Columns per forward pass of risk_into: a whole data set then needs only this much memory.
constexpr std::size_t default_risk_chunk = 256;

// R̂_B and g = ∂R̂_B/∂θ (flat, in the order of MLP::parameters()) over the columns `batch` of
// X_all (N_0×M_all) and Y_all (N_L×M_all), in that order. g is resized when needed.
// Throws ShapeError for shapes that do not fit the network, ValueError for an empty batch or a
// non-finite input or target in it (unless `check` is done_by_caller), IndexError for an index
// ≥ M_all (backprop/checks.hpp).
double risk_and_gradient_into(const MLP& net, const Cost& cost, const Matrix& X_all,
                              const Matrix& Y_all, const std::vector<std::size_t>& batch,
                              BatchWorkspace& ws, Vector& g);

// The same with W_ℓ, b_ℓ read from the flat θ (the order of MLP::parameters()) instead of the
// network's own, which gives only the architecture (widths, σ_ℓ): a training step then copies
// no parameters. ShapeError when θ's size is not the network's D.
double risk_and_gradient_into(const MLP& architecture, const Vector& theta, const Cost& cost,
                              const Matrix& X_all, const Matrix& Y_all,
                              const std::vector<std::size_t>& batch, BatchWorkspace& ws, Vector& g,
                              DataCheck check = DataCheck::each_batch);

// R̂_B = (1/|B|) Σ_{m∈B} J(f(x_m); y_m): the forward pass alone, in chunks of at most `chunk`
// columns (so a whole data set needs only a chunk's memory); the sum runs over m in order.
double risk_into(const MLP& net, const Cost& cost, const Matrix& X_all, const Matrix& Y_all,
                 const std::vector<std::size_t>& batch, BatchWorkspace& ws,
                 std::size_t chunk = default_risk_chunk);
double risk_into(const MLP& architecture, const Vector& theta, const Cost& cost,
                 const Matrix& X_all, const Matrix& Y_all, const std::vector<std::size_t>& batch,
                 BatchWorkspace& ws, std::size_t chunk = default_risk_chunk,
                 DataCheck check = DataCheck::each_batch);

}  // namespace redes
