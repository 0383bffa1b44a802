// The gradient checker: a right gradient passes group by group, wrong ones are rejected and
// located, all-zero gradients are not accepted, kinks are flagged, bad input is refused.
#include <boost/test/unit_test.hpp>

#include <sstream>

#include "backprop_fixtures.hpp"
#include "redes/backprop/efficient.hpp"
#include "redes/backprop/finite_differences.hpp"
#include "redes/backprop/gradient_check.hpp"
#include "redes/error.hpp"
#include "redes/risk/empirical_risk.hpp"

namespace tt = boost::test_tools;
using namespace redes;
using namespace redes_test;

namespace {
// Backprop for a 2-layer net with one deliberate bug in passing the gradient back to layer 1:
// δ_1 = W_2ᵀ δ_2, the ⊙ σ′(Z_1) forgotten. Layer 2's gradient is right.
MLPGradient backprop_forgetting_sigma_prime(const MLP& net, const Cost& J, const Matrix& X,
                                            const Matrix& Y) {
    const BatchForward c = batch_forward(net, X);
    const Matrix delta_2 = output_delta(net.sigma(2), c.Z[2], J.g_J_prime(c.X[2], Y));
    const Matrix delta_1 = input_gradient(net.W(2), delta_2);  // bug: no ⊙ σ′(Z_1)
    MLPGradient g;
    g.dW = {weight_gradient(delta_1, c.X[0]), weight_gradient(delta_2, c.X[1])};
    g.db = {bias_gradient(delta_1), bias_gradient(delta_2)};
    return g;
}
}  // namespace

BOOST_AUTO_TEST_SUITE(gradient_check)

BOOST_AUTO_TEST_CASE(relative_error_definition) {
    BOOST_TEST(relative_error(1.0, 1.0) == 0.0);
    BOOST_TEST(relative_error(1.0, -1.0) == 1.0);
    BOOST_TEST(relative_error(0.0, 0.0) == 0.0);
    BOOST_TEST(relative_error(1e-3, 2e-3) == 1.0 / 3.0, tt::tolerance(1e-15));
    BOOST_TEST(relative_error(Vector{3.0, 0.0}, Vector{0.0, 4.0}) == 5.0 / 7.0,
               tt::tolerance(1e-15));
}

BOOST_AUTO_TEST_CASE(numerical_gradient_of_a_quadratic) {
    // f(θ) = ½ θᵀAθ + cᵀθ has ∇f = Aθ + c (A symmetric); central differences are exact for
    // quadratics up to rounding (≈ ε|f|/h ≈ 1e-11).
    const Matrix A{{2.0, 0.5, 0.0}, {0.5, 1.0, -0.3}, {0.0, -0.3, 3.0}};
    const Vector c{1.0, -2.0, 0.5}, theta{0.7, -0.1, 1.3};
    const auto f = [&](const Vector& t) { return 0.5 * dot(t, A * t) + dot(c, t); };
    const Vector n = numerical_gradient(f, theta), exact = A * theta + c;
    for (std::size_t i = 0; i < 3; ++i) BOOST_TEST(n[i] == exact[i], tt::tolerance(1e-9));
    const GradientCheck check = check_gradient(f, theta, exact);
    BOOST_TEST(check.passed());
    BOOST_TEST(check.groups.size() == 1u);
    BOOST_TEST(check.groups[0].relative_error < 1e-9);
}

BOOST_AUTO_TEST_CASE(three_lines_from_the_header) {
    Rng rng(5);
    const MLP net = random_mlp({3, 4, 2}, Activation::tanh(), rng);
    const Cost J = Cost::quadratic();
    const Matrix X = random_matrix(3, 5, rng), Y = random_matrix(2, 5, rng);
    std::ostringstream out;
    // --- the three lines
    redes::MLPGradient g = redes::efficient_backprop(net, J, X, Y);
    redes::GradientCheck check = redes::check_gradient(net, J, X, Y, g);
    out << check;
    // ---
    BOOST_TEST(check.passed());
    BOOST_TEST(check.groups.size() == 4u);
    for (const GroupCheck& gc : check.groups) {
        BOOST_TEST_INFO(gc.name << " error " << gc.relative_error);
        BOOST_TEST(gc.relative_error < 1e-7);
        BOOST_TEST(gc.verdict() == "ok");
    }
    const std::string table = out.str();
    for (const char* name : {"W_1", "b_1", "W_2", "b_2", "PASSED"})
        BOOST_TEST(table.find(name) != std::string::npos);
}

BOOST_AUTO_TEST_CASE(error_in_passing_the_gradient_back_is_found_in_the_layer_before) {
    // Layer 1 comes before the layer where the bug sits; its groups must fail, layer 2's pass.
    Rng rng(8);
    const MLP net = random_mlp({3, 4, 2}, {Activation::tanh(), Activation::sigmoid()}, rng);
    const Cost J = Cost::quadratic();
    const Matrix X = random_matrix(3, 6, rng), Y = random_matrix(2, 6, rng);
    const GradientCheck check =
        check_gradient(net, J, X, Y, backprop_forgetting_sigma_prime(net, J, X, Y));
    BOOST_TEST(!check.passed());
    BOOST_TEST(check.first_failure()->name == "W_1");
    BOOST_TEST(!check.groups[0].passed);  // W_1
    BOOST_TEST(!check.groups[1].passed);  // b_1
    BOOST_TEST(check.groups[2].passed);   // W_2
    BOOST_TEST(check.groups[3].passed);   // b_2
    BOOST_TEST(check.groups[0].relative_error > 1e-2);
    BOOST_TEST(check.groups[0].verdict() == "WRONG");
    std::ostringstream out;
    out << check;
    BOOST_TEST(out.str().find("FAILED") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(small_slips_are_rejected_too) {
    Rng rng(9);
    const MLP net = random_mlp({2, 3, 1}, Activation::sigmoid(), rng);
    const Cost J = Cost::quadratic();
    const Matrix X = random_matrix(2, 4, rng), Y = random_matrix(1, 4, rng);
    MLPGradient g = efficient_backprop(net, J, X, Y);
    g.dW[0](1, 1) *= 1.0 + 1e-4;  // one entry off by 0.01 %
    const GradientCheck check = check_gradient(net, J, X, Y, g);
    BOOST_TEST(!check.groups[0].passed);
    BOOST_TEST(check.groups[0].worst == 3u);  // θ index of W_1(1, 1): row 1 of a 3×2 W_1
    BOOST_TEST(check.groups[0].worst_position() == "(1, 1)");
    BOOST_TEST(check.groups[0].verdict() == "suspicious");
    MLPGradient sum = efficient_backprop(net, J, X, Y);
    sum.db[1] *= 4.0;  // Σ instead of (1/M) Σ in one group
    BOOST_TEST(!check_gradient(net, J, X, Y, sum).passed());
}

BOOST_AUTO_TEST_CASE(both_gradients_zero_cannot_pass) {
    // W = 0, b = 0, identity, Y = 0: R̂ ≡ 0 near θ, so a and n are both exactly 0.
    const MLP net({2, 2, 1}, Activation::identity(), Activation::identity());
    const Matrix X{{1.0, 2.0}, {0.5, -1.0}}, Y(1, 2);
    const GradientCheck check = check_gradient(net, Cost::quadratic(), X, Y,
                                               efficient_backprop(net, Cost::quadratic(), X, Y));
    BOOST_TEST(!check.passed());
    for (const GroupCheck& g : check.groups)
        BOOST_TEST(g.verdict() == "NOT TESTED (both gradients are 0)");
    // A gradient of zeros against a non-zero numerical one is simply wrong.
    const auto f = [](const Vector& t) { return dot(t, t); };
    const GradientCheck zero = check_gradient(f, Vector{1.0, 2.0}, Vector(2));
    BOOST_TEST(!zero.passed());
    BOOST_TEST(zero.groups[0].verdict() == "WRONG");
}

BOOST_AUTO_TEST_CASE(entries_whose_difference_crosses_a_kink_are_flagged) {
    // One ReLU unit with z = w·x + b exactly 0 for the first sample: the central difference
    // there averages the two one-sided slopes, which is no derivative at all.
    MLP net(std::vector<Layer>{{Matrix{{1.0, -1.0}}, Vector{0.0}, Activation::relu()},
                               {Matrix{{2.0}}, Vector{0.1}, Activation::identity()}});
    const Matrix X{{1.0, 2.0}, {1.0, -0.5}}, Y{{0.3, -0.4}};  // z_1 = (0, 2.5)
    const Cost J = Cost::quadratic();
    const MLPGradient g = efficient_backprop(net, J, X, Y);
    // Without kink detection the kink corrupts W_1 and b_1 …
    GradientCheckOptions plain;
    plain.groups = parameter_groups(net);
    const GradientCheck blind =
        check_gradient(empirical_risk_function(net, J, X, Y), net.parameters(), g.flatten(), plain);
    BOOST_TEST(!blind.passed());
    // … the MLP checker sees z_1 = 0 and leaves those entries out, with a count.
    const GradientCheck check = check_gradient(net, J, X, Y, g);
    BOOST_TEST(check.groups[0].near_kink == 2u);  // W_1: both entries touch z_1
    BOOST_TEST(check.groups[1].near_kink == 1u);  // b_1
    BOOST_TEST(check.groups[0].checked == 0u);
    BOOST_TEST(check.groups[0].verdict() == "NOT TESTED (all near a kink)");
    BOOST_TEST(!check.passed());  // nothing of layer 1 was really tested
    BOOST_TEST(check.near_kink[0]);
    // A kink well away from every z is not flagged, and then the check passes.
    net.b(1) = Vector{0.05};  // z_1 = (0.05, 2.55)
    const GradientCheck away = check_gradient(net, J, X, Y, efficient_backprop(net, J, X, Y));
    BOOST_TEST(away.groups[0].near_kink == 0u);
    BOOST_TEST(away.passed());
    // Within the step h of the kink: flagged.
    net.b(1) = Vector{0.5e-5};
    BOOST_TEST(check_gradient(net, J, X, Y, efficient_backprop(net, J, X, Y)).groups[1].near_kink ==
               1u);
}

BOOST_AUTO_TEST_CASE(bad_input_is_refused_with_the_sizes) {
    const auto f = [](const Vector& t) { return dot(t, t); };
    BOOST_CHECK_EXCEPTION(check_gradient(f, Vector{1.0, 2.0}, Vector{1.0}), ShapeError,
                          [](const ShapeError& e) {
                              return std::string(e.what()) ==
                                     "check_gradient: gradient of size 1 for θ of size 2";
                          });
    GradientCheckOptions bad_h;
    bad_h.h = 0.0;
    BOOST_CHECK_THROW(check_gradient(f, Vector{1.0}, Vector{2.0}, bad_h), ValueError);
    GradientCheckOptions bad_groups;
    bad_groups.groups = {{"a", 1}, {"b", 2}};
    BOOST_CHECK_EXCEPTION(check_gradient(f, Vector{1.0, 2.0}, Vector{2.0, 4.0}, bad_groups),
                          ShapeError, [](const ShapeError& e) {
                              return std::string(e.what()) ==
                                     "check_gradient: the groups cover 3 entries, θ has 2";
                          });
    const MLP net({2, 1}, {Activation::identity()});
    MLPGradient wrong = net.zero_gradient();
    wrong.dW[0] = Matrix(2, 2);
    BOOST_CHECK_THROW(check_gradient(net, Cost::quadratic(), Matrix(2, 1), Matrix(1, 1), wrong),
                      ShapeError);
    BOOST_CHECK_THROW(check_gradient(net, Cost::quadratic(), Matrix(3, 1), Matrix(1, 1),
                                     net.zero_gradient()),
                      ShapeError);
    const auto nan_risk = [](const Vector& t) { return t[0] > 1.0 ? std::nan("") : t[0]; };
    BOOST_CHECK_THROW(check_gradient(nan_risk, Vector{1.0}, Vector{1.0}), ValueError);
}

BOOST_AUTO_TEST_SUITE_END()
