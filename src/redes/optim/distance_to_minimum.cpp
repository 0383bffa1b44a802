#include "redes/optim/distance_to_minimum.hpp"

#include <algorithm>
#include <cmath>
#include <string>

#include "redes/error.hpp"
#include "redes/stats/rng.hpp"

namespace redes {

DistanceToMinimum distance_to_minimum(
    const Objective& objective, const Vector& theta0, const Vector& theta_star,
    const std::function<std::unique_ptr<Optimizer>()>& make_optimizer, const SGDOptions& options,
    std::uint64_t first_seed, std::size_t runs) {
    if (runs == 0) throw ValueError("distance_to_minimum: runs = 0 must be at least 1");
    if (theta_star.size() != theta0.size())
        throw ValueError("distance_to_minimum: θ* has size " + std::to_string(theta_star.size()) +
                         ", θ_0 has size " + std::to_string(theta0.size()));
    SGDOptions o = options;
    o.record_theta = true;
    DistanceToMinimum d;
    std::vector<double> sum, sum2;
    for (std::size_t s = 0; s < runs; ++s) {
        Vector theta = theta0;
        Rng rng(first_seed + s);
        auto optimizer = make_optimizer();
        SGDHistory h = sgd(objective, theta, *optimizer, rng, o);
        if (s == 0) {
            sum.assign(h.step_theta.size(), 0.0);
            sum2.assign(h.step_theta.size(), 0.0);
        }
        for (std::size_t k = 0; k < h.step_theta.size(); ++k) {
            const double e = norm(h.step_theta[k] - theta_star);  // ‖θ_k − θ*‖
            sum[k] += e;
            sum2[k] += e * e;
        }
        if (s + 1 == runs) d.last_run = std::move(h.step_theta);
    }
    const double S = static_cast<double>(runs);
    d.mean.resize(sum.size());
    d.standard_error.resize(sum.size());
    for (std::size_t k = 0; k < sum.size(); ++k) {
        d.mean[k] = sum[k] / S;  // e_k = (1/S) Σ_s ‖θ_k^(s) − θ*‖
        const double var =
            runs > 1 ? std::max(0.0, (sum2[k] - S * d.mean[k] * d.mean[k]) / (S - 1.0)) : 0.0;
        d.standard_error[k] = std::sqrt(var / S);
    }
    return d;
}

}  // namespace redes
