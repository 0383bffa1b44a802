#include "redes/linalg/solve.hpp"

#include <algorithm>
#include <cmath>
#include <string>
#include <utility>

#include "redes/error.hpp"
#include "redes/text.hpp"

namespace redes {

namespace {
void require_square(const char* op, const Matrix& A) {
    if (A.rows() != A.cols())
        throw ShapeError(std::string(op) + ": matrix " + shape_str(A.rows(), A.cols()) +
                         " is not square");
}
// NaN fails every comparison, so a NaN pivot would pass the singularity tests unnoticed.
void require_finite(const char* op, const Matrix& A) {
    if (!all_finite(A))
        throw ValueError(std::string(op) + ": matrix " + shape_str(A.rows(), A.cols()) +
                         " has a NaN or infinite entry");
}
// An entry or a pivot as "3.2e-17" or "0", not std::to_string's "0.000000".
std::string g3(double v) { return num(v, "%.3g"); }
}  // namespace

LU lu_decompose(const Matrix& A, double tol) {
    require_square("lu_decompose", A);
    require_finite("lu_decompose", A);
    const std::size_t n = A.rows();
    LU f{A, std::vector<std::size_t>(n), 1};
    for (std::size_t i = 0; i < n; ++i) f.perm[i] = i;
    const double scale = std::max(max_abs(A), 1e-300);
    Matrix& M = f.LU_;
    for (std::size_t k = 0; k < n; ++k) {
        std::size_t p = k;
        for (std::size_t i = k + 1; i < n; ++i)
            if (std::abs(M(i, k)) > std::abs(M(p, k))) p = i;
        if (std::abs(M(p, k)) <= tol * scale)
            throw SingularMatrixError("lu_decompose: matrix " + shape_str(n, n) +
                                      " is singular (pivot " + g3(M(p, k)) + " in column " +
                                      std::to_string(k) + ")");
        if (p != k) {
            for (std::size_t j = 0; j < n; ++j) std::swap(M(p, j), M(k, j));
            std::swap(f.perm[p], f.perm[k]);
            f.sign = -f.sign;
        }
        for (std::size_t i = k + 1; i < n; ++i) {
            M(i, k) /= M(k, k);
            for (std::size_t j = k + 1; j < n; ++j) M(i, j) -= M(i, k) * M(k, j);
        }
    }
    return f;
}

Vector lu_solve(const LU& f, const Vector& b) {
    const Matrix& M = f.LU_;
    const std::size_t n = M.rows();
    if (b.size() != n)
        throw ShapeError("solve: " + shape_str(n, n) + " x = b with b of size " +
                         std::to_string(b.size()));
    Vector x(n);
    for (std::size_t i = 0; i < n; ++i) {  // L y = P b
        double s = b[f.perm[i]];
        for (std::size_t j = 0; j < i; ++j) s -= M(i, j) * x[j];
        x[i] = s;
    }
    for (std::size_t i = n; i-- > 0;) {  // U x = y
        double s = x[i];
        for (std::size_t j = i + 1; j < n; ++j) s -= M(i, j) * x[j];
        x[i] = s / M(i, i);
    }
    return x;
}

Vector solve(const Matrix& A, const Vector& b) {
    if (b.size() != A.rows())
        throw ShapeError("solve: " + shape_str(A.rows(), A.cols()) + " x = b with b of size " +
                         std::to_string(b.size()));
    return lu_solve(lu_decompose(A), b);
}

Matrix cholesky(const Matrix& A) {
    require_square("cholesky", A);
    require_finite("cholesky", A);
    const std::size_t n = A.rows();
    // Only the lower triangle is read below: a non-symmetric A would be factored silently wrong.
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = 0; j < i; ++j)
            if (std::abs(A(i, j) - A(j, i)) >
                1e-12 * std::max(std::abs(A(i, j)), std::abs(A(j, i))))
                throw ValueError("cholesky: matrix " + shape_str(n, n) + " is not symmetric (A(" +
                                 std::to_string(i) + "," + std::to_string(j) +
                                 ") = " + g3(A(i, j)) + ", A(" + std::to_string(j) + "," +
                                 std::to_string(i) + ") = " + g3(A(j, i)) + ")");
    Matrix L(n, n);
    for (std::size_t j = 0; j < n; ++j) {
        double d = A(j, j);
        for (std::size_t k = 0; k < j; ++k) d -= L(j, k) * L(j, k);
        if (!(d > 1e-14 * std::max(std::abs(A(j, j)), 1e-300)))
            throw SingularMatrixError("cholesky: matrix " + shape_str(n, n) +
                                      " is not positive definite (pivot " + g3(d) + " at row " +
                                      std::to_string(j) + ")");
        L(j, j) = std::sqrt(d);
        for (std::size_t i = j + 1; i < n; ++i) {
            double s = A(i, j);
            for (std::size_t k = 0; k < j; ++k) s -= L(i, k) * L(j, k);
            L(i, j) = s / L(j, j);
        }
    }
    return L;
}

Vector cholesky_solve(const Matrix& A, const Vector& b) {
    if (b.size() != A.rows())
        throw ShapeError("cholesky_solve: " + shape_str(A.rows(), A.cols()) +
                         " x = b with b of size " + std::to_string(b.size()));
    const Matrix L = cholesky(A);
    const std::size_t n = L.rows();
    Vector y(n), x(n);
    for (std::size_t i = 0; i < n; ++i) {
        double s = b[i];
        for (std::size_t k = 0; k < i; ++k) s -= L(i, k) * y[k];
        y[i] = s / L(i, i);
    }
    for (std::size_t i = n; i-- > 0;) {
        double s = y[i];
        for (std::size_t k = i + 1; k < n; ++k) s -= L(k, i) * x[k];
        x[i] = s / L(i, i);
    }
    return x;
}

Matrix inverse(const Matrix& A) {
    require_square("inverse", A);
    const LU f = lu_decompose(A);
    const std::size_t n = A.rows();
    Matrix inv(n, n);
    for (std::size_t j = 0; j < n; ++j) {
        Vector e(n);
        e[j] = 1.0;
        inv.set_col(j, lu_solve(f, e));
    }
    return inv;
}

double determinant(const Matrix& A) {
    require_square("determinant", A);
    LU f;
    try {
        f = lu_decompose(A, 0.0);
    } catch (const SingularMatrixError&) {
        return 0.0;
    }
    double d = f.sign;
    for (std::size_t i = 0; i < A.rows(); ++i) d *= f.LU_(i, i);
    return d;
}

}  // namespace redes
