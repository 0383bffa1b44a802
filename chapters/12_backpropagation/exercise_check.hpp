#pragma once
// The checker of exercise 12 (make exercise-12; tests/exercises_test.cpp checks the checker).
// A random network and sample (redes::Rng, fixed seeds) go through the library's literal path:
// literal_forward stores every layer's (z_ℓ, x_ℓ, G_σ′(z_ℓ), …), literal_rows gives every
// r_ℓ, literal_backward every ∂J/∂W_ℓ, ∂J/∂b_ℓ. The student's step through layer ℓ gets
// (r_ℓ, W_ℓ, x_{ℓ−1}, σ_{ℓ−1}, z_{ℓ−1}) and must give back ∂J/∂W_ℓ, ∂J/∂b_ℓ and r_{ℓ−1}.
//
// Tolerance: each entry of r_{ℓ−1} is a sum of N_ℓ ≤ 6 products; ∂J/∂W_ℓ and ∂J/∂b_ℓ are
// products of two numbers. Chained over L = 4 layers, any correct order of these operations
// stays within a few tens of ε of the library relative to the largest entry. The checks allow
// 1e-12·max|expected| (≈ 4500ε): far above rounding, far below a mistake (≳ 1e-2 here).
#include <cmath>
#include <cstddef>
#include <functional>
#include <ostream>
#include <string>
#include <vector>

#include "exercise.hpp"
#include "redes/activations/activation.hpp"
#include "redes/app/exercise.hpp"
#include "redes/backprop/efficient.hpp"
#include "redes/backprop/literal.hpp"
#include "redes/linalg.hpp"
#include "redes/models/mlp.hpp"
#include "redes/risk/cost.hpp"
#include "redes/stats/rng.hpp"

namespace exercise12 {

using Step =
    std::function<BackwardStep(const redes::Vector&, const redes::Matrix&, const redes::Vector&,
                               const redes::Activation&, const redes::Vector&)>;

namespace detail {

constexpr double rel_tol = 1e-12;

inline double tol(const redes::Matrix& expected) {
    return rel_tol * std::max(redes::max_abs(expected), 1e-300);
}
inline double tol(const redes::Vector& expected) {
    return rel_tol * std::max(redes::norm_inf(expected), 1e-300);
}

// A network of widths N with the given σ_ℓ (W_ℓ ~ N(0, 1/N_{ℓ−1}), b_ℓ ~ N(0, 0.5²)), one sample
// x_m ~ N(0, 1), y_m uniform in [0, 1), and everything the literal path computes for it.
struct Case {
    redes::MLP net;
    redes::LiteralSample s;
    std::vector<redes::Vector> rows;  // rows[ℓ−1] = r_ℓ
    redes::MLPGradient g;             // g.dW[ℓ−1] = ∂J/∂W_ℓ
};
inline Case draw(const std::vector<std::size_t>& N, const std::vector<redes::Activation>& sigmas,
                 unsigned seed) {
    redes::Rng rng(seed);
    Case c;
    c.net = redes::MLP(N, sigmas);
    for (std::size_t l = 1; l <= c.net.L(); ++l) {
        const double s = 1.0 / std::sqrt(static_cast<double>(N[l - 1]));
        c.net.W(l) = redes::Matrix::from_function(N[l], N[l - 1], [&](std::size_t, std::size_t) {
            return rng.normal(0.0, s);
        });
        c.net.b(l) =
            redes::Vector::from_function(N[l], [&](std::size_t) { return rng.normal(0.0, 0.5); });
    }
    const redes::Vector x_m =
        redes::Vector::from_function(N.front(), [&](std::size_t) { return rng.normal(); });
    const redes::Vector y_m =
        redes::Vector::from_function(N.back(), [&](std::size_t) { return rng.uniform(); });
    c.s = redes::literal_forward(c.net, redes::Cost::quadratic(), x_m, y_m);
    c.rows = redes::literal_rows(c.net, c.s);
    c.g = redes::literal_backward(c.net, c.s);
    return c;
}

// The student's step through layer ℓ ≥ 2 of case c.
inline BackwardStep step_through(const Step& step, const Case& c, std::size_t ell) {
    const redes::LiteralLayer& below = c.s.layer(ell - 1);
    return step(c.rows[ell - 1], c.net.W(ell), below.x, c.net.sigma(ell - 1), below.z);
}

// The three results of the step through ℓ against the library ("" when all agree).
inline std::string compare_step(const BackwardStep& got, const Case& c, std::size_t ell,
                                bool r_prev, bool dW, bool db) {
    using redes::app::compare;
    const std::string l = std::to_string(ell), lm = std::to_string(ell - 1);
    std::vector<std::string> problems;
    if (r_prev)
        problems.push_back(compare("r_" + lm, got.r_prev, c.rows[ell - 2], tol(c.rows[ell - 2])));
    if (dW)
        problems.push_back(compare("∂J/∂W_" + l, got.dJ_dW, c.g.dW[ell - 1], tol(c.g.dW[ell - 1])));
    if (db)
        problems.push_back(compare("∂J/∂b_" + l, got.dJ_db, c.g.db[ell - 1], tol(c.g.db[ell - 1])));
    return redes::app::first_problem(problems);
}

}  // namespace detail

// Runs every check, prints one line each and a summary; returns the number that failed.
inline std::size_t check(const Step& backward_step, std::ostream& out) {
    using detail::compare_step;
    using detail::draw;
    using detail::step_through;
    using redes::Activation;
    using redes::Matrix;
    using redes::Vector;
    redes::app::ExerciseReport report(
        out, "12",
        "∂J/∂W_ℓ = r_ℓᵀ ∂z_ℓ/∂W_ℓ,  ∂J/∂b_ℓ = r_ℓᵀ I,  r_{ℓ−1}ᵀ = r_ℓᵀ W_ℓ G_σ′(z_{ℓ−1})ᵀ",
        "chapters/12_backpropagation/exercise.cpp");

    // N = (4, 5, 3, 2): σ₁ = tanh, σ₂ = relu, σ₃ = sigmoid. Seed 1201 leaves units of layer 2 off.
    const std::vector<std::size_t> N{4, 5, 3, 2};
    const std::vector<Activation> sigmas{Activation::tanh(), Activation::relu(),
                                         Activation::sigmoid()};

    report.check(
        "shapes: the step through ℓ = 2 of N = (4, 5, 3, 2) gives ∂J/∂W₂ 3×5, ∂J/∂b₂ 3, r₁ 5", [&] {
            const auto c = draw(N, sigmas, 1201);
            const BackwardStep got = step_through(backward_step, c, 2);
            if (got.dJ_dW.rows() != 3 || got.dJ_dW.cols() != 5)
                return "∂J/∂W₂ is " + redes::shape_str(got.dJ_dW.rows(), got.dJ_dW.cols()) +
                       ", expected (3×5)";
            if (got.dJ_db.size() != 3)
                return "∂J/∂b₂ has " + std::to_string(got.dJ_db.size()) + " entries, expected 3";
            if (got.r_prev.size() != 5)
                return "r₁ has " + std::to_string(got.r_prev.size()) + " entries, expected 5";
            return std::string();
        });
    report.check(
        "r_{ℓ−1}ᵀ = r_ℓᵀ W_ℓ G_σ′(z_{ℓ−1})ᵀ through ℓ = 3 (σ₂ = relu, units off: r₂ is 0 there)",
        [&] {
            const auto c = draw(N, sigmas, 1201);
            return compare_step(step_through(backward_step, c, 3), c, 3, true, false, false);
        });
    report.check("r_{ℓ−1}ᵀ = r_ℓᵀ W_ℓ G_σ′(z_{ℓ−1})ᵀ through ℓ = 2 (σ₁ = tanh)", [&] {
        const auto c = draw(N, sigmas, 1202);
        return compare_step(step_through(backward_step, c, 2), c, 2, true, false, false);
    });
    report.check("∂J/∂W_ℓ = r_ℓᵀ ∂z_ℓ/∂W_ℓ, ℓ = 3 and ℓ = 2", [&] {
        const auto c = draw(N, sigmas, 1203);
        return redes::app::first_problem(
            {compare_step(step_through(backward_step, c, 3), c, 3, false, true, false),
             compare_step(step_through(backward_step, c, 2), c, 2, false, true, false)});
    });
    report.check("∂J/∂b_ℓ = r_ℓᵀ I, ℓ = 3 and ℓ = 2", [&] {
        const auto c = draw(N, sigmas, 1204);
        return redes::app::first_problem(
            {compare_step(step_through(backward_step, c, 3), c, 3, false, false, true),
             compare_step(step_through(backward_step, c, 2), c, 2, false, false, true)});
    });
    report.check("one output: N = (3, 4, 1), the step through ℓ = 2 (σ₁ = sigmoid)", [&] {
        const auto c = draw({3, 4, 1}, {Activation::sigmoid(), Activation::identity()}, 1205);
        return compare_step(step_through(backward_step, c, 2), c, 2, true, true, true);
    });
    report.check(
        "ℓ = 1 with σ = identity and z₀ = x_m: r₀ᵀ = r₁ᵀ W₁ = ∂J/∂x_m (the efficient path's W₁ᵀ δ₁)",
        [&] {
            const auto c = draw(N, sigmas, 1206);
            const Vector& x_m = c.s.x_0;
            const BackwardStep got =
                backward_step(c.rows[0], c.net.W(1), x_m, Activation::identity(), x_m);
            const Vector expected =
                redes::input_gradient(c.net.W(1), Matrix::from_columns({c.rows[0]})).col(0);
            return redes::app::first_problem(
                {redes::app::compare("r₀", got.r_prev, expected, detail::tol(expected)),
                 redes::app::compare("∂J/∂W₁", got.dJ_dW, c.g.dW[0], detail::tol(c.g.dW[0])),
                 redes::app::compare("∂J/∂b₁", got.dJ_db, c.g.db[0], detail::tol(c.g.db[0]))});
        });
    report.check(
        "the whole backward pass: your step chained from r_L down to ℓ = 1 equals literal_backward (L = 4, leaky_relu, abs, tanh, identity)",
        [&] {
            const auto c = draw({3, 6, 4, 5, 2},
                                {Activation::leaky_relu(0.1), Activation::abs(), Activation::tanh(),
                                 Activation::identity()},
                                1207);
            const std::size_t L = c.net.L();
            Vector r = c.rows[L - 1];  // r_Lᵀ = g_J′ᵀ G_σ′(z_L)ᵀ
            std::vector<std::string> problems;
            for (std::size_t ell = L; ell >= 1; --ell) {
                const bool first = ell == 1;
                const Vector& x_prev = first ? c.s.x_0 : c.s.layer(ell - 1).x;
                const BackwardStep got =
                    backward_step(r, c.net.W(ell), x_prev,
                                  first ? Activation::identity() : c.net.sigma(ell - 1),
                                  first ? c.s.x_0 : c.s.layer(ell - 1).z);
                const std::string l = std::to_string(ell);
                problems.push_back(redes::app::compare("∂J/∂W_" + l, got.dJ_dW, c.g.dW[ell - 1],
                                                       detail::tol(c.g.dW[ell - 1])));
                problems.push_back(redes::app::compare("∂J/∂b_" + l, got.dJ_db, c.g.db[ell - 1],
                                                       detail::tol(c.g.db[ell - 1])));
                r = got.r_prev;
                if (r.size() != x_prev.size())
                    problems.push_back("r_" + std::to_string(ell - 1) + " has " +
                                       std::to_string(r.size()) + " entries, expected " +
                                       std::to_string(x_prev.size()));
                if (!redes::app::first_problem(problems).empty()) break;
            }
            return redes::app::first_problem(problems);
        });
    return report.summary();
}

}  // namespace exercise12
