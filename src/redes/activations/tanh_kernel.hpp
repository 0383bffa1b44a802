#pragma once
// tanh and its derivative for a whole array, vectorised: the training step's σ for tanh layers
// (Activation::sigma_and_prime). libm's tanh(z) and cosh(z) per element took two thirds of a
// step of the digits MLP; this computes both from one exponential, in a loop the compiler turns
// into SIMD, to a few units in the last place of std::tanh and 1/cosh²
// (tests/batch_workspace_test.cpp `tanh_and_derivative_match_libm`).
#include <cstddef>

namespace redes {

// x_i = tanh(z_i) and, when sigma_prime is not null, σ′_i = 1/cosh²(z_i) = 1 − tanh²(z_i), for
// i = 0…n−1, from one exponential per element (accurate to a few units in the last place; NaN
// stays NaN, ±∞ gives ±1 and 0).
void tanh_and_derivative(const double* z, std::size_t n, double* x, double* sigma_prime);

}  // namespace redes
