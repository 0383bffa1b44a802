#pragma once
// Sample sizes M spaced evenly on a log axis, for experiments plotted against M.
#include <cstddef>
#include <vector>

namespace redes::stats {

// round(lo · 10^(k/per_decade)) for k = 0, 1, … up to hi (both ends included, duplicates
// removed): log_spaced_sizes(10, 1000, 2) = {10, 32, 100, 316, 1000}.
std::vector<std::size_t> log_spaced_sizes(std::size_t lo, std::size_t hi, int per_decade);

}  // namespace redes::stats
