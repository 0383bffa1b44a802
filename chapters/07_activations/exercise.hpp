#pragma once
// Exercise 07: an activation's derivative σ′ and its Jacobian G_σ′, written by hand
// (exercise.cpp). `make exercise-07` checks them against redes::Activation
// (src/redes/activations/activation.hpp).
//
//   ReLU(x) = max{0, x}   LeakyReLU(x) = max{0, x} + α min{0, x}   |x|
//   σ(x) = 1/(1 + exp(−x))   σ(x) = tanh(x)   σ(x) = x (identity)
//   G_σ′(z) = ∂σ/∂z ∈ R^{N×N},  [G_σ′(z)]_ij = ∂σ(z_i)/∂z_j
#include <functional>

#include "redes/activations/activation.hpp"
#include "redes/linalg/matrix.hpp"
#include "redes/linalg/vector.hpp"

namespace exercise07 {

// σ′(z) for the activation sigma (sigma.kind() says which one; sigma.alpha() is LeakyReLU's α).
// At a kink (z = 0 for ReLU, LeakyReLU, |x|) any one-sided derivative will do: it is not checked.
double sigma_prime(const redes::Activation& sigma, double z);

// G_σ′(z) = ∂σ/∂z ∈ R^{N×N}, [G_σ′(z)]_ij = ∂σ(z_i)/∂z_j, for the σ whose derivative is sigma_prime.
redes::Matrix G_sigma_prime(const std::function<double(double)>& sigma_prime,
                            const redes::Vector& z);

}  // namespace exercise07
