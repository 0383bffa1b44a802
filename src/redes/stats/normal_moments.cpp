#include "redes/stats/normal_moments.hpp"

#include <cmath>
#include <string>

#include "redes/error.hpp"

namespace redes::stats {

// E[X^k] = Σ_{j even, j ≤ k} C(k, j) μ^(k−j) s^j (j−1)!!, from X = μ + sZ and E[Z^j] = (j−1)!!
double normal_moment(int k, double mu, double s) {
    if (k < 0) throw ValueError("normal_moment: order k = " + std::to_string(k) + " must be ≥ 0");
    double total = 0.0;
    double binom = 1.0;        // C(k, j)
    double double_fact = 1.0;  // (j−1)!!, with (−1)!! = 1
    for (int j = 0; j <= k; ++j) {
        if (j > 0) binom = binom * (k - j + 1) / j;
        if (j % 2 == 0) {
            if (j >= 2) double_fact *= (j - 1);
            total += binom * std::pow(mu, k - j) * std::pow(s, j) * double_fact;
        }
    }
    return total;
}

}  // namespace redes::stats
