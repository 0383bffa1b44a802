// Chapter 15 — Mejorando SGD: Momentum, v_{k+1} ← αv_k − ηg_k; θ_{k+1} ← θ_k + v_{k+1}.
//   - on the ravine ½θᵀAθ, A = diag(1, 50), momentum at gradient descent's η reaches the tolerance in fewer
//     steps, and Polyak's η*, α* converge at the rate (√κ − 1)/(√κ + 1) (measured, and the path equals the
//     closed form of the double root);
//   - the measured number of steps follows the roots of z² − (1 + α − ηλ)z + α = 0;
//   - on the saddle x² − y² momentum leaves the critical point faster, at the growth factor z predicted;
//   - the notes' form and PyTorch's agree for a constant η and part when η_k changes.
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <cctype>
#include <cmath>

#include "chapter_runner.hpp"
#include "redes/optim/descent_path.hpp"
#include "redes/optim/momentum.hpp"
#include "redes/optim/momentum_rate.hpp"
#include "redes/optim/optimizer_path.hpp"
#include "redes/optim/schedule.hpp"
#include "redes/optim/test_functions.hpp"

namespace tt = boost::test_tools;
using redes::Vector;

namespace {

// The chapter's defaults.
const redes::Quadratic ravine(1.0, 50.0);
const Vector theta0{-4.0, 1.5};
const double eta = 0.035, tol = 1e-6;

long steps_to_reach(const redes::DescentPath& p, double tolerance) {
    for (std::size_t k = 0; k < p.theta.size(); ++k)
        if (norm(p.theta[k]) < tolerance) return static_cast<long>(k);
    return -1;
}

long steps_with(redes::Optimizer& opt, std::size_t max_steps = 5000) {
    redes::PathOptions o;
    o.steps = max_steps;
    return steps_to_reach(redes::descent_path(ravine, opt, theta0, o), tol);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(ch15_momentum)

BOOST_AUTO_TEST_CASE(momentum_reaches_the_tolerance_in_fewer_steps_than_gd_at_the_same_eta) {
    redes::GradientDescent gd(eta);
    redes::Momentum m(eta, 0.9);
    const long k_gd = steps_with(gd), k_m = steps_with(m);
    // gradient descent's count from its closed form θ_k = (1 − ηλ_i)^k θ_0,i
    long k_closed = 0;
    while (norm(ravine.gd_iterate(theta0, eta, static_cast<std::size_t>(k_closed))) >= tol)
        ++k_closed;
    BOOST_TEST(k_gd == k_closed);
    BOOST_TEST_MESSAGE("steps to ‖θ‖ < 1e-6 at η = 0.035: gd " << k_gd << ", momentum α = 0.9 "
                                                               << k_m);
    BOOST_TEST(k_m > 0);
    BOOST_TEST(k_m < 0.65 * k_gd);  // measured 247 against 427
    // Polyak's constants: 67 steps
    const redes::MomentumOptimum o = redes::optimal_momentum(1.0, 50.0);
    redes::Momentum polyak(o.eta, o.alpha);
    const long k_p = steps_with(polyak);
    BOOST_TEST(k_p > 0);
    BOOST_TEST(k_p < 0.2 * k_gd);
    // the best gradient descent can do, at η = 2/(λ_min + λ_max) (beyond 2/λ_max it diverges), is still slower
    redes::GradientDescent gd_best(2.0 / 51.0);
    BOOST_TEST(steps_with(gd_best) > 3 * k_p);
}

BOOST_AUTO_TEST_CASE(polyak_constants_converge_at_the_rate_sqrt_kappa) {
    for (double kappa : {10.0, 50.0, 200.0}) {
        const double lmin = 1.0, lmax = kappa;
        const redes::Quadratic q(lmin, lmax);
        const redes::MomentumOptimum o = redes::optimal_momentum(lmin, lmax);
        redes::Momentum m(o.eta, o.alpha);
        const std::size_t K = 150;
        redes::PathOptions opt;
        opt.steps = 2 * K;
        const redes::DescentPath p = redes::descent_path(q, m, theta0, opt);
        BOOST_REQUIRE(p.steps() == 2 * K);
        // a double root z_i = (1 + α − ηλ_i)/2 = ±ρ per axis: θ_k,i = (a_i + b_i k) z_i^k, with a_i = θ_0,i and
        // θ_1,i = (1 − ηλ_i)θ_0,i (v_0 = 0), so b_i = θ_1,i/z_i − θ_0,i
        for (std::size_t i = 0; i < 2; ++i) {
            const double lambda = i == 0 ? lmin : lmax;
            const double z = (1 + o.alpha - o.eta * lambda) / 2;
            BOOST_TEST(std::abs(z) == o.rate, tt::tolerance(1e-12));
            const double a = theta0[i], b = (1 - o.eta * lambda) * theta0[i] / z - theta0[i];
            for (std::size_t k = 0; k <= 2 * K; k += 10)
                BOOST_TEST(p.theta[k][i] == (a + b * double(k)) * std::pow(z, double(k)),
                           tt::tolerance(1e-9));
        }
        // measured over [K, 2K]: the factor (a + bk) adds at most (2K + c)/(K + c) → 2, i.e. 2^{1/K} − 1 = 0.46%
        const double measured = std::pow(norm(p.theta[2 * K]) / norm(p.theta[K]), 1.0 / K);
        const double sk = std::sqrt(kappa);
        BOOST_TEST_MESSAGE("κ = " << kappa << ": measured rate " << measured
                                  << ", (√κ − 1)/(√κ + 1) = " << (sk - 1) / (sk + 1));
        BOOST_TEST(measured == (sk - 1) / (sk + 1), tt::tolerance(0.01));
        // gradient descent's best rate, measured the same way, is (κ − 1)/(κ + 1): larger
        redes::GradientDescent gd(2.0 / (lmin + lmax));
        const redes::DescentPath pg = redes::descent_path(q, gd, theta0, opt);
        const double measured_gd = std::pow(norm(pg.theta[2 * K]) / norm(pg.theta[K]), 1.0 / K);
        BOOST_TEST(measured_gd == (kappa - 1) / (kappa + 1), tt::tolerance(1e-10));
        BOOST_TEST(measured < measured_gd);
    }
}

BOOST_AUTO_TEST_CASE(steps_follow_the_rate_from_the_characteristic_roots) {
    // real, distinct roots (α ≤ 0.5 at η = 0.035): ‖θ_k‖ ≈ C z^k, so the tolerance is reached after about
    // ln(tol/‖θ_0‖)/ln z steps; C ≠ ‖θ_0‖ shifts that by a few steps (measured: at most 2)
    for (double alpha : {0.0, 0.1, 0.2, 0.3, 0.4, 0.5}) {
        redes::Momentum m(eta, alpha);
        const double rho = redes::momentum_rate(eta, alpha, 1.0, 50.0);
        const double predicted = std::log(tol / norm(theta0)) / std::log(rho);
        const long measured = steps_with(m);
        BOOST_TEST(std::abs(double(measured) - predicted) <= 3.0,
                   "α = " << alpha << ": " << measured << " vs " << predicted);
    }
    // at a fixed η the rate is lowest at α = (1 − √(ηλ_min))², where it is 1 − √(ηλ_min) (against 1 − ηλ_min
    // for gradient descent): momentum turns ηλ_min into its square root
    const double s = std::sqrt(eta * 1.0), alpha_b = (1 - s) * (1 - s);
    BOOST_TEST(redes::momentum_rate(eta, alpha_b, 1.0, 50.0) == 1 - s, tt::tolerance(1e-6));
    for (double d : {-0.02, -0.005, 0.005, 0.02})
        BOOST_TEST(redes::momentum_rate(eta, alpha_b + d, 1.0, 50.0) > 1 - s);
    redes::Momentum m(eta, alpha_b);
    redes::GradientDescent gd(eta);
    BOOST_TEST(steps_with(m) < steps_with(gd) / 4);  // measured 89 against 427
}

BOOST_AUTO_TEST_CASE(momentum_escapes_the_saddle_faster_at_the_predicted_factor) {
    const redes::Saddle s;
    const double eta_s = 0.1, y0 = 1e-3;
    redes::PathOptions o;
    o.steps = 200;
    o.bound = 1e4;
    long previous = -1;
    for (double alpha : {0.0, 0.5, 0.9}) {
        redes::Momentum m(eta_s, alpha);
        const redes::DescentPath p = redes::descent_path(s, m, Vector{1.2, y0}, o);
        // y_k = A z^k + B z₂^k: roots of z² − (1 + α + 2η)z + α, y_1 = (1 + 2η)y_0
        const double z = redes::momentum_rate(eta_s, alpha, -2.0), z2 = alpha / z;
        BOOST_TEST(z > 1 + 2 * eta_s - 1e-15);  // at least gradient descent's factor 1 + 2η
        const double A = ((1 + 2 * eta_s) * y0 - z2 * y0) / (z - z2), B = y0 - A;
        long escape = -1;
        for (std::size_t k = 0; k < p.theta.size(); ++k) {
            BOOST_TEST(p.theta[k][1] == A * std::pow(z, double(k)) + B * std::pow(z2, double(k)),
                       tt::tolerance(1e-11));
            if (escape < 0 && std::abs(p.theta[k][1]) > 1.0) escape = static_cast<long>(k);
        }
        BOOST_TEST(escape == long(std::floor(std::log(1 / A) / std::log(z))) + 1);
        BOOST_TEST_MESSAGE("saddle, α = " << alpha << ": z = " << z << ", |y| > 1 after " << escape
                                          << " steps");
        if (previous >= 0) BOOST_TEST(escape < previous);  // 38, 26, 19
        previous = escape;
    }
    // exactly on the axis there is nothing to amplify: y stays 0 with momentum too
    redes::Momentum m(eta_s, 0.9);
    const redes::DescentPath p = redes::descent_path(s, m, Vector{1.2, 0.0}, o);
    for (const Vector& t : p.theta) BOOST_TEST(t[1] == 0.0);
}

BOOST_AUTO_TEST_CASE(velocity_is_a_sum_of_past_gradients_that_reaches_eta_g_over_one_minus_alpha) {
    // v_k = −η Σ_{j<k} α^{k−1−j} g_j: for a constant g, v_k = −ηg(1 − α^k)/(1 − α) → −ηg/(1 − α),
    // a step 1/(1 − α) times longer than gradient descent's (10× for α = 0.9)
    const Vector g{1.0, -0.5};
    for (double alpha : {0.5, 0.9, 0.99}) {
        redes::Momentum m(0.01, alpha);
        Vector theta{0.0, 0.0};
        for (int k = 1; k <= 3000; ++k) {
            m.step(theta, g);
            if (k % 100 == 0 || k < 5) {
                const double factor = -0.01 * (1 - std::pow(alpha, k)) / (1 - alpha);
                BOOST_TEST(m.v()[0] == factor * g[0], tt::tolerance(1e-12));
                BOOST_TEST(m.v()[1] == factor * g[1], tt::tolerance(1e-12));
            }
        }
        BOOST_TEST(m.v()[0] == -0.01 * g[0] / (1 - alpha), tt::tolerance(1e-11));  // α^3000 < 1e-13
    }
}

BOOST_AUTO_TEST_CASE(a_vanishing_gradient_does_not_stop_momentum_that_still_moves) {
    // saddle, η = ½, start (1.2, 0): x_1 = 1.2 + v_1 = 1.2 − ½·2.4 = 0 exactly, so ∇R̂(θ_1) = 0, but v_1 = −1.2 and
    // momentum goes on to x_2 = αv_1 = −1.08; gradient descent really stays at (0, 0)
    const redes::Saddle s;
    redes::PathOptions o;
    o.steps = 10;
    redes::Momentum m(0.5, 0.9);
    const redes::DescentPath p = redes::descent_path(s, m, Vector{1.2, 0.0}, o);
    BOOST_TEST(p.stop == redes::PathStop::steps);
    BOOST_TEST(p.steps() == 10u);
    BOOST_TEST(p.theta[1] == (Vector{0.0, 0.0}));
    BOOST_TEST(p.theta[2][0] == -1.08, tt::tolerance(1e-15));
    redes::GradientDescent gd(0.5);
    const redes::DescentPath q = redes::descent_path(s, gd, Vector{1.2, 0.0}, o);
    BOOST_TEST(q.stop == redes::PathStop::critical_point);
    BOOST_TEST(q.steps() == 1u);
}

BOOST_AUTO_TEST_CASE(notes_and_pytorch_forms_agree_for_constant_eta_and_part_when_it_changes) {
    const auto gradient = [](const Vector& t) { return ravine.gradient(t); };
    const std::size_t K = 300;
    const redes::LinearDecay schedule(eta, 0.0035, 50);
    for (int with_schedule = 0; with_schedule < 2; ++with_schedule) {
        redes::Momentum notes(eta, 0.9, redes::MomentumForm::notes),
            torch(eta, 0.9, redes::MomentumForm::pytorch);
        const redes::Schedule* sch = with_schedule ? &schedule : nullptr;
        const auto a = redes::optimizer_path(notes, gradient, theta0, K, sch);
        const auto b = redes::optimizer_path(torch, gradient, theta0, K, sch);
        double worst = 0.0;
        for (std::size_t k = 1; k <= K; ++k)
            worst = std::max(worst, norm(a[k] - b[k]) / norm(b[k]));
        BOOST_TEST_MESSAGE((with_schedule ? "linear η_k" : "constant η")
                           << ": max relative gap " << worst);
        if (with_schedule) BOOST_TEST(worst > 0.1);  // measured: order 1
        else
            BOOST_TEST(worst <
                       1e-12);  // v = −ηb exactly in real numbers; rounding only (measured ~4e-15)
    }
}

BOOST_AUTO_TEST_CASE(program_runs_and_draws_every_plot) {
    const auto r = redes_test::run_chapter("15_momentum", "--quick");
    BOOST_TEST(r.exit_code == 0, r.err);
    for (const char* p : {"ch15_paths", "ch15_risk", "ch15_alpha_sweep", "ch15_saddle",
                          "ch15_saddle_escape", "ch15_forms"})
        BOOST_TEST(r.has_plot(p), p);
    BOOST_TEST(r.out.find("gradient descent, η = 0.035: 427 steps") != std::string::npos, r.out);
    std::string lower = r.out;
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return std::tolower(c); });
    BOOST_TEST(lower.find("nan") == std::string::npos);
    BOOST_TEST(lower.find("inf") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(bad_option_value_is_one_line_naming_the_option) {
    for (const char* bad : {"--alpha 1", "--eta 0", "--tol 0", "--lambda2=-1", "--steps 0"}) {
        const auto r = redes_test::run_chapter("15_momentum", std::string("--quick ") + bad);
        const std::string option = std::string(bad).substr(0, std::string(bad).find_first_of(" ="));
        BOOST_TEST(r.exit_code != 0, bad);
        BOOST_TEST(r.err.find(option) != std::string::npos, r.err);
        BOOST_TEST(std::count(r.err.begin(), r.err.end(), '\n') == 1, r.err);
    }
}

BOOST_AUTO_TEST_SUITE_END()
