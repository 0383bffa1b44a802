#pragma once
// Chapter 03's world: X ∼ N(1, 1), Y = aX + ε, ε ∼ N(0, σ²); the family f(x; θ) = θx (one
// parameter) and the cost J = (y − f(x; θ))². Then R(θ) = (a − θ)² E[X²] + σ² exactly and
// argmin R = θ* = a.
#include <cstddef>

#include "redes/linalg/matrix.hpp"
#include "redes/linalg/vector.hpp"
#include "redes/stats/rng.hpp"

namespace ch03 {

constexpr double mu = 1.0, s = 1.0;      // X ∼ N(μ, s²)
constexpr double EX2 = mu * mu + s * s;  // E[X²]

// A sample {(x_m, y_m)}, m = 1…M, from the world Y = aX + ε.
struct Sample {
    redes::Matrix X;  // 1×M, the x_m as columns
    redes::Vector y;
};
Sample draw_sample(std::size_t M, double a, double sigma, redes::Rng& rng);

// R(θ) = E[(Y − θX)²] = (a − θ)² E[X²] + σ²
double risk(double theta, double a, double sigma);

// R̂(θ) = (1/M) Σ_{m=1}^M (y_m − θ x_m)²
double empirical_risk(double theta, const Sample& d);

// argmin_θ R̂(θ) = Σ y_m x_m / Σ x_m²: the notes' w* = [Σ x_m x_mᵀ]⁻¹ [Σ y_m x_m] for N = 1
double argmin_empirical_risk(const Sample& d);

}  // namespace ch03
