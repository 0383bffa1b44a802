// Classification helpers (src/redes/models/classify.hpp): argmax prediction, accuracy and the
// confusion matrix, on hand-made scores whose answers are known, and evaluate_classifier
// against the library's empirical risk and a sample-by-sample forward pass.
#include <boost/test/unit_test.hpp>

#include <cmath>
#include <limits>

#include "data_test_helpers.hpp"
#include "redes/error.hpp"
#include "redes/init/initializer.hpp"
#include "redes/models/classify.hpp"
#include "redes/risk/empirical_risk.hpp"
#include "redes/stats/rng.hpp"

namespace tt = boost::test_tools;
using namespace redes;
using redes_test::message_has;

BOOST_AUTO_TEST_SUITE(classify)

BOOST_AUTO_TEST_CASE(argmax_takes_the_first_largest) {
    BOOST_TEST(argmax(Vector{0.1, 3.0, -2.0}) == 1u);
    BOOST_TEST(argmax(Vector{-5.0}) == 0u);
    // ties go to the smallest k, as numpy.argmax
    BOOST_TEST(argmax(Vector{1.0, 7.0, 7.0, 2.0}) == 1u);
    BOOST_TEST(argmax(Vector{-std::numeric_limits<double>::infinity(), -1e300}) == 1u);
    BOOST_CHECK_EXCEPTION(argmax(Vector{}), ValueError, message_has({"argmax", "empty"}));
    BOOST_CHECK_EXCEPTION(argmax(Vector{1.0, std::nan("")}), ValueError,
                          message_has({"argmax", "entry 1", "NaN"}));
}

BOOST_AUTO_TEST_CASE(argmax_columns_reads_each_column) {
    // S: K = 3 scores (rows) for M = 4 samples (columns)
    const Matrix S{{0.9, 0.0, 0.2, 5.0}, {0.05, 0.1, 0.2, 5.0}, {0.05, 0.9, 0.6, -1.0}};
    BOOST_TEST(argmax_columns(S) == (std::vector<std::size_t>{0, 2, 2, 0}));
    Matrix bad = S;
    bad(1, 3) = std::nan("");
    BOOST_CHECK_EXCEPTION(argmax_columns(bad), ValueError,
                          message_has({"argmax_columns", "(1, 3)", "NaN"}));
}

BOOST_AUTO_TEST_CASE(accuracy_counts_the_matches) {
    BOOST_TEST(accuracy({0, 1, 2, 2}, {0, 1, 1, 2}) == 0.75);
    BOOST_TEST(accuracy({3}, {3}) == 1.0);
    BOOST_TEST(accuracy({0, 0}, {1, 1}) == 0.0);
    BOOST_CHECK_EXCEPTION(accuracy({0, 1}, {0}), ShapeError,
                          message_has({"accuracy", "2 predictions", "1 labels"}));
    BOOST_CHECK_EXCEPTION(accuracy({}, {}), ValueError, message_has({"accuracy", "M = 0"}));
}

BOOST_AUTO_TEST_CASE(confusion_matrix_rows_are_true_classes) {
    const std::vector<std::size_t> y{0, 0, 0, 1, 1, 2, 2, 2, 2};
    const std::vector<std::size_t> y_hat{0, 0, 1, 1, 2, 2, 2, 0, 2};
    const ConfusionMatrix C = confusion_matrix(y, y_hat, 3);
    // C(k, j) = #{m : y_m = k, ŷ_m = j}
    const std::vector<std::size_t> expected{2, 1, 0,  //
                                            0, 1, 1,  //
                                            1, 0, 3};
    BOOST_TEST(C.counts == expected);
    BOOST_TEST(C(2, 0) == 1u);
    BOOST_TEST(C.total() == 9u);
    BOOST_TEST(C.correct() == 6u);
    BOOST_TEST(C.accuracy() == accuracy(y_hat, y));
    BOOST_TEST(C.recall(0) == 2.0 / 3.0, tt::tolerance(1e-15));
    BOOST_TEST(C.recall(1) == 0.5);
    BOOST_TEST(C.recall(2) == 0.75);
    const Matrix F = C.as_matrix(true);
    for (std::size_t k = 0; k < 3; ++k) {
        double row = 0.0;
        for (std::size_t j = 0; j < 3; ++j) row += F(k, j);
        BOOST_TEST(row == 1.0, tt::tolerance(1e-15));
    }
    BOOST_TEST(C.as_matrix()(2, 2) == 3.0);
    // a class with no samples has an empty row and recall 0
    const ConfusionMatrix C4 = confusion_matrix(y, y_hat, 4);
    BOOST_TEST(C4.recall(3) == 0.0);
    BOOST_TEST(C4.as_matrix(true)(3, 3) == 0.0);
    BOOST_CHECK_EXCEPTION(confusion_matrix(y, y_hat, 2), ValueError,
                          message_has({"confusion_matrix", "sample 4", "prediction 2", "0…2−1"}));
    BOOST_CHECK_EXCEPTION(confusion_matrix({0}, {0, 1}, 2), ShapeError,
                          message_has({"confusion_matrix"}));
    BOOST_CHECK_EXCEPTION(C.recall(3), IndexError, message_has({"recall", "class 3"}));
}

BOOST_AUTO_TEST_CASE(evaluate_classifier_agrees_with_empirical_risk_and_forward) {
    MLP net({4, 6, 3}, Activation::tanh(), Activation::identity());
    Rng rng(11);
    init::initialize(net, init::WeightInit::normal(1.0), 0.0, rng);
    const std::size_t M = 40;
    Matrix X(4, M);
    std::vector<std::size_t> labels(M);
    Matrix Y(3, M);
    for (std::size_t m = 0; m < M; ++m) {
        for (std::size_t i = 0; i < 4; ++i) X(i, m) = rng.normal();
        labels[m] = rng.index(3);
        Y(labels[m], m) = 1.0;
    }
    const Evaluation e = evaluate_classifier(net, Cost::cross_entropy(), X, Y, labels);
    BOOST_TEST(e.R_hat == empirical_risk(net, Cost::cross_entropy(), X, Y), tt::tolerance(1e-14));
    std::size_t right = 0;
    for (std::size_t m = 0; m < M; ++m) {
        const std::size_t y_hat = argmax(net.forward(X.col(m)));  // one sample at a time
        BOOST_TEST(e.predicted[m] == y_hat);
        right += y_hat == labels[m];
    }
    BOOST_TEST(e.confusion.correct() == right);
    BOOST_TEST(e.accuracy() == static_cast<double>(right) / M);
    BOOST_TEST(predict_labels(net, X) == e.predicted);
    BOOST_CHECK_EXCEPTION(evaluate_classifier(net, Cost::cross_entropy(), X, Y, {0, 1}), ShapeError,
                          message_has({"evaluate_classifier", "2 labels"}));
}

BOOST_AUTO_TEST_SUITE_END()
