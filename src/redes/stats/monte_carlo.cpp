#include "redes/stats/monte_carlo.hpp"

#include <cmath>
#include <string>

#include "redes/error.hpp"
#include "redes/stats/summary.hpp"

namespace redes::stats {

// mean = (1/M) Σ g(x_m),  SE = s/√M
Estimate estimate_mean(const std::vector<double>& g_values) {
    const std::size_t M = g_values.size();
    if (M < 2)
        throw ValueError("monte_carlo: M = " + std::to_string(M) +
                         " samples; the standard error s/√M needs M ≥ 2");
    for (std::size_t m = 0; m < M; ++m)
        if (!std::isfinite(g_values[m]))
            throw ValueError("monte_carlo: g(x_" + std::to_string(m + 1) +
                             ") = " + std::to_string(g_values[m]) + " is not finite");
    Estimate e;
    e.M = M;
    e.mean = sample_mean(g_values);
    e.std = sample_std(g_values);
    e.se = e.std / std::sqrt(static_cast<double>(M));
    return e;
}

// E_{X∼f_x}[g(X)] ≈ (1/M) Σ_{m=1}^M g(x_m)
Estimate monte_carlo(std::size_t M, Rng& rng, const std::function<double(Rng&)>& g_of_sample) {
    std::vector<double> g(M);
    for (std::size_t m = 0; m < M; ++m) g[m] = g_of_sample(rng);
    return estimate_mean(g);
}

}  // namespace redes::stats
