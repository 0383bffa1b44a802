#pragma once
// The checker of exercise 16 (make exercise-16; tests/exercises_test.cpp checks the checker).
// redes::Adam (the library's, src/redes/optim/adam.hpp) takes K steps from θ_0 with gradients
// g_k (redes::Rng, fixed seeds); before each, the student's step starts from the library's
// θ_k, s_k, r_k, k, and its θ_{k+1} − θ_k, s_{k+1}, r_{k+1} and k + 1 are compared with the
// library's. One check per result, so one slip fails one check.
//
// Tolerance: a step is elementwise arithmetic (a power, a root, three divisions), so a correct
// implementation in another order (ρ^{k+1} by std::pow or by repeated products, ŝ by a division
// or by a reciprocal) differs by a few ulps in one step from the same state. The checks allow 1e-12 relative to the largest entry of what is compared (≈ 4500ε). The change
// θ_{k+1} − θ_k is compared rather than θ_{k+1}, so that the tolerance scales with the step and not
// with θ_0. Mistakes (a missing correction, corrected moments carried on) change these by
// ≳ 1e-2 relative; δ inside the root, in its own check (ρ = 0, |g| ≈ δ), by a factor ~ 1e-4.
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

// Which of the student's results a check compares.
enum class Result { theta, moments, k };

// Steps k = 0 … K−1 of the library's Adam; before each, the student's θ and state are set to the
// library's θ_k, s_k, r_k, k, and the student's one step is compared with the library's step.
// A slip in one result (θ, the moments, k) then fails that result's check and no other: the
// student's own state never reaches a later step. The first problem, "step k = 3 → 4: …", or "".
inline std::string compare_steps(const AdamStep& adam_step, const Run& run, const Constants& c,
                                 Result result) {
    using redes::app::compare;
    const std::size_t N = run.theta0.size(), K = run.g.size();
    redes::Vector theta_ref = run.theta0;
    redes::Adam ref(c.eta, c.rho1, c.rho2, c.delta);
    for (std::size_t k = 0; k < K; ++k) {
        const redes::Vector theta_k = theta_ref;
        redes::Vector theta = theta_k;
        AdamState state{k == 0 ? redes::Vector(N) : ref.s(), k == 0 ? redes::Vector(N) : ref.r(),
                        k};
        adam_step(theta, run.g[k], state, c.eta, c.rho1, c.rho2, c.delta);
        ref.step(theta_ref, run.g[k]);
        std::string problem;
        if (result == Result::theta) {
            const redes::Vector expected = theta_ref - theta_k;
            problem = theta.size() != N
                          ? "θ has " + std::to_string(theta.size()) + " entries, expected " +
                                std::to_string(N)
                          : compare("(θ_{k+1} − θ_k)", theta - theta_k, expected, tol(expected));
        } else if (result == Result::moments) {
            problem =
                redes::app::first_problem({compare("s_{k+1}", state.s, ref.s(), tol(ref.s())),
                                           compare("r_{k+1}", state.r, ref.r(), tol(ref.r()))});
        } else if (state.k != k + 1) {
            problem = "k is " + std::to_string(state.k) + ", expected " + std::to_string(k + 1);
        }
        if (!problem.empty())
            return "step k = " + std::to_string(k) + " → " + std::to_string(k + 1) + ": " + problem;
    }
    return "";
}

}  // namespace detail

// Runs every check, prints one line each and a summary; returns the number that failed.
inline std::size_t check(const AdamStep& adam_step, std::ostream& out) {
    using detail::compare_steps;
    using detail::Constants;
    using detail::draw;
    using detail::Result;
    using detail::Run;
    redes::app::ExerciseReport report(
        out, "16", "Adam: s ← ρ₁s + (1 − ρ₁)g,  r ← ρ₂r + (1 − ρ₂)g ⊙ g,  θ ← θ − η ŝ/(δ + √r̂)",
        "chapters/16_adaptive_methods/exercise.cpp");
    // Ten steps with the usual constants (N = 5) and six with others (N = 3), random g_k. δ is
    // 1e-300 there, below the rounding of √r̂, so δ's place does not matter in these checks:
    // the last check is about δ alone.
    Constants usual;  // η = 0.01, ρ₁ = 0.9, ρ₂ = 0.999
    usual.delta = 1e-300;
    Constants other;
    other.eta = 0.3;
    other.rho1 = 0.5;
    other.rho2 = 0.9;
    other.delta = 1e-300;
    const Run ten = draw(5, 10, 1604), six = draw(3, 6, 1605);
    const auto both = [&](Result result) {
        return redes::app::first_problem({compare_steps(adam_step, ten, usual, result),
                                          compare_steps(adam_step, six, other, result)});
    };

    report.check(
        "θ_{k+1} = θ_k − η ŝ/(δ + √r̂), bias-corrected ŝ = s_{k+1}/(1 − ρ₁^{k+1}), "
        "r̂ = r_{k+1}/(1 − ρ₂^{k+1}): one step from the library's state at each k = 0 … 9 "
        "(N = 5, η = 0.01, ρ₁ = 0.9, ρ₂ = 0.999) and k = 0 … 5 (N = 3, η = 0.3, ρ₁ = 0.5, "
        "ρ₂ = 0.9), random g_k",
        [&] { return both(Result::theta); });
    report.check(
        "the state carries the uncorrected s_{k+1} = ρ₁s_k + (1 − ρ₁)g_k, "
        "r_{k+1} = ρ₂r_k + (1 − ρ₂)g_k ⊙ g_k, not ŝ, r̂ (the same steps)",
        [&] { return both(Result::moments); });
    report.check("k counts the steps: k + 1 after the step from k (the same steps)",
                 [&] { return both(Result::k); });
    report.check(
        "δ outside the root: with ρ₁ = ρ₂ = 0 (ŝ = g_0, r̂ = g_0²) and |g_0| ≈ δ = 1e-8, θ moves "
        "by η g_0/(δ + |g_0|) ~ η, not η g_0/√(δ + g_0²) ~ 1e-4·η (N = 3)",
        [&] {
            Constants c;
            c.rho1 = 0.0;
            c.rho2 = 0.0;
            return compare_steps(adam_step, draw(3, 1, 1606, 1e-8), c, Result::theta);
        });
    return report.summary();
}

}  // namespace exercise16
