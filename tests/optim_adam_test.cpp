// Adam, the notes' box (δ = 1e-8 outside the root, ρ₁ = 0.9, ρ₂ = 0.999):
//   s ← ρ₁s + (1−ρ₁)g; r ← ρ₂r + (1−ρ₂)g⊙g; ŝ = s/(1−ρ₁^{k+1}); r̂ = r/(1−ρ₂^{k+1});
//   θ ← θ − η ŝ/(δ + √r̂)
// PyTorch's torch.optim.Adam is the same formula: tested against it (also with η_k changing);
// the δ-inside variant against a plain implementation written here.
#include <boost/test/unit_test.hpp>

#include <cmath>
#include <vector>

#include "optim_golden.hpp"
#include "redes/error.hpp"
#include "redes/optim/adam.hpp"
#include "redes/optim/optimizer_path.hpp"

namespace tt = boost::test_tools;
using redes::Vector;

BOOST_AUTO_TEST_SUITE(optim_adam)

BOOST_AUTO_TEST_CASE(adam_matches_torch_adam) {
    for (const char* name : {"adam_quadratic", "adam_rosenbrock", "adam_rosenbrock_linear"}) {
        const auto& run = optim_golden::get(name);
        const double err =
            optim_golden::path_relative_error(optim_golden::redes_path(run), run.path);
        BOOST_TEST_MESSAGE(name << ": max relative error " << err);
        BOOST_TEST(err <= 1e-10, name << ": " << err);
    }
}

BOOST_AUTO_TEST_CASE(defaults_are_the_notes_constants) {
    redes::Adam adam(0.001);
    BOOST_TEST(adam.rho1() == 0.9);
    BOOST_TEST(adam.rho2() == 0.999);
    BOOST_TEST(adam.delta() == 1e-8);
    BOOST_TEST((adam.delta_placement() == redes::DeltaPlacement::outside_sqrt));
}

BOOST_AUTO_TEST_CASE(delta_inside_matches_the_plain_formula) {
    const double eta = 0.05, rho1 = 0.9, rho2 = 0.999, delta = 1e-8;
    redes::Adam adam(eta, rho1, rho2, delta, redes::DeltaPlacement::inside_sqrt);
    const Vector theta0{-1.2, 1.0};
    const auto ours = redes::optimizer_path(adam, optim_golden::grad_rosenbrock, theta0, 50);
    std::vector<double> th{-1.2, 1.0}, s(2, 0.0), r(2, 0.0);
    std::vector<Vector> plain{theta0};
    for (int k = 0; k < 50; ++k) {
        const Vector g = optim_golden::grad_rosenbrock(Vector(th));
        for (int i = 0; i < 2; ++i) {
            s[i] = rho1 * s[i] + (1 - rho1) * g[i];
            r[i] = rho2 * r[i] + (1 - rho2) * g[i] * g[i];
            const double s_hat = s[i] / (1 - std::pow(rho1, k + 1));
            const double r_hat = r[i] / (1 - std::pow(rho2, k + 1));
            th[i] -= eta * s_hat / std::sqrt(delta + r_hat);
        }
        plain.emplace_back(th);
    }
    BOOST_TEST(optim_golden::path_relative_error(ours, plain) <= 1e-10);
}

BOOST_AUTO_TEST_CASE(bias_correction_makes_every_step_eta_for_a_constant_gradient) {
    // With g_k = g for all k: s_k = (1 − ρ₁^k) g and r_k = (1 − ρ₂^k) g², so ŝ = g, r̂ = g²
    // and every step moves θ by η g/(δ + |g|) ≈ η sign(g), from the first step on.
    redes::Adam adam(0.1);
    Vector theta{0.0, 0.0};
    const Vector g{3.0, -0.5};
    for (int k = 0; k < 20; ++k) {
        const Vector before = theta;
        adam.step(theta, g);
        for (int i = 0; i < 2; ++i)
            BOOST_TEST(before[i] - theta[i] == 0.1 * g[i] / (1e-8 + std::abs(g[i])),
                       tt::tolerance(1e-12));
    }
    BOOST_TEST(adam.k() == 20u);
    // The state keeps the uncorrected moment: s_20 = (1 − 0.9^20) g.
    BOOST_TEST(adam.s()[0] == (1 - std::pow(0.9, 20)) * 3.0, tt::tolerance(1e-12));
}

BOOST_AUTO_TEST_CASE(notes_in_place_correction_read_literally_is_wrong) {
    // The notes write "s_{k+1} ← s_{k+1}/(1 − ρ₁^{k+1}) y r_{k+1} ← r_{k+1}/(1 − ρ₂^{k+1})".
    // Read as assignments, the corrected values become the state of the next step. With a
    // constant gradient the second step then moves by η · (1/(1 − ρ₁²)) / √(1/(1 − ρ₂²))
    // = η √(1 − ρ₂²)/(1 − ρ₁²) ≈ 0.2353 η instead of η (Kingma & Ba, PyTorch, this library).
    const double eta = 0.1, rho1 = 0.9, rho2 = 0.999, delta = 1e-8, g = 2.0;
    double s = 0.0, r = 0.0, theta = 0.0, step2_literal = 0.0;
    for (int k = 0; k < 2; ++k) {
        s = rho1 * s + (1 - rho1) * g;
        r = rho2 * r + (1 - rho2) * g * g;
        s = s / (1 - std::pow(rho1, k + 1));  // overwrites the state: the literal reading
        r = r / (1 - std::pow(rho2, k + 1));
        const double before = theta;
        theta -= eta * s / (delta + std::sqrt(r));
        step2_literal = before - theta;
    }
    BOOST_TEST(step2_literal == eta * std::sqrt(1 - rho2 * rho2) / (1 - rho1 * rho1),
               tt::tolerance(1e-6));

    redes::Adam adam(eta, rho1, rho2, delta);
    Vector th{0.0};
    adam.step(th, Vector{g});
    const double before = th[0];
    adam.step(th, Vector{g});
    BOOST_TEST(before - th[0] == eta, tt::tolerance(1e-8));
    BOOST_TEST(step2_literal < 0.25 * (before - th[0]));
}

BOOST_AUTO_TEST_CASE(bad_constants_name_the_constant_and_value) {
    BOOST_CHECK_EXCEPTION(redes::Adam(0.1, 1.0), redes::ValueError, [](const redes::ValueError& e) {
        return std::string(e.what()) == "adam: ρ₁ = 1 must be in [0, 1)";
    });
    BOOST_CHECK_EXCEPTION(redes::Adam(0.1, 0.9, -0.999), redes::ValueError,
                          [](const redes::ValueError& e) {
                              return std::string(e.what()) == "adam: ρ₂ = -0.999 must be in [0, 1)";
                          });
    BOOST_CHECK_EXCEPTION(redes::Adam(0.1, 0.9, 0.999, 0.0), redes::ValueError,
                          [](const redes::ValueError& e) {
                              return std::string(e.what()) ==
                                     "adam: δ = 0 must be positive and finite";
                          });
    redes::Adam adam(0.1);
    Vector theta(2);
    BOOST_CHECK_EXCEPTION(adam.step(theta, Vector(1)), redes::ShapeError,
                          [](const redes::ShapeError& e) {
                              return std::string(e.what()) ==
                                     "adam step: θ of size 2 and gradient g of size 1";
                          });
}

BOOST_AUTO_TEST_CASE(reset_forgets_the_moments_and_k) {
    redes::Adam adam(0.1);
    Vector a{1.0, 1.0};
    for (int k = 0; k < 5; ++k) adam.step(a, Vector{1.0, -1.0});
    adam.reset();
    BOOST_TEST(adam.k() == 0u);
    // After reset, the first step is again η sign(g), as from a fresh Adam.
    Vector b{0.0, 0.0};
    adam.step(b, Vector{4.0, -4.0});
    BOOST_TEST(b[0] == -0.1, tt::tolerance(1e-8));
}

BOOST_AUTO_TEST_SUITE_END()
