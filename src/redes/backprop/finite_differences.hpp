#pragma once
// Central finite differences: the numerical derivatives every analytic gradient is checked against.
//   [∇f(θ)]_i ≈ (f(θ + h e_i) − f(θ − h e_i)) / 2h
//   [∂F/∂x]_ij ≈ ([F(x + h e_j)]_i − [F(x − h e_j)]_i) / 2h
// The error is O(h²) (the Taylor terms of even order cancel) plus the rounding of f,
// about ε|f|/h; h = 1e-5 balances the two for f and its third derivative of order 1.
#include <functional>

#include "redes/linalg/matrix.hpp"
#include "redes/linalg/vector.hpp"

namespace redes {

// [∇f(θ)]_i ≈ (f(θ + h e_i) − f(θ − h e_i)) / 2h, a Vector of size D = θ.size()
Vector numerical_gradient(const std::function<double(const Vector&)>& f, const Vector& theta,
                          double h = 1e-5);

// [∂F/∂x]_ij ≈ ([F(x + h e_j)]_i − [F(x − h e_j)]_i) / 2h: the Jacobian, rows = outputs,
// columns = inputs (for F = σ pointwise this is G_σ′(x)).
Matrix numerical_jacobian(const std::function<Vector(const Vector&)>& F, const Vector& x,
                          double h = 1e-5);

}  // namespace redes
