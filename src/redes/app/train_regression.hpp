#pragma once
// `train --task regression`: real targets y_m ∈ R^T (the label column), the identity output
// f(x) and the quadratic cost J = ‖y − f(x)‖² (redes's own, risk/cost.hpp), judged by
//   RMSE = √( (1/(M T)) Σ_m ‖y_m − f(x_m)‖² )            (= √R̂ for one target, T = 1)
//   R²   = 1 − SS_res / SS_tot,  SS_res = Σ_m ‖y_m − f(x_m)‖²,  SS_tot = Σ_m ‖y_m − ȳ‖²
// R² = 1 is a perfect fit, 0 is no better than predicting the mean ȳ of the part. For a part
// whose targets are all equal (SS_tot = 0), R² is 1 when SS_res = 0 and 0 otherwise.
// SGD sees standardised targets ỹ = (y − μ_y)/s_y (μ_y, s_y of the training part, kept in the
// model; --no-standardize keeps y as it is), so R̂ is on ỹ; outputs are turned back,
// y = s_y f(x̃) + μ_y, before RMSE, R² and --predict: those are in the units of y. (R² is the
// same on ỹ and on y: both sums of squares scale by 1/s_y².)
#include <cstddef>
#include <iosfwd>
#include <string>

#include "redes/data/standardize.hpp"
#include "redes/linalg/matrix.hpp"
#include "redes/models/mlp.hpp"
#include "redes/risk/cost.hpp"

namespace redes::app {

// The fit of a regression on one part.
struct RegressionFit {
    double R_hat = 0.0;  // (1/M) Σ_m J(f(x_m); ỹ_m), on the targets SGD sees
    double rmse = 0.0;
    double r2 = 0.0;
    std::size_t M = 0;
};

// RMSE and R² of outputs F against targets Y (both T×M, M ≥ 1; ShapeError otherwise).
double rmse(const Matrix& F, const Matrix& Y);
double r_squared(const Matrix& F, const Matrix& Y);

// R̂, RMSE and R² of net on X (N_0×M, already standardised) with targets Y (in their units);
// target_st: the targets' standardisation (nullptr: none). Throws DivergenceError when an
// output is not finite (what: the part, for the message).
RegressionFit regression_fit(const MLP& net, const Cost& J, const Matrix& X, const Matrix& Y,
                             const data::Standardizer* target_st, const std::string& what);

// "training    R̂ = 0.0328   RMSE 0.1811   R² 0.9967"
void print_fit(std::ostream& out, const std::string& part, const RegressionFit& fit);

}  // namespace redes::app
