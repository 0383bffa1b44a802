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
}  // namespace

Cost Cost::quadratic() { return Cost(CostKind::quadratic); }
Cost Cost::cross_entropy() { return Cost(CostKind::cross_entropy); }

Cost Cost::from_name(const std::string& name) {
    if (name == "quadratic") return quadratic();
    if (name == "cross_entropy") return cross_entropy();
    throw ValueError("unknown cost '" + name + "' (known: quadratic, cross_entropy)");
}

std::string Cost::name() const {
    return kind_ == CostKind::quadratic ? "quadratic" : "cross_entropy";
}

Vector softmax(const Vector& z) {
    if (z.empty()) throw ShapeError("softmax: empty vector");
    const double m = *std::max_element(z.begin(), z.end());
    Vector p(z.size());
    double s = 0.0;
    for (std::size_t i = 0; i < z.size(); ++i) s += (p[i] = std::exp(z[i] - m));
    return p /= s;
}

double Cost::J(const Vector& x_L, const Vector& y) const {
    require_same("J", x_L.size(), y.size());
    require_finite_target("J", y.data(), y.size());
    if (kind_ == CostKind::quadratic) {
        double s = 0.0;  // ‖y − x_L‖²
        for (std::size_t i = 0; i < y.size(); ++i) s += (y[i] - x_L[i]) * (y[i] - x_L[i]);
        return s;
    }
    // −Σ y_i log softmax(x_L)_i = Σ y_i (log Σ_j e^{x_j} − x_i), with the max subtracted.
    const double m = *std::max_element(x_L.begin(), x_L.end());
    double lse = 0.0;
    for (double v : x_L) lse += std::exp(v - m);
    lse = m + std::log(lse);
    double s = 0.0;
    for (std::size_t i = 0; i < y.size(); ++i) s += y[i] * (lse - x_L[i]);
    return s;
}

Vector Cost::g_J_prime(const Vector& x_L, const Vector& y) const {
    require_same("g_J_prime", x_L.size(), y.size());
    require_finite_target("g_J_prime", y.data(), y.size());
    if (kind_ == CostKind::quadratic) return -2.0 * (y - x_L);  // −2 (y − x_L)
    // ∂/∂x_i Σ_k y_k (lse − x_k) = p_i Σ_k y_k − y_i, which is p − y for one-hot targets
    return softmax(x_L) * sum(y) - y;
}

double Cost::J_sum(const Matrix& X_L, const Matrix& Y) const {
    require_same("J_sum", X_L, Y);
    double s = 0.0;
    for (std::size_t m = 0; m < X_L.cols(); ++m) s += J(X_L.col(m), Y.col(m));
    return s;
}

Matrix Cost::g_J_prime(const Matrix& X_L, const Matrix& Y) const {
    require_same("g_J_prime", X_L, Y);
    Matrix G(X_L.rows(), X_L.cols());
    for (std::size_t m = 0; m < X_L.cols(); ++m) G.set_col(m, g_J_prime(X_L.col(m), Y.col(m)));
    return G;
}

}  // namespace redes
