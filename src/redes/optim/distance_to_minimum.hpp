#pragma once
// How far SGD is from the minimum, step by step, averaged over independent runs (for the notes'
// "Convergencia de SGD": with a constant η the iterate keeps bouncing around θ*, with a schedule
// that meets Σ η_k = ∞ and Σ η_k² < ∞ it converges). Run s = 0 … S−1 starts at the same θ_0 and
// differs only in its shuffles (Rng(first_seed + s)); for each step k = 0 … K
//   e_k = (1/S) Σ_s ‖θ_k^(s) − θ*‖,   its standard error sd_k/√S (sd_k over the runs; 0 when S = 1).
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <vector>

#include "redes/linalg/vector.hpp"
#include "redes/optim/objective.hpp"
#include "redes/optim/optimizer.hpp"
#include "redes/optim/sgd.hpp"

namespace redes {

struct DistanceToMinimum {
    std::vector<double> mean;            // e_k, k = 0 … K (K = the steps of one run)
    std::vector<double> standard_error;  // sd_k/√S
    std::vector<Vector> last_run;  // θ_0 … θ_K of the last run (for a picture of the path)
};

// Trains S runs with sgd(objective, θ_0, make_optimizer(), Rng(first_seed + s), options); the
// options' record_theta is switched on. ValueError for S = 0 or θ* of another size than θ_0.
DistanceToMinimum distance_to_minimum(
    const Objective& objective, const Vector& theta0, const Vector& theta_star,
    const std::function<std::unique_ptr<Optimizer>()>& make_optimizer, const SGDOptions& options,
    std::uint64_t first_seed, std::size_t runs);

}  // namespace redes
