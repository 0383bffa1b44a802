#include "redes/stats/running_mean.hpp"

#include <string>

#include "redes/error.hpp"

namespace redes::stats {

// x̄_M = (1/M) Σ_{m=1}^M x_m, from the running sum
std::vector<double> running_mean(const std::vector<double>& x) {
    std::vector<double> mean(x.size());
    double sum = 0.0;
    for (std::size_t m = 0; m < x.size(); ++m) {
        sum += x[m];
        mean[m] = sum / static_cast<double>(m + 1);
    }
    return mean;
}

Matrix running_mean_errors(const std::vector<std::size_t>& Ms, std::size_t R, double mu, Rng& rng,
                           const std::function<double(Rng&)>& draw) {
    if (Ms.empty() || R == 0)
        throw ValueError("running_mean_errors: needs at least one M and one repetition (got " +
                         std::to_string(Ms.size()) + " values of M, R = " + std::to_string(R) +
                         ")");
    for (std::size_t k = 0; k < Ms.size(); ++k)
        if (Ms[k] == 0 || (k > 0 && Ms[k] <= Ms[k - 1]))
            throw ValueError(
                "running_mean_errors: the sample sizes must be increasing and ≥ 1 "
                "(M[" +
                std::to_string(k) + "] = " + std::to_string(Ms[k]) + ")");
    Matrix E(R, Ms.size());
    for (std::size_t r = 0; r < R; ++r) {
        double sum = 0.0;
        std::size_t m = 0;
        for (std::size_t k = 0; k < Ms.size(); ++k) {
            for (; m < Ms[k]; ++m) sum += draw(rng);
            // x̄_M − μ with x̄_M = (1/M) Σ_{m=1}^M x_m
            E(r, k) = sum / static_cast<double>(Ms[k]) - mu;
        }
    }
    return E;
}

}  // namespace redes::stats
