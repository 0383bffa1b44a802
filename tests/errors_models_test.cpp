// Bad input to redes/models (docs/errors.md, "models"): the MLP's widths and inputs, the
// perceptron's shapes, the classifier helpers.
#include <boost/test/unit_test.hpp>

#include <limits>

#include "expect_message.hpp"
#include "redes/activations/activation.hpp"
#include "redes/error.hpp"
#include "redes/linalg.hpp"
#include "redes/models/classify.hpp"
#include "redes/models/mlp.hpp"
#include "redes/models/perceptron.hpp"
#include "redes/risk/cost.hpp"

using namespace redes;
using redes_test::message_is;

namespace {
const double NaN = std::numeric_limits<double>::quiet_NaN();
const double Inf = std::numeric_limits<double>::infinity();
MLP small_net() { return MLP({2, 3, 1}, Activation::relu(), Activation::identity()); }
}  // namespace

BOOST_AUTO_TEST_SUITE(errors_models)

BOOST_AUTO_TEST_CASE(mlp_refuses_non_finite_inputs) {
    const MLP net = small_net();
    BOOST_CHECK_EXCEPTION(net.forward(Vector{1.0, NaN}), ValueError,
                          message_is("MLP::forward: input entry 1 is nan; inputs must be finite"));
    Matrix X(2, 4);
    X(1, 2) = Inf;
    BOOST_CHECK_EXCEPTION(net.forward(X), ValueError,
                          message_is(
                              "MLP::forward: input entry (1, 2) is inf; inputs must be finite"));
}

BOOST_AUTO_TEST_CASE(mlp_widths_and_layers) {
    BOOST_CHECK_EXCEPTION(MLP({2}, Activation::relu(), Activation::identity()), ShapeError,
                          message_is("MLP: widths need N_0 and at least one layer, got 1 numbers"));
    BOOST_CHECK_EXCEPTION(MLP({2, 0, 1}, Activation::relu(), Activation::identity()), ShapeError,
                          message_is("MLP: width N_1 is 0"));
    BOOST_CHECK_EXCEPTION(MLP({2, 3, 1}, std::vector<Activation>{Activation::relu()}), ShapeError,
                          message_is("MLP: 2 layers but 1 activations"));
    BOOST_CHECK_EXCEPTION(MLP(std::vector<Layer>{}), ShapeError, message_is("MLP: no layers"));
    const std::vector<Layer> misfit{{Matrix(3, 2), Vector(3), Activation::relu()},
                                    {Matrix(1, 4), Vector(1), Activation::identity()}};
    BOOST_CHECK_EXCEPTION(MLP{misfit}, ShapeError,
                          message_is(
                              "MLP: layer 2 has W (1×4) and b of size 1 after an input of size 3"));
}

BOOST_AUTO_TEST_CASE(mlp_unflatten_checks_the_size) {
    BOOST_CHECK_EXCEPTION(small_net().unflatten(Vector(5)), ShapeError,
                          message_is("MLP::unflatten: gradient of size 5, the network has D = 13"));
}

BOOST_AUTO_TEST_CASE(perceptron_shapes) {
    BOOST_CHECK_EXCEPTION(
        Perceptron(Matrix(2, 3), Vector(3), Activation::relu()), ShapeError,
        message_is("Perceptron: W (2×3) and b of size 3 (need b of size N₁ = rows of W > 0)"));
    const Perceptron p(Matrix(2, 3), Vector(2), Activation::relu());
    BOOST_CHECK_EXCEPTION(p.forward(Vector(2)), ShapeError,
                          message_is("Perceptron::forward: input of size 2, W (2×3) takes N = 3"));
    BOOST_CHECK_EXCEPTION(
        p.forward(Matrix(4, 5)), ShapeError,
        message_is("Perceptron::forward: batch (4×5) has samples of size 4, W (2×3) takes N = 3"));
}

BOOST_AUTO_TEST_CASE(classifier_of_no_samples) {
    BOOST_CHECK_EXCEPTION(confusion_matrix({}, {}, 3).accuracy(), ValueError,
                          message_is("ConfusionMatrix::accuracy: M = 0 samples"));
    BOOST_CHECK_EXCEPTION(evaluate_classifier(small_net(), Cost::quadratic(), Matrix(2, 0),
                                              Matrix(1, 0), {}),
                          ValueError, message_is("evaluate_classifier: M = 0 samples"));
}

BOOST_AUTO_TEST_SUITE_END()
