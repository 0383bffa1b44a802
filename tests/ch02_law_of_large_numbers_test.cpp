// Chapter 02: the sample mean's error shrinks like σ/√M (uniform, exponential); for the
// Cauchy distribution, which has no mean, it does not shrink at all.
#include <boost/test/unit_test.hpp>

#include <cmath>
#include <vector>

#include "../chapters/02_law_of_large_numbers/sections.hpp"
#include "chapter_runner.hpp"
#include "redes/stats/monte_carlo.hpp"
#include "redes/stats/quantile.hpp"
#include "redes/stats/running_mean.hpp"
#include "redes/stats/summary.hpp"

using redes::Rng;
namespace st = redes::stats;

namespace {
const double pi = 3.14159265358979323846;

// MSE = (1/R) Σ_r e_r² at column k of E, with its standard error.
st::Estimate mse(const redes::Matrix& E, std::size_t k) {
    std::vector<double> sq(E.rows());
    for (std::size_t r = 0; r < E.rows(); ++r) sq[r] = E(r, k) * E(r, k);
    return st::estimate_mean(sq);
}

// median over r of |E(r, k)|
double median_abs(const redes::Matrix& E, std::size_t k) {
    std::vector<double> a(E.rows());
    for (std::size_t r = 0; r < E.rows(); ++r) a[r] = std::abs(E(r, k));
    return st::median(a);
}
}  // namespace

BOOST_AUTO_TEST_SUITE(ch02_law_of_large_numbers)

BOOST_AUTO_TEST_CASE(rms_error_shrinks_like_one_over_root_M) {
    // E[(x̄_M − μ)²] = σ²/M. Over R repetitions the MSE is a Monte Carlo mean with its own SE;
    // RMS = √MSE has relative SE ≈ SE_MSE/(2 MSE) (delta method), and the ratio
    // RMS(10²)/RMS(10⁴), expected 10, has relative SE ≈ sqrt(sum of the two squared).
    struct Case {
        const char* name;
        double mu, sigma2;
        double (*draw)(Rng&);
    };
    const Case cases[] = {{"uniform", 0.5, 1.0 / 12.0, [](Rng& r) { return r.uniform(); }},
                          {"exponential", 1.0, 1.0, [](Rng& r) { return r.exponential(1.0); }}};
    Rng rng(1);
    const std::size_t R = 300;
    for (const Case& c : cases) {
        const redes::Matrix E = st::running_mean_errors({100, 10000}, R, c.mu, rng, c.draw);
        const st::Estimate a = mse(E, 0), b = mse(E, 1);
        BOOST_TEST_INFO(c.name);
        BOOST_TEST(std::abs(a.mean - c.sigma2 / 100) < 4 * a.se);
        BOOST_TEST_INFO(c.name);
        BOOST_TEST(std::abs(b.mean - c.sigma2 / 10000) < 4 * b.se);
        const double ratio = std::sqrt(a.mean / b.mean);
        const double rel_se =
            std::sqrt(std::pow(a.se / (2 * a.mean), 2) + std::pow(b.se / (2 * b.mean), 2));
        BOOST_TEST_INFO(c.name << ": RMS(10²)/RMS(10⁴) = " << ratio << ", relative SE " << rel_se);
        BOOST_TEST(std::abs(ratio - 10.0) < 4 * rel_se * 10.0);
        BOOST_TEST(rel_se < 0.15);  // the test is sharp enough to tell 1/√M from, say, 1/M^0.4
    }
}

BOOST_AUTO_TEST_CASE(cauchy_running_mean_does_not_settle) {
    // The mean of M standard Cauchy samples is again standard Cauchy, so the median of
    // |x̄_M| is tan(π/4) = 1 for every M. The sample median of R values has SE
    // 1/(2 f(1) √R), with f(1) = 2/(π(1 + 1²)) = 1/π the density of |C| at 1: π/(2√R).
    Rng rng(2);
    const std::size_t R = 400;
    const redes::Matrix Ec =
        st::running_mean_errors({10, 1000}, R, 0.0, rng, [](Rng& r) { return r.cauchy(); });
    const double se = pi / (2 * std::sqrt(double(R)));
    BOOST_TEST(std::abs(median_abs(Ec, 0) - 1.0) < 4 * se);
    BOOST_TEST(std::abs(median_abs(Ec, 1) - 1.0) < 4 * se);
    // The normal, in contrast: median |x̄_M| = 0.6745/√M, relative SE 1/(2·2φ(0.6745)·0.6745·√R).
    const redes::Matrix En =
        st::running_mean_errors({10, 1000}, R, 0.0, rng, [](Rng& r) { return r.normal(); });
    const double rel = 1.0 / (2 * 0.6356 * 0.6745 * std::sqrt(double(R)));
    for (std::size_t k = 0; k < 2; ++k) {
        const double expected = 0.6745 / std::sqrt(k == 0 ? 10.0 : 1000.0);
        BOOST_TEST(std::abs(median_abs(En, k) - expected) < 4 * rel * expected);
    }
}

BOOST_AUTO_TEST_CASE(rms_of_R_errors_is_known_to_one_over_root_2R) {
    // RMS = √((1/R) Σ e_r²) with e_r ∼ N(0, σ²): R·RMS²/σ² ∼ χ²_R, so the RMS has relative
    // standard deviation ≈ 1/√(2R) (16 % at R = 20, 5 % at R = 200). Measured over 4000
    // experiments: the SD of an SD estimate from 4000 values is known to about 1/√8000 ≈ 1.1 %.
    Rng rng(3);
    for (std::size_t R : {20u, 200u}) {
        std::vector<double> rms(4000);
        for (double& v : rms) {
            double sum = 0;
            for (std::size_t r = 0; r < R; ++r) sum += std::pow(rng.normal(), 2);
            v = std::sqrt(sum / double(R));
        }
        const double sd = st::sample_std(rms);
        BOOST_TEST_INFO("R = " << R << ": SD of the RMS " << sd);
        BOOST_TEST(std::abs(sd * std::sqrt(2.0 * double(R)) - 1) < 0.06);
    }
}

BOOST_AUTO_TEST_CASE(exponential_rate_only_scales_the_error) {
    // Exp(λ) = Exp(1)/λ drawn from the same uniforms: with one seed, every error x̄_M − 1/λ of
    // Exp(10) is exactly a tenth of Exp(1)'s (up to rounding), so the ratio to σ/√M is the same.
    Rng r1(4), r10(4);
    const redes::Matrix E1 =
        st::running_mean_errors({10, 1000}, 30, 1.0, r1, [](Rng& r) { return r.exponential(1.0); });
    const redes::Matrix E10 = st::running_mean_errors({10, 1000}, 30, 0.1, r10,
                                                      [](Rng& r) { return r.exponential(10.0); });
    for (std::size_t r = 0; r < 30; ++r)
        for (std::size_t k = 0; k < 2; ++k)
            BOOST_TEST(E10(r, k) == E1(r, k) / 10, boost::test_tools::tolerance(1e-9));
}

BOOST_AUTO_TEST_CASE(log_log_slope_of_a_power_law_is_its_exponent) {
    // the chapter's slope: least squares of log₁₀ v on log₁₀ M, exact for v = c M^p
    const std::vector<double> Ms{10, 100, 1000, 10000, 100000};
    for (double p : {-0.5, -1.0, 0.0}) {
        std::vector<double> v;
        for (double M : Ms) v.push_back(3.0 * std::pow(M, p));
        BOOST_TEST(ch02::log_log_slope(Ms, v) == p, boost::test_tools::tolerance(1e-12));
    }
    BOOST_TEST(ch02::is_power_of_ten(1000.0));
    BOOST_TEST(!ch02::is_power_of_ten(3162.0));
}

BOOST_AUTO_TEST_CASE(runs_quick_and_draws_its_plots) {
    const auto r = redes_test::run_chapter("02_law_of_large_numbers", "--quick");
    BOOST_TEST(r.exit_code == 0, r.err);
    for (const char* p : {"ch02_lln_error", "ch02_running_means", "ch02_median_error"}) {
        BOOST_TEST_INFO("plot " << p);
        BOOST_TEST(r.has_plot(p));
    }
}

BOOST_AUTO_TEST_CASE(bad_option_is_one_clear_line) {
    const auto r = redes_test::run_chapter("02_law_of_large_numbers", "--quick --reps 1");
    BOOST_TEST(r.exit_code == 2);
    BOOST_TEST(r.err == "ch02_law_of_large_numbers: option --reps: 1 must be in [10, 10⁵]\n");
    const auto u = redes_test::run_chapter("02_law_of_large_numbers", "--quick --streams many");
    BOOST_TEST(u.exit_code == 2);
    BOOST_TEST(u.err.find("--streams") != std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()
