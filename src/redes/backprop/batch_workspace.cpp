#include "redes/backprop/batch_workspace.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <string>

#include "redes/error.hpp"
#include "redes/linalg/gemm.hpp"

namespace redes {

namespace {

// A rows×cols matrix in place, reallocated only when the shape changes.
void shape(Matrix& A, std::size_t rows, std::size_t cols) {
    if (A.rows() != rows || A.cols() != cols) A = Matrix(rows, cols);
}

// A ← A ⊙ S
void hadamard_in_place(Matrix& A, const Matrix& S) {
    double* a = A.data();
    const double* s = S.data();
    for (std::size_t k = 0; k < A.size(); ++k) a[k] = a[k] * s[k];
}

// Where W_ℓ and b_ℓ are read from (index ℓ = 1…L): the network's own matrices, or the slices
// of a flat θ in the order of MLP::parameters() (no copy into a network).
struct Layers {
    std::vector<MatrixView> W;
    std::vector<const double*> b;
};

Layers layers_of(const MLP& net) {
    Layers p;
    p.W.resize(net.L() + 1);
    p.b.resize(net.L() + 1);
    for (std::size_t l = 1; l <= net.L(); ++l) {
        p.W[l] = view(net.W(l));
        p.b[l] = net.b(l).data();
    }
    return p;
}

Layers layers_of(const char* op, const MLP& net, const Vector& theta) {
    if (theta.size() != net.num_parameters())
        throw ShapeError(std::string(op) + ": θ of size " + std::to_string(theta.size()) +
                         ", the network has D = " + std::to_string(net.num_parameters()));
    Layers p;
    p.W.resize(net.L() + 1);
    p.b.resize(net.L() + 1);
    const double* at = theta.data();
    for (std::size_t l = 1; l <= net.L(); ++l) {
        const std::size_t rows = net.N()[l], cols = net.N()[l - 1];
        p.W[l] = MatrixView{at, rows, cols, cols, 1};
        at += rows * cols;
        p.b[l] = at;
        at += rows;
    }
    return p;
}

void require_data(const char* op, const MLP& net, const Matrix& X_all, const Matrix& Y_all,
                  const std::vector<std::size_t>& batch) {
    if (batch.empty()) throw ValueError(std::string(op) + ": M = 0 samples");
    if (X_all.rows() != net.input_size() || Y_all.rows() != net.output_size() ||
        X_all.cols() != Y_all.cols())
        throw ShapeError(std::string(op) + ": inputs " + shape_str(X_all.rows(), X_all.cols()) +
                         " and targets " + shape_str(Y_all.rows(), Y_all.cols()) +
                         " for a network " + std::to_string(net.input_size()) + " → " +
                         std::to_string(net.output_size()) + " (need N_0×M and N_L×M)");
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

// Z_ℓ = W_ℓ X_{ℓ−1} + b_ℓ 1ᵀ and X_ℓ = σ_ℓ(Z_ℓ) for ℓ = 1…L, from ws.X[0]; with
// derivatives, also S_ℓ = σ′_ℓ(Z_ℓ) (for the backward pass). tanh layers go through
// tanh_and_derivative, the others through Activation's own σ and σ′.
void forward(const MLP& net, const Layers& p, BatchWorkspace& ws, bool derivatives) {
    const std::size_t L = net.L(), M = ws.X[0].cols();
    for (std::size_t l = 1; l <= L; ++l) {
        const MatrixView& W = p.W[l];
        const double* b = p.b[l];
        const Activation& sigma = net.sigma(l);
        shape(ws.Z[l], W.rows, M);
        shape(ws.X[l], W.rows, M);
        if (derivatives) shape(ws.S[l], W.rows, M);
        gemm(W, view(ws.X[l - 1]), ws.Z[l]);  // W_ℓ X_{ℓ−1}
        for (std::size_t i = 0; i < W.rows; ++i) {
            double* z = ws.Z[l].row_ptr(i);
            for (std::size_t j = 0; j < M; ++j) z[j] += b[i];  // + b_ℓ 1ᵀ
        }
        const double* z = ws.Z[l].data();
        double* x = ws.X[l].data();
        double* d = derivatives ? ws.S[l].data() : nullptr;
        const std::size_t n = ws.Z[l].size();
        if (sigma.kind() == ActivationKind::tanh) {
            tanh_and_derivative(z, n, x, d);
        } else {
            for (std::size_t k = 0; k < n; ++k) x[k] = sigma.sigma(z[k]);  // σ_ℓ(z)
            if (d)
                for (std::size_t k = 0; k < n; ++k) d[k] = sigma.sigma_prime(z[k]);  // σ′_ℓ(z)
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
    ws.S.resize(L + 1);
    ws.delta.resize(L + 1);
}

}  // namespace

// With a = |z|, y = −2a, u = e^y − 1 and t = e^y:
//   tanh(a) = (1 − e^{−2a}) / (1 + e^{−2a}) = −u / (2 + u)
//   σ′(z) = 1/cosh²(z) = 1 − tanh²(a) = 4(1 + u)/(2 + u)² = 4t / (1 + t)²
// e^y from y = k ln2 + r, |r| ≤ ln2/2: e^y = 2^k (1 + q), q = e^r − 1 by its Taylor series to
// r¹³/13! (the next term is below 10⁻¹⁷ of q), so u = 2^k q + (2^k − 1) and t = 2^k q + 2^k
// carry no cancellation: tanh keeps its digits near 0, σ′ its digits where tanh rounds to ±1.
// A plain loop of arithmetic the compiler vectorises: no call into libm per element.
namespace {
// The loop of tanh_and_derivative, for n ≤ 256 elements at a time, writing both outputs (no
// branch inside: the compiler turns it into SIMD).
void tanh_block(const double* z, std::size_t n, double* x, double* sigma_prime) {
    constexpr double log2e = 1.4426950408889634074;
    constexpr double ln2_hi = 6.93147180369123816490e-01;  // ln 2 = ln2_hi + ln2_lo, ln2_hi·k exact
    constexpr double ln2_lo = 1.90821492927058770002e-10;
    constexpr double shifter = 0x1.8p52;  // adding it rounds to an integer, kept in the low bits
    constexpr std::uint64_t bits_350 = 0x4075E00000000000ull;  // the bits of 350.0
    constexpr std::uint64_t bits_inf = 0x7FF0000000000000ull;  // of +∞; NaNs lie above
    for (std::size_t i = 0; i < n; ++i) {
        const double zi = z[i];
        const double a_raw = std::fabs(zi);
        // Beyond 350, tanh = ±1 and 1/cosh² < 10⁻³⁰⁰: set at the end, as NaN is. The tests are
        // on the bits (integers): a floating-point comparison would keep GCC from vectorising.
        std::uint64_t a_bits;
        std::memcpy(&a_bits, &a_raw, sizeof a_bits);
        // all ones where the condition holds, else zero: choices become bit masks
        const std::uint64_t far = 0 - static_cast<std::uint64_t>(a_bits > bits_350);
        const std::uint64_t nan = 0 - static_cast<std::uint64_t>(a_bits > bits_inf);
        const std::uint64_t a_clamped = (a_bits & ~far) | (bits_350 & far);
        double a;
        std::memcpy(&a, &a_clamped, sizeof a);
        const double y = -2.0 * a;
        const double kd_shifted = y * log2e + shifter;  // k = round(y / ln 2) ∈ [−1010, 0]
        const double kd = kd_shifted - shifter;
        std::uint64_t k_bits;
        std::memcpy(&k_bits, &kd_shifted, sizeof k_bits);
        // 2^k: the exponent field k + 1023 (k is the low bits of kd_shifted, two's complement)
        const std::uint64_t two_k_bits = (k_bits - 0x4338000000000000ull + 1023u) << 52;
        double two_k;
        std::memcpy(&two_k, &two_k_bits, sizeof two_k);
        const double r = (y - kd * ln2_hi) - kd * ln2_lo;
        // q = e^r − 1 = r + r²/2! + … + r¹³/13!
        double p = 1.0 / 6227020800.0;
        p = p * r + 1.0 / 479001600.0;
        p = p * r + 1.0 / 39916800.0;
        p = p * r + 1.0 / 3628800.0;
        p = p * r + 1.0 / 362880.0;
        p = p * r + 1.0 / 40320.0;
        p = p * r + 1.0 / 5040.0;
        p = p * r + 1.0 / 720.0;
        p = p * r + 1.0 / 120.0;
        p = p * r + 1.0 / 24.0;
        p = p * r + 1.0 / 6.0;
        p = p * r + 0.5;
        p = p * r + 1.0;
        const double q = p * r;
        const double u = two_k * q + (two_k - 1.0);  // e^y − 1
        const double t = two_k * q + two_k;          // e^y
        const double th_near = -u / (2.0 + u);
        const double d_near = 4.0 * t / ((1.0 + t) * (1.0 + t));
        // the same choices on the bits: (±1, 0) beyond 350, (NaN, NaN) for NaN
        std::uint64_t th_bits, d_bits, z_bits;
        std::memcpy(&th_bits, &th_near, sizeof th_bits);
        std::memcpy(&d_bits, &d_near, sizeof d_bits);
        std::memcpy(&z_bits, &zi, sizeof z_bits);
        th_bits =
            (((th_bits & ~far) | (0x3FF0000000000000ull & far)) & ~nan) | (z_bits & nan);  // 1.0
        d_bits = ((d_bits & ~far) & ~nan) | (z_bits & nan);
        double th, d;
        std::memcpy(&th, &th_bits, sizeof th);
        std::memcpy(&d, &d_bits, sizeof d);
        x[i] = std::copysign(th, zi);
        sigma_prime[i] = d;
    }
}
}  // namespace

void tanh_and_derivative(const double* z, std::size_t n, double* x, double* sigma_prime) {
    double scratch[256];
    for (std::size_t i = 0; i < n; i += 256) {
        const std::size_t m = std::min<std::size_t>(256, n - i);
        tanh_block(z + i, m, x + i, sigma_prime ? sigma_prime + i : scratch);
    }
}

namespace {

double step(const char* op, const MLP& net, const Layers& p, const Cost& cost, const Matrix& X_all,
            const Matrix& Y_all, const std::vector<std::size_t>& batch, BatchWorkspace& ws,
            Vector& g) {
    require_data(op, net, X_all, Y_all, batch);
    const std::size_t L = net.L(), M = batch.size();
    size_workspace(net, ws);
    gather(X_all, batch, 0, M, ws.X[0]);
    gather(Y_all, batch, 0, M, ws.Y);
    forward(net, p, ws, true);

    // δ_L = g_J′(X_L) ⊙ σ′(Z_L)
    shape(ws.delta[L], net.output_size(), M);
    std::vector<double> e;
    double J_sum = 0.0;  // Σ_m J(x_Lm; y_m)
    cost_columns(cost, ws.X[L], ws.Y, &ws.delta[L], e, J_sum);
    hadamard_in_place(ws.delta[L], ws.S[L]);
    // δ_{ℓ−1} = (W_ℓᵀ δ_ℓ) ⊙ σ′(Z_{ℓ−1})
    for (std::size_t l = L; l >= 2; --l) {
        Matrix& d = ws.delta[l - 1];
        const MatrixView& W = p.W[l];
        shape(d, W.cols, M);
        const MatrixView W_T{W.data, W.cols, W.rows, W.col_stride, W.row_stride};  // read in place
        gemm(W_T, view(ws.delta[l]), d);    // W_ℓᵀ δ_ℓ
        hadamard_in_place(d, ws.S[l - 1]);  // ⊙ σ′(Z_{ℓ−1})
    }

    // g = (∂R̂/∂W_1, ∂R̂/∂b_1, …) in the order of MLP::parameters(), each written in its place
    if (g.size() != net.num_parameters()) g = Vector(net.num_parameters());
    double* out = g.data();
    const double Md = static_cast<double>(M);
    for (std::size_t l = 1; l <= L; ++l) {
        // ∂R̂/∂W_ℓ = (1/M) δ_ℓ X_{ℓ−1}ᵀ
        const std::size_t rows = p.W[l].rows, cols = p.W[l].cols;
        gemm(view(ws.delta[l]), transposed_view(ws.X[l - 1]), out, cols);
        for (std::size_t k = 0; k < rows * cols; ++k) out[k] /= Md;
        out += rows * cols;
        // ∂R̂/∂b_ℓ = (1/M) δ_ℓ 1
        for (std::size_t i = 0; i < rows; ++i) {
            const double* d = ws.delta[l].row_ptr(i);
            double s = 0.0;
            for (std::size_t j = 0; j < M; ++j) s += d[j];
            *out++ = s / Md;
        }
    }
    return J_sum / Md;
}

double forward_risk(const char* op, const MLP& net, const Layers& p, const Cost& cost,
                    const Matrix& X_all, const Matrix& Y_all, const std::vector<std::size_t>& batch,
                    BatchWorkspace& ws, std::size_t chunk) {
    require_data(op, net, X_all, Y_all, batch);
    if (chunk == 0) throw ValueError(std::string(op) + ": chunk = 0 columns; at least 1");
    size_workspace(net, ws);
    std::vector<double> e;
    double s = 0.0;  // Σ_m J(x_Lm; y_m), m in order across the chunks
    for (std::size_t first = 0; first < batch.size(); first += chunk) {
        const std::size_t M = std::min(chunk, batch.size() - first);
        gather(X_all, batch, first, M, ws.X[0]);
        gather(Y_all, batch, first, M, ws.Y);
        forward(net, p, ws, false);
        cost_columns(cost, ws.X[net.L()], ws.Y, nullptr, e, s);
    }
    return s / static_cast<double>(batch.size());
}

}  // namespace

double risk_and_gradient_into(const MLP& net, const Cost& cost, const Matrix& X_all,
                              const Matrix& Y_all, const std::vector<std::size_t>& batch,
                              BatchWorkspace& ws, Vector& g) {
    return step("risk_and_gradient_into", net, layers_of(net), cost, X_all, Y_all, batch, ws, g);
}

double risk_and_gradient_into(const MLP& architecture, const Vector& theta, const Cost& cost,
                              const Matrix& X_all, const Matrix& Y_all,
                              const std::vector<std::size_t>& batch, BatchWorkspace& ws,
                              Vector& g) {
    const char* op = "risk_and_gradient_into";
    return step(op, architecture, layers_of(op, architecture, theta), cost, X_all, Y_all, batch, ws,
                g);
}

double risk_into(const MLP& net, const Cost& cost, const Matrix& X_all, const Matrix& Y_all,
                 const std::vector<std::size_t>& batch, BatchWorkspace& ws, std::size_t chunk) {
    return forward_risk("risk_into", net, layers_of(net), cost, X_all, Y_all, batch, ws, chunk);
}

double risk_into(const MLP& architecture, const Vector& theta, const Cost& cost,
                 const Matrix& X_all, const Matrix& Y_all, const std::vector<std::size_t>& batch,
                 BatchWorkspace& ws, std::size_t chunk) {
    return forward_risk("risk_into", architecture, layers_of("risk_into", architecture, theta),
                        cost, X_all, Y_all, batch, ws, chunk);
}

}  // namespace redes
