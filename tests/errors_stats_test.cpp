// Bad input to redes/stats (docs/errors.md, "stats"): each refusal is a typed error whose
// message names the function and the offending value.
#include <boost/test/unit_test.hpp>

#include <cmath>
#include <limits>

#include "expect_message.hpp"
#include "redes/error.hpp"
#include "redes/linalg.hpp"
#include "redes/stats/monte_carlo.hpp"
#include "redes/stats/normal_moments.hpp"
#include "redes/stats/rng.hpp"
#include "redes/stats/summary.hpp"
#include "redes/stats/unit_stats.hpp"

using redes::ValueError;
using redes_test::message_is;
namespace st = redes::stats;

namespace {
const double NaN = std::numeric_limits<double>::quiet_NaN();
const double Inf = std::numeric_limits<double>::infinity();
}  // namespace

BOOST_AUTO_TEST_SUITE(errors_stats)

BOOST_AUTO_TEST_CASE(rng_normal_refuses_a_negative_or_non_finite_scale) {
    redes::Rng rng(1);
    BOOST_CHECK_EXCEPTION(rng.normal(0.0, -1.0), ValueError,
                          message_is(
                              "Rng::normal: μ = 0, s = -1: needs a finite μ and a finite s ≥ 0"));
    BOOST_CHECK_EXCEPTION(rng.normal(0.0, NaN), ValueError,
                          message_is(
                              "Rng::normal: μ = 0, s = nan: needs a finite μ and a finite s ≥ 0"));
    BOOST_CHECK_EXCEPTION(rng.normal(Inf, 1.0), ValueError,
                          message_is(
                              "Rng::normal: μ = inf, s = 1: needs a finite μ and a finite s ≥ 0"));
    // s = 0 is a point mass at μ, not an error
    BOOST_TEST(rng.normal(2.5, 0.0) == 2.5);
}

BOOST_AUTO_TEST_CASE(sample_statistics_refuse_nan) {
    BOOST_CHECK_EXCEPTION(st::sample_mean({1.0, NaN}), ValueError,
                          message_is("sample_mean: value 1 is NaN"));
    BOOST_CHECK_EXCEPTION(st::sample_variance({1.0, 2.0, NaN}), ValueError,
                          message_is("sample_variance: value 2 is NaN"));
    BOOST_CHECK_EXCEPTION(st::rms({NaN}), ValueError, message_is("rms: value 0 is NaN"));
    BOOST_CHECK_EXCEPTION(st::rms({}), ValueError, message_is("rms: 0 values, needs at least 1"));
}

BOOST_AUTO_TEST_CASE(monte_carlo_needs_two_samples) {
    redes::Rng rng(1);
    BOOST_CHECK_EXCEPTION(st::monte_carlo(1, rng, [](redes::Rng& r) { return r.uniform(); }),
                          ValueError,
                          message_is(
                              "monte_carlo: M = 1 samples; the standard error s/√M needs M ≥ 2"));
    BOOST_CHECK_EXCEPTION(st::monte_carlo(3, rng, [](redes::Rng&) { return NaN; }), ValueError,
                          message_is("monte_carlo: g(x_1) = nan is not finite"));
}

BOOST_AUTO_TEST_CASE(normal_moment_of_negative_order) {
    BOOST_CHECK_EXCEPTION(st::normal_moment(-1, 0.0, 1.0), ValueError,
                          message_is("normal_moment: order k = -1 must be ≥ 0"));
}

BOOST_AUTO_TEST_CASE(unit_statistics_of_an_empty_matrix) {
    BOOST_CHECK_EXCEPTION(redes::active_fraction(redes::Matrix(0, 4)), ValueError,
                          message_is("active_fraction: empty matrix (0×4)"));
    BOOST_CHECK_EXCEPTION(redes::entry_std(redes::Matrix(2, 0)), ValueError,
                          message_is("entry_std: empty matrix (2×0)"));
}

BOOST_AUTO_TEST_SUITE_END()
