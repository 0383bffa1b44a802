// Chapter 01: the risk R{f} = E[J(f(X))] of a rule, by Monte Carlo against its closed form,
// and its growth when the distribution of X shifts away from where the rule was fitted.
#include <boost/test/unit_test.hpp>

#include <cmath>

#include "chapter_runner.hpp"
#include "redes/models/least_squares.hpp"
#include "redes/stats/monte_carlo.hpp"
#include "redes/stats/normal_moments.hpp"
#include "redes/stats/rng.hpp"

using redes::Rng;
namespace st = redes::stats;

namespace {
// The chapter's world: X ∼ N(μ, s²), Y = X² + ε, ε ∼ N(0, σ²); J = (y − f(x))², f(x) = wx + b.
struct World {
    double mu, s, sigma;
};
const double s0 = 0.5, sigma0 = 0.2;

// R{f} = E[(X² + ε − wX − b)²] = m₄ − 2w m₃ − 2b m₂ + w² m₂ + 2wb m₁ + b² + σ²
double risk_exact(double w, double b, const World& W) {
    auto m = [&](int k) { return st::normal_moment(k, W.mu, W.s); };
    return m(4) - 2 * w * m(3) - 2 * b * m(2) + w * w * m(2) + 2 * w * b * m(1) + b * b +
           W.sigma * W.sigma;
}

// (1/M) Σ (y_m − w x_m − b)² ± SE
st::Estimate risk_mc(double w, double b, const World& W, std::size_t M, Rng& rng) {
    return st::monte_carlo(M, rng, [&](Rng& r) {
        const double x = r.normal(W.mu, W.s), y = x * x + r.normal(0.0, W.sigma);
        return (y - w * x - b) * (y - w * x - b);
    });
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
