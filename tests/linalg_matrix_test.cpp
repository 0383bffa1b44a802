// Matrix: every operation on values worked out by hand, identities on random matrices,
// and every error with its message.
#include <boost/test/unit_test.hpp>

#include <cmath>
#include <limits>
#include <sstream>

#include "expect_message.hpp"
#include "redes/linalg.hpp"
#include "redes/stats/rng.hpp"

using redes::Matrix;
using redes::Vector;
using redes_test::message_is;
namespace tt = boost::test_tools;

namespace {
// A (2×3) and B (3×2) with integer entries, so every product below is exact.
const Matrix A23{{1, 2, 3}, {4, 5, 6}};
const Matrix B32{{7, 8}, {9, 10}, {11, 12}};

Matrix random_matrix(redes::Rng& rng, std::size_t r, std::size_t c) {
    return Matrix::from_function(r, c, [&](std::size_t, std::size_t) { return rng.normal(); });
}

// max_ij |a_ij − b_ij| / max(max|a|, max|b|): a relative distance between two matrices.
double rel_diff(const Matrix& a, const Matrix& b) {
    return redes::max_abs(a - b) / std::max({redes::max_abs(a), redes::max_abs(b), 1e-300});
}
}  // namespace

BOOST_AUTO_TEST_SUITE(linalg_matrix)

BOOST_AUTO_TEST_CASE(construction) {
    const Matrix e;
    BOOST_TEST(e.rows() == 0u);
    BOOST_TEST(e.cols() == 0u);
    BOOST_TEST(e.size() == 0u);

    const Matrix c(2, 3, 1.5);
    BOOST_TEST(c.rows() == 2u);
    BOOST_TEST(c.cols() == 3u);
    BOOST_TEST(c.size() == 6u);
    for (std::size_t k = 0; k < c.size(); ++k) BOOST_TEST(c.data()[k] == 1.5);

    BOOST_TEST(Matrix::zeros(2, 2) == (Matrix{{0, 0}, {0, 0}}));
    BOOST_TEST(Matrix::identity(3) == (Matrix{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}));
    // [A]_ij = f(i, j)
    BOOST_TEST(Matrix::from_function(2, 3, [](std::size_t i, std::size_t j) {
                   return double(10 * i + j);
               }) == (Matrix{{0, 1, 2}, {10, 11, 12}}));
    BOOST_TEST(Matrix::diag(Vector{1, 2}) == (Matrix{{1, 0}, {0, 2}}));
    // [x_1 ⋯ x_M]: columns side by side
    BOOST_TEST(Matrix::from_columns({Vector{1, 4}, Vector{2, 5}, Vector{3, 6}}) == A23);
    BOOST_TEST(Matrix::from_columns({}) == Matrix());
}

BOOST_AUTO_TEST_CASE(row_major_layout) {
    // [A]_ij at data()[i*cols + j]
    BOOST_TEST(A23.data()[0 * 3 + 2] == 3.0);
    BOOST_TEST(A23.data()[1 * 3 + 0] == 4.0);
    BOOST_TEST(A23.row_ptr(1)[2] == 6.0);
}

BOOST_AUTO_TEST_CASE(ragged_initializer_throws) {
    BOOST_CHECK_EXCEPTION((Matrix{{1, 2}, {3, 4, 5}}), redes::ShapeError,
                          message_is("Matrix{...}: row 1 has 3 entries, row 0 has 2"));
}

BOOST_AUTO_TEST_CASE(from_columns_of_different_sizes_throws) {
    BOOST_CHECK_EXCEPTION(Matrix::from_columns({Vector{1, 2}, Vector{1, 2, 3}}), redes::ShapeError,
                          message_is("Matrix::from_columns: column 1 has size 3, column 0 has 2"));
}

BOOST_AUTO_TEST_CASE(element_access_rows_and_columns) {
    Matrix A = A23;
    A(0, 1) = -2.0;
    A.at(1, 2) = -6.0;
    BOOST_TEST(A == (Matrix{{1, -2, 3}, {4, 5, -6}}));
    const Matrix& cA = A;
    BOOST_TEST(cA.at(1, 0) == 4.0);
    BOOST_TEST(cA(0, 2) == 3.0);

    BOOST_TEST(A23.row(1) == (Vector{4, 5, 6}));
    BOOST_TEST(A23.col(2) == (Vector{3, 6}));
    BOOST_TEST(A23.diagonal() == (Vector{1, 5}));
    Matrix S(2, 3);
    S.set_row(0, Vector{1, 2, 3});
    S.set_col(0, Vector{9, 8});
    BOOST_TEST(S == (Matrix{{9, 2, 3}, {8, 0, 0}}));
}

BOOST_AUTO_TEST_CASE(index_errors) {
    Matrix A = A23;
    BOOST_CHECK_EXCEPTION(A.at(2, 0), redes::IndexError,
                          message_is("Matrix::at: index (2, 0) outside (2×3)"));
    const Matrix& cA = A;
    BOOST_CHECK_EXCEPTION(cA.at(0, 3), redes::IndexError,
                          message_is("Matrix::at: index (0, 3) outside (2×3)"));
    BOOST_CHECK_EXCEPTION(A.row(2), redes::IndexError,
                          message_is("Matrix::row: row 2 outside (2×3)"));
    BOOST_CHECK_EXCEPTION(A.col(3), redes::IndexError,
                          message_is("Matrix::col: column 3 outside (2×3)"));
    BOOST_CHECK_EXCEPTION(A.set_row(2, Vector{1, 2, 3}), redes::IndexError,
                          message_is("Matrix::set_row: row 2 outside (2×3)"));
    BOOST_CHECK_EXCEPTION(A.set_col(3, Vector{1, 2}), redes::IndexError,
                          message_is("Matrix::set_col: column 3 outside (2×3)"));
}

BOOST_AUTO_TEST_CASE(set_row_and_col_of_wrong_size_throw_shape_error) {
    Matrix A = A23;
    BOOST_CHECK_EXCEPTION(A.set_row(0, Vector{1, 2}), redes::ShapeError,
                          message_is("Matrix::set_row: row 0 of size 2 into (2×3)"));
    BOOST_CHECK_EXCEPTION(A.set_col(1, Vector{1, 2, 3}), redes::ShapeError,
                          message_is("Matrix::set_col: column 1 of size 3 into (2×3)"));
}

BOOST_AUTO_TEST_CASE(arithmetic) {
    const Matrix B{{1, 1, 1}, {-1, 0, 2}};
    BOOST_TEST((A23 + B) == (Matrix{{2, 3, 4}, {3, 5, 8}}));
    BOOST_TEST((A23 - B) == (Matrix{{0, 1, 2}, {5, 5, 4}}));
    BOOST_TEST((-B) == (Matrix{{-1, -1, -1}, {1, -0.0, -2}}));
    BOOST_TEST((2.0 * A23) == (Matrix{{2, 4, 6}, {8, 10, 12}}));
    BOOST_TEST((A23 * 2.0) == 2.0 * A23);
    BOOST_TEST((A23 / 2.0) == (Matrix{{0.5, 1, 1.5}, {2, 2.5, 3}}));
    Matrix C = A23;
    C += B;
    C -= B;
    BOOST_TEST(C == A23);
    C *= 4.0;
    C /= 4.0;
    BOOST_TEST(C == A23);
    BOOST_TEST(C != B);
}

BOOST_AUTO_TEST_CASE(elementwise_shape_errors) {
    Matrix C = A23;
    BOOST_CHECK_EXCEPTION(A23 + B32, redes::ShapeError,
                          message_is("matrix +: (2×3) and (3×2) differ"));
    BOOST_CHECK_EXCEPTION(A23 - B32, redes::ShapeError,
                          message_is("matrix -: (2×3) and (3×2) differ"));
    BOOST_CHECK_EXCEPTION(C -= B32, redes::ShapeError,
                          message_is("matrix -: (2×3) and (3×2) differ"));
    BOOST_CHECK_EXCEPTION(redes::hadamard(A23, B32), redes::ShapeError,
                          message_is("hadamard: (2×3) and (3×2) differ"));
}

BOOST_AUTO_TEST_CASE(matmul_known_values) {
    // [AB]_ij = Σ_k a_ik b_kj: 1·7 + 2·9 + 3·11 = 58, …
    BOOST_TEST(redes::matmul(A23, B32) == (Matrix{{58, 64}, {139, 154}}));
    BOOST_TEST((A23 * B32) == redes::matmul(A23, B32));
    BOOST_TEST((B32 * A23) == (Matrix{{39, 54, 69}, {49, 68, 87}, {59, 82, 105}}));
    BOOST_TEST(redes::matmul(A23, Matrix::identity(3)) == A23);
    BOOST_TEST(redes::matmul(Matrix::identity(2), A23) == A23);
}

BOOST_AUTO_TEST_CASE(matmul_shape_error_names_shapes) {
    BOOST_CHECK_EXCEPTION(redes::matmul(Matrix(3, 4), Matrix(5, 2)), redes::ShapeError,
                          message_is("matmul: (3×4)·(5×2): 4 ≠ 5"));
    BOOST_CHECK_EXCEPTION(A23 * A23, redes::ShapeError, message_is("matmul: (2×3)·(2×3): 3 ≠ 2"));
}

BOOST_AUTO_TEST_CASE(matvec_and_vecmat) {
    // A x: [1 2 3; 4 5 6]·[1, 0, −1] = [−2, −2]
    BOOST_TEST(redes::matvec(A23, Vector{1, 0, -1}) == (Vector{-2, -2}));
    BOOST_TEST((A23 * Vector{1, 1, 1}) == (Vector{6, 15}));
    // xᵀA: [1, −1]ᵀ·A = [−3, −3, −3]
    BOOST_TEST(redes::vecmat(Vector{1, -1}, A23) == (Vector{-3, -3, -3}));
    BOOST_CHECK_EXCEPTION(redes::matvec(A23, Vector{1, 2}), redes::ShapeError,
                          message_is("matvec: (2×3)·(2): 3 ≠ 2"));
    BOOST_CHECK_EXCEPTION(redes::vecmat(Vector{1, 2, 3}, A23), redes::ShapeError,
                          message_is("vecmat: (3)ᵀ·(2×3): 3 ≠ 2"));
}

BOOST_AUTO_TEST_CASE(products_agree_on_random_matrices) {
    redes::Rng rng(7);
    const Matrix A = random_matrix(rng, 4, 5), B = random_matrix(rng, 5, 3),
                 C = random_matrix(rng, 3, 6);
    const Vector x = Vector::from_function(5, [&](std::size_t) { return rng.normal(); });
    const Vector y = Vector::from_function(4, [&](std::size_t) { return rng.normal(); });
    // (AB)ᵀ = BᵀAᵀ, exactly: the same products summed in the same order
    BOOST_TEST(redes::transpose(A * B) == redes::transpose(B) * redes::transpose(A));
    // (AB)C = A(BC), up to rounding
    BOOST_TEST(rel_diff((A * B) * C, A * (B * C)) < 1e-14);
    // A x is the product with x as a one-column matrix
    BOOST_TEST(A * x == (A * Matrix::from_columns({x})).col(0));
    // yᵀA = (Aᵀ y)ᵀ
    BOOST_TEST(redes::norm_inf(redes::vecmat(y, A) - redes::transpose(A) * y) < 1e-14);
    // Σ_j [x yᵀ]... the outer product is a rank-one matmul: x yᵀ = X·Yᵀ with X, Y one column
    BOOST_TEST(redes::outer(y, x) ==
               Matrix::from_columns({y}) * redes::transpose(Matrix::from_columns({x})));
}

BOOST_AUTO_TEST_CASE(transpose_outer_hadamard_map) {
    BOOST_TEST(redes::transpose(A23) == (Matrix{{1, 4}, {2, 5}, {3, 6}}));
    BOOST_TEST(redes::transpose(redes::transpose(A23)) == A23);
    // x yᵀ
    BOOST_TEST(redes::outer(Vector{1, 2}, Vector{3, 4, 5}) == (Matrix{{3, 4, 5}, {6, 8, 10}}));
    BOOST_TEST(redes::hadamard(A23, A23) == (Matrix{{1, 4, 9}, {16, 25, 36}}));
    BOOST_TEST(redes::map(A23, [](double v) { return v - 1; }) == (Matrix{{0, 1, 2}, {3, 4, 5}}));
}

BOOST_AUTO_TEST_CASE(sums_means_and_norms) {
    BOOST_TEST(redes::sum(A23) == 21.0);
    BOOST_TEST(redes::mean(A23) == 3.5);
    // Σ_j a_ij and (1/cols) Σ_j a_ij, one per row
    BOOST_TEST(redes::row_sums(A23) == (Vector{6, 15}));
    BOOST_TEST(redes::row_means(A23) == (Vector{2, 5}));
    // ‖A‖_F = sqrt(1 + 4 + 9 + 16 + 25 + 36) = sqrt(91)
    BOOST_TEST(redes::frobenius_norm(A23) == std::sqrt(91.0), tt::tolerance(1e-15));
    BOOST_TEST(redes::max_abs(Matrix{{1, -7}, {3, 2}}) == 7.0);
    BOOST_TEST(redes::sum(Matrix()) == 0.0);
    BOOST_CHECK_EXCEPTION(redes::mean(Matrix(0, 3)), redes::ShapeError,
                          message_is("mean: empty matrix (0×3)"));
    BOOST_CHECK_EXCEPTION(redes::row_means(Matrix(2, 0)), redes::ShapeError,
                          message_is("row_means: no columns in (2×0)"));
}

BOOST_AUTO_TEST_CASE(all_finite_detects_nan_and_inf) {
    Matrix A = A23;
    BOOST_TEST(redes::all_finite(A));
    A(1, 1) = std::numeric_limits<double>::quiet_NaN();
    BOOST_TEST(!redes::all_finite(A));
    A(1, 1) = -std::numeric_limits<double>::infinity();
    BOOST_TEST(!redes::all_finite(A));
}

BOOST_AUTO_TEST_CASE(add_to_columns_adds_the_bias_to_each_sample) {
    // A + v 1ᵀ
    BOOST_TEST(redes::add_to_columns(A23, Vector{10, 20}) == (Matrix{{11, 12, 13}, {24, 25, 26}}));
    BOOST_CHECK_EXCEPTION(redes::add_to_columns(A23, Vector{1, 2, 3}), redes::ShapeError,
                          message_is("add_to_columns: vector of size 3 onto (2×3)"));
}

BOOST_AUTO_TEST_CASE(flatten_and_reshape) {
    BOOST_TEST(redes::flatten(A23) == (Vector{1, 2, 3, 4, 5, 6}));
    BOOST_TEST(redes::reshape(redes::flatten(A23), 2, 3) == A23);
    BOOST_TEST(redes::reshape(redes::flatten(A23), 3, 2) == (Matrix{{1, 2}, {3, 4}, {5, 6}}));
    BOOST_CHECK_EXCEPTION(redes::reshape(Vector{1, 2, 3}, 2, 2), redes::ShapeError,
                          message_is("reshape: 3 values into (2×2)"));
}

BOOST_AUTO_TEST_CASE(prints_shape_and_aligned_rows) {
    std::ostringstream s;
    s << Matrix{{1, -2.5}, {10, 3}};
    BOOST_TEST(s.str() == "Matrix(2×2)\n  [   1  -2.5]\n  [  10     3]");
    std::ostringstream e;
    e << Matrix();
    BOOST_TEST(e.str() == "Matrix(0×0)");
}

BOOST_AUTO_TEST_SUITE_END()
