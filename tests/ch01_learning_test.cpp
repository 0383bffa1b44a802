// Chapter 01: the risk R{f} = E[J(f(X))] of a rule, by Monte Carlo against its closed form,
// and its growth when the distribution of X shifts away from where the rule was fitted.
#include <boost/test/unit_test.hpp>

#include <cmath>
#include <vector>

#include "../chapters/01_learning/sections.hpp"
#include "chapter_runner.hpp"
#include "redes/models/least_squares.hpp"
#include "redes/stats/monte_carlo.hpp"
#include "redes/stats/normal_moments.hpp"
#include "redes/stats/rng.hpp"

using redes::Rng;
namespace st = redes::stats;

namespace {
// The chapter's world: X ∼ N(μ, s²), Y = X² + ε, ε ∼ N(0, σ²); J = (y − f(x))², f(x) = wx + b.
using ch01::World;
const double s0 = 0.5, sigma0 = 0.2;

// R{f} = E[(X² + ε − wX − b)²], the chapter's closed form
double risk_exact(double w, double b, const World& W) { return ch01::risk_exact({w, b}, W); }

// (1/M) Σ (y_m − w x_m − b)² ± SE, the chapter's Monte Carlo estimate
st::Estimate risk_mc(double w, double b, const World& W, std::size_t M, Rng& rng) {
    return ch01::risk_monte_carlo({w, b}, W, M, rng);
}
}  // namespace

BOOST_AUTO_TEST_SUITE(ch01_learning)

BOOST_AUTO_TEST_CASE(tangent_rule_risk_has_the_closed_form_3s4_plus_sigma2) {
    // f(x) = 2x − 1 at μ = 1: Y − f(X) = (X − 1)² + ε, so R{f} = E[(X−1)⁴] + σ² = 3s⁴ + σ².
    const World W{1.0, s0, sigma0};
    BOOST_TEST(risk_exact(2.0, -1.0, W) == 3 * std::pow(s0, 4) + sigma0 * sigma0,
               boost::test_tools::tolerance(1e-14));
}

BOOST_AUTO_TEST_CASE(monte_carlo_risk_within_four_standard_errors) {
    Rng rng(1);
    const World W{1.0, s0, sigma0};
    for (std::size_t M : {1000u, 100000u}) {
        const st::Estimate e = risk_mc(2.0, -1.0, W, M, rng);
        BOOST_TEST_INFO("M = " << M << ": " << e.mean << " ± " << e.se);
        BOOST_TEST(std::abs(e.mean - 0.2275) < 4 * e.se);
    }
    // SE shrinks like 1/√M: 100× the samples, about a tenth of the SE (s itself is estimated,
    // and for this heavy-tailed J it is known only to about ±20% at M = 1000).
    const double se_small = risk_mc(2.0, -1.0, W, 1000, rng).se,
                 se_big = risk_mc(2.0, -1.0, W, 100000, rng).se;
    BOOST_TEST(se_small / se_big > 10 * 0.6);
    BOOST_TEST(se_small / se_big < 10 / 0.6);
}

BOOST_AUTO_TEST_CASE(fitted_line_risk_under_shift_matches_the_closed_form) {
    Rng rng(2);
    const World train{1.0, s0, sigma0};
    redes::Matrix X(1, 200);
    redes::Vector y(200);
    for (std::size_t m = 0; m < 200; ++m) {
        X(0, m) = rng.normal(train.mu, train.s);
        y[m] = X(0, m) * X(0, m) + rng.normal(0.0, train.sigma);
    }
    const redes::LinearModel f = redes::least_squares(X, y);
    const double R0 = risk_exact(f.w[0], f.b, train);
    for (double delta : {-2.0, -1.0, 0.0, 1.0, 2.0}) {
        const World shifted{1.0 + delta, s0, sigma0};
        const st::Estimate e = risk_mc(f.w[0], f.b, shifted, 20000, rng);
        const double R = risk_exact(f.w[0], f.b, shifted);
        BOOST_TEST_INFO("δ = " << delta << ": exact " << R << ", MC " << e.mean << " ± " << e.se);
        BOOST_TEST(std::abs(e.mean - R) < 4 * e.se);
        // no rule beats the noise: R ≥ σ²
        BOOST_TEST(R > sigma0 * sigma0);
    }
    // The notes' warning: two units of shift make the fitted line more than 10× worse.
    BOOST_TEST(risk_exact(f.w[0], f.b, World{3.0, s0, sigma0}) > 10 * R0);
    BOOST_TEST(risk_exact(f.w[0], f.b, World{-1.0, s0, sigma0}) > 10 * R0);
}

BOOST_AUTO_TEST_CASE(closed_form_agrees_with_an_independent_monte_carlo) {
    // The moments formula against a sum written out here, E[(X² + ε − wX − b)²] by 10⁶ draws.
    Rng rng(3);
    const World W{1.0, s0, sigma0};
    const double w = 1.7, b = -0.4;
    std::vector<double> J(1000000);
    for (double& j : J) {
        const double x = rng.normal(1.0, s0), y = x * x + rng.normal(0.0, sigma0);
        j = (y - w * x - b) * (y - w * x - b);
    }
    const st::Estimate e = st::estimate_mean(J);
    BOOST_TEST(std::abs(e.mean - risk_exact(w, b, W)) < 4 * e.se);
}

BOOST_AUTO_TEST_CASE(noise_adds_sigma_squared_to_every_rule) {
    // R{f} = E[(X² − f(X))²] + σ²: from σ = 0.2 to σ = 1 every rule's risk grows by 1 − 0.04.
    for (double w : {2.0, 1.8835, 0.0})
        for (double b : {-1.0, -0.6189, 3.0}) {
            const double R_low = risk_exact(w, b, World{1.0, s0, 0.2});
            const double R_high = risk_exact(w, b, World{1.0, s0, 1.0});
            BOOST_TEST(R_high - R_low == 0.96, boost::test_tools::tolerance(1e-12));
            BOOST_TEST(R_low >= 0.2 * 0.2);  // no rule beats the noise
        }
    // and the tangent's risk is 3s⁴ + σ²: 3·0.5⁴ + 1 = 1.1875 at σ = 1, 3·1⁴ + 0.04 at s = 1
    BOOST_TEST(risk_exact(2.0, -1.0, World{1.0, s0, 1.0}) == 1.1875,
               boost::test_tools::tolerance(1e-14));
    BOOST_TEST(risk_exact(2.0, -1.0, World{1.0, 1.0, sigma0}) == 3.04,
               boost::test_tools::tolerance(1e-14));
}

BOOST_AUTO_TEST_CASE(ten_samples_underestimate_the_standard_error_of_a_heavy_tail) {
    // J = ((X − 1)² + ε)² has a long right tail: from M = 10 samples the estimated SE is usually
    // too small, so |R̂ − R|/SE > 2 happens far more often than the 5 % of a normal average.
    // With M = 1000 the fraction is back near 5 %. 4000 repetitions: binomial SE ≤ 0.8 %.
    Rng rng(4);
    const World W{1.0, s0, sigma0};
    const double R = 3 * std::pow(s0, 4) + sigma0 * sigma0;
    auto beyond_two_se = [&](std::size_t M, std::size_t reps) {
        std::size_t far = 0;
        for (std::size_t r = 0; r < reps; ++r) {
            const st::Estimate e = risk_mc(2.0, -1.0, W, M, rng);
            if (std::abs(e.mean - R) > 2 * e.se) ++far;
        }
        return double(far) / double(reps);
    };
    const double small = beyond_two_se(10, 4000), large = beyond_two_se(1000, 1000);
    BOOST_TEST_INFO("beyond 2 SE: M = 10 " << small << ", M = 1000 " << large);
    BOOST_TEST(small > 0.10);
    BOOST_TEST(large < 0.10);
}

BOOST_AUTO_TEST_CASE(shifted_risk_is_a_quartic_in_delta_lowest_near_zero) {
    // R(δ) of a line on X ∼ N(μ₀ + δ, s²) is a polynomial of degree 4 in δ with leading
    // coefficient 1 (from E[X⁴]): its fourth difference with step h is exactly 24 h⁴.
    const double w = 1.8835, b = -0.6189, h = 0.5;
    auto R = [&](double delta) { return risk_exact(w, b, World{1.0 + delta, s0, sigma0}); };
    for (double d0 : {-2.0, 0.0, 1.5}) {
        const double fourth =
            R(d0) - 4 * R(d0 + h) + 6 * R(d0 + 2 * h) - 4 * R(d0 + 3 * h) + R(d0 + 4 * h);
        BOOST_TEST(fourth == 24 * std::pow(h, 4), boost::test_tools::tolerance(1e-9));
    }
    // lowest within a quarter of a unit of δ = 0, the world it was fitted on
    double best = 0, best_R = R(0);
    for (int k = -200; k <= 200; ++k)
        if (R(k / 100.0) < best_R) best = k / 100.0, best_R = R(k / 100.0);
    BOOST_TEST(std::abs(best) < 0.25);
    // the best line for μ₀ = 1 (w = 2μ₀, b = s² − μ₀²): R(±2) = δ⁴ + 4δ²s² + 2s⁴ + σ² = 20.165
    for (double delta : {-2.0, 2.0})
        BOOST_TEST(risk_exact(2.0, s0 * s0 - 1.0, World{1.0 + delta, s0, sigma0}) == 20.165,
                   boost::test_tools::tolerance(1e-12));
}

BOOST_AUTO_TEST_CASE(doubling_points_are_the_first_crossings_of_twice_the_risk) {
    const ch01::Line f{1.8835, -0.6189};
    const World train{1.0, s0, sigma0};
    const double R0 = ch01::risk_exact(f, train), step = 0.5 / 200;
    const ch01::Doubling d = ch01::risk_doubles_at(f, train, 0.5);
    auto R = [&](double delta) { return ch01::risk_exact(f, World{1.0 + delta, s0, sigma0}); };
    BOOST_TEST(R(d.above) >= 2 * R0);
    BOOST_TEST(R(d.above - step) < 2 * R0);
    BOOST_TEST(R(d.below) >= 2 * R0);
    BOOST_TEST(R(d.below + step) < 2 * R0);
    // a slope below 2 costs more to the right, where x² is steeper: it doubles sooner there
    BOOST_TEST(d.above < -d.below);
    // within ±0.1 the risk never doubles: NaN on both sides
    const ch01::Doubling none = ch01::risk_doubles_at(f, train, 0.1);
    BOOST_TEST(std::isnan(none.below));
    BOOST_TEST(std::isnan(none.above));
}

BOOST_AUTO_TEST_CASE(runs_quick_and_draws_its_plots) {
    const auto r = redes_test::run_chapter("01_learning", "--quick");
    BOOST_TEST(r.exit_code == 0, r.err);
    for (const char* p : {"ch01_risk_monte_carlo", "ch01_risk_shift", "ch01_shift_data"}) {
        BOOST_TEST_INFO("plot " << p);
        BOOST_TEST(r.has_plot(p));
    }
    BOOST_TEST(r.out.find("exact risk R{f}") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(same_seed_same_csv) {
    const auto a = redes_test::run_chapter("01_learning", "--quick --seed 7");
    const std::string csv_a = redes_test::slurp(a.folder + "/ch01_risk_shift.csv");
    const auto b = redes_test::run_chapter("01_learning", "--quick --seed 7");
    BOOST_TEST(!csv_a.empty());
    BOOST_TEST(csv_a == redes_test::slurp(b.folder + "/ch01_risk_shift.csv"));
    const auto c = redes_test::run_chapter("01_learning", "--quick --seed 8");
    BOOST_TEST(csv_a != redes_test::slurp(c.folder + "/ch01_risk_shift.csv"));
}

BOOST_AUTO_TEST_CASE(bad_option_is_one_clear_line) {
    const auto r = redes_test::run_chapter("01_learning", "--quick --noise -1");
    BOOST_TEST(r.exit_code == 2);
    BOOST_TEST(r.err == "ch01_learning: option --noise: -1 must be in [0, 100]\n");
    const auto u = redes_test::run_chapter("01_learning", "--quick --spread 0");
    BOOST_TEST(u.exit_code == 2);
    BOOST_TEST(u.err.find("option --spread: 0 must be in (0, 10]") != std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()
