// Chapter 10 — El algoritmo del Descenso del Gradiente: θ_{k+1} = θ_k − η∇R̂(θ_k).
//   - on ½θᵀAθ it converges exactly when η < 2/λ_max, with θ_k = (1 − ηλ_i)^k θ_0 along each axis;
//   - on x² − y² a start on y = 0 stops at the critical point (0, 0), a start off it escapes;
//   - ∂/∂α R̂(θ + αǔ)|_{α=0} = ǔᵀ∇R̂, and −∇R̂ is the direction of steepest descent;
//   - R̂(θ − η∇R̂) ≈ R̂(θ) − η‖∇R̂‖² for small η.
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <cctype>
#include <cmath>

#include "../chapters/10_gradient_descent/sections.hpp"
#include "chapter_runner.hpp"
#include "redes/error.hpp"
#include "redes/optim/descent_path.hpp"
#include "redes/optim/test_functions.hpp"
#include "redes/stats/rng.hpp"

namespace tt = boost::test_tools;
using redes::Matrix;
using redes::Vector;

BOOST_AUTO_TEST_SUITE(ch10_gradient_descent)

// Each step multiplies by (1 − ηλ_i) with one rounding of relative size ≤ 2ε, so after k steps
// the iterate and the closed form differ by at most ~2kε ≈ 5e-13 for k ≤ 1200: tolerance 1e-11.
BOOST_AUTO_TEST_CASE(converges_below_two_over_lambda_max_and_matches_the_closed_form) {
    for (auto [l1, l2] : {std::pair<double, double>{1.0, 8.0}, {0.5, 20.0}, {3.0, 3.0}}) {
        const redes::Quadratic q(l1, l2);
        const Vector theta0{-4.0, 1.5};
        redes::PathOptions o;
        o.steps = 1200;
        const double eta = 0.99 * q.eta_critical();
        const auto p = redes::gradient_descent_path(q, eta, theta0, o);
        BOOST_TEST(!p.diverged());
        BOOST_TEST(p.steps() == 1200u);
        for (std::size_t k = 0; k <= p.steps(); k += 100) {
            // θ_k = (1 − ηλ_i)^k θ_0,i, axis by axis
            for (std::size_t i = 0; i < 2; ++i) {
                const double lambda = i == 0 ? l1 : l2;
                const double closed = std::pow(1.0 - eta * lambda, double(k)) * theta0[i];
                BOOST_TEST(p.theta[k][i] == closed, tt::tolerance(1e-11));
            }
        }
        // |1 − ηλ_max| = 0.98: after 1200 steps ‖θ‖ ≤ 0.98^1200 ‖θ_0‖∞ ≈ 3e-11·4
        BOOST_TEST(norm_inf(p.last()) <= std::pow(0.98, 1200) * 4.0 * (1 + 1e-9));
    }
}

BOOST_AUTO_TEST_CASE(diverges_above_two_over_lambda_max_at_the_predicted_step) {
    for (auto [l1, l2] : {std::pair<double, double>{1.0, 8.0}, {0.5, 20.0}}) {
        const redes::Quadratic q(l1, l2);
        const Vector theta0{-4.0, 1.5};
        redes::PathOptions o;
        o.steps = 100000;
        o.bound = 1e6;
        const double eta = 1.01 * q.eta_critical();
        const auto p = redes::gradient_descent_path(q, eta, theta0, o);
        BOOST_TEST(p.diverged());
        // the first k where the closed form leaves the bound
        std::size_t k = 0;
        for (;; ++k) {
            const Vector t = q.gd_iterate(theta0, eta, k);
            if (norm_inf(t) > o.bound || q.value(t) > o.bound) break;
        }
        BOOST_TEST(p.diverged_step == k);
        BOOST_TEST(p.diverged_value > o.bound);
        BOOST_TEST(std::isfinite(p.diverged_value));  // stopped long before an overflow
        BOOST_CHECK_THROW(p.check(), redes::DivergenceError);
    }
}

BOOST_AUTO_TEST_CASE(at_exactly_two_over_lambda_max_the_steep_coordinate_oscillates) {
    // η = 2/λ_max = 0.25 and λ₂ = 8: 1 − ηλ₂ = −1 exactly, y_k = (−1)^k y_0 forever
    const redes::Quadratic q(1.0, 8.0);
    redes::PathOptions o;
    o.steps = 500;
    const auto p = redes::gradient_descent_path(q, q.eta_critical(), Vector{-4.0, 1.5}, o);
    BOOST_TEST(!p.diverged());
    for (std::size_t k = 0; k <= p.steps(); ++k) BOOST_TEST(p.theta[k][1] == (k % 2 ? -1.5 : 1.5));
}

BOOST_AUTO_TEST_CASE(rotated_ravine_obeys_the_same_threshold) {
    const redes::Quadratic q(1.0, 12.0, 0.6);
    redes::PathOptions o;
    o.steps = 3000;
    const auto below =
        redes::gradient_descent_path(q, 0.98 * q.eta_critical(), Vector{2.0, 1.0}, o);
    const auto above =
        redes::gradient_descent_path(q, 1.02 * q.eta_critical(), Vector{2.0, 1.0}, o);
    BOOST_TEST(!below.diverged());
    BOOST_TEST(below.value.back() < 1e-20);
    BOOST_TEST(above.diverged());
}

BOOST_AUTO_TEST_CASE(saddle_start_on_the_axis_stops_at_the_critical_point) {
    const redes::Saddle s;
    redes::PathOptions o;
    o.steps = 200;
    const double eta = 0.1;
    const auto p = redes::gradient_descent_path(s, eta, Vector{1.2, 0.0}, o);
    for (std::size_t k = 0; k <= p.steps(); ++k) {
        BOOST_TEST(p.theta[k][1] == 0.0);  // ∂R̂/∂y = −2y = 0: y never moves
        BOOST_TEST(p.theta[k][0] == std::pow(1.0 - 2.0 * eta, double(k)) * 1.2,
                   tt::tolerance(1e-12));
    }
    BOOST_TEST(norm(p.last()) < 1e-18);
    BOOST_TEST(p.grad_norm.back() < 1e-18);
    // with η = ½, x₁ = (1 − 2η)x₀ = 0: exactly at the critical point after one step, and it stops
    const auto q = redes::gradient_descent_path(s, 0.5, Vector{1.2, 0.0}, o);
    BOOST_TEST(q.stop == redes::PathStop::critical_point);
    BOOST_TEST(q.steps() == 1u);
    BOOST_TEST(q.last() == (Vector{0.0, 0.0}));
}

BOOST_AUTO_TEST_CASE(saddle_start_off_the_axis_escapes) {
    const redes::Saddle s;
    redes::PathOptions o;
    o.steps = 60;
    const double eta = 0.1, y0 = 1e-3;
    const auto p = redes::gradient_descent_path(s, eta, Vector{1.2, y0}, o);
    for (std::size_t k = 0; k <= p.steps(); ++k)  // y_k = (1 + 2η)^k y_0
        BOOST_TEST(p.theta[k][1] == std::pow(1.0 + 2.0 * eta, double(k)) * y0,
                   tt::tolerance(1e-12));
    // it passes near (0, 0) and leaves: |y| > 1 and R̂ below the critical value R̂(0, 0) = 0
    const auto nearest = *std::min_element(p.grad_norm.begin(), p.grad_norm.end());
    BOOST_TEST(nearest < 0.2);
    BOOST_TEST(std::abs(p.last()[1]) > 1.0);
    BOOST_TEST(p.value.back() < -1.0);
    // and with a bound it is reported as leaving the region, with the step
    o.steps = 1000;
    o.bound = 10.0;
    const auto b = redes::gradient_descent_path(s, eta, Vector{1.2, y0}, o);
    BOOST_TEST(b.diverged());
    // |R̂| ≈ y² passes 10 when 1.2^k·1e-3 > √10: k = ⌈ln(3162)/ln 1.2⌉ = 45
    BOOST_TEST(b.diverged_step == 45u);
}

BOOST_AUTO_TEST_CASE(directional_derivative_matches_a_finite_difference_along_u) {
    redes::Rng rng(21);
    const redes::Quadratic q(1.0, 8.0, 0.3);
    const redes::Saddle s;
    const redes::Rosenbrock rb;
    const redes::Objective2D* fs[] = {&q, &s, &rb};
    for (const redes::Objective2D* f : fs)
        for (int trial = 0; trial < 50; ++trial) {
            const Vector theta{rng.uniform(-2, 2), rng.uniform(-1, 3)};
            const double phi = rng.uniform(0, 2 * M_PI);
            const Vector u{std::cos(phi), std::sin(phi)};
            const double a = f->directional_derivative(theta, u);
            const double n = f->directional_difference(theta, u, 1e-5);
            BOOST_TEST(a == dot(u, f->gradient(theta)));
            // relative error |a − n| / (|a| + |n|), with the rounding ε|R̂|/h as a floor
            const double floor = 1e-16 * std::abs(f->value(theta)) / 1e-5;
            BOOST_TEST(std::abs(a - n) <= 1e-7 * (std::abs(a) + std::abs(n)) + 10 * floor,
                       f->name() << " at (" << theta[0] << ", " << theta[1] << "): " << a << " vs "
                                 << n);
        }
}

BOOST_AUTO_TEST_CASE(minus_the_gradient_is_the_steepest_descent_direction) {
    // ǔᵀ∇R̂ = ‖∇R̂‖ cos∠(ǔ, ∇R̂) ≥ −‖∇R̂‖, with equality only for ǔ = −∇R̂/‖∇R̂‖
    const redes::Rosenbrock rb;
    const Vector theta{-1.0, 1.5};
    const Vector g = rb.gradient(theta);
    double best = HUGE_VAL;
    Vector best_u;
    for (int i = 0; i < 3600; ++i) {
        const double phi = 2 * M_PI * i / 3600;
        const Vector u{std::cos(phi), std::sin(phi)};
        const double slope = rb.directional_derivative(theta, u);
        BOOST_TEST(slope >= -norm(g) * (1 + 1e-14));
        if (slope < best) best = slope, best_u = u;
    }
    // the grid of 0.1° misses −∇R̂ by at most 0.05°: 1 − cos(0.05°) ≈ 4e-7
    BOOST_TEST(best <= -norm(g) * (1 - 4e-7));
    BOOST_TEST(norm(best_u + g / norm(g)) <= 2 * M_PI / 3600);
}

BOOST_AUTO_TEST_CASE(one_step_decreases_by_eta_times_the_squared_gradient_to_first_order) {
    // quadratic, exactly: R̂(θ − ηg) = R̂(θ) − η‖g‖² + ½η² gᵀAg
    const redes::Quadratic q(1.0, 8.0, 0.4);
    const Vector theta{-4.0, 1.5};
    const Vector g = q.gradient(theta);
    for (double eta : {1e-3, 0.05, 0.2}) {
        const double lhs = q.value(theta - eta * g);
        const double rhs = q.value(theta) - eta * dot(g, g) + 0.5 * eta * eta * dot(g, q.A() * g);
        BOOST_TEST(lhs == rhs, tt::tolerance(1e-12));
    }
    // Rosenbrock: (R̂(θ − ηg) − R̂(θ)) / (−η‖g‖²) → 1; the gap is the second-order term ½η gᵀHg/‖g‖²
    const redes::Rosenbrock rb;
    const Vector t{-1.0, 1.5};
    const Vector gr = rb.gradient(t);
    const Matrix H = rb.hessian(t);
    for (double eta : {1e-5, 1e-6, 1e-7}) {
        const double ratio = (rb.value(t - eta * gr) - rb.value(t)) / (-eta * dot(gr, gr));
        const double second = 0.5 * eta * dot(gr, H * gr) / dot(gr, gr);
        BOOST_TEST(std::abs(ratio - (1 - second)) <= 0.1 * std::abs(second) + 1e-9);
        BOOST_TEST(ratio < 1.0 + 1e-9);
    }
}

// The chapter's local limit 2/λ_max(∇²R̂(θ)) from the 2×2 Hessian's closed-form eigenvalues: on a
// quadratic the Hessian is A everywhere, so it is 2/λ_max at every θ (exact up to rounding); on the
// saddle (Hessian diag(2, −2)) it is 2/2 = 1.
BOOST_AUTO_TEST_CASE(local_threshold_is_two_over_the_largest_curvature) {
    const redes::Quadratic q(1.0, 8.0);
    for (const redes::Vector& theta :
         {redes::Vector{-4, 1.5}, redes::Vector{0, 0}, redes::Vector{3, -2}})
        BOOST_TEST(ch10::local_eta_critical(q, theta) == 0.25, boost::test_tools::tolerance(1e-12));
    BOOST_TEST(ch10::local_eta_critical(redes::Saddle(), redes::Vector{0.3, 0.1}) == 1.0,
               boost::test_tools::tolerance(1e-12));
}

// README, plot ch10_risk: η = 0.02 and η = 0.99·2/λ_max both contract their slow coordinate by
// 0.98 per step, so R̂(θ_k) → ½λ_i θ_{0,i}² 0.98^{2k} along the flat axis (η = 0.02: ½·1·16 = 8) and
// along the steep one (η = 0.2475: ½·8·2.25 = 9); the other coordinates shrink by 0.84 and 0.7525
// per step (negligible after 60 steps: 0.84¹²⁰ ≈ 10⁻⁹). The curves are parallel, 9/8 apart.
BOOST_AUTO_TEST_CASE(eta_0_02_and_just_below_two_over_lambda_max_decay_alike) {
    const redes::Quadratic q(1.0, 8.0);
    redes::PathOptions o;
    o.steps = 60;
    const redes::Vector theta0{-4.0, 1.5};
    const auto slow = redes::gradient_descent_path(q, 0.02, theta0, o);
    const auto edge = redes::gradient_descent_path(q, 0.99 * q.eta_critical(), theta0, o);
    BOOST_TEST_REQUIRE(!slow.diverged());
    BOOST_TEST_REQUIRE(!edge.diverged());
    for (std::size_t k : {30u, 60u})
        BOOST_TEST(edge.value[k] / slow.value[k] == 9.0 / 8.0, tt::tolerance(1e-3));
}

// README, plot ch10_rosenbrock: with the default η = 0.001 from (−1.5, 2) the path drops onto the
// valley floor within 20 steps (the wall term 100(y − x²)² below 0.01, from 0.25·100 at θ_0),
// then crawls along it: after 5000 steps it is still more than 0.1 from (1, 1).
BOOST_AUTO_TEST_CASE(rosenbrock_drops_into_the_valley_then_crawls_along_it) {
    const redes::Rosenbrock rb;
    redes::PathOptions o;
    o.steps = 5000;
    const auto p = redes::gradient_descent_path(rb, 1e-3, redes::Vector{-1.5, 2.0}, o);
    BOOST_TEST_REQUIRE(!p.diverged());
    const redes::Vector t20 = p.theta[20];
    BOOST_TEST(100 * std::pow(t20[1] - t20[0] * t20[0], 2) < 0.01);
    BOOST_TEST(redes::norm(p.last() - rb.minimizer()) > 0.1);
}

// SOLUTIONS 4: η = 0.0019 is twice the local limit at θ_0; R̂ climbs for three steps, and the
// overshoot lands where the local limit 2/λ_max(∇²R̂(θ_3)) is above η; from there it converges,
// closer to (1, 1) after 5000 steps than η = 0.001 (0.0116 against 0.1748 in the records).
BOOST_AUTO_TEST_CASE(rosenbrock_overshoot_lands_where_the_local_limit_allows_eta) {
    const redes::Rosenbrock rb;
    const redes::Vector r0{-1.5, 2.0};
    BOOST_TEST(0.0019 > 1.9 * ch10::local_eta_critical(rb, r0));
    redes::PathOptions o;
    o.steps = 5000;
    const auto fast = redes::gradient_descent_path(rb, 0.0019, r0, o);
    const auto slow = redes::gradient_descent_path(rb, 0.001, r0, o);
    BOOST_TEST_REQUIRE(!fast.diverged());
    BOOST_TEST(fast.value[1] > fast.value[0]);
    BOOST_TEST(fast.value[3] > fast.value[2]);
    BOOST_TEST(ch10::local_eta_critical(rb, fast.theta[3]) > 0.0019);
    BOOST_TEST(redes::norm(fast.last() - rb.minimizer()) <
               redes::norm(slow.last() - rb.minimizer()) / 10);
    // η = 0.0022 is above the limit at the minimum too: it diverges
    BOOST_TEST(0.0022 > ch10::local_eta_critical(rb, rb.minimizer()));
    BOOST_TEST(redes::gradient_descent_path(rb, 0.0022, r0, o).diverged());
}

BOOST_AUTO_TEST_CASE(program_runs_draws_and_reports_divergence_without_nan) {
    const auto r = redes_test::run_chapter("10_gradient_descent", "--quick");
    BOOST_TEST(r.exit_code == 0, r.err);
    for (const char* p : {"ch10_paths", "ch10_risk", "ch10_eta_threshold", "ch10_saddle",
                          "ch10_directional", "ch10_rosenbrock"})
        BOOST_TEST(r.has_plot(p), p);
    BOOST_TEST(r.out.find("diverged at step 18") !=
               std::string::npos);  // η = 0.3 on A = diag(1, 8)
    std::string lower = r.out;
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return std::tolower(c); });
    BOOST_TEST(lower.find("nan") == std::string::npos);
    BOOST_TEST(lower.find("inf") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(bad_option_value_is_one_line_naming_the_option) {
    auto r = redes_test::run_chapter("10_gradient_descent", "--quick --eta 0");
    BOOST_TEST(r.exit_code != 0);
    BOOST_TEST(r.err.find("--eta") != std::string::npos, r.err);
    BOOST_TEST(std::count(r.err.begin(), r.err.end(), '\n') == 1);
    r = redes_test::run_chapter("10_gradient_descent", "--quick --steps 0");
    BOOST_TEST(r.exit_code != 0);
    BOOST_TEST(r.err.find("--steps") != std::string::npos, r.err);
    r = redes_test::run_chapter("10_gradient_descent", "--quick --lambda2=-3");
    BOOST_TEST(r.exit_code != 0);
    BOOST_TEST(r.err.find("--lambda2") != std::string::npos, r.err);
}

BOOST_AUTO_TEST_SUITE_END()
