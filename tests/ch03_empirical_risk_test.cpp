// Chapter 03: the empirical risk R̂(θ) estimates R(θ), and its minimiser approaches argmin R
// like 1/√M. World: X ∼ N(1, 1), Y = 2X + ε, ε ∼ N(0, 1); f(x; θ) = θx; J = (y − θx)².
#include <boost/test/unit_test.hpp>

#include <cmath>
#include <vector>

#include "chapter_runner.hpp"
#include "redes/models/least_squares.hpp"
#include "redes/stats/monte_carlo.hpp"

using redes::Rng;
namespace st = redes::stats;

namespace {
const double a = 2.0, sigma = 1.0, EX2 = 2.0;  // E[X²] = μ² + s² = 2

// R(θ) = (a − θ)² E[X²] + σ²
double risk(double theta) { return (a - theta) * (a - theta) * EX2 + sigma * sigma; }

struct Sample {
    redes::Matrix X;
    redes::Vector y;
};
Sample draw(std::size_t M, Rng& rng) {
    Sample d{redes::Matrix(1, M), redes::Vector(M)};
    for (std::size_t m = 0; m < M; ++m) {
        d.X(0, m) = rng.normal(1.0, 1.0);
        d.y[m] = a * d.X(0, m) + rng.normal(0.0, sigma);
    }
    return d;
}

// R̂(θ) = (1/M) Σ (y_m − θ x_m)², as a Monte Carlo estimate with its SE
st::Estimate empirical_risk(double theta, const Sample& d) {
    std::vector<double> J(d.y.size());
    for (std::size_t m = 0; m < J.size(); ++m) J[m] = std::pow(d.y[m] - theta * d.X(0, m), 2);
    return st::estimate_mean(J);
}
}  // namespace

BOOST_AUTO_TEST_SUITE(ch03_empirical_risk)

BOOST_AUTO_TEST_CASE(empirical_risk_estimates_the_risk) {
    Rng rng(1);
    const Sample d = draw(10000, rng);
    for (double theta : {0.0, 1.0, 2.0, 3.5}) {
        const st::Estimate e = empirical_risk(theta, d);
        BOOST_TEST_INFO("θ = " << theta << ": R̂ = " << e.mean << " ± " << e.se
                               << ", R = " << risk(theta));
        BOOST_TEST(std::abs(e.mean - risk(theta)) < 4 * e.se);
    }
}

BOOST_AUTO_TEST_CASE(closed_form_is_the_argmin_of_the_empirical_risk) {
    // θ̂ = Σ y x / Σ x² (least squares without bias) and R̂ is larger on both sides of it.
    Rng rng(2);
    const Sample d = draw(50, rng);
    const double theta_hat = redes::least_squares(d.X, d.y, false).w[0];
    double sxy = 0, sxx = 0;
    for (std::size_t m = 0; m < 50; ++m) sxy += d.y[m] * d.X(0, m), sxx += d.X(0, m) * d.X(0, m);
    BOOST_TEST(theta_hat == sxy / sxx, boost::test_tools::tolerance(1e-13));
    const double at = empirical_risk(theta_hat, d).mean;
    for (double h : {1e-3, 1e-2, 0.1, 1.0}) {
        BOOST_TEST(empirical_risk(theta_hat + h, d).mean > at);
        BOOST_TEST(empirical_risk(theta_hat - h, d).mean > at);
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

BOOST_AUTO_TEST_CASE(runs_quick_and_draws_its_plots) {
    const auto r = redes_test::run_chapter("03_empirical_risk", "--quick");
    BOOST_TEST(r.exit_code == 0, r.err);
    for (const char* p : {"ch03_empirical_risk", "ch03_argmin_error", "ch03_excess_risk"}) {
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
