// Gradient descent θ_{k+1} ← θ_k − η g_k against PyTorch's torch.optim.SGD (no momentum),
// the learning-rate checks shared by every optimizer, and make_optimizer.
#include <boost/test/unit_test.hpp>

#include "optim_golden.hpp"
#include "redes/error.hpp"
#include "redes/optim/make_optimizer.hpp"
#include "redes/optim/optimizer.hpp"

using redes::Vector;

namespace {
bool message_has(const std::exception& e, const std::string& part) {
    return std::string(e.what()).find(part) != std::string::npos;
}
}  // namespace

BOOST_AUTO_TEST_SUITE(optim_gd)

BOOST_AUTO_TEST_CASE(gd_matches_pytorch_sgd_on_quadratic_and_rosenbrock) {
    for (const char* name : {"gd_quadratic", "gd_rosenbrock"}) {
        const auto& run = optim_golden::get(name);
        BOOST_TEST_REQUIRE(run.path.size() == 51u);
        const double err =
            optim_golden::path_relative_error(optim_golden::redes_path(run), run.path);
        BOOST_TEST_MESSAGE(name << ": max relative error " << err);
        BOOST_TEST(err <= 1e-10, name << ": " << err);
    }
}

BOOST_AUTO_TEST_CASE(gd_step_is_the_formula) {
    // θ_1 = θ_0 − η g_0 with dyadic numbers: exact.
    redes::GradientDescent gd(0.25);
    Vector theta{1.0, -2.0};
    gd.step(theta, Vector{4.0, 8.0});
    BOOST_TEST(theta == (Vector{0.0, -4.0}));
}

BOOST_AUTO_TEST_CASE(gd_converges_on_the_quadratic) {
    // The eigenvalues of A are 0.052, 1.72, 4.42: η = 0.2 < 2/λ_max converges to θ* = c.
    redes::GradientDescent gd(0.2);
    const auto path =
        redes::optimizer_path(gd, optim_golden::grad_quadratic, Vector{-2.0, 3.0, 1.0}, 3000);
    BOOST_TEST(redes::norm_inf(path.back() - optim_golden::quadratic_minimum()) < 1e-9);
}

BOOST_AUTO_TEST_CASE(bad_learning_rate_names_optimizer_and_value) {
    BOOST_CHECK_EXCEPTION(redes::GradientDescent(-0.1), redes::ValueError,
                          [](const redes::ValueError& e) {
                              return std::string(e.what()) ==
                                     "gd: learning rate η = -0.1 must be positive and finite";
                          });
    BOOST_CHECK_EXCEPTION(redes::GradientDescent(0.0), redes::ValueError,
                          [](const redes::ValueError& e) { return message_has(e, "η = 0 "); });
    redes::GradientDescent gd(0.1);
    BOOST_CHECK_EXCEPTION(gd.set_eta(std::nan("")), redes::ValueError,
                          [](const redes::ValueError& e) {
                              return message_has(e, "gd: learning rate η = nan");
                          });
    BOOST_TEST(gd.eta() == 0.1);  // unchanged after the failed set_eta
}

BOOST_AUTO_TEST_CASE(step_with_mismatched_sizes_throws_shape_error) {
    redes::GradientDescent gd(0.1);
    Vector theta(3);
    BOOST_CHECK_EXCEPTION(gd.step(theta, Vector(2)), redes::ShapeError,
                          [](const redes::ShapeError& e) {
                              return std::string(e.what()) ==
                                     "gd step: θ of size 3 and gradient g of size 2";
                          });
}

BOOST_AUTO_TEST_CASE(divergent_path_throws_with_the_step) {
    // η = 1 on the quadratic: λ_max η = 4.42 > 2, |θ| grows like 3.42^k and overflows near k ≈ 580.
    redes::GradientDescent gd(1.0);
    BOOST_CHECK_EXCEPTION(redes::optimizer_path(gd, optim_golden::grad_quadratic,
                                                Vector{-2.0, 3.0, 1.0}, 5000),
                          redes::DivergenceError, [](const redes::DivergenceError& e) {
                              return message_has(e, "gd path: step k = ") &&
                                     message_has(e, "lower the learning rate η (η_k = 1)");
                          });
}

BOOST_AUTO_TEST_CASE(make_optimizer_builds_every_name) {
    for (const std::string& n : redes::optimizer_names()) {
        auto opt = redes::make_optimizer(n, 0.01);
        BOOST_TEST(opt->eta() == 0.01);
        // Each moves θ against a positive gradient on its first step.
        Vector theta{1.0};
        opt->step(theta, Vector{2.0});
        BOOST_TEST(theta[0] < 1.0, n);
    }
    BOOST_TEST(redes::make_optimizer("momentum", 0.1)->name() == "momentum");
    BOOST_CHECK_EXCEPTION(redes::make_optimizer("adamw", 0.1), redes::ValueError,
                          [](const redes::ValueError& e) {
                              return message_has(e, "unknown optimizer \"adamw\"") &&
                                     message_has(e, "adam");
                          });
}

BOOST_AUTO_TEST_SUITE_END()
