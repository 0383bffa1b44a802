// gemm into raw memory with a row stride (what the training step uses to write ∂R̂/∂W_ℓ into its
// slice of the flat gradient): the same bits as gemm into a Matrix, nothing outside the m×p
// block touched, and the bad strides and overlaps named.
#include <boost/test/unit_test.hpp>

#include <tuple>
#include <vector>

#include "backprop_fixtures.hpp"
#include "expect_message.hpp"
#include "redes/error.hpp"
#include "redes/linalg/gemm.hpp"

using namespace redes;
using namespace redes_test;

BOOST_AUTO_TEST_SUITE(gemm_strided_output_suite)

BOOST_AUTO_TEST_CASE(equals_gemm_into_a_matrix_and_touches_only_its_block) {
    Rng rng(51);
    // sizes across the register tile (6×8) and the depth block (256)
    for (const auto& [m, n, p] : std::vector<std::tuple<std::size_t, std::size_t, std::size_t>>{
             {1, 1, 1}, {7, 5, 9}, {13, 300, 17}, {32, 64, 10}, {10, 32, 128}}) {
        const Matrix A = random_matrix(m, n, rng), B = random_matrix(n, p, rng);
        for (bool accumulate : {false, true}) {
            Matrix C = random_matrix(m, p, rng);
            const std::size_t ldc = p + 3;
            std::vector<double> raw(m * ldc + 5, -7.25);
            for (std::size_t i = 0; i < m; ++i)
                for (std::size_t j = 0; j < p; ++j) raw[2 + i * ldc + j] = C(i, j);
            gemm(view(A), view(B), C, accumulate);
            gemm(view(A), view(B), raw.data() + 2, ldc, accumulate);
            BOOST_TEST_INFO(m << "×" << n << "·" << n << "×" << p << (accumulate ? " (+=)" : ""));
            std::size_t differ = 0, touched = 0;
            for (std::size_t k = 0; k < raw.size(); ++k) {
                const bool inside = k >= 2 && (k - 2) / ldc < m && (k - 2) % ldc < p;
                if (inside) differ += raw[k] != C((k - 2) / ldc, (k - 2) % ldc);
                else touched += raw[k] != -7.25;
            }
            BOOST_TEST(differ == 0u);
            BOOST_TEST(touched == 0u);
        }
    }
}

BOOST_AUTO_TEST_CASE(bad_stride_and_overlap_are_named) {
    Rng rng(52);
    const Matrix A = random_matrix(3, 4, rng), B = random_matrix(4, 5, rng);
    std::vector<double> raw(40);
    BOOST_CHECK_EXCEPTION(gemm(view(A), view(B), raw.data(), 4), ShapeError,
                          message_is(
                              "gemm: rows of C 4 apart, shorter than the 5 columns of A·B (3×5)"));
    BOOST_CHECK_EXCEPTION(gemm(view(A), view(A), raw.data(), 5), ShapeError,
                          message_has({"gemm", "4 ≠ 3"}));
    Matrix M = random_matrix(4, 5, rng);
    BOOST_CHECK_EXCEPTION(gemm(view(A), view(M), M.data(), 5), ValueError,
                          message_has({"gemm", "shares memory"}));
}

BOOST_AUTO_TEST_SUITE_END()
