// Standardisation x̃ = (x − μ)/s: μ and s by hand on a small matrix, statistics from the
// training part only, constant features kept finite.
#include <boost/test/unit_test.hpp>
#include <cmath>

#include "data_test_helpers.hpp"
#include "redes/data/csv.hpp"
#include "redes/data/split.hpp"
#include "redes/data/standardize.hpp"

namespace tt = boost::test_tools;
using redes::Matrix;
using redes::Vector;
using redes::data::Standardizer;
using redes_test::message_has;

BOOST_AUTO_TEST_SUITE(data_standardize)

// Feature 1: 1, 2, 3, 4 → μ = 2.5, s² = (2.25 + 0.25 + 0.25 + 2.25)/4 = 1.25.
// Feature 2: −2, 0, 2, 8 → μ = 2, s² = (16 + 4 + 0 + 36)/4 = 14.
BOOST_AUTO_TEST_CASE(mean_and_population_std_by_hand) {
    const Matrix X{{1, 2, 3, 4}, {-2, 0, 2, 8}};
    const Standardizer st = Standardizer::fit(X);
    BOOST_TEST(st.mean()[0] == 2.5);
    BOOST_TEST(st.mean()[1] == 2.0);
    BOOST_TEST(st.stddev()[0] == std::sqrt(1.25), tt::tolerance(1e-15));
    BOOST_TEST(st.stddev()[1] == std::sqrt(14.0), tt::tolerance(1e-15));
    const Matrix Z = st.transform(X);
    BOOST_TEST(Z(0, 0) == -1.5 / std::sqrt(1.25), tt::tolerance(1e-15));
    // The training part itself ends with mean 0 and standard deviation 1.
    const Standardizer again = Standardizer::fit(Z);
    for (std::size_t i = 0; i < 2; ++i) {
        BOOST_TEST(std::abs(again.mean()[i]) <= 1e-15);
        BOOST_TEST(again.stddev()[i] == 1.0, tt::tolerance(1e-14));
    }
    BOOST_TEST(st.constant_features().empty());
}

// Fitted on the training part, applied unchanged to the test part: the test part's
// result is (x − μ_train)/s_train exactly, not its own statistics.
BOOST_AUTO_TEST_CASE(uses_training_statistics_only) {
    const auto parts = redes::data::stratified_split(redes::data::load_iris(), 0.6, 0.0, 11);
    const Standardizer st = Standardizer::fit(parts.train);
    const Standardizer on_test = Standardizer::fit(parts.test);
    const Matrix Z = st.transform(parts.test.X);
    for (std::size_t i = 0; i < Z.rows(); ++i) {
        BOOST_TEST(st.mean()[i] !=
                   on_test.mean()[i]);  // the two parts differ, so the test can tell
        for (std::size_t m = 0; m < Z.cols(); ++m)
            BOOST_TEST_REQUIRE(Z(i, m) == (parts.test.X(i, m) - st.mean()[i]) / st.stddev()[i]);
    }
    // A shifted test set stays shifted: its standardised mean is 100/s, not 0.
    const Matrix shifted = parts.test.X + Matrix(parts.test.N(), parts.test.M(), 100.0);
    const Vector mean_z = redes::row_means(st.transform(shifted));
    const Vector mean_z0 = redes::row_means(Z);
    for (std::size_t i = 0; i < mean_z.size(); ++i)
        BOOST_TEST(mean_z[i] - mean_z0[i] == 100.0 / st.stddev()[i], tt::tolerance(1e-12));
    // The DataSet form changes X only.
    const auto d = st.transform(parts.test);
    BOOST_TEST((d.X == Z));
    BOOST_TEST((d.labels == parts.test.labels));
}

// A constant feature keeps s = 1: x̃ = x − μ, finite everywhere, 0 on the training part.
BOOST_AUTO_TEST_CASE(zero_variance_feature) {
    // Row 2 is 0.1 three times: its computed μ may differ from 0.1 by rounding, s ~ 1e-17.
    const Matrix X{{1, 2, 3}, {0.1, 0.1, 0.1}, {0, 0, 0}};
    const Standardizer st = Standardizer::fit(X);
    BOOST_TEST((st.constant_features() == std::vector<std::size_t>{1, 2}));
    BOOST_TEST(st.stddev()[1] == 1.0);
    BOOST_TEST(st.stddev()[2] == 1.0);
    const Matrix Z = st.transform(X);
    BOOST_TEST(redes::all_finite(Z));
    for (std::size_t m = 0; m < 3; ++m) {
        BOOST_TEST(std::abs(Z(1, m)) <= 1e-16);
        BOOST_TEST(Z(2, m) == 0.0);
    }
    const Vector z = st.transform(Vector{5, 0.1, 3});
    BOOST_TEST(z[2] == 3.0);  // the raw deviation outside the training part
}

BOOST_AUTO_TEST_CASE(digits_corner_pixels_are_constant) {
    const auto parts = redes::data::stratified_split(redes::data::load_digits(), 0.7, 0.0, 2);
    const Standardizer st = Standardizer::fit(parts.train);
    BOOST_TEST(!st.constant_features().empty());
    BOOST_TEST(st.constant_features().front() == 0u);  // pixel (1,1) is always 0
    BOOST_TEST(redes::all_finite(st.transform(parts.test.X)));
}

BOOST_AUTO_TEST_CASE(bad_input) {
    BOOST_CHECK_EXCEPTION(Standardizer::fit(Matrix(3, 0)), redes::ValueError,
                          message_has({"Standardizer::fit", "no samples", "(3×0)"}));
    Matrix X{{1, 2}, {3, 4}};
    X(1, 0) = std::nan("");
    BOOST_CHECK_EXCEPTION(Standardizer::fit(X), redes::ValueError,
                          message_has({"Standardizer::fit", "NaN"}));
    const Standardizer st = Standardizer::fit(Matrix{{1, 2}, {3, 5}});
    BOOST_CHECK_EXCEPTION(st.transform(Matrix(3, 4)), redes::ShapeError,
                          message_has({"Standardizer::transform", "(3×4)", "N = 2"}));
    BOOST_CHECK_EXCEPTION(Standardizer(Vector{0, 0}, Vector{1, 0}), redes::ValueError,
                          message_has({"s_1 = 0", "> 0"}));
    BOOST_CHECK_EXCEPTION(Standardizer(Vector{0, 0}, Vector{1}), redes::ShapeError,
                          message_has({"2 means but 1 standard deviations"}));
}

BOOST_AUTO_TEST_SUITE_END()
