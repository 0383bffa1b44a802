// Initializers (src/redes/init/initializer.hpp): sample statistics within Monte Carlo error
// bars, constant biases, determinism, and the symmetry that zero (or constant) weights never break.
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <cmath>

#include "redes/error.hpp"
#include "redes/init/initializer.hpp"
#include "redes/models/mlp.hpp"
#include "redes/risk/cost.hpp"
#include "redes/stats/rng.hpp"

using redes::Matrix;
using redes::Vector;

namespace {

struct Moments {
    double mean, var;
};
Moments moments(const Matrix& W) {
    const double n = static_cast<double>(W.size());
    double s = 0.0;
    for (std::size_t i = 0; i < W.size(); ++i) s += W.data()[i];
    const double mean = s / n;
    double q = 0.0;
    for (std::size_t i = 0; i < W.size(); ++i) q += (W.data()[i] - mean) * (W.data()[i] - mean);
    return {mean, q / (n - 1)};
}

// R̂(θ) = (1/M) Σ_m ‖y_m − f(x_m; θ)‖² of a network on a fixed small data set.
double risk(const redes::MLP& net, const std::vector<Vector>& X, const std::vector<Vector>& Y) {
    const redes::Cost J = redes::Cost::quadratic();
    double s = 0.0;
    for (std::size_t m = 0; m < X.size(); ++m) s += J.J(net.forward(X[m]), Y[m]);
    return s / static_cast<double>(X.size());
}

// ∇_θ R̂ by central differences (h = 1e-6), independent of any backprop code.
Vector fd_gradient(redes::MLP net, const std::vector<Vector>& X, const std::vector<Vector>& Y) {
    Vector theta = net.parameters(), g(theta.size());
    const double h = 1e-6;
    for (std::size_t i = 0; i < theta.size(); ++i) {
        Vector tp = theta, tm = theta;
        tp[i] += h;
        tm[i] -= h;
        net.set_parameters(tp);
        const double rp = risk(net, X, Y);
        net.set_parameters(tm);
        const double rm = risk(net, X, Y);
        g[i] = (rp - rm) / (2 * h);
    }
    return g;
}

// The largest difference between the hidden units of a {N_0, H, 1} network: rows of W_1,
// entries of b_1, entries of W_2.
double hidden_unit_spread(const redes::MLP& net) {
    double d = 0.0;
    const Matrix& W1 = net.W(1);
    for (std::size_t i = 1; i < W1.rows(); ++i) {
        for (std::size_t j = 0; j < W1.cols(); ++j) d = std::max(d, std::abs(W1(i, j) - W1(0, j)));
        d = std::max(d, std::abs(net.b(1)[i] - net.b(1)[0]));
        d = std::max(d, std::abs(net.W(2)(0, i) - net.W(2)(0, 0)));
    }
    return d;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(init)

BOOST_AUTO_TEST_CASE(normal_has_mean_zero_and_variance_s2) {
    // n = 90 000 draws of N(0, s²): the sample mean has standard error s/√n and the sample
    // variance s²√(2/(n−1)); both must lie within 4 standard errors.
    redes::Rng rng(1);
    Matrix W(300, 300);
    const double s = 0.5, n = 90000;
    redes::init::normal(W, s, rng);
    const Moments mo = moments(W);
    BOOST_TEST(std::abs(mo.mean) < 4 * s / std::sqrt(n));
    BOOST_TEST(std::abs(mo.var - s * s) < 4 * s * s * std::sqrt(2 / (n - 1)));
}

BOOST_AUTO_TEST_CASE(uniform_is_inside_the_interval_with_variance_s2_over_3) {
    // U[−s, s): mean 0 (SE s/√(3n)), variance s²/3; the sample variance has standard error
    // √((μ₄ − σ⁴)/n) with μ₄ = s⁴/5 and σ⁴ = s⁴/9.
    redes::Rng rng(2);
    Matrix W(300, 300);
    const double s = 2.0, n = 90000;
    redes::init::uniform(W, s, rng);
    const Moments mo = moments(W);
    BOOST_TEST(std::abs(mo.mean) < 4 * s / std::sqrt(3 * n));
    BOOST_TEST(std::abs(mo.var - s * s / 3) <
               4 * std::sqrt((std::pow(s, 4) / 5 - std::pow(s, 4) / 9) / n));
    BOOST_TEST(*std::min_element(W.data(), W.data() + W.size()) >= -s);
    BOOST_TEST(*std::max_element(W.data(), W.data() + W.size()) < s);
    BOOST_TEST(*std::max_element(W.data(), W.data() + W.size()) >
               0.999 * s);  // it reaches the edges
}

BOOST_AUTO_TEST_CASE(network_gets_scaled_weights_and_constant_biases) {
    // {400, 200, 10} with normal s = 0.3 and bias 0.1: every W_ℓ has variance s², every b_ℓ = 0.1.
    redes::MLP net({400, 200, 10}, redes::Activation::relu(), redes::Activation::identity());
    redes::Rng rng(3);
    redes::init::initialize(net, redes::init::WeightInit::normal(0.3), 0.1, rng);
    for (std::size_t ell = 1; ell <= 2; ++ell) {
        const double n = static_cast<double>(net.W(ell).size());
        BOOST_TEST(std::abs(moments(net.W(ell)).var - 0.09) < 4 * 0.09 * std::sqrt(2 / (n - 1)),
                   "ℓ = " << ell);
        for (double b : net.b(ell)) BOOST_TEST(b == 0.1);
    }
}

BOOST_AUTO_TEST_CASE(fan_in_scale_divides_by_the_root_of_the_inputs) {
    // s_ℓ = gain/√N_{ℓ−1}: gain √2 (He) on {400, 100, 10} gives variances 2/400 and 2/100.
    redes::MLP net({400, 100, 10}, redes::Activation::relu(), redes::Activation::identity());
    redes::Rng rng(4);
    redes::init::initialize(net, redes::init::WeightInit::normal_fan_in(std::sqrt(2.0)), 0.0, rng);
    const double expected[2] = {2.0 / 400, 2.0 / 100};
    for (std::size_t ell = 1; ell <= 2; ++ell) {
        const double n = static_cast<double>(net.W(ell).size()), v = expected[ell - 1];
        BOOST_TEST(std::abs(moments(net.W(ell)).var - v) < 4 * v * std::sqrt(2 / (n - 1)),
                   "ℓ = " << ell);
    }
    BOOST_TEST(redes::init::WeightInit::uniform_fan_in(1.0).scale_for(25) == 0.2);
}

BOOST_AUTO_TEST_CASE(suggested_bias_is_positive_for_relu) {
    BOOST_TEST(redes::init::suggested_bias(redes::Activation::relu()) == 0.1);
    BOOST_TEST(redes::init::suggested_bias(redes::Activation::leaky_relu()) == 0.1);
    BOOST_TEST(redes::init::suggested_bias(redes::Activation::tanh()) == 0.0);
    BOOST_TEST(redes::init::suggested_bias(redes::Activation::sigmoid()) == 0.0);
}

BOOST_AUTO_TEST_CASE(draws_go_layer_by_layer_row_by_row_and_repeat_with_the_seed) {
    redes::MLP a({3, 4, 2}, redes::Activation::tanh(), redes::Activation::identity()), b = a, c = a;
    redes::Rng ra(9), rb(9), rc(10);
    const auto w = redes::init::WeightInit::uniform(0.5);
    redes::init::initialize(a, w, 0.0, ra);
    redes::init::initialize(b, w, 0.0, rb);
    redes::init::initialize(c, w, 0.0, rc);
    BOOST_TEST(a.parameters() == b.parameters());
    BOOST_TEST(!(a.parameters() == c.parameters()));
    redes::Rng r(9);
    for (std::size_t ell = 1; ell <= 2; ++ell)
        for (std::size_t i = 0; i < a.W(ell).rows(); ++i)
            for (std::size_t j = 0; j < a.W(ell).cols(); ++j)
                BOOST_TEST(a.W(ell)(i, j) == r.uniform(-0.5, 0.5));
}

BOOST_AUTO_TEST_CASE(zero_init_gives_identical_hidden_units_that_stay_identical) {
    // With W = 0 (or any constant) every hidden unit computes the same function of x and gets
    // the same gradient, so gradient descent can never tell them apart: the symmetry the
    // notes say initialization must break. Gradients here by central differences.
    std::vector<Vector> X, Y;
    redes::Rng data(5);
    for (int m = 0; m < 8; ++m) {
        X.push_back(Vector{data.normal(), data.normal()});
        Y.push_back(Vector{std::sin(X.back()[0]) + X.back()[1]});
    }
    auto train = [&](const redes::init::WeightInit& w, double& moved) {
        redes::MLP net({2, 4, 1}, redes::Activation::tanh(), redes::Activation::identity());
        redes::Rng rng(6);
        redes::init::initialize(net, w, 0.1, rng);
        const Vector theta0 = net.parameters();
        if (w.kind == redes::init::WeightKind::zero || w.kind == redes::init::WeightKind::constant)
            for (const Vector& x : X) {  // identical hidden outputs x_1, exactly
                const Vector x1 = net.forward_all(x)[1];
                for (std::size_t i = 1; i < 4; ++i) BOOST_TEST(x1[i] == x1[0]);
            }
        for (int k = 0; k < 20; ++k) {  // θ_{k+1} = θ_k − η ∇R̂(θ_k)
            Vector theta = net.parameters();
            theta -= 0.2 * fd_gradient(net, X, Y);
            net.set_parameters(theta);
        }
        moved = redes::norm_inf(net.parameters() - theta0);
        return hidden_unit_spread(net);
    };
    for (const auto& w :
         {redes::init::WeightInit::zero(), redes::init::WeightInit::constant(0.3)}) {
        double moved = 0.0;
        const double spread = train(w, moved);
        BOOST_TEST_MESSAGE(w.name()
                           << ": θ moved " << moved << ", hidden units differ by " << spread);
        BOOST_TEST(moved > 1e-2, w.name());  // training did change θ …
        BOOST_TEST(spread < 1e-8,
                   w.name());  // … but the hidden units are still one (up to FD rounding)
    }
    // A random start breaks the symmetry from step 0, and training keeps the units apart.
    double moved = 0.0;
    const double spread = train(redes::init::WeightInit::normal(0.5), moved);
    BOOST_TEST_MESSAGE("normal s=0.5: θ moved " << moved << ", hidden units differ by " << spread);
    BOOST_TEST(spread > 0.1);
}

BOOST_AUTO_TEST_CASE(bad_values_name_the_initializer_and_value) {
    Matrix W(2, 2);
    redes::Rng rng(1);
    BOOST_CHECK_EXCEPTION(redes::init::normal(W, -1.0, rng), redes::ValueError,
                          [](const redes::ValueError& e) {
                              return std::string(e.what()) ==
                                     "init normal: scale s = -1 must be positive and finite";
                          });
    BOOST_CHECK_EXCEPTION(redes::init::uniform(W, 0.0, rng), redes::ValueError,
                          [](const redes::ValueError& e) {
                              return std::string(e.what()) ==
                                     "init uniform: scale s = 0 must be positive and finite";
                          });
    redes::MLP net({2, 2, 1}, redes::Activation::relu(), redes::Activation::identity());
    BOOST_CHECK_EXCEPTION(redes::init::initialize(net, redes::init::WeightInit::zero(), INFINITY,
                                                  rng),
                          redes::ValueError, [](const redes::ValueError& e) {
                              return std::string(e.what()) ==
                                     "init initialize: bias = inf must be finite";
                          });
    BOOST_CHECK_EXCEPTION(redes::init::WeightInit::from_name("xavier", 1.0), redes::ValueError,
                          [](const redes::ValueError& e) {
                              return std::string(e.what()).find(
                                         "unknown weight initializer \"xavier\" (known: normal, "
                                         "uniform, zero, constant") != std::string::npos;
                          });
    BOOST_TEST(redes::init::WeightInit::from_name("normal_fan_in", 2.0).name() ==
               "normal s=2/√N_{ℓ−1}");
}

BOOST_AUTO_TEST_SUITE_END()
