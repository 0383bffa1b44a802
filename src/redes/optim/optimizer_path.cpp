#include "redes/optim/optimizer_path.hpp"

#include <string>

#include "redes/error.hpp"
#include "redes/optim/checks.hpp"

namespace redes {

std::vector<Vector> optimizer_path(Optimizer& optimizer,
                                   const std::function<Vector(const Vector&)>& gradient,
                                   Vector theta0, std::size_t steps, const Schedule* schedule) {
    std::vector<Vector> path;
    path.reserve(steps + 1);
    path.push_back(theta0);
    Vector theta = std::move(theta0);
    for (std::size_t k = 0; k < steps; ++k) {
        if (schedule) optimizer.set_eta(schedule->eta(k));  // η_k
        const Vector g = gradient(theta);                   // g_k = ∇R(θ_k)
        if (!all_finite(g) || !all_finite(theta))
            throw DivergenceError(
                optimizer.name() + " path: step k = " + std::to_string(k) +
                ": θ_k or ∇R(θ_k) is not finite (‖g‖ = " + optim_check::num(norm(g)) +
                "); the iteration diverged: lower the learning rate η (η_k = " +
                optim_check::num(optimizer.eta()) + ")");
        optimizer.step(theta, g);
        path.push_back(theta);
    }
    if (!all_finite(theta))
        throw DivergenceError(optimizer.name() + " path: step k = " + std::to_string(steps) +
                              ": θ_k is not finite; the iteration diverged: lower the learning "
                              "rate η (η_k = " +
                              optim_check::num(optimizer.eta()) + ")");
    return path;
}

}  // namespace redes
