#pragma once
// Sample quantiles, for the spread of a result over repetitions (median, 10%–90% band).
#include <vector>

namespace redes::stats {

// The p-quantile, p ∈ [0, 1], by linear interpolation between order statistics
// v_(1) ≤ … ≤ v_(M): h = (M−1)p, q = v_(⌊h⌋+1) + (h − ⌊h⌋)(v_(⌊h⌋+2) − v_(⌊h⌋+1))
// (the default of R, NumPy and Excel's PERCENTILE.INC).
double quantile(std::vector<double> v, double p);
// quantile(v, 0.5)
double median(const std::vector<double>& v);

}  // namespace redes::stats
