#pragma once
// Solutions of exercise 16 for tests/exercises_test.cpp: a correct one, and two broken ones with
// the two slips the notes invite.
#include <cmath>

#include "../../chapters/16_adaptive_methods/exercise.hpp"
#include "redes/error.hpp"

namespace solutions16 {

// θ_{k+1} ← θ_k − η ŝ/(δ + √r̂), ŝ = s_{k+1}/(1 − ρ₁^{k+1}), r̂ = r_{k+1}/(1 − ρ₂^{k+1});
// the powers by repeated products (not std::pow, as the library does).
inline void correct(redes::Vector& theta, const redes::Vector& g, exercise16::AdamState& state,
                    double eta, double rho1, double rho2, double delta) {
    double p1 = 1.0, p2 = 1.0;
    for (std::size_t n = 0; n <= state.k; ++n) {
        p1 *= rho1;
        p2 *= rho2;
    }
    for (std::size_t i = 0; i < theta.size(); ++i) {
        state.s[i] = rho1 * state.s[i] + (1.0 - rho1) * g[i];
        state.r[i] = rho2 * state.r[i] + (1.0 - rho2) * g[i] * g[i];
        const double s_hat = state.s[i] / (1.0 - p1), r_hat = state.r[i] / (1.0 - p2);
        theta[i] -= eta * s_hat / (delta + std::sqrt(r_hat));
    }
    ++state.k;
}

// Broken: the notes' "s_{k+1} ← s_{k+1}/(1 − ρ₁^{k+1})" read as an assignment, so the corrected
// moments are carried on to the next step. The first step is still right.
inline void broken_carries_corrected(redes::Vector& theta, const redes::Vector& g,
                                     exercise16::AdamState& state, double eta, double rho1,
                                     double rho2, double delta) {
    const double c1 = 1.0 - std::pow(rho1, static_cast<double>(state.k + 1));
    const double c2 = 1.0 - std::pow(rho2, static_cast<double>(state.k + 1));
    for (std::size_t i = 0; i < theta.size(); ++i) {
        state.s[i] = (rho1 * state.s[i] + (1.0 - rho1) * g[i]) / c1;
        state.r[i] = (rho2 * state.r[i] + (1.0 - rho2) * g[i] * g[i]) / c2;
        theta[i] -= eta * state.s[i] / (delta + std::sqrt(state.r[i]));
    }
    ++state.k;
}

// Broken: δ inside the root, θ ← θ − η ŝ/√(δ + r̂) (RMSProp's placement in the book).
inline void broken_delta_inside(redes::Vector& theta, const redes::Vector& g,
                                exercise16::AdamState& state, double eta, double rho1, double rho2,
                                double delta) {
    const double c1 = 1.0 - std::pow(rho1, static_cast<double>(state.k + 1));
    const double c2 = 1.0 - std::pow(rho2, static_cast<double>(state.k + 1));
    for (std::size_t i = 0; i < theta.size(); ++i) {
        state.s[i] = rho1 * state.s[i] + (1.0 - rho1) * g[i];
        state.r[i] = rho2 * state.r[i] + (1.0 - rho2) * g[i] * g[i];
        theta[i] -= eta * (state.s[i] / c1) / std::sqrt(delta + state.r[i] / c2);
    }
    ++state.k;
}

// Broken: no bias correction, θ ← θ − η s_{k+1}/(δ + √r_{k+1}). At k = 0 that is
// (1 − ρ₁) g/√((1 − ρ₂) g²) = 0.1/√0.001 = √10 times the corrected step, in every entry.
inline void broken_no_correction(redes::Vector& theta, const redes::Vector& g,
                                 exercise16::AdamState& state, double eta, double rho1, double rho2,
                                 double delta) {
    for (std::size_t i = 0; i < theta.size(); ++i) {
        state.s[i] = rho1 * state.s[i] + (1.0 - rho1) * g[i];
        state.r[i] = rho2 * state.r[i] + (1.0 - rho2) * g[i] * g[i];
        theta[i] -= eta * state.s[i] / (delta + std::sqrt(state.r[i]));
    }
    ++state.k;
}

inline void stub(redes::Vector&, const redes::Vector&, exercise16::AdamState&, double, double,
                 double, double) {
    throw redes::NotImplemented("exercise16::adam_step still has its TODO");
}

}  // namespace solutions16
