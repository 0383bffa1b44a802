#include "redes/backprop/efficient.hpp"

#include <string>

#include "redes/backprop/checks.hpp"
#include "redes/error.hpp"

namespace redes {

namespace {
// A rows×cols matrix in place, reallocated only when the shape changes.
void reshape(Matrix& A, std::size_t rows, std::size_t cols) {
    if (A.rows() != rows || A.cols() != cols) A = Matrix(rows, cols);
}

// A ← A ⊙ S
void hadamard_in_place(const char* op, Matrix& A, const Matrix& S) {
    if (A.rows() != S.rows() || A.cols() != S.cols())
        throw ShapeError(std::string(op) + ": " + shape_str(A.rows(), A.cols()) + " ⊙ σ′ of " +
                         shape_str(S.rows(), S.cols()));
    double* a = A.data();
    const double* s = S.data();
    for (std::size_t k = 0; k < A.size(); ++k) a[k] = a[k] * s[k];
}

void require_samples(const char* op, const Matrix& delta) {
    if (delta.cols() == 0) throw ValueError(std::string(op) + ": M = 0 samples");
}
}  // namespace

// Z_ℓ = W_ℓ X_{ℓ−1} + b_ℓ 1ᵀ
void affine_into(const MatrixView& W, const double* b, const Matrix& X_prev, Matrix& Z) {
    const std::size_t M = X_prev.cols();
    reshape(Z, W.rows, M);
    gemm(W, view(X_prev), Z);  // W_ℓ X_{ℓ−1}
    for (std::size_t i = 0; i < W.rows; ++i) {
        double* z = Z.row_ptr(i);
        for (std::size_t j = 0; j < M; ++j) z[j] += b[i];  // + b_ℓ 1ᵀ
    }
}

// X_ℓ = σ_ℓ(Z_ℓ), S = σ′_ℓ(Z_ℓ)
void activate_into(const Activation& sigma, const Matrix& Z, Matrix& X, Matrix* S) {
    reshape(X, Z.rows(), Z.cols());
    if (S) reshape(*S, Z.rows(), Z.cols());
    sigma.sigma_and_prime(Z.data(), Z.size(), X.data(), S ? S->data() : nullptr);
}

// δ_L = g_J′(X_L) ⊙ σ′(Z_L)
void output_delta_in_place(Matrix& G, const Matrix& S) { hadamard_in_place("output_delta", G, S); }

// ∂J/∂X_{ℓ−1} = W_ℓᵀ δ_ℓ
void input_gradient_into(const MatrixView& W, const Matrix& delta, Matrix& out) {
    reshape(out, W.cols, delta.cols());
    const MatrixView W_T{W.data, W.cols, W.rows, W.col_stride, W.row_stride};  // read in place
    gemm(W_T, view(delta), out);
}

// δ_{ℓ−1} = (W_ℓᵀ δ_ℓ) ⊙ σ′(Z_{ℓ−1})
void hidden_delta_in_place(Matrix& input_grad, const Matrix& S) {
    hadamard_in_place("hidden_delta", input_grad, S);
}

// ∂R̂/∂W_ℓ = (1/M) δ_ℓ X_{ℓ−1}ᵀ
void weight_gradient_into(const Matrix& delta, const Matrix& X_prev, double* out) {
    require_samples("weight_gradient", delta);
    const std::size_t rows = delta.rows(), cols = X_prev.rows();
    gemm(view(delta), transposed_view(X_prev), out, cols);
    const double M = static_cast<double>(delta.cols());
    for (std::size_t k = 0; k < rows * cols; ++k) out[k] /= M;
}

// ∂R̂/∂b_ℓ = (1/M) δ_ℓ 1
void bias_gradient_into(const Matrix& delta, double* out) {
    require_samples("bias_gradient", delta);
    const double M = static_cast<double>(delta.cols());
    for (std::size_t i = 0; i < delta.rows(); ++i) {
        const double* d = delta.row_ptr(i);
        double s = 0.0;
        for (std::size_t m = 0; m < delta.cols(); ++m) s += d[m];
        out[i] = s / M;
    }
}

BatchForward batch_forward(const MLP& net, const Matrix& X) {
    if (X.rows() != net.input_size())
        throw ShapeError("batch_forward: batch " + shape_str(X.rows(), X.cols()) +
                         " has samples of size " + std::to_string(X.rows()) +
                         ", the network takes N_0 = " + std::to_string(net.input_size()));
    backprop_check::finite("batch_forward", "input X", X);
    BatchForward c;
    c.Z.resize(net.L() + 1);
    c.X.resize(net.L() + 1);
    c.X[0] = X;
    for (std::size_t ell = 1; ell <= net.L(); ++ell) {
        // Z_ℓ = W_ℓ X_{ℓ−1} + b_ℓ 1ᵀ
        affine_into(view(net.W(ell)), net.b(ell).data(), c.X[ell - 1], c.Z[ell]);
        // X_ℓ = σ_ℓ(Z_ℓ)
        c.X[ell] = net.sigma(ell).sigma(c.Z[ell]);
    }
    return c;
}

// δ_L = g_J′(X_L) ⊙ σ′(Z_L)
Matrix output_delta(const Activation& sigma_L, const Matrix& Z_L, const Matrix& g_J_prime) {
    Matrix delta = g_J_prime;
    output_delta_in_place(delta, sigma_L.sigma_prime(Z_L));
    return delta;
}

// ∂J/∂X_{ℓ−1} = W_ℓᵀ δ_ℓ
Matrix input_gradient(const Matrix& W, const Matrix& delta) {
    if (W.rows() != delta.rows())
        throw ShapeError("input_gradient: W " + shape_str(W.rows(), W.cols()) + " and δ " +
                         shape_str(delta.rows(), delta.cols()) + ": need N_ℓ rows in both");
    Matrix out;
    input_gradient_into(view(W), delta, out);
    return out;
}

// δ_{ℓ−1} = (W_ℓᵀ δ_ℓ) ⊙ σ′(Z_{ℓ−1})
Matrix hidden_delta(const Matrix& input_grad, const Activation& sigma, const Matrix& Z) {
    Matrix delta = input_grad;
    hidden_delta_in_place(delta, sigma.sigma_prime(Z));
    return delta;
}

// ∂R̂/∂W_ℓ = (1/M) δ_ℓ X_{ℓ−1}ᵀ
Matrix weight_gradient(const Matrix& delta, const Matrix& X_prev) {
    Matrix dW(delta.rows(), X_prev.rows());
    weight_gradient_into(delta, X_prev, dW.data());
    return dW;
}

// ∂R̂/∂b_ℓ = (1/M) δ_ℓ 1
Vector bias_gradient(const Matrix& delta) {
    Vector db(delta.rows());
    bias_gradient_into(delta, db.data());
    return db;
}

std::vector<Matrix> backward_deltas(const MLP& net, const Cost& cost, const BatchForward& cache,
                                    const Matrix& Y) {
    const std::size_t L = net.L();
    if (cache.X.size() != L + 1 || cache.Z.size() != L + 1)
        throw ShapeError("backward_deltas: a cache of " + std::to_string(cache.X.size()) +
                         " outputs for a network of L = " + std::to_string(L));
    std::vector<Matrix> delta(L + 1);
    delta[L] = output_delta(net.sigma(L), cache.Z[L], cost.g_J_prime(cache.X[L], Y));
    for (std::size_t ell = L; ell >= 2; --ell)
        delta[ell - 1] = hidden_delta(input_gradient(net.W(ell), delta[ell]), net.sigma(ell - 1),
                                      cache.Z[ell - 1]);
    return delta;
}

RiskAndGradient risk_and_gradient(const MLP& net, const Cost& cost, const Matrix& X,
                                  const Matrix& Y) {
    backprop_check::batch_shape("efficient_backprop", net, X, Y);
    backprop_check::finite("efficient_backprop", "target Y", Y);
    const BatchForward cache = batch_forward(net, X);
    const std::vector<Matrix> delta = backward_deltas(net, cost, cache, Y);
    RiskAndGradient r;
    r.R_hat = cost.J_sum(cache.X[net.L()], Y) / static_cast<double>(X.cols());
    r.gradient = net.zero_gradient();
    for (std::size_t ell = 1; ell <= net.L(); ++ell) {
        r.gradient.dW[ell - 1] = weight_gradient(delta[ell], cache.X[ell - 1]);
        r.gradient.db[ell - 1] = bias_gradient(delta[ell]);
    }
    return r;
}

MLPGradient efficient_backprop(const MLP& net, const Cost& cost, const Matrix& X, const Matrix& Y) {
    return risk_and_gradient(net, cost, X, Y).gradient;
}

}  // namespace redes
