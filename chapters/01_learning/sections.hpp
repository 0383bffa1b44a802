#pragma once
// Chapter 01's experiments, one function each (monte_carlo.cpp, shift.cpp).
#include <cstddef>

#include "redes/app/chapter.hpp"
#include "world.hpp"

namespace ch01 {

// (1) The tangent f(x) = 2x − 1 of x² at μ₀: exact risk against (1/M) Σ J(f(x_m)) ± SE for M from
// 10 to M_max, four sizes per decade (plot ch01_risk_monte_carlo).
void monte_carlo_vs_exact(redes::app::Context& ctx, const World& train, std::size_t M_max);

// Where the risk of f, fitted at δ = 0, first reaches twice its value at δ = 0 on each side:
// the δ < 0 and δ > 0 nearest 0 on a grid of step shift_max/200 (NaN when it stays below 2×
// within ±shift_max).
struct Doubling {
    double below, above;
};
Doubling risk_doubles_at(const Line& f, const World& train, double shift_max);

// (2) A line fitted by least squares on train_samples samples of `train`, evaluated on shifted
// worlds μ = μ₀ + δ, |δ| ≤ shift_max, exactly and by Monte Carlo with eval_samples samples
// (plots ch01_risk_shift, ch01_shift_data).
void distribution_shift(redes::app::Context& ctx, const World& train, std::size_t train_samples,
                        std::size_t eval_samples, double shift_max);

}  // namespace ch01
