#include "redes/optim/least_squares_objective.hpp"

#include <string>

#include "redes/error.hpp"
#include "redes/linalg/solve.hpp"

namespace redes {

LeastSquaresObjective::LeastSquaresObjective(Matrix X, Vector y)
    : X_(std::move(X)), y_(std::move(y)) {
    if (X_.cols() != y_.size())
        throw ShapeError("least squares: X " + shape_str(X_.rows(), X_.cols()) + " holds " +
                         std::to_string(X_.cols()) + " samples but y has " +
                         std::to_string(y_.size()) + " targets");
    if (X_.cols() == 0) throw ValueError("least squares: M = 0 samples");
}

void LeastSquaresObjective::check(const Vector& theta, const std::vector<std::size_t>& batch,
                                  const char* op) const {
    if (theta.size() != D())
        throw ShapeError(std::string("least squares ") + op + ": θ of size " +
                         std::to_string(theta.size()) +
                         ", samples of size D = " + std::to_string(D()));
    if (batch.empty()) throw ValueError(std::string("least squares ") + op + ": empty batch");
    for (std::size_t m : batch)
        if (m >= M())
            throw IndexError(std::string("least squares ") + op + ": sample index " +
                             std::to_string(m) + " outside 0…" + std::to_string(M() - 1));
}

double LeastSquaresObjective::risk(const Vector& theta,
                                   const std::vector<std::size_t>& batch) const {
    check(theta, batch, "risk");
    double sum = 0.0;
    for (std::size_t m : batch) {
        double fx = 0.0;  // θᵀx_m
        for (std::size_t i = 0; i < D(); ++i) fx += theta[i] * X_(i, m);
        const double e = y_[m] - fx;
        sum += e * e;  // J = (y_m − θᵀx_m)²
    }
    return sum / static_cast<double>(batch.size());
}

Vector LeastSquaresObjective::gradient(const Vector& theta,
                                       const std::vector<std::size_t>& batch) const {
    Vector g;
    risk_and_gradient(theta, batch, g);
    return g;
}

double LeastSquaresObjective::risk_and_gradient(const Vector& theta,
                                                const std::vector<std::size_t>& batch,
                                                Vector& g) const {
    check(theta, batch, "gradient");
    g = Vector(D());
    double sum = 0.0;
    for (std::size_t m : batch) {
        double fx = 0.0;  // θᵀx_m
        for (std::size_t i = 0; i < D(); ++i) fx += theta[i] * X_(i, m);
        const double e = y_[m] - fx;
        sum += e * e;
        // ∂J/∂θ = −2 (y_m − θᵀx_m) x_m
        for (std::size_t i = 0; i < D(); ++i) g[i] += -2.0 * e * X_(i, m);
    }
    const double n = static_cast<double>(batch.size());  // the mean over the batch: 1/|B| Σ
    g /= n;
    return sum / n;
}

// θ* = (X Xᵀ)⁻¹ X y
Vector LeastSquaresObjective::minimizer() const {
    return cholesky_solve(matmul(X_, transpose(X_)), matvec(X_, y_));
}

}  // namespace redes
