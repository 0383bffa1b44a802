#include "redes/models/least_squares.hpp"

#include <cmath>
#include <string>

#include "redes/error.hpp"
#include "redes/linalg/solve.hpp"

namespace redes {

namespace {
void check_data(const Matrix& X, const Vector& y) {
    if (X.cols() != y.size())
        throw ShapeError("least_squares: X " + shape_str(X.rows(), X.cols()) + " holds " +
                         std::to_string(X.cols()) + " samples x_m but y has " +
                         std::to_string(y.size()) + " targets y_m");
    if (X.cols() == 0 || X.rows() == 0)
        throw ShapeError("least_squares: no data, X is " + shape_str(X.rows(), X.cols()));
    for (std::size_t m = 0; m < X.cols(); ++m) {
        bool finite = std::isfinite(y[m]);
        for (std::size_t i = 0; i < X.rows(); ++i) finite = finite && std::isfinite(X(i, m));
        if (!finite)
            throw ValueError("least_squares: sample m = " + std::to_string(m + 1) +
                             " has a NaN or infinite entry");
    }
}
}  // namespace

NormalEquationsSolver solver_from_name(const std::string& name) {
    if (name == "lu") return NormalEquationsSolver::lu;
    if (name == "cholesky") return NormalEquationsSolver::cholesky;
    if (name == "inverse") return NormalEquationsSolver::inverse;
    throw ValueError("least_squares: solver '" + name + "' is not one of lu, cholesky, inverse");
}

std::string solver_name(NormalEquationsSolver solver) {
    switch (solver) {
        case NormalEquationsSolver::lu: return "lu";
        case NormalEquationsSolver::cholesky: return "cholesky";
        case NormalEquationsSolver::inverse: return "inverse";
    }
    return "?";
}

// f(x) = wᵀx + b
double LinearModel::operator()(const Vector& x) const { return dot(w, x) + b; }

Vector LinearModel::operator()(const Matrix& X) const {
    Vector f = vecmat(w, X);  // [wᵀx_1 ⋯ wᵀx_M]
    for (std::size_t m = 0; m < f.size(); ++m) f[m] += b;
    return f;
}

// x̃_m = [x_m; 1]
Matrix append_ones(const Matrix& X) {
    Matrix Xt(X.rows() + 1, X.cols(), 1.0);
    for (std::size_t i = 0; i < X.rows(); ++i)
        for (std::size_t m = 0; m < X.cols(); ++m) Xt(i, m) = X(i, m);
    return Xt;
}

// Σ_m x_m x_mᵀ
Matrix sum_x_xT(const Matrix& X) {
    Matrix A(X.rows(), X.rows());
    for (std::size_t m = 0; m < X.cols(); ++m) {
        const Vector x_m = X.col(m);
        A += outer(x_m, x_m);
    }
    return A;
}

// Σ_m y_m x_m
Vector sum_y_x(const Matrix& X, const Vector& y) {
    if (X.cols() != y.size())
        throw ShapeError("sum_y_x: X " + shape_str(X.rows(), X.cols()) + " holds " +
                         std::to_string(X.cols()) + " samples but y has " +
                         std::to_string(y.size()) + " targets");
    Vector c(X.rows());
    for (std::size_t m = 0; m < X.cols(); ++m) c += y[m] * X.col(m);
    return c;
}

// w* = [Σ_m x_m x_mᵀ]⁻¹ [Σ_m y_m x_m]
LinearModel least_squares(const Matrix& X, const Vector& y, bool bias,
                          NormalEquationsSolver solver) {
    check_data(X, y);
    const Matrix Xt = bias ? append_ones(X) : X;
    const Matrix A = sum_x_xT(Xt);    // Σ_m x̃_m x̃_mᵀ
    const Vector c = sum_y_x(Xt, y);  // Σ_m y_m x̃_m
    Vector w;
    try {
        switch (solver) {
            case NormalEquationsSolver::lu: w = solve(A, c); break;
            case NormalEquationsSolver::cholesky: w = cholesky_solve(A, c); break;
            case NormalEquationsSolver::inverse: w = inverse(A) * c; break;
        }
    } catch (const SingularMatrixError& e) {
        const std::size_t D = Xt.rows();
        throw SingularMatrixError(
            "least_squares: Σ_m x_m x_mᵀ " + shape_str(D, D) +
            " is singular: M = " + std::to_string(X.cols()) + " samples cannot determine " +
            std::to_string(D) + " unknowns" + (bias ? " (w and b)" : "") +
            "; fewer samples than unknowns, or a feature that is constant or a combination of "
            "others? (" +
            e.what() + ")");
    }
    LinearModel f;
    if (bias) {
        f.b = w[w.size() - 1];
        f.w = Vector(std::vector<double>(w.begin(), w.end() - 1));
    } else {
        f.w = w;
    }
    return f;
}

// R̂(w, b) = (1/M) Σ_m (y_m − wᵀx_m − b)²
double empirical_risk(const LinearModel& f, const Matrix& X, const Vector& y) {
    if (X.cols() != y.size() || X.rows() != f.w.size())
        throw ShapeError("empirical_risk: model with " + std::to_string(f.w.size()) +
                         " weights on X " + shape_str(X.rows(), X.cols()) + " and " +
                         std::to_string(y.size()) + " targets");
    if (y.size() == 0) throw ShapeError("empirical_risk: no samples (M = 0)");
    const Vector r = y - f(X);
    return dot(r, r) / static_cast<double>(y.size());
}

// SE_j = s·sqrt([Σ_m x̃_m x̃_mᵀ]⁻¹_jj)
Vector coefficient_standard_errors(const Matrix& X, double s, bool bias) {
    const Matrix Xt = bias ? append_ones(X) : X;
    const Matrix C = inverse(sum_x_xT(Xt));
    Vector se(C.rows());
    for (std::size_t j = 0; j < C.rows(); ++j) se[j] = s * std::sqrt(C(j, j));
    return se;
}

}  // namespace redes
