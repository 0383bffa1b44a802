#include "redes/optim/test_functions.hpp"

#include <algorithm>
#include <cmath>

#include "redes/error.hpp"
#include "redes/text.hpp"

namespace redes {

void Objective2D::check(const Vector& theta, const char* op) const {
    if (theta.size() != 2)
        throw ShapeError(name() + " " + op + ": θ of size " + std::to_string(theta.size()) +
                         ", expected 2");
}

// ∂/∂α R̂(θ + α ǔ)|_{α=0} = ǔᵀ∇R̂(θ)
double Objective2D::directional_derivative(const Vector& theta, const Vector& u) const {
    check(u, "directional derivative (ǔ)");
    const double len = norm(u);
    if (!(std::abs(len - 1.0) <= 1e-12))
        throw ValueError(name() + " directional derivative: ǔ has length " + num(len) +
                         ", must be a unit vector");
    return dot(u, gradient(theta));
}

// (R̂(θ + hǔ) − R̂(θ − hǔ)) / 2h
double Objective2D::directional_difference(const Vector& theta, const Vector& u, double h) const {
    check(u, "directional difference (ǔ)");
    if (!(h > 0.0) || !std::isfinite(h))
        throw ValueError(name() + " directional difference: step h = " + num(h) +
                         " must be positive and finite");
    return (value(theta + h * u) - value(theta - h * u)) / (2.0 * h);
}

Matrix Objective2D::on_grid(const std::vector<double>& x, const std::vector<double>& y) const {
    Matrix Z(y.size(), x.size());
    for (std::size_t i = 0; i < y.size(); ++i)
        for (std::size_t j = 0; j < x.size(); ++j) Z(i, j) = value(Vector{x[j], y[i]});
    return Z;
}

// ---- quadratic -------------------------------------------------------------------------

Quadratic::Quadratic(double lambda1, double lambda2, double angle)
    : lambda1_(lambda1), lambda2_(lambda2), angle_(angle) {
    if (!(lambda1 > 0.0) || !(lambda2 > 0.0) || !std::isfinite(lambda1) ||
        !std::isfinite(lambda2) || !std::isfinite(angle))
        throw ValueError("quadratic: curvatures λ₁ = " + num(lambda1) + ", λ₂ = " + num(lambda2) +
                         " must be positive and finite (angle " + num(angle) + ")");
    const double c = std::cos(angle), s = std::sin(angle);
    // A = Q diag(λ₁, λ₂) Qᵀ, Q = [[c, −s], [s, c]]
    A_ = Matrix{{lambda1 * c * c + lambda2 * s * s, (lambda1 - lambda2) * c * s},
                {(lambda1 - lambda2) * c * s, lambda1 * s * s + lambda2 * c * c}};
}

std::string Quadratic::name() const {
    return "quadratic(λ₁=" + num(lambda1_) + ", λ₂=" + num(lambda2_) +
           (angle_ != 0.0 ? ", φ=" + num(angle_) : std::string()) + ")";
}

double Quadratic::lambda_max() const { return std::max(lambda1_, lambda2_); }
double Quadratic::lambda_min() const { return std::min(lambda1_, lambda2_); }

// R̂(θ) = ½ θᵀAθ
double Quadratic::value(const Vector& theta) const {
    check(theta, "value");
    return 0.5 * dot(theta, A_ * theta);
}

// ∇R̂(θ) = Aθ
Vector Quadratic::gradient(const Vector& theta) const {
    check(theta, "gradient");
    return A_ * theta;
}

// ∇²R̂(θ) = A
Matrix Quadratic::hessian(const Vector& theta) const {
    check(theta, "hessian");
    return A_;
}

// θ_k = (I − ηA)^k θ_0 = Q diag((1 − ηλ₁)^k, (1 − ηλ₂)^k) Qᵀ θ_0
Vector Quadratic::gd_iterate(const Vector& theta0, double eta, std::size_t k) const {
    check(theta0, "gd_iterate");
    const double c = std::cos(angle_), s = std::sin(angle_);
    const double kk = static_cast<double>(k);
    // coordinates of θ_0 along the eigenvectors (c, s) and (−s, c): Qᵀθ_0
    const double p = (c * theta0[0] + s * theta0[1]) * std::pow(1.0 - eta * lambda1_, kk);
    const double q = (-s * theta0[0] + c * theta0[1]) * std::pow(1.0 - eta * lambda2_, kk);
    return Vector{c * p - s * q, s * p + c * q};
}

// ---- saddle ----------------------------------------------------------------------------

// R̂(x, y) = x² − y²
double Saddle::value(const Vector& theta) const {
    check(theta, "value");
    return theta[0] * theta[0] - theta[1] * theta[1];
}

// ∇R̂ = (2x, −2y)
Vector Saddle::gradient(const Vector& theta) const {
    check(theta, "gradient");
    return Vector{2.0 * theta[0], -2.0 * theta[1]};
}

// ∇²R̂ = diag(2, −2)
Matrix Saddle::hessian(const Vector& theta) const {
    check(theta, "hessian");
    return Matrix{{2.0, 0.0}, {0.0, -2.0}};
}

// ---- Rosenbrock ------------------------------------------------------------------------

Rosenbrock::Rosenbrock(double a, double b) : a_(a), b_(b) {
    if (!std::isfinite(a) || !(b > 0.0) || !std::isfinite(b))
        throw ValueError("rosenbrock: a = " + num(a) + " must be finite and b = " + num(b) +
                         " positive and finite");
}

std::string Rosenbrock::name() const { return "rosenbrock(a=" + num(a_) + ", b=" + num(b_) + ")"; }

// R̂(x, y) = (a − x)² + b (y − x²)²
double Rosenbrock::value(const Vector& theta) const {
    check(theta, "value");
    const double x = theta[0], y = theta[1];
    return (a_ - x) * (a_ - x) + b_ * (y - x * x) * (y - x * x);
}

// ∇R̂ = (−2(a − x) − 4bx(y − x²), 2b(y − x²))
Vector Rosenbrock::gradient(const Vector& theta) const {
    check(theta, "gradient");
    const double x = theta[0], y = theta[1];
    return Vector{-2.0 * (a_ - x) - 4.0 * b_ * x * (y - x * x), 2.0 * b_ * (y - x * x)};
}

// ∇²R̂ = [[2 − 4b(y − x²) + 8bx², −4bx], [−4bx, 2b]]
Matrix Rosenbrock::hessian(const Vector& theta) const {
    check(theta, "hessian");
    const double x = theta[0], y = theta[1];
    return Matrix{{2.0 - 4.0 * b_ * (y - x * x) + 8.0 * b_ * x * x, -4.0 * b_ * x},
                  {-4.0 * b_ * x, 2.0 * b_}};
}

}  // namespace redes
