#pragma once
// The checker of exercise 11 (make exercise-11; tests/exercises_test.cpp checks the checker).
// Random perceptrons and samples come from redes::Rng with fixed seeds; the reference is the
// library's literal path on the same perceptron as an MLP with L = 1: redes::dz_dW,
// literal_backward (one sample) and literal_backprop (the mean over M samples).
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

#include "redes/activations/activation.hpp"
#include "redes/app/exercise.hpp"
#include "redes/backprop/literal.hpp"
#include "redes/linalg.hpp"
#include "redes/models/perceptron.hpp"
#include "redes/risk/cost.hpp"
#include "redes/stats/rng.hpp"

namespace exercise11 {

using DzDW = std::function<redes::Tensor3(const redes::Vector&, std::size_t)>;
using DJDW1 = std::function<redes::Matrix(const redes::Perceptron&, const redes::Cost&,
                                          const redes::Vector&, const redes::Vector&)>;
using DRDW1 = std::function<redes::Matrix(const redes::Perceptron&, const redes::Cost&,
                                          const redes::Matrix&, const redes::Matrix&)>;

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

// The library's ∂J/∂W₁ for sample m.
inline redes::Matrix library_dJ_dW1(const Case& c, const redes::Cost& J, std::size_t m) {
    const redes::MLP net = c.f.to_mlp();
    return redes::literal_backward(net, redes::literal_forward(net, J, c.X.col(m), c.Y.col(m)))
        .dW[0];
}

inline std::string shape_problem(const std::string& what, const redes::Matrix& A, std::size_t rows,
                                 std::size_t cols) {
    if (A.rows() == rows && A.cols() == cols) return "";
    return what + " is " + redes::shape_str(A.rows(), A.cols()) + ", expected " +
           redes::shape_str(rows, cols);
}

}  // namespace detail

// Runs every check, prints one line each and a summary; returns the number that failed.
inline std::size_t check(const DzDW& dz_dW, const DJDW1& dJ_dW1, const DRDW1& dR_dW1,
                         std::ostream& out) {
    using detail::draw;
    using detail::library_dJ_dW1;
    using detail::tol;
    using redes::Activation;
    using redes::Cost;
    using redes::Matrix;
    using redes::Tensor3;
    using redes::Vector;
    using redes::app::compare;
    redes::app::ExerciseReport report(out, "11",
                                      "∂R̂/∂W₁ = (1/M) Σ_m g_J′(x₁ₘ)ᵀ G_σ′(z₁ₘ)ᵀ ∂{W₁x_m + b₁}/∂W₁",
                                      "chapters/11_perceptron_gradient/exercise.cpp");
    const Cost quadratic = Cost::quadratic();

    // ---- the tensor ∂{W₁x_m + b₁}/∂W₁ -----------------------------------------------------
    report.check("∂z/∂W shape: x_m of N = 4 and N₁ = 3 give a 3×3×4 tensor", [&] {
        const Tensor3 T = dz_dW(Vector{0.5, -1.0, 2.0, 0.25}, 3);
        if (T.dim0() == 3 && T.dim1() == 3 && T.dim2() == 4) return std::string();
        return "∂z/∂W is " + std::to_string(T.dim0()) + "×" + std::to_string(T.dim1()) + "×" +
               std::to_string(T.dim2()) + ", expected 3×3×4 (N₁×N₁×N)";
    });
    report.check("∂z/∂W entries: slice i holds x_mᵀ in its row j = i, 0 elsewhere (N = 4, N₁ = 3)",
                 [&] {
                     const Vector x_m{0.5, -1.0, 2.0, 0.25};
                     return compare("∂z/∂W", dz_dW(x_m, 3), redes::dz_dW(x_m, 3), 0.0);
                 });
    report.check("∂z/∂W edge shapes: N₁ = 1, N = 5 and N₁ = 4, N = 1", [&] {
        const Vector x5{1.0, 2.0, 3.0, 4.0, 5.0}, x1{-0.5};
        return redes::app::first_problem(
            {compare("∂z/∂W (N₁ = 1)", dz_dW(x5, 1), redes::dz_dW(x5, 1), 0.0),
             compare("∂z/∂W (N = 1)", dz_dW(x1, 4), redes::dz_dW(x1, 4), 0.0)});
    });

    // ---- one sample: ∂J/∂W₁ ----------------------------------------------------------------
    report.check("∂J/∂W₁ shape: N₁×N = 3×4", [&] {
        const auto c = draw(4, 3, 1, Activation::sigmoid(), 1101);
        return detail::shape_problem("∂J/∂W₁", dJ_dW1(c.f, quadratic, c.X.col(0), c.Y.col(0)), 3,
                                     4);
    });
    report.check("∂J/∂W₁, σ = sigmoid, J = ‖y_m − x₁ₘ‖² (N = 4, N₁ = 3)", [&] {
        const auto c = draw(4, 3, 1, Activation::sigmoid(), 1102);
        const Matrix expected = library_dJ_dW1(c, quadratic, 0);
        return compare("∂J/∂W₁", dJ_dW1(c.f, quadratic, c.X.col(0), c.Y.col(0)), expected,
                       tol(expected));
    });
    report.check("∂J/∂W₁, σ = relu with b₁ < 0: dead units give rows of 0 (N = 5, N₁ = 4)", [&] {
        const auto c = draw(5, 4, 1, Activation::relu(), 1103, -0.4);
        const Matrix expected = library_dJ_dW1(c, quadratic, 0);
        return compare("∂J/∂W₁", dJ_dW1(c.f, quadratic, c.X.col(0), c.Y.col(0)), expected,
                       tol(expected));
    });
    report.check("∂J/∂W₁, σ = tanh, J = cross-entropy: g_J′ comes from J (N = 3, N₁ = 4)", [&] {
        const Cost ce = Cost::cross_entropy();
        const auto c = draw(3, 4, 1, Activation::tanh(), 1104, 0.0, true);
        const Matrix expected = library_dJ_dW1(c, ce, 0);
        return compare("∂J/∂W₁", dJ_dW1(c.f, ce, c.X.col(0), c.Y.col(0)), expected, tol(expected));
    });
    report.check("∂J/∂W₁ with one output: N₁ = 1, N = 6, σ = tanh", [&] {
        const auto c = draw(6, 1, 1, Activation::tanh(), 1105);
        const Matrix expected = library_dJ_dW1(c, quadratic, 0);
        return compare("∂J/∂W₁", dJ_dW1(c.f, quadratic, c.X.col(0), c.Y.col(0)), expected,
                       tol(expected));
    });

    // ---- the mean over M samples: ∂R̂/∂W₁ ----------------------------------------------------
    report.check("∂R̂/∂W₁ = (1/M) Σ_m ∂J/∂W₁, M = 8, σ = sigmoid (N = 4, N₁ = 3)", [&] {
        const auto c = draw(4, 3, 8, Activation::sigmoid(), 1106);
        const Matrix expected = redes::literal_backprop(c.f.to_mlp(), quadratic, c.X, c.Y).dW[0];
        return compare("∂R̂/∂W₁", dR_dW1(c.f, quadratic, c.X, c.Y), expected, tol(expected));
    });
    report.check("∂R̂/∂W₁ with M = 1 is ∂J/∂W₁ of that sample (σ = leaky_relu:0.1)", [&] {
        const auto c = draw(3, 2, 1, Activation::leaky_relu(0.1), 1107);
        const Matrix expected = redes::literal_backprop(c.f.to_mlp(), quadratic, c.X, c.Y).dW[0];
        return compare("∂R̂/∂W₁", dR_dW1(c.f, quadratic, c.X, c.Y), expected, tol(expected));
    });
    return report.summary();
}

}  // namespace exercise11
