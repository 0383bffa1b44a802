// Chapter 03: the empirical risk R̂(θ) estimates R(θ), and its minimiser approaches argmin R
// like 1/√M. World: X ∼ N(1, 1), Y = 2X + ε, ε ∼ N(0, 1); f(x; θ) = θx; J = (y − θx)².
#include <boost/test/unit_test.hpp>

#include <cmath>
#include <string>
#include <vector>

#include "../chapters/03_empirical_risk/sections.hpp"
#include "../chapters/03_empirical_risk/world.hpp"
#include "chapter_runner.hpp"
#include "redes/models/least_squares.hpp"
#include "redes/stats/monte_carlo.hpp"

using redes::Rng;
namespace st = redes::stats;

namespace {
const double a = 2.0, sigma = 1.0, EX2 = ch03::EX2;  // E[X²] = μ² + s² = 2

// R(θ) = (a − θ)² E[X²] + σ², the chapter's own function
double risk(double theta) { return ch03::risk(theta, a, sigma); }

ch03::Sample draw(std::size_t M, Rng& rng) { return ch03::draw_sample(M, a, sigma, rng); }

// R̂(θ) = (1/M) Σ (y_m − θ x_m)², as a Monte Carlo estimate with its SE
st::Estimate empirical_risk_se(double theta, const ch03::Sample& d) {
    std::vector<double> J(d.y.size());
    for (std::size_t m = 0; m < J.size(); ++m) J[m] = std::pow(d.y[m] - theta * d.X(0, m), 2);
    return st::estimate_mean(J);
}

// The colour `lc rgb '#……'` of the series titled `title` in a gnuplot script.
std::string colour_of(const std::string& script, const std::string& title) {
    const std::size_t at = script.find("title '" + title + "'");
    if (at == std::string::npos) return "";
    const std::size_t line = script.rfind('\n', at) + 1;
    const std::size_t c = script.find("lc rgb '", line);
    if (c > at) return "";
    return script.substr(c + 8, script.find('\'', c + 8) - (c + 8));
}
}  // namespace

BOOST_AUTO_TEST_SUITE(ch03_empirical_risk)

BOOST_AUTO_TEST_CASE(empirical_risk_estimates_the_risk) {
    Rng rng(1);
    const ch03::Sample d = draw(10000, rng);
    for (double theta : {0.0, 1.0, 2.0, 3.5}) {
        const st::Estimate e = empirical_risk_se(theta, d);
        BOOST_TEST_INFO("θ = " << theta << ": R̂ = " << e.mean << " ± " << e.se
                               << ", R = " << risk(theta));
        BOOST_TEST(std::abs(e.mean - risk(theta)) < 4 * e.se);
    }
}

BOOST_AUTO_TEST_CASE(closed_form_is_the_argmin_of_the_empirical_risk) {
    // θ̂ = Σ y x / Σ x² (least squares without bias) and R̂ is larger on both sides of it.
    Rng rng(2);
    const ch03::Sample d = draw(50, rng);
    const double theta_hat = ch03::argmin_empirical_risk(d);
    BOOST_TEST(theta_hat == redes::least_squares(d.X, d.y, false).w[0]);
    BOOST_TEST(ch03::empirical_risk(theta_hat, d) == empirical_risk_se(theta_hat, d).mean,
               boost::test_tools::tolerance(1e-13));
    double sxy = 0, sxx = 0;
    for (std::size_t m = 0; m < 50; ++m) sxy += d.y[m] * d.X(0, m), sxx += d.X(0, m) * d.X(0, m);
    BOOST_TEST(theta_hat == sxy / sxx, boost::test_tools::tolerance(1e-13));
    const double at = empirical_risk_se(theta_hat, d).mean;
    for (double h : {1e-3, 1e-2, 0.1, 1.0}) {
        BOOST_TEST(empirical_risk_se(theta_hat + h, d).mean > at);
        BOOST_TEST(empirical_risk_se(theta_hat - h, d).mean > at);
    }
}

BOOST_AUTO_TEST_CASE(argmin_approaches_the_true_minimiser_like_one_over_root_M) {
    // θ̂ − θ* = Σ x_m ε_m / Σ x_m², so E[(θ̂ − θ*)²] = σ² E[1/Σ x²] ≈ σ²/(M E[X²]);
    // the approximation is off by a factor 1 + O(1/M) (≈ 1.5% at M = 100, far below the
    // 4-SE tolerance of R = 400 repetitions, about 28%).
    Rng rng(3);
    const std::size_t R = 400;
    std::vector<double> sq100(R), sq10k(R);
    for (std::size_t r = 0; r < R; ++r) {
        double sxy = 0, sxx = 0;
        for (std::size_t m = 1; m <= 10000; ++m) {
            const double x = rng.normal(1.0, 1.0), y = a * x + rng.normal(0.0, sigma);
            sxy += x * y, sxx += x * x;
            if (m == 100) sq100[r] = std::pow(sxy / sxx - a, 2);
        }
        sq10k[r] = std::pow(sxy / sxx - a, 2);
    }
    const st::Estimate e1 = st::estimate_mean(sq100), e2 = st::estimate_mean(sq10k);
    BOOST_TEST(std::abs(e1.mean - sigma * sigma / (100 * EX2)) < 4 * e1.se);
    BOOST_TEST(std::abs(e2.mean - sigma * sigma / (10000 * EX2)) < 4 * e2.se);
    const double ratio = std::sqrt(e1.mean / e2.mean);
    const double rel_se =
        std::sqrt(std::pow(e1.se / (2 * e1.mean), 2) + std::pow(e2.se / (2 * e2.mean), 2));
    BOOST_TEST_INFO("RMS ratio " << ratio << " ± " << rel_se * ratio);
    BOOST_TEST(std::abs(ratio - 10.0) < 4 * rel_se * 10.0);
    // and the learned parameter's true risk approaches the best one: R(θ̂) − R(θ*) = E[X²](θ̂ − θ*)²
    BOOST_TEST(risk(a + std::sqrt(e2.mean)) - risk(a) < 1e-3);
}

BOOST_AUTO_TEST_CASE(median_distance_follows_the_normal_prediction) {
    // The chapter's own experiment (argmin_spread) over R = 400 repetitions: median |θ̂_M − θ*|
    // against 0.6745 σ/√(M E[X²]). The sample median of |Z| has relative SE
    // 1/(2·2φ(0.6745)·0.6745·√R) ≈ 5.8 %; 4 SE ≈ 23 %, so 25 % (M ≥ 100, where the normal
    // approximation is off by O(1/M)).
    Rng rng(4);
    const ch03::Spread sp = ch03::argmin_spread(a, sigma, 400, 10000, rng);
    BOOST_TEST(sp.M.front() == 10u);
    BOOST_TEST(sp.M.back() == 10000u);
    for (std::size_t k = 4; k < sp.M.size(); ++k) {
        BOOST_TEST_INFO("M = " << sp.M[k] << ": median " << sp.median[k] << ", predicted "
                               << sp.guide[k]);
        BOOST_TEST(std::abs(sp.median[k] / sp.guide[k] - 1) < 0.25);
        BOOST_TEST(sp.q10[k] < sp.median[k]);
        BOOST_TEST(sp.median[k] < sp.q90[k]);
    }
    // slope −1/2: a thousand times the samples, about a thirtieth (1/√1000) of the distance
    const double ratio = sp.median.back() / sp.median.front();
    BOOST_TEST_INFO("median ratio M = 10000 / M = 10: " << ratio);
    BOOST_TEST(ratio > 1 / std::sqrt(1000.0) / 1.35);
    BOOST_TEST(ratio < 1 / std::sqrt(1000.0) * 1.35);
}

BOOST_AUTO_TEST_CASE(excess_risk_falls_like_one_over_M_twice_as_fast_as_the_distance) {
    // R(θ̂) − R(θ*) = E[X²](θ̂ − θ*)² ≈ (σ²/M) χ²₁, median 0.4549 σ²/M. The sample median of χ²₁
    // over R = 400 has relative SE 1/(2 f(0.4549)·0.4549·√R) ≈ 12 %; 4 SE ≈ 47 %, so 50 %.
    Rng rng(5);
    const ch03::Spread sp = ch03::argmin_spread(a, sigma, 400, 10000, rng);
    for (std::size_t k = 4; k < sp.M.size(); k += 4) {
        BOOST_TEST_INFO("M = " << sp.M[k] << ": median excess " << sp.excess_median[k]);
        BOOST_TEST(std::abs(sp.excess_median[k] / sp.excess_guide[k] - 1) < 0.5);
    }
    // slope −1 on log-log axes: from M = 10 to M = 10000 the excess risk falls about 1000×,
    // the distance only about 32× (the excess is the distance squared times E[X²])
    const double ratio = sp.excess_median.back() / sp.excess_median.front();
    BOOST_TEST_INFO("excess ratio M = 10000 / M = 10: " << ratio);
    BOOST_TEST(ratio > 1e-3 / 2);
    BOOST_TEST(ratio < 1e-3 * 2);
}

BOOST_AUTO_TEST_CASE(the_distance_does_not_depend_on_the_slope) {
    // θ̂_M − a = Σ x_m ε_m / Σ x_m²: the same draws give the same distances for a = 2 and a = −1
    // (up to the rounding of Σ x_m y_m / Σ x_m² − a).
    Rng r1(6), r2(6);
    const ch03::Spread s2 = ch03::argmin_spread(2.0, sigma, 50, 1000, r1);
    const ch03::Spread sm1 = ch03::argmin_spread(-1.0, sigma, 50, 1000, r2);
    for (std::size_t k = 0; k < s2.M.size(); ++k) {
        BOOST_TEST(s2.median[k] == sm1.median[k], boost::test_tools::tolerance(1e-9));
        BOOST_TEST(s2.q90[k] == sm1.q90[k], boost::test_tools::tolerance(1e-9));
    }
}

BOOST_AUTO_TEST_CASE(distance_grows_like_sigma_excess_risk_like_sigma_squared) {
    // ε_m = σ z_m from the same z_m for one seed: θ̂_M − θ* = σ Σ x_m z_m / Σ x_m², so every
    // distance is exactly 3× and every excess risk 9× when σ goes from 1 to 3.
    Rng r1(7), r3(7);
    const ch03::Spread s1 = ch03::argmin_spread(a, 1.0, 50, 1000, r1);
    const ch03::Spread s3 = ch03::argmin_spread(a, 3.0, 50, 1000, r3);
    for (std::size_t k = 0; k < s1.M.size(); ++k) {
        BOOST_TEST(s3.median[k] == 3 * s1.median[k], boost::test_tools::tolerance(1e-9));
        BOOST_TEST(s3.excess_median[k] == 9 * s1.excess_median[k],
                   boost::test_tools::tolerance(1e-9));
    }
}

BOOST_AUTO_TEST_CASE(plot_marks_theta_star_and_colours_each_argmin_like_its_curve) {
    const auto r = redes_test::run_chapter("03_empirical_risk", "--quick");
    BOOST_TEST(r.exit_code == 0, r.err);
    for (const char* stem : {"ch03_empirical_risk", "ch03_empirical_risk_zoom"}) {
        BOOST_TEST_INFO(stem);
        const std::string gp = redes_test::slurp(r.folder + "/" + stem + ".gp");
        BOOST_TEST(colour_of(gp, "θ* = argmin R (risk minimiser)") == "black");
        for (const char* M : {"10", "100", "1000"}) {
            BOOST_TEST_INFO(stem << ", M = " << M);
            const std::string curve = colour_of(gp, std::string("R̂(θ), M = ") + M);
            BOOST_TEST(curve.size() == 7u);
            BOOST_TEST(curve[0] == '#');
            BOOST_TEST(colour_of(gp, std::string("argmin R̂, M = ") + M) == curve);
        }
    }
}

BOOST_AUTO_TEST_CASE(runs_quick_and_draws_its_plots) {
    const auto r = redes_test::run_chapter("03_empirical_risk", "--quick");
    BOOST_TEST(r.exit_code == 0, r.err);
    for (const char* p : {"ch03_empirical_risk", "ch03_empirical_risk_zoom", "ch03_argmin_error",
                          "ch03_excess_risk"}) {
        BOOST_TEST_INFO("plot " << p);
        BOOST_TEST(r.has_plot(p));
    }
}

BOOST_AUTO_TEST_CASE(bad_option_is_one_clear_line) {
    const auto r = redes_test::run_chapter("03_empirical_risk", "--quick --noise 0");
    BOOST_TEST(r.exit_code == 2);
    BOOST_TEST(r.err == "ch03_empirical_risk: option --noise: 0 must be in (0, 100]\n");
}

BOOST_AUTO_TEST_SUITE_END()
