// stats: sample summaries, the Monte Carlo estimate and its standard error, running means,
// quantiles, normal moments and log-spaced sample sizes.
#include <boost/test/unit_test.hpp>

#include <cmath>
#include <limits>
#include <vector>

#include "expect_message.hpp"
#include "redes/error.hpp"
#include "redes/stats/monte_carlo.hpp"
#include "redes/stats/normal_moments.hpp"
#include "redes/stats/quantile.hpp"
#include "redes/stats/running_mean.hpp"
#include "redes/stats/sample_sizes.hpp"
#include "redes/stats/summary.hpp"

using redes::Rng;
using redes_test::message_is;
namespace st = redes::stats;
namespace tt = boost::test_tools;

BOOST_AUTO_TEST_SUITE(stats)

BOOST_AUTO_TEST_CASE(summaries_on_known_values) {
    const std::vector<double> v{1, 2, 3, 4};
    BOOST_TEST(st::sample_mean(v) == 2.5);
    // Σ(v − 2.5)² = 2.25 + 0.25 + 0.25 + 2.25 = 5, over M − 1 = 3
    BOOST_TEST(st::sample_variance(v) == 5.0 / 3.0, tt::tolerance(1e-15));
    BOOST_TEST(st::sample_std(v) == std::sqrt(5.0 / 3.0), tt::tolerance(1e-15));
    // sqrt((1 + 4 + 9 + 16)/4)
    BOOST_TEST(st::rms(v) == std::sqrt(7.5), tt::tolerance(1e-15));
    // two passes: no cancellation for a large offset
    BOOST_TEST(st::sample_variance({1e9 + 1, 1e9 + 2, 1e9 + 3, 1e9 + 4}) == 5.0 / 3.0,
               tt::tolerance(1e-12));
}

BOOST_AUTO_TEST_CASE(summaries_of_too_few_values_throw) {
    BOOST_CHECK_EXCEPTION(st::sample_mean({}), redes::ValueError,
                          message_is("sample_mean: 0 values, needs at least 1"));
    BOOST_CHECK_EXCEPTION(st::sample_variance({1.0}), redes::ValueError,
                          message_is("sample_variance: 1 values, needs at least 2"));
    BOOST_CHECK_THROW(st::rms({}), redes::ValueError);
}

BOOST_AUTO_TEST_CASE(estimate_from_values) {
    const st::Estimate e = st::estimate_mean({1, 2, 3, 4});
    BOOST_TEST(e.M == 4u);
    BOOST_TEST(e.mean == 2.5);
    BOOST_TEST(e.std == std::sqrt(5.0 / 3.0), tt::tolerance(1e-15));
    // SE = s/√M
    BOOST_TEST(e.se == std::sqrt(5.0 / 3.0) / 2.0, tt::tolerance(1e-15));
    BOOST_CHECK_EXCEPTION(st::estimate_mean({1.0}), redes::ValueError,
                          message_is(
                              "monte_carlo: M = 1 samples; the standard error s/√M needs M ≥ 2"));
    BOOST_CHECK_EXCEPTION(st::estimate_mean({1.0, std::numeric_limits<double>::infinity()}),
                          redes::ValueError, message_is("monte_carlo: g(x_2) = inf is not finite"));
}

BOOST_AUTO_TEST_CASE(monte_carlo_within_four_standard_errors) {
    Rng rng(1);
    // E[X²] = 1 for X ∼ N(0, 1)
    const st::Estimate a = st::monte_carlo(100000, rng, [](Rng& r) {
        const double x = r.normal();
        return x * x;
    });
    BOOST_TEST(a.M == 100000u);
    BOOST_TEST(std::abs(a.mean - 1.0) < 4 * a.se);
    // s estimates σ = sqrt(Var[X²]) = √2 with SE ≈ sqrt((μ₄ − σ⁴)/M)/(2σ), μ₄ = E[(X²−1)⁴] = 60:
    // sqrt(56/10⁵)/(2√2) = 0.0084, 0.6% of √2; allow 5 of those (3%)
    BOOST_TEST(a.std == std::sqrt(2.0), tt::tolerance(0.03));
    // E[e^U] = e − 1 for U ∼ U[0, 1)
    const st::Estimate b =
        st::monte_carlo(50000, rng, [](Rng& r) { return std::exp(r.uniform()); });
    BOOST_TEST(std::abs(b.mean - (std::exp(1.0) - 1.0)) < 4 * b.se);
}

BOOST_AUTO_TEST_CASE(two_standard_errors_cover_the_truth_95_percent_of_the_time) {
    // If SE = s/√M is right, |mean − E[g]| < 2 SE in 95.4% of repeated experiments.
    // Over R experiments the covered fraction has its own SE sqrt(p(1−p)/R); allow 4 of those.
    Rng rng(2);
    const std::size_t R = 4000, M = 200;
    std::size_t covered = 0;
    for (std::size_t r = 0; r < R; ++r) {
        const st::Estimate e = st::monte_carlo(M, rng, [](Rng& g) { return g.uniform(); });
        covered += std::abs(e.mean - 0.5) < 2 * e.se;
    }
    // P(|Z| < 2) = 0.9545 for a normal mean; with s estimated from M = 200 values, Student's
    // t with 199 degrees of freedom gives 0.9531. Both are well inside the tolerance (0.013).
    const double p = 0.954, frac = double(covered) / R;
    BOOST_TEST(std::abs(frac - p) < 4 * std::sqrt(p * (1 - p) / R));
}

BOOST_AUTO_TEST_CASE(running_mean_known_values) {
    // x̄_M = (1/M) Σ_{m≤M} x_m
    BOOST_TEST(st::running_mean({2, 4, 6, -12}) == (std::vector<double>{2, 3, 4, 0}));
    BOOST_TEST(st::running_mean({}).empty());
}

BOOST_AUTO_TEST_CASE(running_mean_errors_bookkeeping) {
    // draw() returns 1, 2, 3, …: sequence 1 is 1 2 3 4, sequence 2 continues 5 6 7 8.
    double next = 0.0;
    Rng rng(3);
    const redes::Matrix E =
        st::running_mean_errors({1, 2, 4}, 2, 0.5, rng, [&](Rng&) { return next += 1.0; });
    BOOST_TEST(E == (redes::Matrix{{0.5, 1.0, 2.0}, {4.5, 5.0, 6.0}}));
}

BOOST_AUTO_TEST_CASE(running_mean_errors_rejects_bad_sizes) {
    Rng rng(4);
    auto draw = [](Rng& r) { return r.uniform(); };
    BOOST_CHECK_EXCEPTION(st::running_mean_errors({10, 5}, 3, 0.0, rng, draw), redes::ValueError,
                          message_is("running_mean_errors: the sample sizes must be increasing and "
                                     "≥ 1 (M[1] = 5)"));
    BOOST_CHECK_THROW(st::running_mean_errors({0, 5}, 3, 0.0, rng, draw), redes::ValueError);
    BOOST_CHECK_EXCEPTION(st::running_mean_errors({}, 3, 0.0, rng, draw), redes::ValueError,
                          message_is("running_mean_errors: needs at least one M and one repetition "
                                     "(got 0 values of M, R = 3)"));
}

BOOST_AUTO_TEST_CASE(mean_squared_error_of_the_sample_mean_is_variance_over_M) {
    // E[(x̄_M − μ)²] = σ²/M exactly, for any distribution with a variance: U[0,1) has σ² = 1/12.
    Rng rng(5);
    const std::vector<std::size_t> Ms{10, 100, 1000};
    const redes::Matrix E =
        st::running_mean_errors(Ms, 2000, 0.5, rng, [](Rng& r) { return r.uniform(); });
    for (std::size_t k = 0; k < Ms.size(); ++k) {
        std::vector<double> sq(E.rows());
        for (std::size_t r = 0; r < E.rows(); ++r) sq[r] = E(r, k) * E(r, k);
        const st::Estimate mse = st::estimate_mean(sq);
        BOOST_TEST_INFO("M = " << Ms[k]);
        BOOST_TEST(std::abs(mse.mean - 1.0 / 12.0 / double(Ms[k])) < 4 * mse.se);
    }
}

BOOST_AUTO_TEST_CASE(quantiles_interpolate_between_order_statistics) {
    const std::vector<double> v{3, 1, 2, 4};  // sorted 1 2 3 4
    BOOST_TEST(st::quantile(v, 0.0) == 1.0);
    BOOST_TEST(st::quantile(v, 1.0) == 4.0);
    BOOST_TEST(st::median(v) == 2.5);                                     // h = 1.5
    BOOST_TEST(st::quantile(v, 0.25) == 1.75);                            // h = 0.75
    BOOST_TEST(st::quantile(v, 1.0 / 3.0) == 2.0, tt::tolerance(1e-15));  // h = 1
    BOOST_TEST(st::median({7.0}) == 7.0);
    BOOST_TEST(st::median({5, 1, 3}) == 3.0);
}

BOOST_AUTO_TEST_CASE(quantile_errors) {
    BOOST_CHECK_EXCEPTION(st::quantile({1, 2}, 1.5), redes::ValueError,
                          message_is("quantile: p = 1.5 is outside [0, 1]"));
    BOOST_CHECK_EXCEPTION(st::quantile({}, 0.5), redes::ValueError,
                          message_is("quantile: no values"));
    BOOST_CHECK_EXCEPTION(st::median({1, std::numeric_limits<double>::quiet_NaN()}),
                          redes::ValueError, message_is("quantile: a value is NaN"));
}

BOOST_AUTO_TEST_CASE(normal_moments_closed_forms) {
    const double mu = 1.5, s = 2.0;
    BOOST_TEST(st::normal_moment(0, mu, s) == 1.0);
    BOOST_TEST(st::normal_moment(1, mu, s) == mu);
    BOOST_TEST(st::normal_moment(2, mu, s) == mu * mu + s * s, tt::tolerance(1e-15));
    BOOST_TEST(st::normal_moment(3, mu, s) == std::pow(mu, 3) + 3 * mu * s * s,
               tt::tolerance(1e-15));
    BOOST_TEST(st::normal_moment(4, mu, s) ==
                   std::pow(mu, 4) + 6 * mu * mu * s * s + 3 * std::pow(s, 4),
               tt::tolerance(1e-15));
    // centred: E[Z⁶] = 5!! = 15
    BOOST_TEST(st::normal_moment(6, 0.0, 1.0) == 15.0);
    BOOST_TEST(st::normal_moment(5, 0.0, 3.0) == 0.0);
    BOOST_CHECK_THROW(st::normal_moment(-1, 0.0, 1.0), redes::ValueError);
}

BOOST_AUTO_TEST_CASE(normal_moment_agrees_with_monte_carlo) {
    Rng rng(6);
    const double mu = -0.5, s = 0.8;
    const st::Estimate e =
        st::monte_carlo(200000, rng, [&](Rng& r) { return std::pow(r.normal(mu, s), 3); });
    BOOST_TEST(std::abs(e.mean - st::normal_moment(3, mu, s)) < 4 * e.se);
}

BOOST_AUTO_TEST_CASE(log_spaced_sizes) {
    BOOST_TEST(st::log_spaced_sizes(10, 1000, 2) ==
               (std::vector<std::size_t>{10, 32, 100, 316, 1000}));
    BOOST_TEST(st::log_spaced_sizes(10, 5000, 1) ==
               (std::vector<std::size_t>{10, 100, 1000, 5000}));
    // small values round to the same integer: duplicates are dropped
    BOOST_TEST(st::log_spaced_sizes(1, 10, 10) ==
               (std::vector<std::size_t>{1, 2, 3, 4, 5, 6, 8, 10}));
    BOOST_TEST(st::log_spaced_sizes(7, 7, 3) == (std::vector<std::size_t>{7}));
    BOOST_CHECK_EXCEPTION(st::log_spaced_sizes(0, 10, 1), redes::ValueError,
                          message_is("log_spaced_sizes: needs 1 ≤ lo ≤ hi and per_decade ≥ 1 (got "
                                     "lo = 0, hi = 10, per_decade = 1)"));
    BOOST_CHECK_THROW(st::log_spaced_sizes(10, 5, 1), redes::ValueError);
    BOOST_CHECK_THROW(st::log_spaced_sizes(1, 5, 0), redes::ValueError);
}

BOOST_AUTO_TEST_SUITE_END()
