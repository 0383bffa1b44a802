#pragma once
// Linear least squares as an Objective, with the notes' quadratic cost J = (y_m − θᵀx_m)²:
//   R̂_B(θ) = (1/|B|) Σ_{m∈B} (y_m − θᵀx_m)²
//   g      = (1/|B|) Σ_{m∈B} −2 (y_m − θᵀx_m) x_m
//   θ*     = (X Xᵀ)⁻¹ X y   (the critical point ∇R̂ = 0; X holds the samples x_m as columns)
// Append a constant 1 to each x_m to fit an offset b. A problem with a known minimum for
// testing SGD and for the chapters on SGD and its convergence.
#include <cstddef>
#include <vector>

#include "redes/linalg/matrix.hpp"
#include "redes/linalg/vector.hpp"
#include "redes/optim/objective.hpp"

namespace redes {

class LeastSquaresObjective : public Objective {
public:
    // X: D×M, sample x_m in column m; y: M targets. Throws ShapeError when sizes disagree
    // and ValueError when M = 0.
    LeastSquaresObjective(Matrix X, Vector y);

    std::size_t M() const override { return X_.cols(); }
    std::size_t D() const { return X_.rows(); }
    double risk(const Vector& theta, const std::vector<std::size_t>& batch) const override;
    Vector gradient(const Vector& theta, const std::vector<std::size_t>& batch) const override;
    double risk_and_gradient(const Vector& theta, const std::vector<std::size_t>& batch,
                             Vector& g) const override;
    // θ* = (X Xᵀ)⁻¹ X y (Cholesky); SingularMatrixError when X Xᵀ is singular.
    Vector minimizer() const;

    const Matrix& X() const { return X_; }
    const Vector& y() const { return y_; }

private:
    void check(const Vector& theta, const std::vector<std::size_t>& batch, const char* op) const;
    Matrix X_;
    Vector y_;
};

}  // namespace redes
