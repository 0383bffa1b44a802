#include "redes/stats/quantile.hpp"

#include <algorithm>
#include <cmath>
#include <string>

#include "redes/error.hpp"
#include "redes/text.hpp"

namespace redes::stats {

// h = (M−1)p, q = v_(⌊h⌋+1) + (h − ⌊h⌋)(v_(⌊h⌋+2) − v_(⌊h⌋+1))
double quantile(std::vector<double> v, double p) {
    if (!(p >= 0.0 && p <= 1.0)) throw ValueError("quantile: p = " + num(p) + " is outside [0, 1]");
    if (v.empty()) throw ValueError("quantile: no values");
    for (double x : v)
        if (std::isnan(x)) throw ValueError("quantile: a value is NaN");
    std::sort(v.begin(), v.end());
    const double h = static_cast<double>(v.size() - 1) * p;
    const std::size_t lo = static_cast<std::size_t>(std::floor(h));
    if (lo + 1 >= v.size()) return v.back();
    return v[lo] + (h - static_cast<double>(lo)) * (v[lo + 1] - v[lo]);
}

double median(const std::vector<double>& v) { return quantile(v, 0.5); }

}  // namespace redes::stats
