#include "redes/risk/cost.hpp"

#include <algorithm>
#include <cmath>

#include "redes/error.hpp"

namespace redes {

namespace {
void require_same(const char* op, std::size_t a, std::size_t b) {
    if (a == 0 && b == 0) throw ShapeError(std::string(op) + ": empty output and target");
    if (a != b)
        throw ShapeError(std::string(op) + ": output of size " + std::to_string(a) +
                         " against target of size " + std::to_string(b));
}
// A target y with NaN or ±∞ is bad input (a NaN output x_L is left to the divergence checks).
void require_finite_target(const char* op, const double* y, std::size_t n) {
    for (std::size_t i = 0; i < n; ++i)
        if (!std::isfinite(y[i]))
            throw ValueError(std::string(op) + ": target entry " + std::to_string(i) + " is " +
                             std::to_string(y[i]));
}
void require_same(const char* op, const Matrix& A, const Matrix& B) {
    if (A.rows() != B.rows() || A.cols() != B.cols())
        throw ShapeError(std::string(op) + ": outputs " + shape_str(A.rows(), A.cols()) +
                         " against targets " + shape_str(B.rows(), B.cols()));
}
// Column by column, as J(x_L, y) checks one sample's target.
void require_finite_targets(const char* op, const Matrix& Y) {
    for (std::size_t m = 0; m < Y.cols(); ++m)
        for (std::size_t i = 0; i < Y.rows(); ++i)
            if (!std::isfinite(Y(i, m)))
                throw ValueError(std::string(op) + ": target entry " + std::to_string(i) + " is " +
                                 std::to_string(Y(i, m)));
}
}  // namespace

Cost Cost::quadratic() { return Cost(CostKind::quadratic); }
Cost Cost::cross_entropy() { return Cost(CostKind::cross_entropy); }

Cost Cost::from_name(const std::string& name) {
    if (name == "quadratic") return quadratic();
    if (name == "cross_entropy") return cross_entropy();
    throw ValueError("unknown cost '" + name + "' (known: quadratic, cross_entropy)");
}

std::string Cost::name() const {
    switch (kind_) {
        case CostKind::quadratic: return "quadratic";
        case CostKind::cross_entropy: return "cross_entropy";
    }
    throw ValueError("Cost::name: unknown cost kind");  // unreachable: the switch names every kind
}

Vector softmax(const Vector& z) {
    if (z.empty()) throw ShapeError("softmax: empty vector");
    const double m = *std::max_element(z.begin(), z.end());
    Vector p(z.size());
    double s = 0.0;
    for (std::size_t i = 0; i < z.size(); ++i) s += (p[i] = std::exp(z[i] - m));
    return p /= s;
}

double quadratic_J(const double* x, const double* y, std::size_t K, std::size_t stride, double* g) {
    double J = 0.0;  // ‖y − x_L‖²
    for (std::size_t i = 0; i < K; ++i) {
        const double r = y[i * stride] - x[i * stride];
        J += r * r;
    }
    if (g)  // g_J′ = −2 (y − x_L)
        for (std::size_t i = 0; i < K; ++i) g[i * stride] = -2.0 * (y[i * stride] - x[i * stride]);
    return J;
}

double cross_entropy_J(const double* x, const double* y, std::size_t K, std::size_t stride,
                       double* g) {
    // −Σ y_i log softmax(x_L)_i = Σ y_i (log Σ_j e^{x_j} − x_i), with the max subtracted.
    double mx = x[0];
    for (std::size_t i = 1; i < K; ++i) mx = std::max(mx, x[i * stride]);
    double s = 0.0;  // Σ_j e^{x_j − max x}
    if (g)
        for (std::size_t i = 0; i < K; ++i) s += (g[i * stride] = std::exp(x[i * stride] - mx));
    else
        for (std::size_t i = 0; i < K; ++i) s += std::exp(x[i * stride] - mx);
    const double lse = mx + std::log(s);
    double J = 0.0;
    for (std::size_t i = 0; i < K; ++i) J += y[i * stride] * (lse - x[i * stride]);
    if (g) {
        // ∂/∂x_i Σ_k y_k (lse − x_k) = p_i Σ_k y_k − y_i, which is p − y for one-hot targets
        double sum_y = 0.0;
        for (std::size_t i = 0; i < K; ++i) sum_y += y[i * stride];
        for (std::size_t i = 0; i < K; ++i) {
            const double p = g[i * stride] / s;  // e^{x_i − max x} / Σ_j e^{x_j − max x}
            g[i * stride] = p * sum_y - y[i * stride];
        }
    }
    return J;
}

double Cost::J_columns(const Matrix& X_L, const Matrix& Y, Matrix* G, double running) const {
    require_same("J_columns", X_L, Y);
    if (G) require_same("J_columns", *G, Y);
    const std::size_t K = X_L.rows(), M = X_L.cols();
    if (K == 0 && M > 0) throw ShapeError("J_columns: empty output and target");
    double total = running;  // + Σ_m J(x_Lm; y_m), m in order
    for (std::size_t m = 0; m < M; ++m) {
        const double* x = X_L.data() + m;
        const double* y = Y.data() + m;
        total += kernel(x, y, K, M, G ? G->data() + m : nullptr);
    }
    return total;
}

double Cost::kernel(const double* x, const double* y, std::size_t K, std::size_t stride,
                    double* g) const {
    switch (kind_) {  // no default: -Wswitch names a new cost missing here
        case CostKind::quadratic: return quadratic_J(x, y, K, stride, g);
        case CostKind::cross_entropy: return cross_entropy_J(x, y, K, stride, g);
    }
    throw ValueError("Cost: unknown cost kind");  // unreachable: the switch names every kind
}

double Cost::J(const Vector& x_L, const Vector& y) const {
    require_same("J", x_L.size(), y.size());
    require_finite_target("J", y.data(), y.size());
    return kernel(x_L.data(), y.data(), y.size(), 1, nullptr);
}

Vector Cost::g_J_prime(const Vector& x_L, const Vector& y) const {
    require_same("g_J_prime", x_L.size(), y.size());
    require_finite_target("g_J_prime", y.data(), y.size());
    Vector g(y.size());
    kernel(x_L.data(), y.data(), y.size(), 1, g.data());
    return g;
}

double Cost::J_sum(const Matrix& X_L, const Matrix& Y) const {
    require_same("J_sum", X_L, Y);
    require_finite_targets("J", Y);
    return J_columns(X_L, Y, nullptr);
}

Matrix Cost::g_J_prime(const Matrix& X_L, const Matrix& Y) const {
    require_same("g_J_prime", X_L, Y);
    require_finite_targets("g_J_prime", Y);
    Matrix G(X_L.rows(), X_L.cols());
    J_columns(X_L, Y, &G);
    return G;
}

}  // namespace redes
