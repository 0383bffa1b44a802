#pragma once
// Two-dimensional test functions R̂: R² → R on which optimizers are drawn over contour lines
// (chapters 10, 15, 16). Each gives its value, its exact gradient ∇R̂ and its Hessian ∇²R̂:
//   quadratic (a ravine when λ₁ ≠ λ₂):  R̂(θ) = ½ θᵀAθ,  A = Q diag(λ₁, λ₂) Qᵀ,  Q = rotation by φ
//   saddle:                             R̂(x, y) = x² − y²
//   Rosenbrock (a curved valley):       R̂(x, y) = (a − x)² + b (y − x²)²
// θ = (x, y) is a Vector of size 2; any other size throws ShapeError naming the function.
#include <string>
#include <vector>

#include "redes/linalg/matrix.hpp"
#include "redes/linalg/vector.hpp"

namespace redes {

// A test function R̂: R² → R with its gradient ∇R̂ and Hessian ∇²R̂, drawn over contour lines.
class Objective2D {
public:
    virtual ~Objective2D() = default;
    virtual std::string name() const = 0;
    // R̂(θ)
    virtual double value(const Vector& theta) const = 0;
    // ∇R̂(θ) = [∂R̂/∂x, ∂R̂/∂y]
    virtual Vector gradient(const Vector& theta) const = 0;
    // ∇²R̂(θ), 2×2
    virtual Matrix hessian(const Vector& theta) const = 0;

    // ∂/∂α R̂(θ + α ǔ)|_{α=0} = ǔᵀ∇R̂(θ); ǔ must have unit length (ValueError otherwise).
    double directional_derivative(const Vector& theta, const Vector& u) const;
    // The same slope by a central difference along ǔ: (R̂(θ + hǔ) − R̂(θ − hǔ)) / 2h.
    double directional_difference(const Vector& theta, const Vector& u, double h = 1e-5) const;
    // Z(i, j) = R̂(x[j], y[i]): the grid Figure::heatmap and Figure::contour take.
    Matrix on_grid(const std::vector<double>& x, const std::vector<double>& y) const;

protected:
    // Throws ShapeError unless θ has size 2.
    void check(const Vector& theta, const char* op) const;
};

// R̂(θ) = ½ θᵀAθ with A = Q diag(λ₁, λ₂) Qᵀ: curvature λ₁ along (cos φ, sin φ), λ₂ across it.
// Its minimum is R̂(0) = 0. λ₁, λ₂ > 0 (ValueError otherwise).
class Quadratic : public Objective2D {
public:
    Quadratic(double lambda1, double lambda2, double angle = 0.0);
    std::string name() const override;
    double value(const Vector& theta) const override;
    Vector gradient(const Vector& theta) const override;
    Matrix hessian(const Vector& theta) const override;

    double lambda1() const { return lambda1_; }
    double lambda2() const { return lambda2_; }
    double angle() const { return angle_; }
    double lambda_max() const;
    double lambda_min() const;
    // A = Q diag(λ₁, λ₂) Qᵀ
    const Matrix& A() const { return A_; }
    // Gradient descent converges from every start exactly when 0 < η < 2/λ_max.
    double eta_critical() const { return 2.0 / lambda_max(); }
    // θ_k = Q diag((1 − ηλ₁)^k, (1 − ηλ₂)^k) Qᵀ θ_0: gradient descent's iterate in closed form.
    Vector gd_iterate(const Vector& theta0, double eta, std::size_t k) const;

private:
    double lambda1_, lambda2_, angle_;
    Matrix A_;
};

// R̂(x, y) = x² − y²: one critical point, (0, 0), a saddle (Hessian diag(2, −2)).
class Saddle : public Objective2D {
public:
    std::string name() const override { return "saddle x² − y²"; }
    double value(const Vector& theta) const override;
    Vector gradient(const Vector& theta) const override;
    Matrix hessian(const Vector& theta) const override;
};

// R̂(x, y) = (a − x)² + b (y − x²)²: minimum R̂ = 0 at (a, a²) at the bottom of a curved valley.
class Rosenbrock : public Objective2D {
public:
    explicit Rosenbrock(double a = 1.0, double b = 100.0);
    std::string name() const override;
    double value(const Vector& theta) const override;
    Vector gradient(const Vector& theta) const override;
    Matrix hessian(const Vector& theta) const override;
    Vector minimizer() const { return Vector{a_, a_ * a_}; }

private:
    double a_, b_;
};

}  // namespace redes
