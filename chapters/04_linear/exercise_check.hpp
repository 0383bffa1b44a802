#pragma once
// The checker of exercise 04 (make exercise-04; tests/exercises_test.cpp checks the checker).
// Each check draws its own data from redes::Rng with a fixed seed, calls the student's
// closed_form and compares with redes::least_squares(X, y, false), the library's closed form.
//
// Tolerance: the normal equations A w = c with A = Σ_m x_m x_mᵀ are solved by any correct
// method (LU, Cholesky, A⁻¹c) with a relative error of a few N·κ(A)·ε, κ(A) = ‖A‖₁‖A⁻¹‖₁
// their condition number; two correct answers differ by at most twice that. Each check allows
// 100·N·κ(A)·ε·max_i |w*_i| — about 1e-12 relative on the well-conditioned cases, more on the
// badly scaled one — far below what any mistake changes (≳ 1e-3 on these data).
#include <cmath>
#include <cstddef>
#include <functional>
#include <limits>
#include <ostream>
#include <string>

#include "redes/app/exercise.hpp"
#include "redes/linalg.hpp"
#include "redes/models/least_squares.hpp"
#include "redes/stats/rng.hpp"

namespace exercise04 {

using ClosedForm = std::function<redes::Vector(const redes::Matrix&, const redes::Vector&)>;

namespace detail {

// ‖A‖₁ = max_j Σ_i |a_ij|
inline double norm_1(const redes::Matrix& A) {
    double best = 0.0;
    for (std::size_t j = 0; j < A.cols(); ++j) {
        double s = 0.0;
        for (std::size_t i = 0; i < A.rows(); ++i) s += std::abs(A(i, j));
        best = std::max(best, s);
    }
    return best;
}

// 100·N·κ₁(A)·ε·max|w|, A = Σ_m x_m x_mᵀ
inline double tolerance(const redes::Matrix& X, const redes::Vector& w) {
    const redes::Matrix A = redes::sum_x_xT(X);
    const double kappa = norm_1(A) * norm_1(redes::inverse(A));
    return 100.0 * static_cast<double>(X.rows()) * kappa * std::numeric_limits<double>::epsilon() *
           std::max(redes::norm_inf(w), 1e-300);
}

// N×M samples with entries offset + N(0, 1), and y_m = wᵀx_m + noise·N(0, 1) for a random w.
struct Data {
    redes::Matrix X;
    redes::Vector y, w_true;
};
inline Data draw(std::size_t N, std::size_t M, double noise, unsigned seed, double offset = 0.0) {
    redes::Rng rng(seed);
    Data d;
    d.w_true = redes::Vector::from_function(N, [&](std::size_t) { return rng.normal(); });
    d.X = redes::Matrix::from_function(N, M, [&](std::size_t, std::size_t) {
        return offset + rng.normal();
    });
    d.y = redes::Vector::from_function(M, [&](std::size_t m) {
        return redes::dot(d.w_true, d.X.col(m)) + noise * rng.normal();
    });
    return d;
}

// The student's w* against expected, within tolerance(X, expected).
inline std::string against(const ClosedForm& closed_form, const redes::Matrix& X,
                           const redes::Vector& y, const redes::Vector& expected) {
    return redes::app::compare("w*", closed_form(X, y), expected, tolerance(X, expected));
}

inline redes::Vector library(const Data& d) { return redes::least_squares(d.X, d.y, false).w; }

}  // namespace detail

// Runs every check, prints one line each and a summary; returns the number that failed.
inline std::size_t check(const ClosedForm& closed_form, std::ostream& out) {
    using detail::against;
    using detail::draw;
    using detail::library;
    redes::app::ExerciseReport report(out, "04", "w* = [Σ_m x_m x_mᵀ]⁻¹ [Σ_m y_m x_m]",
                                      "chapters/04_linear/exercise.cpp");

    report.check("shape: N = 3, M = 10 gives a w* of N = 3 entries", [&] {
        const auto d = draw(3, 10, 0.5, 401);
        const redes::Vector w = closed_form(d.X, d.y);
        return w.size() == 3 ? std::string()
                             : "w* has " + std::to_string(w.size()) + " entries, expected N = 3";
    });
    report.check("random data: N = 3, M = 10", [&] {
        const auto d = draw(3, 10, 0.5, 402);
        return against(closed_form, d.X, d.y, library(d));
    });
    report.check("one sample more than unknowns: N = 4, M = N + 1 = 5", [&] {
        const auto d = draw(4, 5, 0.5, 403);
        return against(closed_form, d.X, d.y, library(d));
    });
    report.check("square: N = M = 4 (w* fits every sample exactly)", [&] {
        const auto d = draw(4, 4, 0.5, 404);
        return against(closed_form, d.X, d.y, library(d));
    });
    report.check("one feature: N = 1, M = 20 (w* = Σ y_m x_m / Σ x_m²)", [&] {
        const auto d = draw(1, 20, 0.5, 405);
        double sxy = 0.0, sxx = 0.0;
        for (std::size_t m = 0; m < 20; ++m) {
            sxy += d.y[m] * d.X(0, m);
            sxx += d.X(0, m) * d.X(0, m);
        }
        return against(closed_form, d.X, d.y, redes::Vector{sxy / sxx});
    });
    report.check("noiseless y_m = wᵀx_m: w* is the true w (N = 5, M = 30)", [&] {
        const auto d = draw(5, 30, 0.0, 406);
        return against(closed_form, d.X, d.y, d.w_true);
    });
    report.check("XOR with x̃ = [x; 1]: w = (0, 0), b = 1/2", [&] {
        const redes::Matrix X_tilde{{0, 0, 1, 1}, {0, 1, 0, 1}, {1, 1, 1, 1}};
        const redes::Vector y{0, 1, 1, 0};
        return against(closed_form, X_tilde, y, redes::Vector{0.0, 0.0, 0.5});
    });
    report.check("many samples: N = 8, M = 1000", [&] {
        const auto d = draw(8, 1000, 1.0, 408);
        return against(closed_form, d.X, d.y, library(d));
    });
    report.check("badly scaled: x_m around 100, N = 3, M = 50 (κ(A) ≈ 6e4)", [&] {
        const auto d = draw(3, 50, 0.5, 409, 100.0);
        return against(closed_form, d.X, d.y, library(d));
    });
    return report.summary();
}

}  // namespace exercise04
