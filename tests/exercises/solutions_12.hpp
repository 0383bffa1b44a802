#pragma once
// Solutions of exercise 12 for tests/exercises_test.cpp: a correct one as the notes multiply it,
// a correct one in the efficient path's form, and a broken one with a typical slip.
#include "../../chapters/12_backpropagation/exercise.hpp"
#include "redes/error.hpp"
#include "redes/linalg.hpp"

namespace solutions12 {

// ∂J/∂W_ℓ = r_ℓᵀ ∂z_ℓ/∂W_ℓ = r_ℓ x_{ℓ−1}ᵀ,  ∂J/∂b_ℓ = r_ℓᵀ I,  r_{ℓ−1}ᵀ = r_ℓᵀ W_ℓ G_σ′(z_{ℓ−1})ᵀ
inline exercise12::BackwardStep correct(const redes::Vector& r, const redes::Matrix& W,
                                        const redes::Vector& x_prev,
                                        const redes::Activation& sigma_prev,
                                        const redes::Vector& z_prev) {
    exercise12::BackwardStep s;
    s.dJ_dW = redes::outer(r, x_prev);
    s.dJ_db = r;
    s.r_prev =
        redes::vecmat(redes::vecmat(r, W), redes::transpose(sigma_prev.G_sigma_prime(z_prev)));
    return s;
}

// The same step as the efficient path writes it: r_{ℓ−1} = (W_ℓᵀ r_ℓ) ⊙ σ′(z_{ℓ−1}).
inline exercise12::BackwardStep correct_elementwise(const redes::Vector& r, const redes::Matrix& W,
                                                    const redes::Vector& x_prev,
                                                    const redes::Activation& sigma_prev,
                                                    const redes::Vector& z_prev) {
    exercise12::BackwardStep s;
    s.dJ_dW = redes::Matrix(r.size(), x_prev.size());
    for (std::size_t i = 0; i < r.size(); ++i)
        for (std::size_t k = 0; k < x_prev.size(); ++k) s.dJ_dW(i, k) = r[i] * x_prev[k];
    s.dJ_db = r;
    s.r_prev = redes::hadamard(redes::transpose(W) * r, sigma_prev.sigma_prime(z_prev));
    return s;
}

// Broken: G_σ′(z_{ℓ−1}) left out, r_{ℓ−1}ᵀ = r_ℓᵀ W_ℓ. ∂J/∂W_ℓ and ∂J/∂b_ℓ are still right, and
// so is r₀ when σ is the identity (G = I).
inline exercise12::BackwardStep broken(const redes::Vector& r, const redes::Matrix& W,
                                       const redes::Vector& x_prev, const redes::Activation&,
                                       const redes::Vector&) {
    exercise12::BackwardStep s;
    s.dJ_dW = redes::outer(r, x_prev);
    s.dJ_db = r;
    s.r_prev = redes::vecmat(r, W);
    return s;
}

// Broken: ∂J/∂W_ℓ = x_{ℓ−1} r_ℓᵀ, the transpose of r_ℓ x_{ℓ−1}ᵀ (N_{ℓ−1}×N_ℓ).
inline exercise12::BackwardStep broken_transposed_dW(const redes::Vector& r, const redes::Matrix& W,
                                                     const redes::Vector& x_prev,
                                                     const redes::Activation& sigma_prev,
                                                     const redes::Vector& z_prev) {
    exercise12::BackwardStep s = correct(r, W, x_prev, sigma_prev, z_prev);
    s.dJ_dW = redes::outer(x_prev, r);
    return s;
}

// Broken: ∂J/∂b_ℓ = −r_ℓ (a sign slip, as if the step's minus went into the gradient).
inline exercise12::BackwardStep broken_sign_db(const redes::Vector& r, const redes::Matrix& W,
                                               const redes::Vector& x_prev,
                                               const redes::Activation& sigma_prev,
                                               const redes::Vector& z_prev) {
    exercise12::BackwardStep s = correct(r, W, x_prev, sigma_prev, z_prev);
    s.dJ_db = -r;
    return s;
}

inline exercise12::BackwardStep stub(const redes::Vector&, const redes::Matrix&,
                                     const redes::Vector&, const redes::Activation&,
                                     const redes::Vector&) {
    throw redes::NotImplemented("exercise12::backward_step still has its TODO");
}

}  // namespace solutions12
