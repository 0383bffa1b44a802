#pragma once
// Solutions of exercise 04 for tests/exercises_test.cpp: two correct ones (solve, and the
// notes' literal inverse) and a broken one with a typical slip.
#include "../../chapters/04_linear/exercise.hpp"
#include "redes/linalg.hpp"

namespace solutions04 {

// w* = [Σ_m x_m x_mᵀ]⁻¹ [Σ_m y_m x_m], A w = c solved by LU.
inline redes::Vector correct(const redes::Matrix& X, const redes::Vector& y) {
    redes::Matrix A(X.rows(), X.rows());
    redes::Vector c(X.rows());
    for (std::size_t m = 0; m < X.cols(); ++m) {
        const redes::Vector x_m = X.col(m);
        A += redes::outer(x_m, x_m);
        c += y[m] * x_m;
    }
    return redes::solve(A, c);
}

// The same with A⁻¹ c, as the notes write it: a different rounding, the same answer.
inline redes::Vector correct_inverse(const redes::Matrix& X, const redes::Vector& y) {
    redes::Matrix A(X.rows(), X.rows());
    redes::Vector c(X.rows());
    for (std::size_t m = 0; m < X.cols(); ++m) {
        const redes::Vector x_m = X.col(m);
        A += redes::outer(x_m, x_m);
        c += y[m] * x_m;
    }
    return redes::inverse(A) * c;
}

// Broken: the loop runs over m < N (X.rows()) instead of m < M (X.cols()), so only the first
// N samples count. Right when M = N, and on noiseless data (N samples already determine w);
// wrong everywhere else.
inline redes::Vector broken(const redes::Matrix& X, const redes::Vector& y) {
    redes::Matrix A(X.rows(), X.rows());
    redes::Vector c(X.rows());
    for (std::size_t m = 0; m < X.rows(); ++m) {
        const redes::Vector x_m = X.col(m);
        A += redes::outer(x_m, x_m);
        c += y[m] * x_m;
    }
    return redes::solve(A, c);
}

// A TODO left in place: what the untouched exercise.cpp does.
inline redes::Vector stub(const redes::Matrix&, const redes::Vector&) {
    throw redes::NotImplemented("exercise04::closed_form still has its TODO");
}

}  // namespace solutions04
