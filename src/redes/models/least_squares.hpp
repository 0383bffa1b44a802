#pragma once
// Linear least squares, the notes' "Parametrización lineal":
//   min_{w ∈ R^N} (1/M) Σ_{m=1}^M (y_m − wᵀx_m)²   ⇒   w* = [Σ_m x_m x_mᵀ]⁻¹ [Σ_m y_m x_m]
// The samples x_m are the columns of X (N×M), as in the notes' batch [x_1 ⋯ x_M]; y has M
// entries. With a bias, f(x) = wᵀx + b is fitted as the same problem for x̃ = [x; 1]:
// the last entry of w̃* is b.
#include <string>

#include "redes/linalg/matrix.hpp"
#include "redes/linalg/vector.hpp"

namespace redes {

// How the normal equations [Σ_m x_m x_mᵀ] w = Σ_m y_m x_m are solved.
enum class NormalEquationsSolver {
    lu,        // LU with partial pivoting (redes::solve)
    cholesky,  // the matrix is symmetric positive definite when the x_m span R^N
    inverse,   // literally as the notes write it: w* = [Σ x xᵀ]⁻¹ · [Σ y x]
};
// "lu", "cholesky" or "inverse"; throws ValueError otherwise.
NormalEquationsSolver solver_from_name(const std::string& name);
std::string solver_name(NormalEquationsSolver solver);

// f(x) = wᵀx + b
struct LinearModel {
    Vector w;
    double b = 0.0;  // 0 when fitted without a bias
    double operator()(const Vector& x) const;
    // f(x_m) for every column x_m of X
    Vector operator()(const Matrix& X) const;
};

// x ↦ [x; 1] for every column: X (N×M) → X̃ ((N+1)×M)
Matrix append_ones(const Matrix& X);
// Σ_m x_m x_mᵀ   (N×N)
Matrix sum_x_xT(const Matrix& X);
// Σ_m y_m x_m    (N)
Vector sum_y_x(const Matrix& X, const Vector& y);

// w* = [Σ_m x_m x_mᵀ]⁻¹ [Σ_m y_m x_m], with a bias (x ↦ [x; 1]) when bias is true.
// Throws SingularMatrixError when Σ_m x_m x_mᵀ is singular (the x_m do not span R^N:
// fewer samples than unknowns, a constant or repeated feature), ShapeError on sizes that do
// not fit, ValueError on NaN/Inf data.
LinearModel least_squares(const Matrix& X, const Vector& y, bool bias = true,
                          NormalEquationsSolver solver = NormalEquationsSolver::lu);

// R̂(w, b) = (1/M) Σ_m (y_m − wᵀx_m − b)²
double empirical_risk(const LinearModel& f, const Matrix& X, const Vector& y);

// For y_m = wᵀx_m + b + ε_m with ε_m ∼ N(0, s²) i.i.d. and the x_m fixed, the fitted
// coefficients scatter around the true ones with covariance s² [Σ_m x̃_m x̃_mᵀ]⁻¹:
// returns their standard errors s·sqrt([Σ_m x̃_m x̃_mᵀ]⁻¹_jj), j = 1…N (then b last, with bias).
Vector coefficient_standard_errors(const Matrix& X, double s, bool bias = true);

}  // namespace redes
