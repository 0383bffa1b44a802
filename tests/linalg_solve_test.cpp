// Linear systems: LU with partial pivoting, Cholesky, the inverse and the determinant,
// on systems solved by hand, against independent computations (Cramer's rule, the other
// factorisation), and every error.
#include <boost/test/unit_test.hpp>

#include <cmath>
#include <limits>

#include "expect_message.hpp"
#include "redes/linalg.hpp"
#include "redes/stats/rng.hpp"

using redes::Matrix;
using redes::Vector;
using redes_test::message_is;
namespace tt = boost::test_tools;

namespace {
constexpr double eps = std::numeric_limits<double>::epsilon();

// The textbook elimination example: A x = b with x = [1, 1, 2], det A = −16.
const Matrix A3{{2, 1, 1}, {4, -6, 0}, {-2, 7, 2}};
const Vector b3{5, -2, 9};

// An SPD matrix whose Cholesky factor has integer entries: L = [2 0 0; 6 1 0; −8 5 3].
const Matrix S3{{4, 12, -16}, {12, 37, -43}, {-16, -43, 98}};

// det of a 3×3 by the rule of Sarrus (no elimination involved).
double sarrus(const Matrix& A) {
    return A(0, 0) * A(1, 1) * A(2, 2) + A(0, 1) * A(1, 2) * A(2, 0) + A(0, 2) * A(1, 0) * A(2, 1) -
           A(0, 2) * A(1, 1) * A(2, 0) - A(0, 0) * A(1, 2) * A(2, 1) - A(0, 1) * A(1, 0) * A(2, 2);
}

// x_i = det(A with column i replaced by b) / det A: Cramer's rule.
Vector cramer(const Matrix& A, const Vector& b) {
    Vector x(3);
    for (std::size_t i = 0; i < 3; ++i) {
        Matrix Ai = A;
        Ai.set_col(i, b);
        x[i] = sarrus(Ai) / sarrus(A);
    }
    return x;
}

// ‖A‖∞ = max_i Σ_j |a_ij|
double norm_inf(const Matrix& A) {
    double m = 0.0;
    for (std::size_t i = 0; i < A.rows(); ++i) {
        double s = 0.0;
        for (std::size_t j = 0; j < A.cols(); ++j) s += std::abs(A(i, j));
        m = std::max(m, s);
    }
    return m;
}

Matrix random_matrix(redes::Rng& rng, std::size_t r, std::size_t c) {
    return Matrix::from_function(r, c, [&](std::size_t, std::size_t) { return rng.normal(); });
}
}  // namespace

BOOST_AUTO_TEST_SUITE(linalg_solve)

BOOST_AUTO_TEST_CASE(solve_known_system) {
    const Vector x = redes::solve(A3, b3);
    BOOST_TEST(redes::norm_inf(x - Vector{1, 1, 2}) < 4 * eps);
}

BOOST_AUTO_TEST_CASE(lu_factors_reproduce_PA) {
    const redes::LU f = redes::lu_decompose(A3);
    Matrix L = Matrix::identity(3), U(3, 3), PA(3, 3);
    for (std::size_t i = 0; i < 3; ++i) {
        for (std::size_t j = 0; j < 3; ++j) (j < i ? L(i, j) : U(i, j)) = f.LU_(i, j);
        PA.set_row(i, A3.row(f.perm[i]));  // row i of P A is row perm[i] of A
    }
    BOOST_TEST(redes::max_abs(L * U - PA) < 8 * eps * redes::max_abs(A3));
    // Partial pivoting: every multiplier |l_ij| ≤ 1.
    BOOST_TEST(redes::max_abs(L) <= 1.0);
    // The first pivot is the largest |a_i0|: row 1 (the 4).
    BOOST_TEST(f.perm[0] == 1u);
}

BOOST_AUTO_TEST_CASE(pivoting_handles_a_zero_on_the_diagonal) {
    // [0 1; 1 0] x = [2, 3] needs a row swap: x = [3, 2], det = −1.
    const Matrix P{{0, 1}, {1, 0}};
    BOOST_TEST(redes::solve(P, Vector{2, 3}) == (Vector{3, 2}));
    BOOST_TEST(redes::determinant(P) == -1.0);
    BOOST_TEST(redes::lu_decompose(P).sign == -1);
}

BOOST_AUTO_TEST_CASE(solve_agrees_with_cramers_rule) {
    redes::Rng rng(11);
    for (int trial = 0; trial < 20; ++trial) {
        const Matrix A = random_matrix(rng, 3, 3);
        const Vector b{rng.normal(), rng.normal(), rng.normal()};
        const Vector x = redes::solve(A, b);
        const Vector xc = cramer(A, b);
        // Both are backward stable; their difference is bounded by a few ε·κ(A)·‖x‖.
        const double kappa = norm_inf(A) * norm_inf(redes::inverse(A));
        BOOST_TEST(redes::norm_inf(x - xc) <= 50 * eps * kappa * redes::norm_inf(x));
        BOOST_TEST(redes::determinant(A) == sarrus(A), tt::tolerance(1e-10 * kappa));
    }
}

BOOST_AUTO_TEST_CASE(solve_recovers_a_planted_solution) {
    // b = A x_true; the forward error of a backward-stable solve is ≲ n·ε·κ∞(A).
    redes::Rng rng(5);
    const std::size_t n = 8;
    const Matrix A = random_matrix(rng, n, n);
    const Vector x_true = Vector::from_function(n, [](std::size_t i) { return 1.0 + double(i); });
    const Vector x = redes::solve(A, A * x_true);
    const double kappa = norm_inf(A) * norm_inf(redes::inverse(A));
    const double err = redes::norm_inf(x - x_true) / redes::norm_inf(x_true);
    BOOST_TEST(err <= 10 * double(n) * eps * kappa);
    BOOST_TEST(err < 1e-10);  // and this A is well conditioned enough for that to be small
}

BOOST_AUTO_TEST_CASE(cholesky_known_factor) {
    const Matrix L = redes::cholesky(S3);
    const Matrix expected{{2, 0, 0}, {6, 1, 0}, {-8, 5, 3}};
    BOOST_TEST(redes::max_abs(L - expected) < 16 * eps * 8);
    BOOST_TEST(redes::max_abs(L * redes::transpose(L) - S3) < 16 * eps * 98);
    // S x = b with x = [1, 2, 3]
    const Vector x = redes::cholesky_solve(S3, S3 * Vector{1, 2, 3});
    BOOST_TEST(redes::norm_inf(x - Vector{1, 2, 3}) < 1e-12);
}

BOOST_AUTO_TEST_CASE(cholesky_agrees_with_lu) {
    // S = BᵀB + I is symmetric positive definite; two different factorisations must agree.
    redes::Rng rng(9);
    const Matrix B = random_matrix(rng, 10, 6);
    const Matrix S = redes::transpose(B) * B + Matrix::identity(6);
    const Vector b = Vector::from_function(6, [&](std::size_t) { return rng.normal(); });
    const Vector x_lu = redes::solve(S, b), x_ch = redes::cholesky_solve(S, b);
    const double kappa = norm_inf(S) * norm_inf(redes::inverse(S));
    BOOST_TEST(redes::norm_inf(x_lu - x_ch) <= 20 * 6 * eps * kappa * redes::norm_inf(x_lu));
    // the inverse as the notes write it: x = S⁻¹ b
    const Vector x_inv = redes::inverse(S) * b;
    BOOST_TEST(redes::norm_inf(x_inv - x_ch) <= 20 * 6 * eps * kappa * redes::norm_inf(x_lu));
}

BOOST_AUTO_TEST_CASE(inverse_times_matrix_is_identity) {
    // [4 7; 2 6]⁻¹ = (1/10)[6 −7; −2 4]
    const Matrix inv = redes::inverse(Matrix{{4, 7}, {2, 6}});
    BOOST_TEST(redes::max_abs(inv - Matrix{{0.6, -0.7}, {-0.2, 0.4}}) < 4 * eps);
    redes::Rng rng(2);
    const Matrix A = random_matrix(rng, 7, 7);
    const Matrix Ainv = redes::inverse(A);
    const double kappa = norm_inf(A) * norm_inf(Ainv);
    BOOST_TEST(redes::max_abs(A * Ainv - Matrix::identity(7)) <= 10 * 7 * eps * kappa);
    BOOST_TEST(redes::max_abs(Ainv * A - Matrix::identity(7)) <= 10 * 7 * eps * kappa);
}

BOOST_AUTO_TEST_CASE(determinant_known_values) {
    BOOST_TEST(redes::determinant(A3) == -16.0, tt::tolerance(1e-14));
    BOOST_TEST(redes::determinant(Matrix{{4, 7}, {2, 6}}) == 10.0, tt::tolerance(1e-14));
    BOOST_TEST(redes::determinant(Matrix::identity(5)) == 1.0);
    BOOST_TEST(redes::determinant(Matrix::diag(Vector{2, 3, -1})) == -6.0);
    BOOST_TEST(redes::determinant(S3) == 36.0, tt::tolerance(1e-13));  // (det L)² = (2·1·3)²
    // A singular matrix has determinant 0, exactly (not an exception).
    BOOST_TEST(redes::determinant(Matrix{{1, 2}, {2, 4}}) == 0.0);
    BOOST_TEST(redes::determinant(Matrix(3, 3)) == 0.0);
}

BOOST_AUTO_TEST_CASE(singular_systems_throw) {
    const Matrix singular{{1, 2}, {2, 4}};
    BOOST_CHECK_EXCEPTION(redes::solve(singular, Vector{1, 1}), redes::SingularMatrixError,
                          message_is(
                              "lu_decompose: matrix (2×2) is singular (pivot 0 in column 1)"));
    BOOST_CHECK_EXCEPTION(redes::inverse(Matrix(3, 3)), redes::SingularMatrixError,
                          message_is(
                              "lu_decompose: matrix (3×3) is singular (pivot 0 in column 0)"));
    // Singular up to rounding: row 2 = row 0 + row 1, but elimination leaves a last pivot of
    // 1.1e-15 instead of 0; the relative tolerance (1e-12·max|a_ij|) still calls it singular.
    const Matrix nearly{{1, 2, 3}, {4, 5, 6}, {5, 7, 9}};
    BOOST_CHECK_THROW(redes::solve(nearly, Vector{1, 2, 3}), redes::SingularMatrixError);
}

BOOST_AUTO_TEST_CASE(cholesky_rejects_what_is_not_positive_definite) {
    // [1 2; 2 1] has eigenvalues 3 and −1.
    BOOST_CHECK_EXCEPTION(redes::cholesky(Matrix{{1, 2}, {2, 1}}), redes::SingularMatrixError,
                          message_is("cholesky: matrix (2×2) is not positive definite (pivot -3 at "
                                     "row 1)"));
    // Positive semidefinite but singular: x xᵀ.
    BOOST_CHECK_THROW(redes::cholesky_solve(redes::outer(Vector{1, 2}, Vector{1, 2}), Vector{1, 1}),
                      redes::SingularMatrixError);
    BOOST_CHECK_EXCEPTION(redes::cholesky(Matrix{{-1}}), redes::SingularMatrixError,
                          message_is("cholesky: matrix (1×1) is not positive definite (pivot -1 at "
                                     "row 0)"));
}

BOOST_AUTO_TEST_CASE(cholesky_rejects_a_non_symmetric_matrix) {
    // Only the lower triangle enters the factorisation; without this check [2 1; 0 2] would be
    // factored as if it were [2 0; 0 2].
    BOOST_CHECK_EXCEPTION(redes::cholesky_solve(Matrix{{2, 1}, {0, 2}}, Vector{1, 1}),
                          redes::ValueError,
                          message_is(
                              "cholesky: matrix (2×2) is not symmetric (A(1,0) = 0, A(0,1) = 1)"));
}

BOOST_AUTO_TEST_CASE(nan_input_throws_instead_of_a_silent_nan) {
    const double nan = std::numeric_limits<double>::quiet_NaN();
    BOOST_CHECK_EXCEPTION(redes::solve(Matrix{{1, nan}, {0, 1}}, Vector{1, 1}), redes::ValueError,
                          message_is("lu_decompose: matrix (2×2) has a NaN or infinite entry"));
    BOOST_CHECK_EXCEPTION(redes::cholesky(Matrix{{nan}}), redes::ValueError,
                          message_is("cholesky: matrix (1×1) has a NaN or infinite entry"));
}

BOOST_AUTO_TEST_CASE(shape_errors) {
    const Matrix R(2, 3);
    BOOST_CHECK_EXCEPTION(redes::lu_decompose(R), redes::ShapeError,
                          message_is("lu_decompose: matrix (2×3) is not square"));
    BOOST_CHECK_EXCEPTION(redes::solve(R, Vector{1, 2}), redes::ShapeError,
                          message_is("lu_decompose: matrix (2×3) is not square"));
    BOOST_CHECK_EXCEPTION(redes::inverse(R), redes::ShapeError,
                          message_is("inverse: matrix (2×3) is not square"));
    BOOST_CHECK_EXCEPTION(redes::determinant(R), redes::ShapeError,
                          message_is("determinant: matrix (2×3) is not square"));
    BOOST_CHECK_EXCEPTION(redes::cholesky(R), redes::ShapeError,
                          message_is("cholesky: matrix (2×3) is not square"));
    BOOST_CHECK_EXCEPTION(redes::solve(A3, Vector{1, 2}), redes::ShapeError,
                          message_is("solve: (3×3) x = b with b of size 2"));
    BOOST_CHECK_EXCEPTION(redes::cholesky_solve(S3, Vector{1, 2}), redes::ShapeError,
                          message_is("cholesky_solve: (3×3) x = b with b of size 2"));
    BOOST_CHECK_EXCEPTION(redes::lu_solve(redes::lu_decompose(A3), Vector{1}), redes::ShapeError,
                          message_is("solve: (3×3) x = b with b of size 1"));
}

BOOST_AUTO_TEST_SUITE_END()
