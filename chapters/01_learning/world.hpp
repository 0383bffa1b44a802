#pragma once
// Chapter 01's world: X ∼ N(μ, s²), Y = X² + ε with ε ∼ N(0, σ²), the cost J(y, f(x)) = (y − f(x))²,
// and the risk R{f} = E[J(f(X))] of a line f(x) = w x + b: exact (normal moments) and by Monte Carlo.
#include <cstddef>

#include "redes/stats/monte_carlo.hpp"
#include "redes/stats/rng.hpp"

namespace ch01 {

constexpr double mu0 = 1.0;  // mean of X where the rule is made / the model is fitted

// The data-generating distribution: X ∼ N(μ, s²), Y = X² + ε, ε ∼ N(0, σ²).
struct World {
    double mu, s, sigma;
    void draw(redes::Rng& rng, double& x, double& y) const;
};

// A line f(x) = w x + b.
struct Line {
    double w, b;
    double operator()(double x) const { return w * x + b; }
};

// R{f} = E[(Y − wX − b)²] = m₄ − 2w m₃ − 2b m₂ + w² m₂ + 2wb m₁ + b² + σ²,  m_k = E[X^k]
double risk_exact(const Line& f, const World& world);

// R{f} ≈ (1/M) Σ_{m=1}^M J(f(x_m)) with J = (y_m − f(x_m))², and its standard error
redes::stats::Estimate risk_monte_carlo(const Line& f, const World& world, std::size_t M,
                                        redes::Rng& rng);

}  // namespace ch01
