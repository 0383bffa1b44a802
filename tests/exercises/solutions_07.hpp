#pragma once
// Solutions of exercise 07 for tests/exercises_test.cpp: a correct one (with other formulas
// than the library's: σ(1 − σ), 1 − tanh²) and broken ones with typical slips.
#include <cmath>
#include <functional>

#include "../../chapters/07_activations/exercise.hpp"
#include "redes/error.hpp"

namespace solutions07 {

inline double correct_sigma_prime(const redes::Activation& sigma, double z) {
    switch (sigma.kind()) {
        case redes::ActivationKind::relu: return z > 0.0 ? 1.0 : 0.0;
        case redes::ActivationKind::leaky_relu: return z > 0.0 ? 1.0 : sigma.alpha();
        case redes::ActivationKind::abs: return z > 0.0 ? 1.0 : -1.0;
        case redes::ActivationKind::sigmoid: {
            const double s = sigma.sigma(z);  // σ′ = σ(1 − σ)
            return s * (1.0 - s);
        }
        case redes::ActivationKind::tanh: {
            const double t = std::tanh(z);  // σ′ = 1 − tanh²
            return 1.0 - t * t;
        }
        case redes::ActivationKind::identity: return 1.0;
    }
    return 0.0;
}

// [G_σ′(z)]_ij = σ′(z_i) if i = j, else 0
inline redes::Matrix correct_G(const std::function<double(double)>& sigma_prime,
                               const redes::Vector& z) {
    redes::Matrix G(z.size(), z.size());
    for (std::size_t i = 0; i < z.size(); ++i) G(i, i) = sigma_prime(z[i]);
    return G;
}

// Broken σ′: LeakyReLU's negative side forgets α (as if it were ReLU).
inline double broken_sigma_prime(const redes::Activation& sigma, double z) {
    if (sigma.kind() == redes::ActivationKind::leaky_relu) return z > 0.0 ? 1.0 : 0.0;
    return correct_sigma_prime(sigma, z);
}

// Broken G_σ′: the notes' wording read literally, [G]_ij = σ′(z_j) in every row. Its diagonal is
// right; everything off the diagonal is not.
inline redes::Matrix broken_G(const std::function<double(double)>& sigma_prime,
                              const redes::Vector& z) {
    redes::Matrix G(z.size(), z.size());
    for (std::size_t i = 0; i < z.size(); ++i)
        for (std::size_t j = 0; j < z.size(); ++j) G(i, j) = sigma_prime(z[j]);
    return G;
}

// Broken only where the sigmoid saturates: e^{−z}/(1 + e^{−z})² is inf/inf = NaN at z = −800.
inline double overflowing_sigma_prime(const redes::Activation& sigma, double z) {
    if (sigma.kind() == redes::ActivationKind::sigmoid) {
        const double e = std::exp(-z);
        return e / ((1.0 + e) * (1.0 + e));
    }
    return correct_sigma_prime(sigma, z);
}

inline double stub_sigma_prime(const redes::Activation&, double) {
    throw redes::NotImplemented("exercise07::sigma_prime still has its TODO");
}
inline redes::Matrix stub_G(const std::function<double(double)>&, const redes::Vector&) {
    throw redes::NotImplemented("exercise07::G_sigma_prime still has its TODO");
}

}  // namespace solutions07
