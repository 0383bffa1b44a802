// Vector: every operation on values worked out by hand, and every error with its message.
#include <boost/test/unit_test.hpp>

#include <cmath>
#include <limits>
#include <sstream>

#include "expect_message.hpp"
#include "redes/linalg.hpp"

using redes::Vector;
using redes_test::message_is;

BOOST_AUTO_TEST_SUITE(linalg_vector)

BOOST_AUTO_TEST_CASE(construction) {
    const Vector empty;
    BOOST_TEST(empty.size() == 0u);
    BOOST_TEST(empty.empty());

    const Vector z(3);
    BOOST_TEST(z.size() == 3u);
    for (double v : z) BOOST_TEST(v == 0.0);

    const Vector c(2, 2.5);
    BOOST_TEST(c[0] == 2.5);
    BOOST_TEST(c[1] == 2.5);

    const Vector l{1.0, -2.0, 3.5};
    BOOST_TEST(l.size() == 3u);
    BOOST_TEST(l[0] == 1.0);
    BOOST_TEST(l[1] == -2.0);
    BOOST_TEST(l[2] == 3.5);

    const Vector s(std::vector<double>{4.0, 5.0});
    BOOST_TEST(s == (Vector{4.0, 5.0}));

    BOOST_TEST(Vector::zeros(4) == Vector(4));
    BOOST_TEST(Vector::constant(3, -1.0) == (Vector{-1.0, -1.0, -1.0}));
    // [x]_i = f(i), i = 0…N−1
    BOOST_TEST(Vector::from_function(4, [](std::size_t i) { return double(i * i); }) ==
               (Vector{0.0, 1.0, 4.0, 9.0}));
}

BOOST_AUTO_TEST_CASE(element_access) {
    Vector x{1.0, 2.0, 3.0};
    x[1] = 7.0;
    x.at(2) = 9.0;
    BOOST_TEST(x == (Vector{1.0, 7.0, 9.0}));
    const Vector& cx = x;
    BOOST_TEST(cx.at(0) == 1.0);
    BOOST_TEST(x.data()[1] == 7.0);
    BOOST_TEST(x.values().size() == 3u);
}

BOOST_AUTO_TEST_CASE(at_outside_throws_index_error) {
    Vector x{1.0, 2.0, 3.0};
    BOOST_CHECK_EXCEPTION(x.at(3), redes::IndexError,
                          message_is("Vector::at: index 3 outside size 3"));
    const Vector& cx = x;
    BOOST_CHECK_EXCEPTION(cx.at(10), redes::IndexError,
                          message_is("Vector::at: index 10 outside size 3"));
    BOOST_CHECK_THROW(Vector().at(0), redes::IndexError);
}

BOOST_AUTO_TEST_CASE(arithmetic) {
    const Vector a{1.0, 2.0, 3.0}, b{0.5, -1.0, 4.0};
    BOOST_TEST((a + b) == (Vector{1.5, 1.0, 7.0}));
    BOOST_TEST((a - b) == (Vector{0.5, 3.0, -1.0}));
    BOOST_TEST((-a) == (Vector{-1.0, -2.0, -3.0}));
    BOOST_TEST((2.0 * a) == (Vector{2.0, 4.0, 6.0}));
    BOOST_TEST((a * 2.0) == (Vector{2.0, 4.0, 6.0}));
    BOOST_TEST((a / 2.0) == (Vector{0.5, 1.0, 1.5}));

    Vector c = a;
    c += b;
    BOOST_TEST(c == a + b);
    c -= b;
    BOOST_TEST(c == a);
    c *= -3.0;
    BOOST_TEST(c == (Vector{-3.0, -6.0, -9.0}));
    c /= -3.0;
    BOOST_TEST(c == a);
    BOOST_TEST(a != b);
}

BOOST_AUTO_TEST_CASE(size_mismatch_throws_shape_error) {
    Vector a{1.0, 2.0, 3.0}, b{1.0, 2.0};
    BOOST_CHECK_EXCEPTION(a + b, redes::ShapeError, message_is("vector +: sizes 3 and 2 differ"));
    BOOST_CHECK_EXCEPTION(a - b, redes::ShapeError, message_is("vector -: sizes 3 and 2 differ"));
    BOOST_CHECK_EXCEPTION(a += b, redes::ShapeError, message_is("vector +: sizes 3 and 2 differ"));
    BOOST_CHECK_EXCEPTION(redes::dot(b, a), redes::ShapeError,
                          message_is("dot: sizes 2 and 3 differ"));
    BOOST_CHECK_EXCEPTION(redes::hadamard(a, b), redes::ShapeError,
                          message_is("hadamard: sizes 3 and 2 differ"));
    BOOST_CHECK_EXCEPTION(redes::mean(Vector()), redes::ShapeError,
                          message_is("mean: empty vector"));
}

BOOST_AUTO_TEST_CASE(reductions_and_norms) {
    const Vector x{3.0, -4.0};
    // xᵀy = 3·1 + (−4)·2 = −5
    BOOST_TEST(redes::dot(x, Vector{1.0, 2.0}) == -5.0);
    BOOST_TEST(redes::hadamard(x, Vector{2.0, 0.5}) == (Vector{6.0, -2.0}));
    BOOST_TEST(redes::map(x, [](double v) { return v * v; }) == (Vector{9.0, 16.0}));
    BOOST_TEST(redes::sum(x) == -1.0);
    BOOST_TEST(redes::mean(x) == -0.5);
    BOOST_TEST(redes::norm(x) == 5.0);  // the 3-4-5 triangle
    BOOST_TEST(redes::norm_inf(x) == 4.0);
    BOOST_TEST(redes::sum(Vector()) == 0.0);
    BOOST_TEST(redes::norm(Vector()) == 0.0);
}

BOOST_AUTO_TEST_CASE(all_finite_detects_nan_and_inf) {
    BOOST_TEST(redes::all_finite(Vector{1.0, -2.0}));
    BOOST_TEST(!redes::all_finite(Vector{1.0, std::numeric_limits<double>::quiet_NaN()}));
    BOOST_TEST(!redes::all_finite(Vector{std::numeric_limits<double>::infinity()}));
    BOOST_TEST(!redes::all_finite(Vector{-std::numeric_limits<double>::infinity(), 0.0}));
}

BOOST_AUTO_TEST_CASE(prints_size_and_values) {
    std::ostringstream s;
    s << Vector{1.0, 2.5, -3.0};
    BOOST_TEST(s.str() == "Vector(3) [1, 2.5, -3]");
    std::ostringstream e;
    e << Vector();
    BOOST_TEST(e.str() == "Vector(0) []");
}

BOOST_AUTO_TEST_SUITE_END()
