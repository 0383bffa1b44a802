#include "redes/app/train_regression.hpp"

#include <algorithm>
#include <cmath>
#include <ostream>

#include "redes/error.hpp"
#include "redes/text.hpp"

namespace redes::app {

namespace {

void require_same_shape(const Matrix& F, const Matrix& Y, const char* op) {
    if (F.rows() != Y.rows() || F.cols() != Y.cols() || Y.cols() == 0)
        throw ShapeError(std::string(op) + ": outputs F " + shape_str(F.rows(), F.cols()) +
                         " and targets Y " + shape_str(Y.rows(), Y.cols()) +
                         " must have the same shape and at least one sample");
}

// SS_res = Σ_m ‖y_m − f(x_m)‖²
double residual_sum(const Matrix& F, const Matrix& Y) {
    double ss = 0.0;
    for (std::size_t m = 0; m < Y.cols(); ++m)
        for (std::size_t t = 0; t < Y.rows(); ++t) {
            const double r = Y(t, m) - F(t, m);
            ss += r * r;
        }
    return ss;
}

}  // namespace

double rmse(const Matrix& F, const Matrix& Y) {
    require_same_shape(F, Y, "rmse");
    return std::sqrt(residual_sum(F, Y) / static_cast<double>(Y.rows() * Y.cols()));
}

double r_squared(const Matrix& F, const Matrix& Y) {
    require_same_shape(F, Y, "r_squared");
    double ss_tot = 0.0;  // Σ_t Σ_m (y_tm − ȳ_t)²
    for (std::size_t t = 0; t < Y.rows(); ++t) {
        double mean = 0.0;
        for (std::size_t m = 0; m < Y.cols(); ++m) mean += Y(t, m);
        mean /= static_cast<double>(Y.cols());
        for (std::size_t m = 0; m < Y.cols(); ++m) ss_tot += (Y(t, m) - mean) * (Y(t, m) - mean);
    }
    const double ss_res = residual_sum(F, Y);
    if (ss_tot == 0.0) return ss_res == 0.0 ? 1.0 : 0.0;
    return 1.0 - ss_res / ss_tot;
}

RegressionFit regression_fit(const MLP& net, const Cost& J, const Matrix& X, const Matrix& Y,
                             const data::Standardizer* target_st, const std::string& what) {
    const Matrix F = net.forward(X);
    if (!all_finite(F))
        throw DivergenceError("the model gives outputs that are not finite on " + what +
                              " (they overflow: the model diverged or does not fit these inputs)");
    RegressionFit fit;
    fit.M = Y.cols();
    fit.R_hat = J.J_sum(F, target_st ? target_st->transform(Y) : Y) / static_cast<double>(Y.cols());
    const Matrix F_y = target_st ? target_st->inverse_transform(F) : F;  // y = s_y f + μ_y
    fit.rmse = rmse(F_y, Y);
    fit.r2 = r_squared(F_y, Y);
    return fit;
}

void print_fit(std::ostream& out, const std::string& part, const RegressionFit& fit) {
    std::string head = part;
    head.resize(std::max<std::size_t>(head.size(), 12), ' ');
    out << head << "R̂ = " << num(fit.R_hat, "%.4g") << "   RMSE " << num(fit.rmse, "%.4g")
        << "   R² " << num(fit.r2, "%.6f") << "\n";
}

}  // namespace redes::app
