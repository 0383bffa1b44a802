#pragma once
// Monte Carlo expectation, the notes' law of large numbers used as an estimator:
//   E_{X∼f_x}[g(X)] ≈ (1/M) Σ_{m=1}^M g(x_m),   x_m ∼ f_x i.i.d.
// with its standard error SE = s/√M (s the sample standard deviation of the g(x_m)):
// the estimate is off by more than 2 SE about 5% of the time, by more than 4 SE about 6e-5.
#include <cstddef>
#include <functional>
#include <vector>

#include "redes/stats/rng.hpp"

namespace redes::stats {

struct Estimate {
    double mean = 0.0;  // (1/M) Σ g(x_m)
    double std = 0.0;   // s, sample standard deviation of the g(x_m)
    double se = 0.0;    // s/√M
    std::size_t M = 0;
};

// The estimate from values g(x_1) … g(x_M) already computed (M ≥ 2).
Estimate estimate_mean(const std::vector<double>& g_values);

// Draws M samples and averages: g_of_sample(rng) draws one x_m ∼ f_x and returns g(x_m).
Estimate monte_carlo(std::size_t M, Rng& rng, const std::function<double(Rng&)>& g_of_sample);

}  // namespace redes::stats
