#pragma once
// Empirical risk: the mean cost over the M samples,
//   R̂ = (1/M) Σ_{m=1}^{M} J(f(x_m))
// The notes leave the target y_m inside J; here it is an argument, J(f(x_m); y_m).
// A model is either a function of one sample (Model), a function of a whole batch with
// samples as columns (BatchModel), or an MLP. empirical_risk_function() turns an MLP into
// R̂(θ): R^D → R, the function gradient descent minimises (D = number of parameters).
//
//   double R = redes::empirical_risk(net, redes::Cost::quadratic(), X, Y);   // X: N×M, Y: N_L×M
#include <functional>
#include <vector>

#include "redes/linalg/matrix.hpp"
#include "redes/linalg/vector.hpp"
#include "redes/risk/cost.hpp"

namespace redes {

class MLP;

using Model = std::function<Vector(const Vector&)>;       // x_m ↦ f(x_m)
using BatchModel = std::function<Matrix(const Matrix&)>;  // [x_1 ⋯ x_M] ↦ [f(x_1) ⋯ f(x_M)]

// R̂ = (1/M) Σ_m J(f(x_m); y_m), samples and targets as lists (M = x.size() = y.size() > 0)
double empirical_risk(const Model& f, const Cost& cost, const std::vector<Vector>& x,
                      const std::vector<Vector>& y);
// R̂ with samples as the columns of X (N×M) and targets as the columns of Y (N_L×M)
double empirical_risk(const Model& f, const Cost& cost, const Matrix& X, const Matrix& Y);
// R̂ for a model that maps a whole batch at once: (1/M) Σ_m J([F(X)]_·m; y_m)
double empirical_risk_batch(const BatchModel& F, const Cost& cost, const Matrix& X,
                            const Matrix& Y);
// R̂ for an MLP, through its batched forward X_L = f(X)
double empirical_risk(const MLP& f, const Cost& cost, const Matrix& X, const Matrix& Y);
// θ ↦ R̂(θ) for the MLP's architecture (θ in the order of MLP::parameters()); it keeps its
// own copies of the net, X and Y.
std::function<double(const Vector& theta)> empirical_risk_function(const MLP& f, const Cost& cost,
                                                                   const Matrix& X,
                                                                   const Matrix& Y);

}  // namespace redes
