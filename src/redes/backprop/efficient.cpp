#include "redes/backprop/efficient.hpp"

#include <cmath>
#include <string>

#include "redes/error.hpp"

namespace redes {

namespace {
void require_batch(const char* op, const MLP& net, const Matrix& X, const Matrix& Y) {
    if (X.cols() == 0) throw ValueError(std::string(op) + ": M = 0 samples");
    if (X.rows() != net.input_size() || Y.rows() != net.output_size() || X.cols() != Y.cols())
        throw ShapeError(std::string(op) + ": batch X " + shape_str(X.rows(), X.cols()) +
                         " and targets Y " + shape_str(Y.rows(), Y.cols()) + " for a network " +
                         std::to_string(net.input_size()) + " → " +
                         std::to_string(net.output_size()) + " (need N_0×M and N_L×M)");
}

// A NaN or ±∞ in the batch would flow silently into every entry of the gradient.
void require_finite(const char* op, const char* what, const Matrix& A) {
    for (std::size_t i = 0; i < A.rows(); ++i)
        for (std::size_t m = 0; m < A.cols(); ++m)
            if (!std::isfinite(A(i, m)))
                throw ValueError(std::string(op) + ": " + what + "(" + std::to_string(i) + ", " +
                                 std::to_string(m) + ") = " + std::to_string(A(i, m)) +
                                 " is not finite");
}
}  // namespace

BatchForward batch_forward(const MLP& net, const Matrix& X) {
    if (X.rows() != net.input_size())
        throw ShapeError("batch_forward: batch " + shape_str(X.rows(), X.cols()) +
                         " has samples of size " + std::to_string(X.rows()) +
                         ", the network takes N_0 = " + std::to_string(net.input_size()));
    require_finite("batch_forward", "input X", X);
    BatchForward c;
    c.Z.resize(net.L() + 1);
    c.X.resize(net.L() + 1);
    c.X[0] = X;
    for (std::size_t l = 1; l <= net.L(); ++l) {
        // Z_ℓ = W_ℓ X_{ℓ−1} + b_ℓ 1ᵀ
        c.Z[l] = add_to_columns(matmul(net.W(l), c.X[l - 1]), net.b(l));
        // X_ℓ = σ_ℓ(Z_ℓ)
        c.X[l] = net.sigma(l).sigma(c.Z[l]);
    }
    return c;
}

// δ_L = g_J′(X_L) ⊙ σ′(Z_L)
Matrix output_delta(const Activation& sigma_L, const Matrix& Z_L, const Matrix& g_J_prime) {
    return hadamard(g_J_prime, sigma_L.sigma_prime(Z_L));
}

// ∂J/∂X_{ℓ−1} = W_ℓᵀ δ_ℓ
Matrix input_gradient(const Matrix& W, const Matrix& delta) { return matmul(transpose(W), delta); }

// δ_{ℓ−1} = (W_ℓᵀ δ_ℓ) ⊙ σ′(Z_{ℓ−1})
Matrix hidden_delta(const Matrix& input_grad, const Activation& sigma, const Matrix& Z) {
    return hadamard(input_grad, sigma.sigma_prime(Z));
}

// ∂R̂/∂W_ℓ = (1/M) δ_ℓ X_{ℓ−1}ᵀ
Matrix weight_gradient(const Matrix& delta, const Matrix& X_prev) {
    if (delta.cols() == 0) throw ValueError("weight_gradient: M = 0 samples");
    return matmul(delta, transpose(X_prev)) / static_cast<double>(delta.cols());
}

// ∂R̂/∂b_ℓ = (1/M) δ_ℓ 1
Vector bias_gradient(const Matrix& delta) {
    if (delta.cols() == 0) throw ValueError("bias_gradient: M = 0 samples");
    return row_means(delta);
}

std::vector<Matrix> backward_deltas(const MLP& net, const Cost& cost, const BatchForward& cache,
                                    const Matrix& Y) {
    const std::size_t L = net.L();
    if (cache.X.size() != L + 1 || cache.Z.size() != L + 1)
        throw ShapeError("backward_deltas: a cache of " + std::to_string(cache.X.size()) +
                         " outputs for a network of L = " + std::to_string(L));
    std::vector<Matrix> delta(L + 1);
    delta[L] = output_delta(net.sigma(L), cache.Z[L], cost.g_J_prime(cache.X[L], Y));
    for (std::size_t l = L; l >= 2; --l)
        delta[l - 1] =
            hidden_delta(input_gradient(net.W(l), delta[l]), net.sigma(l - 1), cache.Z[l - 1]);
    return delta;
}

RiskAndGradient risk_and_gradient(const MLP& net, const Cost& cost, const Matrix& X,
                                  const Matrix& Y) {
    require_batch("efficient_backprop", net, X, Y);
    require_finite("efficient_backprop", "target Y", Y);
    const BatchForward cache = batch_forward(net, X);
    const std::vector<Matrix> delta = backward_deltas(net, cost, cache, Y);
    RiskAndGradient r;
    r.R_hat = cost.J_sum(cache.X[net.L()], Y) / static_cast<double>(X.cols());
    r.gradient.dW.resize(net.L());
    r.gradient.db.resize(net.L());
    for (std::size_t l = 1; l <= net.L(); ++l) {
        r.gradient.dW[l - 1] = weight_gradient(delta[l], cache.X[l - 1]);
        r.gradient.db[l - 1] = bias_gradient(delta[l]);
    }
    return r;
}

MLPGradient efficient_backprop(const MLP& net, const Cost& cost, const Matrix& X, const Matrix& Y) {
    return risk_and_gradient(net, cost, X, Y).gradient;
}

}  // namespace redes
