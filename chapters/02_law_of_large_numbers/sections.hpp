#pragma once
// Chapter 02's experiments, one function each (rms_error.cpp, cauchy.cpp), and what they share
// (helpers.cpp).
#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "redes/app/chapter.hpp"
#include "redes/linalg/matrix.hpp"
#include "redes/stats/rng.hpp"

namespace ch02 {

// A distribution to average: how to draw from it, its mean μ and standard deviation σ.
struct Distribution {
    std::string name;
    double mu, sigma;
    std::function<double(redes::Rng&)> draw;
};

double draw_normal(redes::Rng& r);  // N(0,1): μ = 0, σ² = 1
double draw_cauchy(redes::Rng& r);  // Cauchy: no mean, no variance

// Column k of E, i.e. the R errors x̄_M − μ at the k-th M.
std::vector<double> column(const redes::Matrix& E, std::size_t k);

// Slope of log₁₀ v against log₁₀ M by least squares: −1/2 when v ∝ 1/√M.
double log_log_slope(const std::vector<double>& Ms, const std::vector<double>& v);

bool is_power_of_ten(double M);

// (1) RMS error of the sample mean over R repetitions against the exact σ/√M, for U[0,1) and
// Exp(λ), M = 10 … M_max at four sizes per decade (plot ch02_lln_error).
void rms_error(redes::app::Context& ctx, const std::vector<std::size_t>& Ms, std::size_t R,
               double lambda);

// (2a) `streams` running means of N(0,1) and of Cauchy samples up to M_max (plot
// ch02_running_means).
void running_means(redes::app::Context& ctx, std::size_t M_max, std::size_t streams);

// (2b) median |x̄_M| over R repetitions, normal against Cauchy (plot ch02_median_error).
void median_error(redes::app::Context& ctx, const std::vector<std::size_t>& Ms, std::size_t R);

}  // namespace ch02
