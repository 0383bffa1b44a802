// Bad input to redes/backprop and redes/optim (docs/errors.md) not already covered by their
// own suites: finite-difference steps, empty batches, objectives without samples.
#include <boost/test/unit_test.hpp>

#include <limits>

#include "expect_message.hpp"
#include "redes/activations/activation.hpp"
#include "redes/backprop/efficient.hpp"
#include "redes/backprop/finite_differences.hpp"
#include "redes/backprop/gradient_check.hpp"
#include "redes/backprop/literal.hpp"
#include "redes/error.hpp"
#include "redes/linalg.hpp"
#include "redes/models/mlp.hpp"
#include "redes/optim/least_squares_objective.hpp"
#include "redes/optim/mlp_objective.hpp"
#include "redes/optim/sgd.hpp"
#include "redes/optim/threaded_objective.hpp"
#include "redes/risk/cost.hpp"

using namespace redes;
using redes_test::message_is;

namespace {
double sum_of_squares(const Vector& t) { return dot(t, t); }
MLP small_net() { return MLP({2, 3, 1}, Activation::tanh(), Activation::identity()); }
}  // namespace

BOOST_AUTO_TEST_SUITE(errors_backprop_optim)

BOOST_AUTO_TEST_CASE(finite_difference_step_must_be_positive) {
    BOOST_CHECK_EXCEPTION(numerical_gradient(sum_of_squares, Vector{1.0, 2.0}, 0.0), ValueError,
                          message_is("numerical_gradient: step h = 0 must be positive and finite"));
    GradientCheckOptions o;
    o.h = -1e-5;
    BOOST_CHECK_EXCEPTION(check_gradient(sum_of_squares, Vector{1.0, 2.0}, Vector{2.0, 4.0}, o),
                          ValueError,
                          message_is(
                              "check_gradient: step h = -1e-05 must be positive and finite"));
    o.h = 1e-5;
    o.tolerance = 0.0;
    BOOST_CHECK_EXCEPTION(check_gradient(sum_of_squares, Vector{1.0, 2.0}, Vector{2.0, 4.0}, o),
                          ValueError, message_is("check_gradient: tolerance = 0 must be positive"));
}

BOOST_AUTO_TEST_CASE(backprop_of_no_samples) {
    const MLP net = small_net();
    BOOST_CHECK_EXCEPTION(efficient_backprop(net, Cost::quadratic(), Matrix(2, 0), Matrix(1, 0)),
                          ValueError, message_is("efficient_backprop: M = 0 samples"));
    BOOST_CHECK_EXCEPTION(literal_backprop(net, Cost::quadratic(), Matrix(2, 0), Matrix(1, 0)),
                          ValueError, message_is("literal_backprop: M = 0 samples"));
    BOOST_CHECK_EXCEPTION(weight_gradient(Matrix(3, 0), Matrix(2, 0)), ValueError,
                          message_is("weight_gradient: M = 0 samples"));
}

BOOST_AUTO_TEST_CASE(backprop_of_a_non_finite_batch) {
    const MLP net = small_net();
    Matrix X(2, 3, 0.5), Y(1, 3, 1.0);
    X(1, 2) = std::numeric_limits<double>::quiet_NaN();
    BOOST_CHECK_EXCEPTION(efficient_backprop(net, Cost::quadratic(), X, Y), ValueError,
                          message_is("batch_forward: input X(1, 2) = nan is not finite"));
    BOOST_CHECK_EXCEPTION(batch_forward(net, X), ValueError,
                          message_is("batch_forward: input X(1, 2) = nan is not finite"));
    X(1, 2) = 0.5;
    Y(0, 1) = std::numeric_limits<double>::infinity();
    BOOST_CHECK_EXCEPTION(efficient_backprop(net, Cost::quadratic(), X, Y), ValueError,
                          message_is("efficient_backprop: target Y(0, 1) = inf is not finite"));
    BOOST_CHECK_EXCEPTION(MLPObjective(net, Cost::quadratic(), X, Y), ValueError,
                          message_is("MLPObjective: target Y(0, 1) = inf is not finite"));
    Y(0, 1) = 1.0;
    X(0, 0) = -std::numeric_limits<double>::infinity();
    BOOST_CHECK_EXCEPTION(MLPObjective(net, Cost::quadratic(), X, Y), ValueError,
                          message_is("MLPObjective: input X(0, 0) = -inf is not finite"));
}

BOOST_AUTO_TEST_CASE(objectives_without_samples_or_with_bad_batches) {
    BOOST_CHECK_EXCEPTION(MLPObjective(small_net(), Cost::quadratic(), Matrix(2, 0), Matrix(1, 0)),
                          ShapeError, message_is("MLPObjective: no samples (M = 0)"));
    BOOST_CHECK_EXCEPTION(MLPObjective(small_net(), Cost::quadratic(), Matrix(2, 4), Matrix(1, 3)),
                          ShapeError,
                          message_is(
                              "MLPObjective: inputs (2×4) and targets (1×3) for a network 2 → 1"));
    BOOST_CHECK_EXCEPTION(LeastSquaresObjective(Matrix(2, 0), Vector()), ValueError,
                          message_is("least squares: M = 0 samples"));
    const LeastSquaresObjective R(Matrix(2, 3), Vector(3));
    BOOST_CHECK_EXCEPTION(R.risk(Vector(2), {}), ValueError,
                          message_is("least squares risk: empty batch"));
    BOOST_CHECK_EXCEPTION(R.risk(Vector(2), {0, 3}), IndexError,
                          message_is("least squares risk: sample index 3 outside 0…2"));
    BOOST_CHECK_EXCEPTION(R.gradient(Vector(5), {0}), ShapeError,
                          message_is("least squares gradient: θ of size 5, samples of size D = 2"));
    const ThreadedObjective T(R, 2);
    BOOST_CHECK_EXCEPTION(T.gradient(Vector(2), {}), ValueError,
                          message_is("ThreadedObjective: empty batch"));
}

BOOST_AUTO_TEST_CASE(steps_per_epoch_of_an_empty_batch) {
    BOOST_CHECK_EXCEPTION(steps_per_epoch(10, 0, LastBatch::keep), ValueError,
                          message_is("steps_per_epoch: batch_size = 0 must be at least 1"));
}

BOOST_AUTO_TEST_SUITE_END()
