// Chapter 07 — Funciones de activación: σ′ of every activation equals a central difference away
// from the kink, and G_σ′(z) = ∂σ/∂z is diagonal, diag(σ′(z)).
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <limits>
#include <sstream>
#include <string>
#include <vector>

#include "../chapters/07_activations/sections.hpp"
#include "chapter_runner.hpp"
#include "expect_message.hpp"
#include "redes/activations/activation.hpp"
#include "redes/linalg.hpp"
#include "redes/stats/rng.hpp"

namespace tt = boost::test_tools;
using redes::Activation;
using redes::Matrix;
using redes::Vector;

namespace {

// Every activation the library knows, LeakyReLU with a few α.
std::vector<Activation> every_activation() {
    std::vector<Activation> acts;
    for (const std::string& n : Activation::names()) acts.push_back(Activation::from_name(n));
    acts.push_back(Activation::leaky_relu(0.1));
    acts.push_back(Activation::leaky_relu(-0.5));
    return acts;
}

// (σ(z + h) − σ(z − h)) / 2h
double central_difference(const Activation& a, double z, double h) {
    return (a.sigma(z + h) - a.sigma(z - h)) / (2 * h);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(ch07_activations)

// With h = 1e-5 the truncation error h²|σ‴|/6 is below 1e-10 and the rounding error ε|σ|/h is
// about 2e-11·|σ| ≤ 1e-10 on [−4, 4]; relative to |σ′| ≥ 1e-3 (tanh′(4)) both stay below 1e-7.
BOOST_AUTO_TEST_CASE(sigma_prime_matches_central_differences_away_from_kinks) {
    const double h = 1e-5;
    for (const Activation& a : every_activation()) {
        double checked = 0;
        for (int i = 0; i <= 800; ++i) {
            const double z = -4.0 + 0.01 * i + 0.003;  // a grid that never hits the kink at 0
            BOOST_REQUIRE(std::abs(z) > 2 * h);
            const double an = a.sigma_prime(z), nu = central_difference(a, z, h);
            const double rel = std::abs(an - nu) / std::max(std::abs(an) + std::abs(nu), 1e-300);
            BOOST_TEST(rel <= 1e-7,
                       a.name() << " at z = " << z << ": σ′ = " << an << ", difference " << nu);
            checked += std::abs(an);
        }
        BOOST_TEST(checked > 1.0, a.name() << ": the derivative checked is not identically zero");
    }
}

BOOST_AUTO_TEST_CASE(known_values_of_sigma_and_sigma_prime) {
    const Activation relu = Activation::relu(), leaky = Activation::leaky_relu(0.1),
                     abs = Activation::abs(), sig = Activation::sigmoid(), th = Activation::tanh(),
                     id = Activation::identity();
    // ReLU(x) = max{0, x}
    BOOST_TEST(relu.sigma(-2.0) == 0.0);
    BOOST_TEST(relu.sigma(3.0) == 3.0);
    BOOST_TEST(relu.sigma_prime(-2.0) == 0.0);
    BOOST_TEST(relu.sigma_prime(3.0) == 1.0);
    // LeakyReLU(x) = max{0, x} + α min{0, x}
    BOOST_TEST(leaky.sigma(-2.0) == -0.2, tt::tolerance(1e-15));
    BOOST_TEST(leaky.sigma(3.0) == 3.0);
    BOOST_TEST(leaky.sigma_prime(-2.0) == 0.1);
    // |x|
    BOOST_TEST(abs.sigma(-3.0) == 3.0);
    BOOST_TEST(abs.sigma_prime(-3.0) == -1.0);
    // sigmoid: σ(0) = ½, σ′ = σ(1 − σ) so σ′(0) = ¼; σ(−x) = 1 − σ(x)
    BOOST_TEST(sig.sigma(0.0) == 0.5);
    BOOST_TEST(sig.sigma_prime(0.0) == 0.25);
    BOOST_TEST(sig.sigma(-1.3) == 1.0 - sig.sigma(1.3), tt::tolerance(1e-15));
    BOOST_TEST(sig.sigma(-800.0) == 0.0);  // no overflow in exp
    BOOST_TEST(sig.sigma(800.0) == 1.0);
    // tanh: σ′ = 1 − tanh², σ′(0) = 1
    BOOST_TEST(th.sigma_prime(0.0) == 1.0);
    BOOST_TEST(th.sigma_prime(0.7) == 1.0 - std::tanh(0.7) * std::tanh(0.7), tt::tolerance(1e-14));
    // tanh(x) = 2 sigmoid(2x) − 1
    BOOST_TEST(th.sigma(0.9) == 2.0 * sig.sigma(1.8) - 1.0, tt::tolerance(1e-15));
    BOOST_TEST(id.sigma(-7.5) == -7.5);
    BOOST_TEST(id.sigma_prime(-7.5) == 1.0);
}

// At the kink the central difference straddles both sides and returns their mean, while the
// code uses the right derivative: this is why gradient checks stay away from kinks.
BOOST_AUTO_TEST_CASE(at_the_kink_a_central_difference_averages_both_sides) {
    const double h = 1e-5;
    BOOST_TEST(Activation::relu().is_kink(0.0));
    BOOST_TEST(!Activation::tanh().is_kink(0.0));
    BOOST_TEST(Activation::relu().sigma_prime(0.0) == 1.0);
    BOOST_TEST(central_difference(Activation::relu(), 0.0, h) == 0.5);
    BOOST_TEST(central_difference(Activation::abs(), 0.0, h) == 0.0);
    BOOST_TEST(central_difference(Activation::leaky_relu(0.1), 0.0, h) == 0.55,
               tt::tolerance(1e-12));
}

BOOST_AUTO_TEST_CASE(G_sigma_prime_is_diagonal_and_equals_the_numerical_jacobian) {
    redes::Rng rng(11);
    const double h = 1e-5;
    for (const Activation& a : every_activation()) {
        Vector z(7);
        for (std::size_t i = 0; i < z.size(); ++i) z[i] = rng.normal(0.0, 1.5);
        const Matrix G = a.G_sigma_prime(z);
        BOOST_TEST(G.rows() == 7u);
        BOOST_TEST(G.cols() == 7u);
        for (std::size_t i = 0; i < 7; ++i)
            for (std::size_t j = 0; j < 7; ++j) {
                if (i != j) BOOST_TEST(G(i, j) == 0.0);
                else BOOST_TEST(G(i, i) == a.sigma_prime(z[i]));
            }
        // [∂σ(z)_i/∂z_j] by central differences: moving z_j leaves σ(z)_i, i ≠ j, untouched
        for (std::size_t j = 0; j < 7; ++j) {
            Vector zp = z, zm = z;
            zp[j] += h;
            zm[j] -= h;
            const Vector col = (a.sigma(zp) - a.sigma(zm)) / (2 * h);
            for (std::size_t i = 0; i < 7; ++i) {
                if (i != j) BOOST_TEST(col[i] == 0.0);
                else BOOST_TEST(col[i] == G(j, j), tt::tolerance(1e-7));
            }
        }
    }
}

BOOST_AUTO_TEST_CASE(program_runs_and_draws) {
    const auto r = redes_test::run_chapter("07_activations", "--quick");
    BOOST_TEST(r.exit_code == 0, r.err);
    for (const char* p : {"ch07_sigma", "ch07_sigma_prime", "ch07_G_sigma_prime"})
        BOOST_TEST(r.has_plot(p), p);
    BOOST_TEST(r.out.find("largest off-diagonal entry of G and of the numerical Jacobian: 0;") !=
               std::string::npos);
}

BOOST_AUTO_TEST_CASE(bad_option_value_is_one_line_naming_the_option) {
    auto r = redes_test::run_chapter("07_activations", "--quick --N 0");
    BOOST_TEST(r.exit_code != 0);
    BOOST_TEST(r.err.find("--N") != std::string::npos, r.err);
    BOOST_TEST(std::count(r.err.begin(), r.err.end(), '\n') == 1);
    r = redes_test::run_chapter("07_activations", "--quick --h -1");
    BOOST_TEST(r.exit_code != 0);
    BOOST_TEST(r.err.find("--h") != std::string::npos, r.err);
}

// The kernels the cost experiment times compute what they are timed for: per element the exact
// σ(z_i) of Activation::sigma (the same call); one pass σ and σ′ of sigma_and_prime, for ReLU and
// the sigmoid the same bits as the scalar calls, for tanh within 8 ulp of libm (tanh_kernel.hpp's
// bound, tests/batch_workspace_test.cpp `tanh_and_derivative_match_libm`), here a relative 4e-15.
BOOST_AUTO_TEST_CASE(timed_kernels_compute_sigma_and_sigma_prime) {
    redes::Rng rng(3);
    std::vector<double> z(1000);
    for (double& zi : z) zi = rng.normal(0.0, 1.5);
    z[0] = 0.0;  // the kink: the right derivative
    for (const Activation& a : {Activation::relu(), Activation::sigmoid(), Activation::tanh()}) {
        std::vector<double> x(z.size(), -7.0), dx(z.size(), -7.0);
        ch07::apply(ch07::Kernel::per_element, a, z, x, dx);
        for (std::size_t i = 0; i < z.size(); ++i) BOOST_TEST(x[i] == a.sigma(z[i]));
        BOOST_TEST(dx[0] == -7.0);  // per element computes σ only
        std::fill(x.begin(), x.end(), -7.0);
        ch07::apply(ch07::Kernel::one_pass, a, z, x, dx);
        const double tol = a.kind() == redes::ActivationKind::tanh ? 4e-15 : 0.0;
        for (std::size_t i = 0; i < z.size(); ++i) {
            BOOST_TEST(std::abs(x[i] - a.sigma(z[i])) <= tol * std::abs(a.sigma(z[i])),
                       a.name() << " σ at z = " << z[i]);
            BOOST_TEST(std::abs(dx[i] - a.sigma_prime(z[i])) <= tol * a.sigma_prime(z[i]),
                       a.name() << " σ′ at z = " << z[i]);
        }
    }
    std::vector<double> x(3), dx(4);
    BOOST_CHECK_EXCEPTION(ch07::apply(ch07::Kernel::one_pass, Activation::relu(), z, x, dx),
                          redes::ShapeError,
                          redes_test::message_is("ch07::apply: z of size 1000, x of size 3 and "
                                                 "dx of size 4 must agree"));
}

// A time is positive and finite; the ratio is the median of the run-by-run ratios (not the
// ratio of the medians): with runs {1, 2, 9} and {1, 1, 1} the ratios are 1, 2, 9, median 2.
BOOST_AUTO_TEST_CASE(cost_ratio_is_the_median_of_per_run_ratios) {
    const std::vector<double> z(256, 0.5);
    const double t = ch07::ns_per_element(ch07::Kernel::per_element, Activation::relu(), z, 0.0);
    BOOST_TEST((t > 0.0 && std::isfinite(t)));
    ch07::KernelCost a{"tanh", ch07::Kernel::per_element, 256, {1.0, 2.0, 9.0}};
    ch07::KernelCost b{"relu", ch07::Kernel::per_element, 256, {1.0, 1.0, 1.0}};
    BOOST_TEST(ch07::median_ratio(a, b) == 2.0);
    b.ns_per_element = {2.0, 1.0, 3.0, 1.0};
    a.ns_per_element.push_back(
        4.0);  // runs 0.5, 2, 3, 4: an even count takes the mean of the middle two
    BOOST_TEST(ch07::median_ratio(a, b) == 2.5);
}

// The run prints one line per (kernel, σ) with min ≤ median ≤ max, and the CSV of the plot holds,
// per kernel, the three medians and every run of every σ (3·runs points), all positive.
BOOST_AUTO_TEST_CASE(cost_table_and_csv_hold_every_run) {
    const auto r = redes_test::run_chapter("07_activations", "--quick --runs 2");
    BOOST_TEST(r.exit_code == 0, r.err);
    BOOST_TEST(r.has_plot("ch07_activation_cost"));
    BOOST_TEST(r.out.find("of n = 4096 entries, 2 runs, nanoseconds per element") !=
                   std::string::npos,
               r.out);
    int rows = 0;
    std::istringstream lines(r.out);
    for (std::string line; std::getline(lines, line);) {
        std::istringstream in(line);
        std::string w1, w2, sigma;
        double mn = 0, med = 0, mx = 0;
        if (!(in >> w1)) continue;
        if (w1 != "per" && w1 != "one") continue;
        in >> w2;  // "per element" or "one pass"
        if (!(in >> sigma >> mn >> med >> mx)) continue;
        ++rows;
        BOOST_TEST((0 < mn && mn <= med && med <= mx), line);
    }
    BOOST_TEST(rows == 6);
    std::ifstream csv(r.folder + "/ch07_activation_cost.csv");
    std::vector<std::size_t> block_sizes;
    std::size_t points = 0;
    for (std::string line; std::getline(csv, line);) {
        if (line.rfind("# index", 0) == 0) {
            block_sizes.push_back(0);
            continue;
        }
        if (line.empty() || line[0] == '#' || line == "x,y") continue;
        double x = 0, y = 0;
        char comma = 0;
        std::istringstream in(line);
        BOOST_TEST_REQUIRE(!block_sizes.empty());
        BOOST_TEST(static_cast<bool>(in >> x >> comma >> y), line);
        BOOST_TEST(comma == ',');
        BOOST_TEST((x > 0.5 && x < 3.5 && y > 0.0 && std::isfinite(y)), line);
        ++block_sizes.back();
        ++points;
    }
    BOOST_TEST(block_sizes == (std::vector<std::size_t>{3, 6, 3, 6}), tt::per_element());
    BOOST_TEST(points == 18u);
}

BOOST_AUTO_TEST_CASE(cost_runs_out_of_range_are_refused) {
    const auto r = redes_test::run_chapter("07_activations", "--quick --runs 51");
    BOOST_TEST(r.exit_code == 2);
    BOOST_TEST(r.err == "ch07_activations: option --runs: 51 must be between 0 and 50\n");
}

// ReLU, LeakyReLU and |x| are z for z > 0 and differ only for z < 0; sigmoid and tanh are
// bounded (in (0, 1) and (−1, 1)); σ′ of the sigmoid peaks at ¼, tanh′ at 1, both at z = 0, and
// both vanish for large |z| (below 1e-3 beyond |z| = 7, i.e. saturated units do not learn).
BOOST_AUTO_TEST_CASE(shapes_the_plots_show) {
    const Activation relu = Activation::relu(), leaky = Activation::leaky_relu(0.1),
                     abs = Activation::abs(), sig = Activation::sigmoid(), th = Activation::tanh();
    for (int i = 1; i <= 400; ++i) {
        const double z = 0.01 * i;
        BOOST_TEST(relu.sigma(z) == z);
        BOOST_TEST(leaky.sigma(z) == z);
        BOOST_TEST(abs.sigma(z) == z);
        BOOST_TEST(relu.sigma(-z) == 0.0);
        BOOST_TEST(leaky.sigma(-z) != relu.sigma(-z));
        BOOST_TEST(abs.sigma(-z) == z);
    }
    BOOST_TEST(sig.sigma_prime(0.0) == 0.25);
    BOOST_TEST(th.sigma_prime(0.0) == 1.0);
    for (int i = -1000; i <= 1000; ++i) {
        const double z = 0.01 * i;
        BOOST_TEST((sig.sigma(z) > 0 && sig.sigma(z) < 1 && th.sigma(z) > -1 && th.sigma(z) < 1));
        BOOST_TEST(sig.sigma_prime(z) <= 0.25);
        BOOST_TEST(th.sigma_prime(z) <= 1.0);
        if (std::abs(z) >= 7) BOOST_TEST((sig.sigma_prime(z) < 1e-3 && th.sigma_prime(z) < 1e-3));
    }
}

// LeakyReLU with α = −1 is max{0, z} − min{0, z} = |z|: the same σ and σ′ everywhere (SOLUTIONS 3).
BOOST_AUTO_TEST_CASE(leaky_relu_with_alpha_minus_one_is_abs) {
    const Activation leaky = Activation::leaky_relu(-1.0), abs = Activation::abs();
    for (int i = -400; i <= 400; ++i) {
        const double z = 0.01 * i + 0.003;
        BOOST_TEST(leaky.sigma(z) == abs.sigma(z));
        BOOST_TEST(leaky.sigma_prime(z) == abs.sigma_prime(z));
    }
}

BOOST_AUTO_TEST_SUITE_END()
