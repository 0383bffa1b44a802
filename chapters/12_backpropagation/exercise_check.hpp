#pragma once
// The checker of exercise 12 (make exercise-12; tests/exercises_test.cpp checks the checker).
// A random network and sample (redes::Rng, fixed seeds) go through the library's literal path:
// literal_forward stores every layer's (z_ℓ, x_ℓ, G_σ′(z_ℓ), …), literal_rows gives every
// r_ℓ, literal_backward every ∂J/∂W_ℓ, ∂J/∂b_ℓ. The student's step through layer ℓ gets
// (r_ℓ, W_ℓ, x_{ℓ−1}, σ_{ℓ−1}, z_{ℓ−1}) — the library's forward values and the library's r_ℓ,
// never the student's own r from the layer above — and must give back ∂J/∂W_ℓ, ∂J/∂b_ℓ and
// r_{ℓ−1}. One check per result, each at every layer of three nets: a slip in one result fails
// that one check, and its message names the layer and the net.
//
// Tolerance: each entry of r_{ℓ−1} is a sum of N_ℓ ≤ 6 products; ∂J/∂W_ℓ and ∂J/∂b_ℓ are
// products of two numbers. Any correct order of these operations stays within a few ε of the
// library relative to the largest entry. The checks allow
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

// The student's step through layer ℓ of case c, given the library's r_ℓ. For ℓ = 1 the layer
// below is the input: σ₀ = identity and z₀ = x₀ = x_m, so r₀ = W₁ᵀ r₁ = ∂J/∂x_m.
inline BackwardStep step_through(const Step& step, const Case& c, std::size_t ell) {
    if (ell == 1)
        return step(c.rows[0], c.net.W(1), c.s.x_0, redes::Activation::identity(), c.s.x_0);
    const redes::LiteralLayer& below = c.s.layer(ell - 1);
    return step(c.rows[ell - 1], c.net.W(ell), below.x, c.net.sigma(ell - 1), below.z);
}

// The library's r_{ℓ−1}: r_{ℓ−1} from literal_rows, or for ℓ = 1 the efficient path's W₁ᵀ δ₁.
inline redes::Vector library_r_prev(const Case& c, std::size_t ell) {
    if (ell >= 2) return c.rows[ell - 2];
    return redes::input_gradient(c.net.W(1), redes::Matrix::from_columns({c.rows[0]})).col(0);
}

// Which of the student's three results a check compares.
enum class Result { r_prev, dJ_dW, dJ_db };

// One result of the step through each layer in ells of case c (named net), against the library:
// the first problem, as "ℓ = 3 of the 4-5-3-2 net: r_2[1]: expected …", or "".
inline std::string compare_layers(const Step& step, const Case& c, const std::string& net,
                                  const std::vector<std::size_t>& ells, Result result) {
    using redes::app::compare;
    for (std::size_t ell : ells) {
        const BackwardStep got = step_through(step, c, ell);
        const std::string l = std::to_string(ell), lm = std::to_string(ell - 1);
        std::string problem;
        if (result == Result::r_prev) {
            const redes::Vector expected = library_r_prev(c, ell);
            problem = compare("r_" + lm, got.r_prev, expected, tol(expected));
        } else if (result == Result::dJ_dW) {
            problem = compare("∂J/∂W_" + l, got.dJ_dW, c.g.dW[ell - 1], tol(c.g.dW[ell - 1]));
        } else {
            problem = compare("∂J/∂b_" + l, got.dJ_db, c.g.db[ell - 1], tol(c.g.db[ell - 1]));
        }
        if (!problem.empty()) return "ℓ = " + l + " of the " + net + " net: " + problem;
    }
    return "";
}

}  // namespace detail

// Runs every check, prints one line each and a summary; returns the number that failed.
inline std::size_t check(const Step& backward_step, std::ostream& out) {
    using detail::compare_layers;
    using detail::draw;
    using detail::Result;
    using redes::Activation;
    redes::app::ExerciseReport report(
        out, "12",
        "∂J/∂W_ℓ = r_ℓᵀ ∂z_ℓ/∂W_ℓ,  ∂J/∂b_ℓ = r_ℓᵀ I,  r_{ℓ−1}ᵀ = r_ℓᵀ W_ℓ G_σ′(z_{ℓ−1})ᵀ",
        "chapters/12_backpropagation/exercise.cpp");

    // Three random networks, one random sample each (x_m ~ N(0, 1), y_m uniform in [0, 1)).
    // Seed 1201 leaves units of layer 2 off (relu), so r₂ is 0 there.
    const auto a =
        draw({4, 5, 3, 2}, {Activation::tanh(), Activation::relu(), Activation::sigmoid()}, 1201);
    const auto b = draw({3, 4, 1}, {Activation::sigmoid(), Activation::identity()}, 1205);
    const auto d = draw({3, 6, 4, 5, 2},
                        {Activation::leaky_relu(0.1), Activation::abs(), Activation::tanh(),
                         Activation::identity()},
                        1207);
    // Every check gives the student's step the library's r_ℓ (not the r_ℓ of the student's step
    // above), so a slip in one of the three results fails that result's check only.
    const auto every_layer = [&](Result result) {
        return redes::app::first_problem(
            {compare_layers(backward_step, a, "4-5-3-2", {3, 2, 1}, result),
             compare_layers(backward_step, b, "3-4-1", {2, 1}, result),
             compare_layers(backward_step, d, "3-6-4-5-2", {4, 3, 2, 1}, result)});
    };

    report.check(
        "r_{ℓ−1}ᵀ = r_ℓᵀ W_ℓ G_σ′(z_{ℓ−1})ᵀ, given the library's r_ℓ, at every ℓ of a 4-5-3-2 "
        "net (tanh, relu with units off, sigmoid), a 3-4-1 and a 3-6-4-5-2 net (leaky_relu, abs, "
        "tanh); ℓ = 1 gives r₀ = ∂J/∂x_m; random inputs",
        [&] { return every_layer(Result::r_prev); });
    report.check(
        "∂J/∂W_ℓ = r_ℓᵀ ∂z_ℓ/∂W_ℓ (N_ℓ×N_{ℓ−1}), given the library's r_ℓ, at every ℓ of "
        "the same three nets, random inputs",
        [&] { return every_layer(Result::dJ_dW); });
    report.check(
        "∂J/∂b_ℓ = r_ℓᵀ I (N_ℓ entries), given the library's r_ℓ, at every ℓ of the same "
        "three nets, random inputs",
        [&] { return every_layer(Result::dJ_db); });
    return report.summary();
}

}  // namespace exercise12
