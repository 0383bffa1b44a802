#pragma once
// The law of large numbers as a curve: the running average of a sequence x_1, x_2, …
//   x̄_M = (1/M) Σ_{m=1}^M x_m  →  E[X]   as M → ∞   (when E|X| < ∞)
#include <cstddef>
#include <functional>
#include <vector>

#include "redes/linalg/matrix.hpp"
#include "redes/stats/rng.hpp"

namespace redes::stats {

// {x̄_1, x̄_2, …, x̄_n} of x_1 … x_n.
std::vector<double> running_mean(const std::vector<double>& x);

// R independent sequences x_1, x_2, … (each value drawn by draw(rng)), each followed up to
// M = Ms.back(): E(r, k) = x̄_{Ms[k]} − mu for sequence r. Ms must be increasing and ≥ 1.
// The columns of E are the errors of the sample mean at each M, over R repetitions.
Matrix running_mean_errors(const std::vector<std::size_t>& Ms, std::size_t R, double mu, Rng& rng,
                           const std::function<double(Rng&)>& draw);

}  // namespace redes::stats
