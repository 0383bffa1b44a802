// Tensor3: layout, slices, and the notes' product of a 1×N₁ row with an N₁×N₁×N tensor.
#include <boost/test/unit_test.hpp>

#include <limits>
#include <sstream>

#include "expect_message.hpp"
#include "redes/linalg.hpp"
#include "redes/stats/rng.hpp"

using redes::Matrix;
using redes::Tensor3;
using redes::Vector;
using redes_test::message_is;

namespace {
// [T]_ijk = 100 i + 10 j + k: every entry names its own index.
Tensor3 indexed(std::size_t n0, std::size_t n1, std::size_t n2) {
    Tensor3 T(n0, n1, n2);
    for (std::size_t i = 0; i < n0; ++i)
        for (std::size_t j = 0; j < n1; ++j)
            for (std::size_t k = 0; k < n2; ++k) T(i, j, k) = 100.0 * i + 10.0 * j + k;
    return T;
}

// The notes' ∂{W x + b}/∂W for W of N₁×N: [T]_ijk = [x]_k if i = j, 0 otherwise
// (N₁ matrices of N₁×N; the i-th has xᵀ in its row i).
Tensor3 dz_dW_of(std::size_t N1, const Vector& x) {
    Tensor3 T(N1, N1, x.size());
    for (std::size_t i = 0; i < N1; ++i)
        for (std::size_t k = 0; k < x.size(); ++k) T(i, i, k) = x[k];
    return T;
}
}  // namespace

BOOST_AUTO_TEST_SUITE(linalg_tensor3)

BOOST_AUTO_TEST_CASE(construction_and_layout) {
    const Tensor3 e;
    BOOST_TEST(e.size() == 0u);
    const Tensor3 c(2, 3, 4, 0.5);
    BOOST_TEST(c.dim0() == 2u);
    BOOST_TEST(c.dim1() == 3u);
    BOOST_TEST(c.dim2() == 4u);
    BOOST_TEST(c.size() == 24u);
    for (std::size_t k = 0; k < c.size(); ++k) BOOST_TEST(c.data()[k] == 0.5);
    // [T]_ijk at data()[(i*n1 + j)*n2 + k]
    const Tensor3 T = indexed(2, 3, 4);
    BOOST_TEST(T.data()[(1 * 3 + 2) * 4 + 3] == 123.0);
    BOOST_TEST(T.data()[(0 * 3 + 1) * 4 + 0] == 10.0);
    BOOST_TEST(T.at(1, 0, 2) == 102.0);
    Tensor3 U = T;
    U.at(0, 0, 0) = -1.0;
    BOOST_TEST(U(0, 0, 0) == -1.0);
    BOOST_TEST(!(U == T));
    BOOST_TEST(Tensor3::bytes_for(2, 3, 4) == 24 * sizeof(double));
}

BOOST_AUTO_TEST_CASE(at_outside_throws_index_error) {
    Tensor3 T(2, 3, 4);
    BOOST_CHECK_EXCEPTION(T.at(0, 3, 0), redes::IndexError,
                          message_is("Tensor3::at: index (0, 3, 0) outside (2×3×4)"));
    const Tensor3& cT = T;
    BOOST_CHECK_EXCEPTION(cT.at(2, 0, 0), redes::IndexError,
                          message_is("Tensor3::at: index (2, 0, 0) outside (2×3×4)"));
    BOOST_CHECK_THROW(T.at(0, 0, 4), redes::IndexError);
}

BOOST_AUTO_TEST_CASE(too_large_throws_limit_error) {
    const std::size_t huge = std::size_t{1} << 40;
    BOOST_CHECK_EXCEPTION(Tensor3::bytes_for(huge, huge, 1), redes::LimitError,
                          message_is("Tensor3: (1099511627776×1099511627776×1) does not fit in "
                                     "memory"));
    BOOST_CHECK_THROW(Tensor3(huge, 1, huge), redes::LimitError);
    BOOST_TEST(Tensor3::bytes_for(0, huge, huge) == 0u);
}

BOOST_AUTO_TEST_CASE(slice_is_the_ith_matrix) {
    const Tensor3 T = indexed(2, 2, 3);
    BOOST_TEST(T.slice(0) == (Matrix{{0, 1, 2}, {10, 11, 12}}));
    BOOST_TEST(T.slice(1) == (Matrix{{100, 101, 102}, {110, 111, 112}}));
    BOOST_CHECK_EXCEPTION(T.slice(2), redes::IndexError,
                          message_is("Tensor3::slice: 2 outside (2×2×3)"));
}

BOOST_AUTO_TEST_CASE(contract_known_values) {
    // [vᵀT]_jk = Σ_i v_i [T]_ijk with v = [1, −1]: slice 0 minus slice 1 = −100 everywhere.
    const Tensor3 T = indexed(2, 2, 3);
    BOOST_TEST(redes::contract(Vector{1, -1}, T) == Matrix(2, 3, -100.0));
    // v = [2, 0]: twice slice 0
    BOOST_TEST(redes::contract(Vector{2, 0}, T) == 2.0 * T.slice(0));
}

BOOST_AUTO_TEST_CASE(contract_is_the_sum_of_weighted_slices) {
    redes::Rng rng(3);
    Tensor3 T(4, 3, 5);
    for (std::size_t i = 0; i < 4; ++i)
        for (std::size_t j = 0; j < 3; ++j)
            for (std::size_t k = 0; k < 5; ++k) T(i, j, k) = rng.normal();
    const Vector v{0.5, -1.0, 2.0, 0.25};
    Matrix expected(3, 5);
    for (std::size_t i = 0; i < 4; ++i) expected += v[i] * T.slice(i);
    BOOST_TEST(redes::max_abs(redes::contract(v, T) - expected) < 1e-14);
}

BOOST_AUTO_TEST_CASE(notes_row_times_dz_dW_is_the_outer_product) {
    // The notes: (1×N₁)·(N₁×N₁×N) → N₁×N. With T = ∂{W x + b}/∂W, the product gᵀT has
    // [gᵀT]_jk = Σ_i g_i δ_ij x_k = g_j x_k, i.e. g xᵀ (the gradient of a layer's weights).
    const Vector x{1.0, -2.0, 0.5, 3.0};  // N = 4
    const Vector g{2.0, -1.0, 4.0};       // N₁ = 3
    const Tensor3 T = dz_dW_of(3, x);
    // The notes' picture: the i-th slice has xᵀ in row i and zeros elsewhere.
    BOOST_TEST(T.slice(1) == (Matrix{{0, 0, 0, 0}, {1, -2, 0.5, 3}, {0, 0, 0, 0}}));
    const Matrix R = redes::contract(g, T);
    BOOST_TEST(R.rows() == 3u);
    BOOST_TEST(R.cols() == 4u);
    BOOST_TEST(R == redes::outer(g, x));
}

BOOST_AUTO_TEST_CASE(contract_shape_error_names_shapes) {
    BOOST_CHECK_EXCEPTION(redes::contract(Vector{1, 2, 3}, Tensor3(2, 2, 4)), redes::ShapeError,
                          message_is("contract: (1×3)·(2×2×4): 3 ≠ 2"));
}

BOOST_AUTO_TEST_CASE(prints_each_slice) {
    std::ostringstream s;
    s << indexed(2, 1, 2);
    BOOST_TEST(
        s.str() ==
        "Tensor3(2×1×2)\n slice 0: Matrix(1×2)\n  [0  1]\n slice 1: Matrix(1×2)\n  [100  101]");
}

BOOST_AUTO_TEST_SUITE_END()
