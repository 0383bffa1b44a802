// Exercise 11 — write the perceptron's gradient with the tensor yourself, then run
// `make exercise-11`. The checker compares your tensor, ∂J/∂W₁ and ∂R̂/∂W₁ with the library's
// literal backprop on random perceptrons (sigmoid, tanh, ReLU with dead units, one output,
// the quadratic and the cross-entropy cost) and says which entry is wrong.
//
// dJ_dW1 gets the tensor and dR_dW1 the per-sample gradient as arguments: the checker passes the
// library's, so each of your three functions is checked on its own.
// Useful: f.W(), f.b(), f.sigma() (σ: sigma(z), G_sigma_prime(z)), f.output_size() = N₁,
// f.input_size() = N; J.g_J_prime(x_1m, y_m) = g_J′(x₁ₘ); redes::Tensor3(n0, n1, n2) (zeros),
// T(i, j, k); redes::vecmat(v, A) = vᵀA; redes::transpose(A); X.col(m).
// Write the row-times-tensor product with loops (redes::contract is the library's).
#include "exercise.hpp"

#include "redes/error.hpp"
#include "redes/linalg.hpp"

namespace exercise11 {

// [∂{W₁x_m + b₁}/∂W₁]_ijk = [x_m]_k if i = j, else 0
redes::Tensor3 dz_dW(const redes::Vector& x_m, std::size_t N1) {
    // TODO: an N₁×N₁×N tensor; slice i holds x_mᵀ in its row j = i.
    (void)x_m;
    (void)N1;
    throw redes::NotImplemented("exercise11::dz_dW still has its TODO");
}

// ∂J/∂W₁ = g_J′(x₁ₘ)ᵀ G_σ′(z₁ₘ)ᵀ ∂{W₁x_m + b₁}/∂W₁
redes::Matrix dJ_dW1(const redes::Perceptron& f, const redes::Cost& J, const redes::Vector& x_m,
                     const redes::Vector& y_m, const DzDW& tensor) {
    // TODO: z₁ₘ, x₁ₘ, g_J′(x₁ₘ), G_σ′(z₁ₘ); the row g_J′ᵀ G_σ′ᵀ (1×N₁); that row times
    // tensor(x_m, N₁) (the checker passes the library's tensor; your dz_dW is checked on its own).
    (void)f;
    (void)J;
    (void)x_m;
    (void)y_m;
    (void)tensor;
    throw redes::NotImplemented("exercise11::dJ_dW1 still has its TODO");
}

// ∂R̂/∂W₁ = (1/M) Σ_m ∂J(x₁ₘ)/∂W₁
redes::Matrix dR_dW1(const redes::Perceptron& f, const redes::Matrix& X, const redes::Matrix& Y,
                     const DJDW1Sample& dJ) {
    // TODO: the mean of dJ(x_m, y_m) over the M samples (columns of X and Y).
    (void)f;
    (void)X;
    (void)Y;
    (void)dJ;
    throw redes::NotImplemented("exercise11::dR_dW1 still has its TODO");
}

}  // namespace exercise11
