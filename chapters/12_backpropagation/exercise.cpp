// Exercise 12 — write one backward step of backpropagation yourself, then run `make exercise-12`.
// The checker compares your ∂J/∂W_ℓ, ∂J/∂b_ℓ and r_{ℓ−1} with the library's literal path at
// every layer of three random networks (tanh and ReLU layers with units off, one output), giving
// your step the library's r_ℓ each time, so each of the three results is checked on its own.
//
// Useful: r.size() = N_ℓ, W.rows() = N_ℓ, W.cols() = N_{ℓ−1}; redes::vecmat(v, A) = vᵀA;
// redes::transpose(A); sigma_prev.G_sigma_prime(z_prev) = G_σ′(z_{ℓ−1}); redes::outer(a, b) = a bᵀ.
// r_ℓᵀ ∂z_ℓ/∂W_ℓ is chapter 11's row-times-tensor with x_{ℓ−1} in place of x_m: which matrix is it?
#include "exercise.hpp"

#include "redes/error.hpp"
#include "redes/linalg.hpp"

namespace exercise12 {

// ∂J/∂W_ℓ = r_ℓᵀ ∂z_ℓ/∂W_ℓ,  ∂J/∂b_ℓ = r_ℓᵀ I,  r_{ℓ−1}ᵀ = r_ℓᵀ W_ℓ G_σ′(z_{ℓ−1})ᵀ
BackwardStep backward_step(const redes::Vector& r, const redes::Matrix& W,
                           const redes::Vector& x_prev, const redes::Activation& sigma_prev,
                           const redes::Vector& z_prev) {
    // TODO: fill the three fields of a BackwardStep and return it.
    (void)r;
    (void)W;
    (void)x_prev;
    (void)sigma_prev;
    (void)z_prev;
    throw redes::NotImplemented("exercise12::backward_step still has its TODO");
}

}  // namespace exercise12
