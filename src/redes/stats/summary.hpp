#pragma once
// Descriptive statistics of a sample v_1 … v_M (a std::vector<double>).
#include <vector>

namespace redes::stats {

// v̄ = (1/M) Σ_{m=1}^M v_m
double sample_mean(const std::vector<double>& v);
// s² = (1/(M−1)) Σ_{m=1}^M (v_m − v̄)²   (unbiased; needs M ≥ 2)
double sample_variance(const std::vector<double>& v);
// s = √s²
double sample_std(const std::vector<double>& v);
// sqrt((1/M) Σ_{m=1}^M v_m²): the root-mean-square, e.g. of errors v_m = x̄ − μ
double rms(const std::vector<double>& v);

}  // namespace redes::stats
