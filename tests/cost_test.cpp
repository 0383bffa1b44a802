// Costs J and g_J′: exact values, g_J′ against central differences, softmax stability, shapes.
#include <boost/test/unit_test.hpp>

#include <cmath>

#include "redes/backprop/finite_differences.hpp"
#include "redes/error.hpp"
#include "redes/risk/cost.hpp"

namespace tt = boost::test_tools;
using namespace redes;

BOOST_AUTO_TEST_SUITE(costs)

BOOST_AUTO_TEST_CASE(quadratic_cost_and_its_gradient_exactly) {
    const Cost J = Cost::quadratic();
    const Vector x_L{1.0, 2.0}, y{0.0, 4.0};
    BOOST_TEST(J.J(x_L, y) == 5.0);        // ‖y − x_L‖² = 1 + 4
    const Vector g = J.g_J_prime(x_L, y);  // −2 (y − x_L)
    BOOST_TEST(g[0] == 2.0);
    BOOST_TEST(g[1] == -4.0);
}

BOOST_AUTO_TEST_CASE(g_J_prime_equals_central_differences) {
    const Vector x_L{0.3, -1.2, 2.0};
    for (const Cost& J : {Cost::quadratic(), Cost::cross_entropy()})
        for (const Vector& y : {Vector{0.0, 1.0, 0.0}, Vector{0.2, 0.5, 0.3}}) {
            const Vector n = numerical_gradient([&](const Vector& v) { return J.J(v, y); }, x_L);
            const Vector a = J.g_J_prime(x_L, y);
            BOOST_TEST_INFO(J.name());
            for (std::size_t i = 0; i < 3; ++i) BOOST_TEST(a[i] == n[i], tt::tolerance(1e-8));
        }
}

BOOST_AUTO_TEST_CASE(cross_entropy_is_log_sum_exp_minus_the_target_logit) {
    const Cost J = Cost::cross_entropy();
    const Vector x{1.0, 2.0, 3.0}, y{0.0, 1.0, 0.0};
    const double lse = std::log(std::exp(1.0) + std::exp(2.0) + std::exp(3.0));
    BOOST_TEST(J.J(x, y) == lse - 2.0, tt::tolerance(1e-15));
    const Vector g = J.g_J_prime(x, y), p = softmax(x);  // p − y for one-hot y
    for (std::size_t i = 0; i < 3; ++i) BOOST_TEST(g[i] == p[i] - y[i], tt::tolerance(1e-15));
    BOOST_TEST(sum(g) == 0.0, tt::tolerance(1e-15));
    // Large logits: finite, no overflow of e^{1000}.
    BOOST_TEST(J.J(Vector{1000.0, 0.0}, Vector{0.0, 1.0}) == 1000.0);
    BOOST_TEST(J.J(Vector{1000.0, 0.0}, Vector{1.0, 0.0}) == 0.0);
    const Vector p_big = softmax(Vector{1000.0, 999.0});
    BOOST_TEST(p_big[0] == 1.0 / (1.0 + std::exp(-1.0)), tt::tolerance(1e-15));
}

BOOST_AUTO_TEST_CASE(batch_forms_sum_the_columns) {
    const Cost J = Cost::quadratic();
    const Matrix X{{1.0, 0.0}, {2.0, 1.0}}, Y{{0.0, 0.0}, {4.0, 3.0}};
    BOOST_TEST(J.J_sum(X, Y) == 5.0 + 4.0);
    const Matrix G = J.g_J_prime(X, Y);
    BOOST_TEST(G.col(1) == J.g_J_prime(X.col(1), Y.col(1)));
}

BOOST_AUTO_TEST_CASE(shape_errors_name_the_sizes) {
    const Cost J = Cost::quadratic();
    BOOST_CHECK_EXCEPTION(J.J(Vector{1.0, 2.0}, Vector{1.0, 2.0, 3.0}), ShapeError,
                          [](const ShapeError& e) {
                              return std::string(e.what()) ==
                                     "J: output of size 2 against target of size 3";
                          });
    BOOST_CHECK_THROW(Cost::cross_entropy().J(Vector{}, Vector{}), ShapeError);
    BOOST_CHECK_EXCEPTION(J.J_sum(Matrix(2, 3), Matrix(2, 4)), ShapeError, [](const ShapeError& e) {
        return std::string(e.what()) == "J_sum: outputs (2×3) against targets (2×4)";
    });
    BOOST_CHECK_THROW(Cost::from_name("hinge"), ValueError);
    BOOST_TEST((Cost::from_name("cross_entropy").kind() == CostKind::cross_entropy));
}

BOOST_AUTO_TEST_SUITE_END()
