// Helpers shared by chapter 15's sections.
#include <cmath>
#include <string>
#include <vector>

#include "sections.hpp"

namespace ch15 {

using redes::DescentPath;
using redes::Vector;

Ravine make_ravine(const Settings& s) {
    const redes::Quadratic q(s.lambda1, s.lambda2);
    const double lmin = q.lambda_min(), lmax = q.lambda_max();
    return Ravine{q,
                  lmin,
                  lmax,
                  lmax / lmin,
                  Vector{s.start_x, s.start_y},
                  Vector{0.0, 0.0},
                  redes::optimal_momentum(lmin, lmax),
                  static_cast<std::size_t>(s.steps)};
}

// The first k with ‖θ_k − θ*‖ < tol, or −1 when the path never gets there (or diverged first).
long steps_to_reach(const DescentPath& p, const Vector& theta_star, double tol) {
    for (std::size_t k = 0; k < p.theta.size(); ++k)
        if (norm(p.theta[k] - theta_star) < tol) return static_cast<long>(k);
    return -1;
}

std::string steps_str(long k) {
    return k < 0 ? std::string("not reached") : std::to_string(k) + " steps";
}

}  // namespace ch15
