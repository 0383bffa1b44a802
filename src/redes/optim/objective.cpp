#include "redes/optim/objective.hpp"

#include <numeric>

namespace redes {

double Objective::risk_and_gradient(const Vector& theta, const std::vector<std::size_t>& batch,
                                    Vector& g) const {
    g = gradient(theta, batch);
    return risk(theta, batch);
}

double Objective::empirical_risk(const Vector& theta) const {
    return risk(theta, all_samples(M()));
}

Vector Objective::full_gradient(const Vector& theta) const {
    return gradient(theta, all_samples(M()));
}

std::vector<std::size_t> all_samples(std::size_t M) {
    std::vector<std::size_t> b(M);
    std::iota(b.begin(), b.end(), std::size_t{0});
    return b;
}

}  // namespace redes
