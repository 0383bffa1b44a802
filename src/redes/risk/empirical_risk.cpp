#include "redes/risk/empirical_risk.hpp"

#include <string>

#include "redes/error.hpp"
#include "redes/models/mlp.hpp"

namespace redes {

namespace {
void require_batch(const char* op, const Matrix& X, const Matrix& Y) {
    if (X.cols() == 0) throw ValueError(std::string(op) + ": M = 0 samples");
    if (X.cols() != Y.cols())
        throw ShapeError(std::string(op) + ": samples X " + shape_str(X.rows(), X.cols()) +
                         " and targets Y " + shape_str(Y.rows(), Y.cols()) +
                         " have different M (columns)");
}
}  // namespace

// R̂ = (1/M) Σ_m J(f(x_m); y_m)
double empirical_risk(const Model& f, const Cost& cost, const std::vector<Vector>& x,
                      const std::vector<Vector>& y) {
    if (x.empty()) throw ValueError("empirical_risk: M = 0 samples");
    if (x.size() != y.size())
        throw ShapeError("empirical_risk: " + std::to_string(x.size()) + " samples but " +
                         std::to_string(y.size()) + " targets");
    double s = 0.0;
    for (std::size_t m = 0; m < x.size(); ++m) s += cost.J(f(x[m]), y[m]);
    return s / static_cast<double>(x.size());
}

double empirical_risk(const Model& f, const Cost& cost, const Matrix& X, const Matrix& Y) {
    require_batch("empirical_risk", X, Y);
    double s = 0.0;
    for (std::size_t m = 0; m < X.cols(); ++m) s += cost.J(f(X.col(m)), Y.col(m));
    return s / static_cast<double>(X.cols());
}

double empirical_risk_batch(const BatchModel& F, const Cost& cost, const Matrix& X,
                            const Matrix& Y) {
    require_batch("empirical_risk_batch", X, Y);
    const Matrix X_L = F(X);
    if (X_L.cols() != X.cols())
        throw ShapeError("empirical_risk_batch: the model mapped " + std::to_string(X.cols()) +
                         " samples to " + std::to_string(X_L.cols()) + " outputs");
    return cost.J_sum(X_L, Y) / static_cast<double>(X.cols());
}

double empirical_risk(const MLP& f, const Cost& cost, const Matrix& X, const Matrix& Y) {
    require_batch("empirical_risk", X, Y);
    return cost.J_sum(f.forward(X), Y) / static_cast<double>(X.cols());
}

std::function<double(const Vector& theta)> empirical_risk_function(const MLP& f, const Cost& cost,
                                                                   const Matrix& X,
                                                                   const Matrix& Y) {
    require_batch("empirical_risk_function", X, Y);
    return [net = f, cost, X, Y](const Vector& theta) mutable {
        net.set_parameters(theta);
        return empirical_risk(net, cost, X, Y);
    };
}

}  // namespace redes
