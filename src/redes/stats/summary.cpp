#include "redes/stats/summary.hpp"

#include <cmath>
#include <string>

#include "redes/error.hpp"

namespace redes::stats {

namespace {
void require_size(const char* op, const std::vector<double>& v, std::size_t min) {
    if (v.size() < min)
        throw ValueError(std::string(op) + ": " + std::to_string(v.size()) +
                         " values, needs at least " + std::to_string(min));
    for (std::size_t m = 0; m < v.size(); ++m)
        if (std::isnan(v[m]))
            throw ValueError(std::string(op) + ": value " + std::to_string(m) + " is NaN");
}
}  // namespace

// v̄ = (1/M) Σ_{m=1}^M v_m
double sample_mean(const std::vector<double>& v) {
    require_size("sample_mean", v, 1);
    double s = 0.0;
    for (double x : v) s += x;
    return s / static_cast<double>(v.size());
}

// s² = (1/(M−1)) Σ_{m=1}^M (v_m − v̄)², two passes (no cancellation from Σv² − M v̄²)
double sample_variance(const std::vector<double>& v) {
    require_size("sample_variance", v, 2);
    const double mean = sample_mean(v);
    double s = 0.0;
    for (double x : v) s += (x - mean) * (x - mean);
    return s / static_cast<double>(v.size() - 1);
}

double sample_std(const std::vector<double>& v) { return std::sqrt(sample_variance(v)); }

// sqrt((1/M) Σ_{m=1}^M v_m²)
double rms(const std::vector<double>& v) {
    require_size("rms", v, 1);
    double s = 0.0;
    for (double x : v) s += x * x;
    return std::sqrt(s / static_cast<double>(v.size()));
}

}  // namespace redes::stats
