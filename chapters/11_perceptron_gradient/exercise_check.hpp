#pragma once
// The checker of exercise 11 (make exercise-11; tests/exercises_test.cpp checks the checker).
// Random perceptrons and samples come from redes::Rng with fixed seeds; the reference is the
// library's literal path on the same perceptron as an MLP with L = 1: redes::dz_dW,
// literal_backward (one sample) and literal_backprop (the mean over M samples). One check per
// function, each over several cases (a failure names the case); dJ_dW1 is given the library's
// tensor and dR_dW1 the library's per-sample gradient, so a slip fails its own check only.
//
// Tolerances: the tensor's entries are copies of [x_m]_k or 0, so it must match exactly. Each
// entry of ∂J/∂W₁ is a sum of N₁ ≤ 6 products of three numbers, and ∂R̂/∂W₁ a mean of M ≤ 8
// of those; any correct order of these operations differs from the library's by a few tens of
// ε relative to the largest entry. The checks allow 1e-12·max|expected| (≈ 4500ε): far above
// rounding, far below a mistake (a missing factor changes entries by ≳ 1e-2 here).
#include <cmath>
#include <cstddef>
#include <functional>
#include <ostream>
#include <string>
#include <vector>

#include "exercise.hpp"
#include "redes/activations/activation.hpp"
#include "redes/app/exercise.hpp"
#include "redes/backprop/literal.hpp"
#include "redes/linalg.hpp"
#include "redes/models/perceptron.hpp"
#include "redes/risk/cost.hpp"
#include "redes/stats/rng.hpp"

namespace exercise11 {

using DJDW1 = std::function<redes::Matrix(const redes::Perceptron&, const redes::Cost&,
                                          const redes::Vector&, const redes::Vector&, const DzDW&)>;
using DRDW1 = std::function<redes::Matrix(const redes::Perceptron&, const redes::Matrix&,
                                          const redes::Matrix&, const DJDW1Sample&)>;

namespace detail {

constexpr double rel_tol = 1e-12;

inline double tol(const redes::Matrix& expected) {
    return rel_tol * std::max(redes::max_abs(expected), 1e-300);
}

// A perceptron N → N₁ (W₁ ~ N(0, 1/N), b₁ ~ N(b_mean, 0.3²)) and M samples: x_m ~ N(0, 1),
// y_m uniform in [0, 1) (or one-hot, for the cross-entropy cost).
struct Case {
    redes::Perceptron f;
    redes::Matrix X, Y;
};
inline Case draw(std::size_t N, std::size_t N1, std::size_t M, const redes::Activation& sigma,
                 unsigned seed, double b_mean = 0.0, bool one_hot = false) {
    redes::Rng rng(seed);
    const double s = 1.0 / std::sqrt(static_cast<double>(N));
    redes::Matrix W1 = redes::Matrix::from_function(N1, N, [&](std::size_t, std::size_t) {
        return rng.normal(0.0, s);
    });
    redes::Vector b1 =
        redes::Vector::from_function(N1, [&](std::size_t) { return rng.normal(b_mean, 0.3); });
    redes::Matrix X =
        redes::Matrix::from_function(N, M, [&](std::size_t, std::size_t) { return rng.normal(); });
    redes::Matrix Y(N1, M);
    for (std::size_t m = 0; m < M; ++m) {
        const std::size_t hot = rng.index(N1);
        for (std::size_t i = 0; i < N1; ++i)
            Y(i, m) = one_hot ? (i == hot ? 1.0 : 0.0) : rng.uniform();
    }
    return {redes::Perceptron(W1, b1, sigma), X, Y};
}

// The library's ∂J/∂W₁ of one sample of the perceptron f (the literal path, as an MLP with L = 1).
inline DJDW1Sample library_dJ_dW1(const redes::Perceptron& f, const redes::Cost& J) {
    const redes::MLP net = f.to_mlp();
    return [net, J](const redes::Vector& x_m, const redes::Vector& y_m) {
        return redes::literal_backward(net, redes::literal_forward(net, J, x_m, y_m)).dW[0];
    };
}

// "" or "<case>: <problem>": which of a check's cases is wrong.
inline std::string in_case(const std::string& name, const std::string& problem) {
    return problem.empty() ? problem : name + ": " + problem;
}

}  // namespace detail

// Runs every check, prints one line each and a summary; returns the number that failed.
inline std::size_t check(const DzDW& dz_dW, const DJDW1& dJ_dW1, const DRDW1& dR_dW1,
                         std::ostream& out) {
    using detail::draw;
    using detail::in_case;
    using detail::library_dJ_dW1;
    using detail::tol;
    using redes::Activation;
    using redes::Cost;
    using redes::Matrix;
    using redes::Vector;
    using redes::app::compare;
    redes::app::ExerciseReport report(out, "11",
                                      "∂R̂/∂W₁ = (1/M) Σ_m g_J′(x₁ₘ)ᵀ G_σ′(z₁ₘ)ᵀ ∂{W₁x_m + b₁}/∂W₁",
                                      "chapters/11_perceptron_gradient/exercise.cpp");
    const Cost quadratic = Cost::quadratic();

    // Each function gets the library's version of the step before it (redes::dz_dW for dJ_dW1,
    // the literal ∂J/∂W₁ for dR_dW1): one slip fails the check of its own step only.
    const DzDW library_dz_dW = [](const Vector& x_m, std::size_t N1) {
        return redes::dz_dW(x_m, N1);
    };

    report.check(
        "∂z/∂W₁ = ∂{W₁x_m + b₁}/∂W₁: slice i holds x_mᵀ in its row j = i, 0 elsewhere "
        "(N₁×N₁×N = 3×3×4, and the edges 1×1×5, 4×4×1)",
        [&] {
            const Vector x4{0.5, -1.0, 2.0, 0.25}, x5{1.0, 2.0, 3.0, 4.0, 5.0}, x1{-0.5};
            return redes::app::first_problem(
                {in_case("3×3×4", compare("∂z/∂W₁", dz_dW(x4, 3), redes::dz_dW(x4, 3), 0.0)),
                 in_case("1×1×5", compare("∂z/∂W₁", dz_dW(x5, 1), redes::dz_dW(x5, 1), 0.0)),
                 in_case("4×4×1", compare("∂z/∂W₁", dz_dW(x1, 4), redes::dz_dW(x1, 4), 0.0))});
        });

    report.check(
        "∂J/∂W₁ = g_J′ᵀ G_σ′ᵀ ∂z/∂W₁, given the library's ∂z/∂W₁, one random sample each: "
        "4→3 sigmoid, 5→4 relu with dead units, 3→4 tanh with J = cross-entropy, 6→1 tanh",
        [&] {
            const Cost ce = Cost::cross_entropy();
            struct One {
                std::string name;
                detail::Case c;
                const Cost& J;
            };
            const std::vector<One> cases{{"4→3 sigmoid, J = ‖y_m − x₁ₘ‖²",
                                          draw(4, 3, 1, Activation::sigmoid(), 1102), quadratic},
                                         {"5→4 relu, b₁ < 0 (dead units give rows of 0)",
                                          draw(5, 4, 1, Activation::relu(), 1103, -0.4), quadratic},
                                         {"3→4 tanh, J = cross-entropy (g_J′ comes from J)",
                                          draw(3, 4, 1, Activation::tanh(), 1104, 0.0, true), ce},
                                         {"6→1 tanh (one output)",
                                          draw(6, 1, 1, Activation::tanh(), 1105), quadratic}};
            std::vector<std::string> problems;
            for (const One& one : cases) {
                const Vector x_m = one.c.X.col(0), y_m = one.c.Y.col(0);
                const Matrix expected = library_dJ_dW1(one.c.f, one.J)(x_m, y_m);
                problems.push_back(
                    in_case(one.name,
                            compare("∂J/∂W₁", dJ_dW1(one.c.f, one.J, x_m, y_m, library_dz_dW),
                                    expected, tol(expected))));
            }
            return redes::app::first_problem(problems);
        });

    report.check(
        "∂R̂/∂W₁ = (1/M) Σ_m ∂J/∂W₁, given the library's ∂J/∂W₁ of each sample: "
        "M = 8 random samples of a 4→3 sigmoid, M = 1 of a 3→2 leaky_relu:0.1",
        [&] {
            const auto c8 = draw(4, 3, 8, Activation::sigmoid(), 1106);
            const auto c1 = draw(3, 2, 1, Activation::leaky_relu(0.1), 1107);
            std::vector<std::string> problems;
            for (const auto* c : {&c8, &c1}) {
                const Matrix expected =
                    redes::literal_backprop(c->f.to_mlp(), quadratic, c->X, c->Y).dW[0];
                const Matrix got = dR_dW1(c->f, c->X, c->Y, library_dJ_dW1(c->f, quadratic));
                problems.push_back(in_case("M = " + std::to_string(c->X.cols()),
                                           compare("∂R̂/∂W₁", got, expected, tol(expected))));
            }
            return redes::app::first_problem(problems);
        });
    return report.summary();
}

}  // namespace exercise11
