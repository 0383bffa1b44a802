// gemm, the blocked and threaded matrix product behind matmul: it equals the plain triple loop
// on every shape (odd sizes, sizes across the cache blocks, the skinny products of a minibatch),
// and it gives the same bits with 1, 2 or 3 threads.
#include <boost/test/unit_test.hpp>

#include <cmath>
#include <limits>
#include <string>
#include <vector>

#include "redes/linalg.hpp"
#include "redes/stats/rng.hpp"

namespace {

using redes::Matrix;

Matrix random_matrix(std::size_t rows, std::size_t cols, redes::Rng& rng) {
    Matrix A(rows, cols);
    for (std::size_t k = 0; k < A.size(); ++k) A.data()[k] = rng.normal();
    return A;
}

// The triple loop [AB]_ij = Σ_k a_ik b_kj in long double (64-bit mantissa, 11 bits more than
// double), and beside it Σ_k |a_ik b_kj|, the scale of the rounding error of any order of sums.
struct Reference {
    Matrix C, abs_sum;
};
Reference naive_product(const Matrix& A, const Matrix& B) {
    Reference r{Matrix(A.rows(), B.cols()), Matrix(A.rows(), B.cols())};
    for (std::size_t i = 0; i < A.rows(); ++i)
        for (std::size_t j = 0; j < B.cols(); ++j) {
            long double s = 0, s_abs = 0;
            for (std::size_t k = 0; k < A.cols(); ++k) {
                const long double t = static_cast<long double>(A(i, k)) * B(k, j);
                s += t;
                s_abs += std::fabs(t);
            }
            r.C(i, j) = static_cast<double>(s);
            r.abs_sum(i, j) = static_cast<double>(s_abs);
        }
    return r;
}

// A sum of n products in double is off by at most γ_n Σ_k |a_ik b_kj|, γ_n ≈ n·u with
// u = 2⁻⁵³ (Higham, Accuracy and Stability, §3.1); the long double reference adds 2⁻¹¹ of that.
void check_equals_naive(const Matrix& C, const Matrix& A, const Matrix& B) {
    const Reference ref = naive_product(A, B);
    const double u = std::numeric_limits<double>::epsilon() / 2;
    const double gamma = 1.01 * static_cast<double>(A.cols()) * u;
    std::size_t outside = 0;
    for (std::size_t i = 0; i < C.rows(); ++i)
        for (std::size_t j = 0; j < C.cols(); ++j)
            if (std::fabs(C(i, j) - ref.C(i, j)) > gamma * ref.abs_sum(i, j) + 1e-300) ++outside;
    BOOST_TEST(outside == 0u, outside << " elements outside the error bound, shape "
                                      << redes::shape_str(A.rows(), A.cols()) << "·"
                                      << redes::shape_str(B.rows(), B.cols()));
    // and as a whole: ‖C − C_ref‖_F / ‖C_ref‖_F ≤ 1e-12
    if (ref.C.size() > 0 && redes::frobenius_norm(ref.C) > 0)
        BOOST_TEST(redes::frobenius_norm(C - ref.C) / redes::frobenius_norm(ref.C) <= 1e-12);
}

struct Shape {
    std::size_t m, n, p;
};
// Odd sizes; sizes that cross the register tile (6×8 or 6×4) with every remainder of rows
// (1…5) and some of columns, the depth block (256), the row block (96) and the column block
// (1024); the skinny products of a minibatch of 32 samples with 64 inputs and H hidden units.
const std::vector<Shape> shapes = {
    {1, 1, 1},     {3, 5, 7},        {33, 65, 17},  {7, 1, 9},     {1, 300, 1},  {32, 64, 1},
    {32, 64, 7},   {32, 64, 64},     {32, 64, 100}, {32, 64, 257}, {64, 32, 32}, {97, 257, 13},
    {13, 257, 97}, {100, 260, 1030}, {11, 70, 8},   {5, 3, 16},
};

}  // namespace

BOOST_AUTO_TEST_SUITE(gemm)

BOOST_AUTO_TEST_CASE(equals_the_triple_loop_on_odd_and_skinny_shapes) {
    redes::Rng rng(20240611);
    for (const Shape& s : shapes) {
        const Matrix A = random_matrix(s.m, s.n, rng), B = random_matrix(s.n, s.p, rng);
        check_equals_naive(redes::matmul(A, B), A, B);
    }
}

BOOST_AUTO_TEST_CASE(one_two_and_three_threads_give_the_same_bits) {
    redes::Rng rng(7);
    for (const Shape& s : shapes) {
        const Matrix A = random_matrix(s.m, s.n, rng), B = random_matrix(s.n, s.p, rng);
        Matrix C1(s.m, s.p), C2(s.m, s.p), C3(s.m, s.p);
        redes::gemm(redes::view(A), redes::view(B), C1, false, 1);
        redes::gemm(redes::view(A), redes::view(B), C2, false, 2);
        redes::gemm(redes::view(A), redes::view(B), C3, false, 3);
        BOOST_TEST((C1 == C2),
                   "1 vs 2 threads differ at " << s.m << "×" << s.n << "·" << s.n << "×" << s.p);
        BOOST_TEST((C1 == C3),
                   "1 vs 3 threads differ at " << s.m << "×" << s.n << "·" << s.n << "×" << s.p);
        BOOST_TEST((redes::matmul(A, B) == C1));
    }
}

BOOST_AUTO_TEST_CASE(transposed_views_read_the_same_numbers) {
    // Aᵀ·B through a view sums the same products in the same order as through a copy of Aᵀ.
    redes::Rng rng(3);
    const Matrix A = random_matrix(70, 33, rng), B = random_matrix(70, 19, rng);
    Matrix C(33, 19);
    redes::gemm(redes::transposed_view(A), redes::view(B), C, false, 2);
    BOOST_TEST((C == redes::matmul(redes::transpose(A), B)));
    // A·Bᵀ, the shape of δ xᵀ in backprop
    const Matrix D = random_matrix(21, 70, rng);
    Matrix E(33, 21);
    redes::gemm(redes::transposed_view(A), redes::transposed_view(D), E, false, 2);
    BOOST_TEST((E == redes::matmul(redes::transpose(A), redes::transpose(D))));
}

BOOST_AUTO_TEST_CASE(accumulate_adds_the_product_to_C) {
    redes::Rng rng(11);
    const Matrix A = random_matrix(40, 300, rng), B = random_matrix(300, 45, rng);
    const Matrix C0 = random_matrix(40, 45, rng);
    Matrix C = C0;
    redes::gemm(redes::view(A), redes::view(B), C, true, 2);
    const Matrix expected = C0 + redes::matmul(A, B);
    BOOST_TEST(redes::max_abs(C - expected) <= 1e-12 * redes::max_abs(expected));
    // onto zeros it is the plain product, bit for bit (the sum starts from the same 0)
    Matrix Z(40, 45);
    redes::gemm(redes::view(A), redes::view(B), Z, true, 1);
    BOOST_TEST((Z == redes::matmul(A, B)));
}

BOOST_AUTO_TEST_CASE(an_empty_inner_dimension_gives_zeros) {
    const Matrix A(3, 0), B(0, 4);
    BOOST_TEST((redes::matmul(A, B) == Matrix(3, 4)));
    Matrix C(3, 4, 2.5);
    redes::gemm(redes::view(A), redes::view(B), C, true);
    BOOST_TEST((C == Matrix(3, 4, 2.5)));
}

BOOST_AUTO_TEST_CASE(an_infinity_stays_in_its_own_row) {
    // The border tiles are padded with zeros; 0·∞ = NaN there must never reach C.
    Matrix A(7, 3, 1.0), B(3, 9, 1.0);
    A(6, 1) = std::numeric_limits<double>::infinity();
    const Matrix C = redes::matmul(A, B);
    for (std::size_t j = 0; j < 9; ++j) {
        BOOST_TEST(std::isinf(C(6, j)));
        for (std::size_t i = 0; i < 6; ++i) BOOST_TEST(C(i, j) == 3.0);
    }
}

BOOST_AUTO_TEST_CASE(shape_errors_name_the_shapes) {
    const Matrix A(3, 4), B(5, 2);
    BOOST_CHECK_EXCEPTION(redes::matmul(A, B), redes::ShapeError, [](const redes::ShapeError& e) {
        return std::string(e.what()) == "matmul: (3×4)·(5×2): 4 ≠ 5";
    });
    Matrix C(3, 2);
    BOOST_CHECK_EXCEPTION(redes::gemm(redes::view(A), redes::view(B), C), redes::ShapeError,
                          [](const redes::ShapeError& e) {
                              return std::string(e.what()) == "gemm: (3×4)·(5×2): 4 ≠ 5";
                          });
    const Matrix B2(4, 2);
    Matrix C_wrong(2, 3);
    BOOST_CHECK_EXCEPTION(redes::gemm(redes::view(A), redes::view(B2), C_wrong), redes::ShapeError,
                          [](const redes::ShapeError& e) {
                              return std::string(e.what()) == "gemm: C is (2×3), A·B is (3×2)";
                          });
}

BOOST_AUTO_TEST_CASE(writing_into_an_operand_is_refused) {
    Matrix A(4, 4, 1.0);
    BOOST_CHECK_EXCEPTION(redes::gemm(redes::view(A), redes::view(A), A), redes::ValueError,
                          [](const redes::ValueError& e) {
                              return std::string(e.what()).find("gemm: C shares memory") == 0;
                          });
}

BOOST_AUTO_TEST_CASE(thread_settings) {
    const unsigned before = redes::gemm_threads();
    BOOST_TEST(before >= 1u);
    BOOST_CHECK_EXCEPTION(redes::set_gemm_threads(0), redes::ValueError,
                          [](const redes::ValueError& e) {
                              return std::string(e.what()) ==
                                     "set_gemm_threads: 0 threads; at least 1";
                          });
    redes::set_gemm_threads(3);
    BOOST_TEST(redes::gemm_threads() == 3u);
    BOOST_TEST(redes::gemm_threads_for(1, 1, 1) == 1u);  // a tiny product stays on one thread
    BOOST_TEST(redes::gemm_threads_for(1024, 1024, 1024) == 3u);
    redes::set_gemm_threads(before);
}

BOOST_AUTO_TEST_SUITE_END()
