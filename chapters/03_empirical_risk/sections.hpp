#pragma once
// Chapter 03's experiments, one function each (one_sample.cpp, repetitions.cpp).
#include <cstddef>
#include <vector>

#include "redes/app/chapter.hpp"
#include "redes/stats/rng.hpp"

namespace ch03 {

// (1) R̂(θ) from one sample of each size M ∈ {10, 100, M_max} over the exact R(θ): a table row
// per M and the plots ch03_empirical_risk (θ* ± 2) and ch03_empirical_risk_zoom (near θ*).
void one_sample_each_size(redes::app::Context& ctx, double a, double sigma, std::size_t M_max);

// |θ̂_M − θ*| and the excess risk R(θ̂_M) − R(θ*) over R repetitions, for M = 10 … M_max at
// four sizes per decade; each repetition is one stream of samples, θ̂_M accumulated as M grows.
struct Spread {
    std::vector<std::size_t> M;
    std::vector<double> median, q10, q90;  // of |θ̂_M − θ*|
    std::vector<double> guide;             // 0.6745 σ/√(M E[X²])
    std::vector<double> excess_median;     // of R(θ̂_M) − R(θ*)
    std::vector<double> excess_guide;      // 0.4549 σ²/M
};
Spread argmin_spread(double a, double sigma, std::size_t R, std::size_t M_max, redes::Rng& rng);

// (2), (3): argmin_spread printed and plotted (ch03_argmin_error, ch03_excess_risk).
void repetitions(redes::app::Context& ctx, double a, double sigma, std::size_t R,
                 std::size_t M_max);

}  // namespace ch03
