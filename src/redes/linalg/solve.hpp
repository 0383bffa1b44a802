#pragma once
// Linear systems for the closed forms: A x = b by LU with partial pivoting,
// A x = b for symmetric positive definite A by Cholesky, and A⁻¹ as the notes write it.
#include "redes/linalg/matrix.hpp"
#include "redes/linalg/vector.hpp"

namespace redes {

// P A = L U, with L unit lower triangular and U upper triangular, stored together.
struct LU {
    Matrix LU_;                     // L below the diagonal, U on and above it
    std::vector<std::size_t> perm;  // row i of P A is row perm[i] of A
    int sign = 1;                   // det(P)
};

// Factors a square A; throws SingularMatrixError when a pivot is below tol·max|a_ij|.
LU lu_decompose(const Matrix& A, double tol = 1e-12);
// Solves A x = b from its LU factors.
Vector lu_solve(const LU& f, const Vector& b);
// A x = b (LU with partial pivoting).
Vector solve(const Matrix& A, const Vector& b);
// A = L Lᵀ for symmetric positive definite A; throws SingularMatrixError otherwise.
Matrix cholesky(const Matrix& A);
// A x = b with A symmetric positive definite (Cholesky: L y = b, Lᵀ x = y).
Vector cholesky_solve(const Matrix& A, const Vector& b);
// A⁻¹, column by column from the LU factors.
Matrix inverse(const Matrix& A);
// det A from the LU factors.
double determinant(const Matrix& A);

}  // namespace redes
