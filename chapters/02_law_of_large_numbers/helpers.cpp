// What chapter 02's experiments share (sections.hpp).
#include <cmath>
#include <vector>

#include "redes/models/least_squares.hpp"
#include "sections.hpp"

namespace ch02 {

double draw_normal(redes::Rng& r) { return r.normal(); }
double draw_cauchy(redes::Rng& r) { return r.cauchy(); }

// Column k of E, i.e. the R errors x̄_M − μ at the k-th M.
std::vector<double> column(const redes::Matrix& E, std::size_t k) { return E.col(k).values(); }

// Slope of log₁₀ v against log₁₀ M by least squares: −1/2 when v ∝ 1/√M.
double log_log_slope(const std::vector<double>& Ms, const std::vector<double>& v) {
    redes::Matrix X(1, Ms.size());
    redes::Vector y(Ms.size());
    for (std::size_t k = 0; k < Ms.size(); ++k)
        X(0, k) = std::log10(Ms[k]), y[k] = std::log10(v[k]);
    return redes::least_squares(X, y).w[0];
}

bool is_power_of_ten(double M) {
    const double d = std::log10(M);
    return std::abs(d - std::round(d)) < 1e-9;
}

}  // namespace ch02
