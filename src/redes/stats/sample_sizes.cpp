#include "redes/stats/sample_sizes.hpp"

#include <cmath>
#include <string>

#include "redes/error.hpp"

namespace redes::stats {

std::vector<std::size_t> log_spaced_sizes(std::size_t lo, std::size_t hi, int per_decade) {
    if (lo < 1 || hi < lo || per_decade < 1)
        throw ValueError("log_spaced_sizes: needs 1 ≤ lo ≤ hi and per_decade ≥ 1 (got lo = " +
                         std::to_string(lo) + ", hi = " + std::to_string(hi) +
                         ", per_decade = " + std::to_string(per_decade) + ")");
    std::vector<std::size_t> Ms;
    const double decades = std::log10(static_cast<double>(hi) / static_cast<double>(lo));
    const int steps = static_cast<int>(std::floor(decades * per_decade + 1e-9));
    for (int k = 0; k <= steps; ++k) {
        const auto M = static_cast<std::size_t>(
            std::llround(static_cast<double>(lo) * std::pow(10.0, double(k) / per_decade)));
        if (M <= hi && (Ms.empty() || M > Ms.back())) Ms.push_back(M);
    }
    if (Ms.back() != hi) Ms.push_back(hi);
    return Ms;
}

}  // namespace redes::stats
