// λ_max of ∇²R̂(θ) without forming the Hessian: power iteration on Hessian-vector products,
//   H v ≈ (∇R̂(θ + εv) − ∇R̂(θ − εv)) / 2ε      (central difference of the full gradient, ‖v‖ = 1)
//   v ← H v / ‖H v‖,   λ ≈ vᵀ H v              (the Rayleigh quotient of the last v)
// When that λ is negative (a larger negative curvature), the same on H − λI finds λ_max.
// Gradient descent on a quadratic with curvature λ multiplies the error by (1 − ηλ) per step:
// it diverges when η > 2/λ_max.
#include <algorithm>
#include <cmath>
#include <cstdint>

#include "redes/linalg/vector.hpp"
#include "redes/optim/objective.hpp"
#include "redes/stats/rng.hpp"
#include "sections.hpp"

namespace ch17 {

namespace {

// The Rayleigh quotient vᵀ(H − cI)v after power iteration on H − cI (the eigenvalue of largest
// magnitude of the shifted Hessian), plus c back.
double power_iteration(const redes::Objective& R, const redes::Vector& theta, double shift,
                       std::uint64_t seed, std::size_t iterations) {
    redes::Rng rng(seed);
    redes::Vector v =
        redes::Vector::from_function(theta.size(), [&](std::size_t) { return rng.normal(); });
    v /= redes::norm(v);
    // ε relative to θ: small enough for the difference to be local, large enough for rounding
    const double eps = 1e-5 * std::max(1.0, redes::norm(theta));
    double lambda = 0.0;
    for (std::size_t k = 0; k < iterations; ++k) {
        redes::Vector Hv =
            (R.full_gradient(theta + eps * v) - R.full_gradient(theta - eps * v)) / (2.0 * eps);
        Hv -= shift * v;
        lambda = redes::dot(v, Hv);
        const double n = redes::norm(Hv);
        if (!(n > 0.0)) break;  // (H − cI) v = 0: v is an eigenvector with eigenvalue c
        v = Hv / n;
    }
    return lambda + shift;
}

}  // namespace

double top_curvature(const redes::Objective& R, const redes::Vector& theta, std::uint64_t seed,
                     std::size_t iterations) {
    const double largest = power_iteration(R, theta, 0.0, seed, iterations);
    if (largest >= 0.0) return largest;
    // the largest magnitude is a negative curvature λ_min: H − λ_min I has eigenvalues
    // λ − λ_min ≥ 0, the largest of them λ_max − λ_min
    return power_iteration(R, theta, largest, seed + 1, iterations);
}

}  // namespace ch17
