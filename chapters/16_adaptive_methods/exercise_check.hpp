#pragma once
// The checker of exercise 16 (make exercise-16; tests/exercises_test.cpp checks the checker).
// The student's step and redes::Adam (the library's, src/redes/optim/adam.hpp) take the same
// steps from the same θ_0 with the same gradients g_k (redes::Rng, fixed seeds); then θ_k − θ_0,
// s_k, r_k and k are compared.
//
// Tolerance: a step is elementwise arithmetic (a power, a root, three divisions), so a correct
// implementation in another order (ρ^{k+1} by std::pow or by repeated products, ŝ by a division
// or by a reciprocal) differs by a few ulps per step; after ten steps, by ≲ 100ε relative. The
// checks allow 1e-12 relative to the largest entry of what is compared (≈ 4500ε). The change
// θ_k − θ_0 is compared rather than θ_k, so that the tolerance scales with the steps and not
// with θ_0. Mistakes (a missing correction, δ inside the root, corrected moments carried on)
// change these by ≳ 1e-9 relative
// (δ inside the root, the smallest: 5e-9 after one step).
#include <cmath>
#include <cstddef>
#include <functional>
#include <ostream>
#include <string>
#include <vector>

#include "exercise.hpp"
#include "redes/app/exercise.hpp"
#include "redes/linalg.hpp"
#include "redes/optim/adam.hpp"
#include "redes/stats/rng.hpp"

namespace exercise16 {

using AdamStep = std::function<void(redes::Vector&, const redes::Vector&, AdamState&, double,
                                    double, double, double)>;

namespace detail {

constexpr double rel_tol = 1e-12;

inline double tol(const redes::Vector& expected) {
    return rel_tol * std::max(redes::norm_inf(expected), 1e-300);
}

struct Constants {
    double eta = 0.01, rho1 = 0.9, rho2 = 0.999, delta = 1e-8;
};

// θ_0 and the gradients g_0 … g_{K−1}, drawn with scale g_scale.
struct Run {
    redes::Vector theta0;
    std::vector<redes::Vector> g;
};
inline Run draw(std::size_t N, std::size_t K, unsigned seed, double g_scale = 1.0) {
    redes::Rng rng(seed);
    Run run;
    run.theta0 = redes::Vector::from_function(N, [&](std::size_t) { return rng.normal(); });
    for (std::size_t k = 0; k < K; ++k)
        run.g.push_back(
            redes::Vector::from_function(N, [&](std::size_t) { return g_scale * rng.normal(); }));
    return run;
}

// The student's K steps and the library's, then the comparisons asked for.
inline std::string compare_runs(const AdamStep& adam_step, const Run& run, const Constants& c,
                                bool check_theta, bool check_moments, bool check_k) {
    const std::size_t N = run.theta0.size(), K = run.g.size();
    redes::Vector theta = run.theta0;
    AdamState state{redes::Vector(N), redes::Vector(N), 0};
    redes::Vector theta_ref = run.theta0;
    redes::Adam ref(c.eta, c.rho1, c.rho2, c.delta);
    for (std::size_t i = 0; i < K; ++i) {
        adam_step(theta, run.g[i], state, c.eta, c.rho1, c.rho2, c.delta);
        ref.step(theta_ref, run.g[i]);
    }
    const std::string after = "after " + std::to_string(K) + (K == 1 ? " step: " : " steps: ");
    std::vector<std::string> problems;
    if (check_theta) {
        if (theta.size() != N)
            problems.push_back("θ has " + std::to_string(theta.size()) + " entries, expected " +
                               std::to_string(N));
        else {
            const redes::Vector expected = theta_ref - run.theta0;
            problems.push_back(
                redes::app::compare("θ_K − θ_0", theta - run.theta0, expected, tol(expected)));
        }
    }
    if (check_moments) {
        problems.push_back(redes::app::compare("s_K", state.s, ref.s(), tol(ref.s())));
        problems.push_back(redes::app::compare("r_K", state.r, ref.r(), tol(ref.r())));
    }
    if (check_k && state.k != K)
        problems.push_back("k is " + std::to_string(state.k) + ", expected " + std::to_string(K));
    const std::string problem = redes::app::first_problem(problems);
    return problem.empty() ? problem : after + problem;
}

}  // namespace detail

// Runs every check, prints one line each and a summary; returns the number that failed.
inline std::size_t check(const AdamStep& adam_step, std::ostream& out) {
    using detail::compare_runs;
    using detail::Constants;
    using detail::draw;
    redes::app::ExerciseReport report(
        out, "16", "Adam: s ← ρ₁s + (1 − ρ₁)g,  r ← ρ₂r + (1 − ρ₂)g ⊙ g,  θ ← θ − η ŝ/(δ + √r̂)",
        "chapters/16_adaptive_methods/exercise.cpp");
    const Constants defaults;  // η = 0.01, ρ₁ = 0.9, ρ₂ = 0.999, δ = 1e-8

    report.check("shapes: θ, s and r keep their N = 4 entries", [&] {
        redes::Vector theta(4, 1.0);
        AdamState state{redes::Vector(4), redes::Vector(4), 0};
        adam_step(theta, redes::Vector{0.1, -0.2, 0.3, -0.4}, state, 0.01, 0.9, 0.999, 1e-8);
        if (theta.size() != 4)
            return "θ has " + std::to_string(theta.size()) + " entries, expected 4";
        if (state.s.size() != 4)
            return "s has " + std::to_string(state.s.size()) + " entries, expected 4";
        if (state.r.size() != 4)
            return "r has " + std::to_string(state.r.size()) + " entries, expected 4";
        return std::string();
    });
    report.check(
        "the first step (k = 0): bias-corrected, θ moves by ≈ η against the sign of g_0 (N = 4)",
        [&] { return compare_runs(adam_step, draw(4, 1, 1601), defaults, true, false, false); });
    report.check("k counts the steps: k = 3 after three steps", [&] {
        return compare_runs(adam_step, draw(4, 3, 1602), defaults, false, false, true);
    });
    report.check("the state carries the uncorrected s_{k+1}, r_{k+1}, not ŝ, r̂ (after 3 steps)",
                 [&] {
                     return compare_runs(adam_step, draw(4, 3, 1603), defaults, false, true, false);
                 });
    report.check(
        "ten steps with random g_k: θ, s, r (N = 5; η = 0.01, ρ₁ = 0.9, ρ₂ = 0.999, δ = 1e-8)",
        [&] { return compare_runs(adam_step, draw(5, 10, 1604), defaults, true, true, true); });
    report.check("other constants: η = 0.3, ρ₁ = 0.5, ρ₂ = 0.9, δ = 1e-3, six steps (N = 3)", [&] {
        Constants c;
        c.eta = 0.3;
        c.rho1 = 0.5;
        c.rho2 = 0.9;
        c.delta = 1e-3;
        return compare_runs(adam_step, draw(3, 6, 1605), c, true, true, true);
    });
    report.check(
        "δ outside the root: g_0 of size ≈ δ = 1e-8 moves θ by η|g|/(δ + |g|) ~ 1e-3, not ~1e-7 as with √(δ + r̂)",
        [&] {
            return compare_runs(adam_step, draw(3, 1, 1606, 1e-8), defaults, true, false, false);
        });
    return report.summary();
}

}  // namespace exercise16
