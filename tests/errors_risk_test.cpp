// Bad input to redes/risk and redes/activations (docs/errors.md): costs, softmax, empirical
// risk, activation names and constants.
#include <boost/test/unit_test.hpp>

#include <cmath>
#include <limits>

#include "expect_message.hpp"
#include "redes/activations/activation.hpp"
#include "redes/error.hpp"
#include "redes/linalg.hpp"
#include "redes/risk/cost.hpp"
#include "redes/risk/empirical_risk.hpp"

using namespace redes;
using redes_test::message_is;

namespace {
const double NaN = std::numeric_limits<double>::quiet_NaN();
const double Inf = std::numeric_limits<double>::infinity();
}  // namespace

BOOST_AUTO_TEST_SUITE(errors_risk)

BOOST_AUTO_TEST_CASE(cost_targets_must_be_finite) {
    const Cost Q = Cost::quadratic(), CE = Cost::cross_entropy();
    BOOST_CHECK_EXCEPTION(Q.J(Vector{0.5, 0.5}, Vector{1.0, NaN}), ValueError,
                          message_is("J: target entry 1 is nan"));
    BOOST_CHECK_EXCEPTION(CE.g_J_prime(Vector{0.5, 0.5}, Vector{Inf, 0.0}), ValueError,
                          message_is("g_J_prime: target entry 0 is inf"));
    Matrix Y(2, 3);
    Y(1, 2) = NaN;
    BOOST_CHECK_EXCEPTION(CE.J_sum(Matrix(2, 3), Y), ValueError,
                          message_is("J: target entry 1 is nan"));
    // a NaN output x_L is not refused here: it is the divergence the training loop reports
    BOOST_TEST(std::isnan(Q.J(Vector{NaN}, Vector{1.0})));
}

BOOST_AUTO_TEST_CASE(unknown_cost_name) {
    BOOST_CHECK_EXCEPTION(Cost::from_name("hinge"), ValueError,
                          message_is("unknown cost 'hinge' (known: quadratic, cross_entropy)"));
}

BOOST_AUTO_TEST_CASE(softmax_of_nothing) {
    BOOST_CHECK_EXCEPTION(softmax(Vector{}), ShapeError, message_is("softmax: empty vector"));
    BOOST_CHECK_EXCEPTION(Cost::quadratic().J(Vector{}, Vector{}), ShapeError,
                          message_is("J: empty output and target"));
}

BOOST_AUTO_TEST_CASE(empirical_risk_batch_with_a_wrong_model) {
    const BatchModel F = [](const Matrix& X) { return Matrix(1, X.cols() - 1); };
    BOOST_CHECK_EXCEPTION(empirical_risk_batch(F, Cost::quadratic(), Matrix(2, 4), Matrix(1, 4)),
                          ShapeError,
                          message_is(
                              "empirical_risk_batch: the model mapped 4 samples to 3 outputs"));
    BOOST_CHECK_EXCEPTION(empirical_risk_batch(F, Cost::quadratic(), Matrix(2, 0), Matrix(1, 0)),
                          ValueError, message_is("empirical_risk_batch: M = 0 samples"));
}

BOOST_AUTO_TEST_CASE(activation_names_and_constants) {
    BOOST_CHECK_EXCEPTION(
        Activation::from_name("swish"), ValueError,
        message_is(
            "unknown activation 'swish' (known: relu, leaky_relu, abs, sigmoid, tanh, identity, leaky_relu:α)"));
    BOOST_CHECK_EXCEPTION(Activation::from_name("leaky_relu:abc"), ValueError,
                          message_is("activation 'leaky_relu:abc': α 'abc' is not a number"));
    BOOST_CHECK_EXCEPTION(Activation::leaky_relu(Inf), ValueError,
                          message_is("Activation::leaky_relu: α = inf must be finite"));
}

BOOST_AUTO_TEST_SUITE_END()
