#include "redes/backprop/batch_workspace.hpp"

#include <algorithm>
#include <cmath>
#include <string>

#include "redes/error.hpp"
#include "redes/linalg/gemm.hpp"

namespace redes {

namespace {

// A rows×cols matrix in place, reallocated only when the shape changes.
void shape(Matrix& A, std::size_t rows, std::size_t cols) {
    if (A.rows() != rows || A.cols() != cols) A = Matrix(rows, cols);
}

void require_data(const char* op, const MLP& net, const Matrix& X_all, const Matrix& Y_all,
                  const std::vector<std::size_t>& batch) {
    if (batch.empty()) throw ValueError(std::string(op) + ": M = 0 samples");
    if (X_all.rows() != net.input_size() || Y_all.rows() != net.output_size() ||
        X_all.cols() != Y_all.cols())
        throw ShapeError(std::string(op) + ": inputs " + shape_str(X_all.rows(), X_all.cols()) +
                         " and targets " + shape_str(Y_all.rows(), Y_all.cols()) + " for a network " +
                         std::to_string(net.input_size()) + " → " + std::to_string(net.output_size()) +
                         " (need N_0×M and N_L×M)");
    for (std::size_t m : batch)
        if (m >= X_all.cols())
            throw IndexError(std::string(op) + ": sample " + std::to_string(m) + " outside " +
                             std::to_string(X_all.cols()) + " samples");
}

// Columns batch[first … first+M) of A into S (rows(A)×M), as select_columns does.
void gather(const Matrix& A, const std::vector<std::size_t>& batch, std::size_t first,
            std::size_t M, Matrix& S) {
    shape(S, A.rows(), M);
    const std::size_t* idx = batch.data() + first;
    for (std::size_t i = 0; i < A.rows(); ++i) {
        const double* a = A.row_ptr(i);
        double* s = S.row_ptr(i);
        for (std::size_t c = 0; c < M; ++c) s[c] = a[idx[c]];
    }
}

// Z_ℓ = W_ℓ X_{ℓ−1} + b_ℓ 1ᵀ and X_ℓ = σ_ℓ(Z_ℓ) for ℓ = 1…L, from ws.X[0].
void forward(const MLP& net, BatchWorkspace& ws) {
    const std::size_t L = net.L(), M = ws.X[0].cols();
    for (std::size_t l = 1; l <= L; ++l) {
        const Matrix& W = net.W(l);
        const Vector& b = net.b(l);
        const Activation& sigma = net.sigma(l);
        shape(ws.Z[l], W.rows(), M);
        shape(ws.X[l], W.rows(), M);
        gemm(view(W), view(ws.X[l - 1]), ws.Z[l]);  // W_ℓ X_{ℓ−1}
        for (std::size_t i = 0; i < W.rows(); ++i) {
            double* z = ws.Z[l].row_ptr(i);
            double* x = ws.X[l].row_ptr(i);
            for (std::size_t j = 0; j < M; ++j) {
                z[j] += b[i];             // + b_ℓ 1ᵀ
                x[j] = sigma.sigma(z[j]);  // σ_ℓ(z)
            }
        }
    }
}

// total += J(x_Lm; y_m) for the columns m of X_L in order, as Cost::J_sum adds them; with G
// non-null also G = [g_J′(x_L1) ⋯ g_J′(x_LM)] as Cost::g_J_prime. `e` holds exp(x_i − max x),
// computed once for both J and softmax.
void cost_columns(const Cost& cost, const Matrix& X_L, const Matrix& Y, Matrix* G,
                  std::vector<double>& e, double& total) {
    const std::size_t K = X_L.rows(), M = X_L.cols();
    e.resize(K);
    for (std::size_t m = 0; m < M; ++m) {
        auto x = [&](std::size_t i) { return X_L(i, m); };
        auto y = [&](std::size_t i) { return Y(i, m); };
        double J = 0.0;
        if (cost.kind() == CostKind::quadratic) {
            // J = ‖y − x_L‖²
            for (std::size_t i = 0; i < K; ++i) J += (y(i) - x(i)) * (y(i) - x(i));
            // g_J′ = −2 (y − x_L)
            if (G)
                for (std::size_t i = 0; i < K; ++i) (*G)(i, m) = -2.0 * (y(i) - x(i));
        } else {
            double mx = x(0);
            for (std::size_t i = 1; i < K; ++i) mx = std::max(mx, x(i));
            double s = 0.0;  // Σ_j e^{x_j − max x}
            for (std::size_t i = 0; i < K; ++i) s += (e[i] = std::exp(x(i) - mx));
            // J = Σ y_i (log Σ_j e^{x_j} − x_i)
            const double lse = mx + std::log(s);
            for (std::size_t i = 0; i < K; ++i) J += y(i) * (lse - x(i));
            if (G) {
                // g_J′ = softmax(x_L) Σ_k y_k − y
                double sum_y = 0.0;
                for (std::size_t i = 0; i < K; ++i) sum_y += y(i);
                for (std::size_t i = 0; i < K; ++i) {
                    const double p = e[i] / s;
                    (*G)(i, m) = p * sum_y - y(i);
                }
            }
        }
        total += J;
    }
}

void size_workspace(const MLP& net, BatchWorkspace& ws) {
    const std::size_t L = net.L();
    ws.Z.resize(L + 1);
    ws.X.resize(L + 1);
    ws.delta.resize(L + 1);
    ws.dW.resize(L + 1);
}

}  // namespace

double risk_and_gradient_into(const MLP& net, const Cost& cost, const Matrix& X_all,
                              const Matrix& Y_all, const std::vector<std::size_t>& batch,
                              BatchWorkspace& ws, Vector& g) {
    require_data("risk_and_gradient_into", net, X_all, Y_all, batch);
    const std::size_t L = net.L(), M = batch.size();
    size_workspace(net, ws);
    gather(X_all, batch, 0, M, ws.X[0]);
    gather(Y_all, batch, 0, M, ws.Y);
    forward(net, ws);

    // δ_L = g_J′(X_L) ⊙ σ′(Z_L)
    shape(ws.delta[L], net.output_size(), M);
    std::vector<double> e;
    double J_sum = 0.0;  // Σ_m J(x_Lm; y_m)
    cost_columns(cost, ws.X[L], ws.Y, &ws.delta[L], e, J_sum);
    {
        const Activation& sigma = net.sigma(L);
        double* d = ws.delta[L].data();
        const double* z = ws.Z[L].data();
        for (std::size_t k = 0; k < ws.delta[L].size(); ++k) d[k] = d[k] * sigma.sigma_prime(z[k]);
    }
    // δ_{ℓ−1} = (W_ℓᵀ δ_ℓ) ⊙ σ′(Z_{ℓ−1})
    for (std::size_t l = L; l >= 2; --l) {
        Matrix& d = ws.delta[l - 1];
        shape(d, net.W(l).cols(), M);
        gemm(transposed_view(net.W(l)), view(ws.delta[l]), d);  // W_ℓᵀ δ_ℓ, Wᵀ read in place
        const Activation& sigma = net.sigma(l - 1);
        const double* z = ws.Z[l - 1].data();
        for (std::size_t k = 0; k < d.size(); ++k) d.data()[k] = d.data()[k] * sigma.sigma_prime(z[k]);
    }

    // g = (∂R̂/∂W_1, ∂R̂/∂b_1, …) in the order of MLP::parameters()
    if (g.size() != net.num_parameters()) g = Vector(net.num_parameters());
    double* out = g.data();
    const double Md = static_cast<double>(M);
    for (std::size_t l = 1; l <= L; ++l) {
        // ∂R̂/∂W_ℓ = (1/M) δ_ℓ X_{ℓ−1}ᵀ
        shape(ws.dW[l], net.W(l).rows(), net.W(l).cols());
        gemm(view(ws.delta[l]), transposed_view(ws.X[l - 1]), ws.dW[l]);
        for (std::size_t k = 0; k < ws.dW[l].size(); ++k) *out++ = ws.dW[l].data()[k] / Md;
        // ∂R̂/∂b_ℓ = (1/M) δ_ℓ 1
        for (std::size_t i = 0; i < ws.delta[l].rows(); ++i) {
            const double* d = ws.delta[l].row_ptr(i);
            double s = 0.0;
            for (std::size_t j = 0; j < M; ++j) s += d[j];
            *out++ = s / Md;
        }
    }
    return J_sum / Md;
}

double risk_into(const MLP& net, const Cost& cost, const Matrix& X_all, const Matrix& Y_all,
                 const std::vector<std::size_t>& batch, BatchWorkspace& ws, std::size_t chunk) {
    require_data("risk_into", net, X_all, Y_all, batch);
    if (chunk == 0) throw ValueError("risk_into: chunk = 0 columns; at least 1");
    size_workspace(net, ws);
    std::vector<double> e;
    double s = 0.0;  // Σ_m J(x_Lm; y_m), m in order across the chunks
    for (std::size_t first = 0; first < batch.size(); first += chunk) {
        const std::size_t M = std::min(chunk, batch.size() - first);
        gather(X_all, batch, first, M, ws.X[0]);
        gather(Y_all, batch, first, M, ws.Y);
        forward(net, ws);
        cost_columns(cost, ws.X[net.L()], ws.Y, nullptr, e, s);
    }
    return s / static_cast<double>(batch.size());
}

}  // namespace redes
