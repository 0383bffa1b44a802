#pragma once
// The partial sums of a schedule at chosen horizons only:
//   Σ_{k=0}^{K_i} η_k  and  Σ_{k=0}^{K_i} η_k²   for K_0 < K_1 < …
// summed in order k = 0, 1, …; schedule_sums() (schedule.hpp) is this at every K = 0 … K_max.
// Only the horizons asked for are kept: for horizons far beyond a training run (K = 10⁷),
// where the two conditions Σ η_k = ∞ and Σ η_k² < ∞ show, schedule_sums() would hold 2·10⁷
// doubles.
#include <cstddef>
#include <vector>

#include "redes/optim/schedule.hpp"

namespace redes {

// Entry i of the result holds the sums up to K[i]. K must be strictly increasing (ValueError
// naming the first K that is not).
ScheduleSums schedule_sums_at(const Schedule& schedule, const std::vector<std::size_t>& K);

}  // namespace redes
