// AdaGrad, the notes' box: r ← r + g⊙g; θ ← θ − η/(δ + √r) ⊙ g, δ = 1e-7.
// PyTorch's torch.optim.Adagrad is the same formula: tested against it directly.
#include <boost/test/unit_test.hpp>

#include <cmath>

#include "optim_golden.hpp"
#include "redes/error.hpp"
#include "redes/optim/adagrad.hpp"
#include "redes/optim/optimizer_path.hpp"
#include "redes/optim/rmsprop.hpp"

namespace tt = boost::test_tools;
using redes::Vector;

BOOST_AUTO_TEST_SUITE(optim_adagrad)

BOOST_AUTO_TEST_CASE(adagrad_matches_torch_adagrad) {
    for (const char* name : {"adagrad_quadratic", "adagrad_rosenbrock"}) {
        const auto& run = optim_golden::get(name);
        BOOST_TEST(run.get("delta") == 1e-7);  // the notes' δ
        const double err =
            optim_golden::path_relative_error(optim_golden::redes_path(run), run.path);
        BOOST_TEST_MESSAGE(name << ": max relative error " << err);
        BOOST_TEST(err <= 1e-10, name << ": " << err);
    }
}

BOOST_AUTO_TEST_CASE(first_step_moves_about_eta_per_coordinate) {
    // r_1 = g², θ_1 = θ_0 − η g/(δ + |g|): every coordinate moves by η|g|/(δ + |g|) ≈ η,
    // whatever the size of its gradient.
    redes::AdaGrad a(0.5);
    Vector theta{0.0, 0.0, 0.0};
    const Vector g{1e3, -1.0, 1e-3};
    a.step(theta, g);
    for (std::size_t i = 0; i < 3; ++i) {
        const double expected = -0.5 * g[i] / (1e-7 + std::abs(g[i]));
        BOOST_TEST(theta[i] == expected, tt::tolerance(1e-15));
        BOOST_TEST(std::abs(theta[i]) == 0.5, tt::tolerance(2e-4));  // within δ/|g| ≤ 1e-4
    }
    BOOST_TEST(a.r()[0] == 1e6);
}

BOOST_AUTO_TEST_CASE(rates_only_shrink_unlike_rmsprop) {
    // The per-coordinate rate η/(δ + √r_k): AdaGrad's r only grows, so its rate never rises;
    // RMSProp forgets old gradients, so on the quadratic (whose gradients shrink as θ → c)
    // its rate rises again. Both measured along 500 steps.
    redes::AdaGrad ada(0.5);
    redes::RMSProp rms(0.05, 0.9);
    Vector ta{-2.0, 3.0, 1.0}, tr = ta;
    double prev_ada = INFINITY, max_rise_ada = 0.0, min_rms = INFINITY, last_rms = 0.0;
    for (int k = 0; k < 500; ++k) {
        ada.step(ta, optim_golden::grad_quadratic(ta));
        rms.step(tr, optim_golden::grad_quadratic(tr));
        const double rate_ada = 0.5 / (1e-7 + std::sqrt(ada.r()[0]));
        const double rate_rms = 0.05 / std::sqrt(1e-6 + rms.r()[0]);
        max_rise_ada = std::max(max_rise_ada, rate_ada - prev_ada);
        prev_ada = rate_ada;
        min_rms = std::min(min_rms, rate_rms);
        last_rms = rate_rms;
    }
    BOOST_TEST_MESSAGE("RMSProp rate of θ_1: min " << min_rms << ", after 500 steps " << last_rms);
    BOOST_TEST(max_rise_ada <= 0.0);
    BOOST_TEST(last_rms > 10.0 * min_rms);
}

BOOST_AUTO_TEST_CASE(bad_delta_names_the_constant_and_value) {
    BOOST_CHECK_EXCEPTION(redes::AdaGrad(0.1, 0.0), redes::ValueError,
                          [](const redes::ValueError& e) {
                              return std::string(e.what()) ==
                                     "adagrad: δ = 0 must be positive and finite";
                          });
    BOOST_CHECK_EXCEPTION(redes::AdaGrad(-1.0), redes::ValueError, [](const redes::ValueError& e) {
        return std::string(e.what()) == "adagrad: learning rate η = -1 must be positive and finite";
    });
    redes::AdaGrad a(0.1);
    Vector theta(2);
    BOOST_CHECK_THROW(a.step(theta, Vector(3)), redes::ShapeError);
}

BOOST_AUTO_TEST_SUITE_END()
