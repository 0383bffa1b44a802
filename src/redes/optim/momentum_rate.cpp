#include "redes/optim/momentum_rate.hpp"

#include <algorithm>
#include <cmath>
#include <string>

#include "redes/error.hpp"
#include "redes/optim/checks.hpp"

namespace redes {

namespace {

void check_curvatures(const char* op, double lambda_min, double lambda_max) {
    if (!(lambda_min > 0.0) || !(lambda_min <= lambda_max) || !std::isfinite(lambda_max))
        throw ValueError(std::string(op) + ": curvatures λ_min = " + optim_check::num(lambda_min) +
                         ", λ_max = " + optim_check::num(lambda_max) +
                         " must satisfy 0 < λ_min ≤ λ_max < ∞");
}

}  // namespace

// max|z|, z² − (1 + α − ηλ) z + α = 0
double momentum_rate(double eta, double alpha, double lambda) {
    optim_check::positive("momentum_rate", "η", eta);
    optim_check::unit_interval("momentum_rate", "α", alpha);
    if (!std::isfinite(lambda))
        throw ValueError("momentum_rate: curvature λ = " + optim_check::num(lambda) +
                         " must be finite");
    const double b = 1.0 + alpha - eta * lambda;  // z² − b z + α = 0
    const double disc = b * b - 4.0 * alpha;
    if (disc < 0.0) return std::sqrt(alpha);  // complex pair: |z|² = z z̄ = α
    // real roots (b ± √disc)/2; the larger |z| has the sign of b
    return 0.5 * (std::abs(b) + std::sqrt(disc));
}

double momentum_rate(double eta, double alpha, double lambda_min, double lambda_max) {
    check_curvatures("momentum_rate", lambda_min, lambda_max);
    return std::max(momentum_rate(eta, alpha, lambda_min), momentum_rate(eta, alpha, lambda_max));
}

// η* = 4/(√λ_max + √λ_min)², α* = ((√κ − 1)/(√κ + 1))², rate (√κ − 1)/(√κ + 1)
MomentumOptimum optimal_momentum(double lambda_min, double lambda_max) {
    check_curvatures("optimal_momentum", lambda_min, lambda_max);
    const double sk = std::sqrt(lambda_max / lambda_min);  // √κ
    const double root_sum = std::sqrt(lambda_max) + std::sqrt(lambda_min);
    const double rate = (sk - 1.0) / (sk + 1.0);
    return MomentumOptimum{4.0 / (root_sum * root_sum), rate * rate, rate};
}

// (κ − 1)/(κ + 1)
double optimal_gd_rate(double lambda_min, double lambda_max) {
    check_curvatures("optimal_gd_rate", lambda_min, lambda_max);
    return (lambda_max - lambda_min) / (lambda_max + lambda_min);
}

}  // namespace redes
