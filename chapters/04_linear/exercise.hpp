#pragma once
// Exercise 04: the closed form of linear least squares, written by hand (exercise.cpp).
// `make exercise-04` checks it against redes::least_squares (src/redes/models/least_squares.hpp).
//
//   min_{w ∈ R^N} (1/M) Σ_{m=1}^M (y_m − wᵀx_m)²   ⇒   w* = [Σ_{m=1}^M x_m x_mᵀ]⁻¹ [Σ_{m=1}^M y_m x_m]
//
// X holds the samples as columns, X = [x_1 ⋯ x_M] (N×M), y the M targets. There is no bias
// here: to fit f(x) = wᵀx + b, give the function x̃_m = [x_m; 1] (the last entry of w* is b).
#include "redes/linalg/matrix.hpp"
#include "redes/linalg/vector.hpp"

namespace exercise04 {

// w* = [Σ_m x_m x_mᵀ]⁻¹ [Σ_m y_m x_m]
redes::Vector closed_form(const redes::Matrix& X, const redes::Vector& y);

}  // namespace exercise04
