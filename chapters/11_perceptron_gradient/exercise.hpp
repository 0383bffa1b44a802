#pragma once
// Exercise 11: the gradient of one perceptron f(x_m; W₁, b₁) = σ(W₁x_m + b₁) as the notes build
// it, with the tensor (exercise.cpp). `make exercise-11` checks it against the library's literal
// backprop path (src/redes/backprop/literal.hpp) on random perceptrons.
//
//   z₁ₘ = W₁x_m + b₁,   x₁ₘ = σ(z₁ₘ),   g_J′(x₁ₘ) = ∂J/∂x₁ₘ,   G_σ′(z₁ₘ) = ∂σ/∂z₁ₘ
//   [∂{W₁x_m + b₁}/∂W₁]_ijk = [x_m]_k if i = j, else 0                        N₁×N₁×N
//   ∂J/∂W₁ = g_J′(x₁ₘ)ᵀ G_σ′(z₁ₘ)ᵀ ∂{W₁x_m + b₁}/∂W₁      (1×N₁)(N₁×N₁)(N₁×N₁×N) → N₁×N
//   ∂R̂/∂W₁ = (1/M) Σ_{m=1}^M g_J′(x₁ₘ)ᵀ G_σ′(z₁ₘ)ᵀ ∂{W₁x_m + b₁}/∂W₁
// A row v (1×N₁) times the tensor T is the N₁×N matrix [vᵀT]_jk = Σ_i v_i [T]_ijk.
//
// Each function gets the step before it as an argument (dJ_dW1 the tensor function, dR_dW1
// the per-sample gradient): the checker hands in the library's, so a slip in one step fails
// that step's check only, and `make exercise-11` says which step it is.
#include <cstddef>
#include <functional>

#include "redes/linalg/matrix.hpp"
#include "redes/linalg/tensor3.hpp"
#include "redes/linalg/vector.hpp"
#include "redes/models/perceptron.hpp"
#include "redes/risk/cost.hpp"

namespace exercise11 {

// The tensor ∂{W₁x_m + b₁}/∂W₁ for (x_m, N₁), as dz_dW computes it.
using DzDW = std::function<redes::Tensor3(const redes::Vector& x_m, std::size_t N1)>;
// ∂J/∂W₁ of one sample (x_m, y_m), for the perceptron and cost dR_dW1 is asked about.
using DJDW1Sample =
    std::function<redes::Matrix(const redes::Vector& x_m, const redes::Vector& y_m)>;

// [∂{W₁x_m + b₁}/∂W₁]_ijk = [x_m]_k if i = j, else 0      (N₁×N₁×N, N = x_m.size())
redes::Tensor3 dz_dW(const redes::Vector& x_m, std::size_t N1);

// ∂J/∂W₁ = g_J′(x₁ₘ)ᵀ G_σ′(z₁ₘ)ᵀ ∂{W₁x_m + b₁}/∂W₁ for one sample (x_m, y_m)   (N₁×N),
// with the tensor from the function tensor (call tensor(x_m, N₁)).
redes::Matrix dJ_dW1(const redes::Perceptron& f, const redes::Cost& J, const redes::Vector& x_m,
                     const redes::Vector& y_m, const DzDW& tensor);

// ∂R̂/∂W₁ = (1/M) Σ_m ∂J(x₁ₘ)/∂W₁ over the columns x_m of X (N×M) and y_m of Y (N₁×M)   (N₁×N),
// with each sample's ∂J/∂W₁ from the function dJ (call dJ(x_m, y_m)); f gives N₁ and N.
redes::Matrix dR_dW1(const redes::Perceptron& f, const redes::Matrix& X, const redes::Matrix& Y,
                     const DJDW1Sample& dJ);

}  // namespace exercise11
