// Bad input to redes/data (docs/errors.md, "data") not already covered by the loaders' own
// suites: splits, standardisation of NaN, data sets, one-hot targets.
#include <boost/test/unit_test.hpp>

#include <limits>

#include "expect_message.hpp"
#include "redes/data/dataset.hpp"
#include "redes/data/idx.hpp"
#include "redes/data/split.hpp"
#include "redes/data/standardize.hpp"
#include "redes/error.hpp"
#include "redes/linalg.hpp"

using namespace redes;
using redes_test::message_is;

namespace {
const double NaN = std::numeric_limits<double>::quiet_NaN();
const double Inf = std::numeric_limits<double>::infinity();
}  // namespace

BOOST_AUTO_TEST_SUITE(errors_data)

BOOST_AUTO_TEST_CASE(split_of_no_samples_or_a_label_outside_K) {
    BOOST_CHECK_EXCEPTION(data::stratified_split_indices({}, 2, 0.8, 0.2, 1), ValueError,
                          message_is("stratified_split: no samples (M = 0)"));
    BOOST_CHECK_EXCEPTION(data::stratified_split_indices({0, 1, 2}, 2, 0.8, 0.2, 1), ValueError,
                          message_is("stratified_split: label 2 of sample 2 outside 0…2−1"));
}

BOOST_AUTO_TEST_CASE(standardizer_refuses_non_finite_inputs) {
    const data::Standardizer st(Vector{0.0, 1.0}, Vector{1.0, 2.0});
    Matrix X(2, 3);
    X(1, 2) = NaN;
    BOOST_CHECK_EXCEPTION(st.transform(X), ValueError,
                          message_is("Standardizer::transform: X(1, 2) = nan is not finite"));
    BOOST_CHECK_EXCEPTION(st.transform(Vector{Inf, 0.0}), ValueError,
                          message_is("Standardizer::transform: x_0 = inf is not finite"));
    BOOST_CHECK_EXCEPTION(st.transform(Vector{1.0}), ShapeError,
                          message_is(
                              "Standardizer::transform: x of size 1, the statistics have N = 2"));
}

BOOST_AUTO_TEST_CASE(data_sets_and_one_hot_targets) {
    BOOST_CHECK_EXCEPTION(data::one_hot({0, 3, 1}, 3), ValueError,
                          message_is("one_hot: label 3 of sample 1 outside 0…3−1"));
    BOOST_CHECK_EXCEPTION(data::make_dataset(Matrix(2, 3), {0, 1}), ShapeError,
                          message_is("make_dataset: X (2×3) has 3 samples but there are 2 labels"));
    BOOST_CHECK_EXCEPTION(data::make_dataset(Matrix(2, 2), {0, 1}, 2, "", {"a"}), ShapeError,
                          message_is("make_dataset: 1 class names for K = 2 classes"));
    const data::DataSet d = data::make_dataset(Matrix(2, 3), {0, 1, 1});
    BOOST_CHECK_EXCEPTION(d.subset({0, 3}), IndexError,
                          message_is("DataSet::subset: sample 3 outside 0…3−1 of the data set"));
    BOOST_CHECK_EXCEPTION(data::make_regression_dataset(Matrix(2, 3), Matrix(1, 2)), ShapeError,
                          message_is("make_regression_dataset: X (2×3) has 3 samples but Y (1×2) "
                                     "has 2"));
    // a subset keeps the real targets of a regression (Y is not rebuilt from the labels)
    Matrix Y(1, 3);
    Y(0, 0) = 0.5;
    Y(0, 2) = -7.25;
    const data::DataSet r = data::make_regression_dataset(Matrix(2, 3), Y);
    BOOST_TEST(r.K == 1u);
    const data::DataSet part = r.subset({2, 0});
    BOOST_TEST(part.Y(0, 0) == -7.25);
    BOOST_TEST(part.Y(0, 1) == 0.5);
}

BOOST_AUTO_TEST_CASE(idx_needs_a_class) {
    BOOST_CHECK_EXCEPTION(data::load_idx("images.idx", "labels.idx", 0), ValueError,
                          message_is("load_idx: num_classes = 0, need at least 1 class"));
}

BOOST_AUTO_TEST_SUITE_END()
