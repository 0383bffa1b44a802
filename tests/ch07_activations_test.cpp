// Chapter 07 — Funciones de activación: σ′ of every activation equals a central difference away
// from the kink, and G_σ′(z) = ∂σ/∂z is diagonal, diag(σ′(z)).
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <cmath>
#include <vector>

#include "chapter_runner.hpp"
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

BOOST_AUTO_TEST_SUITE_END()
