#pragma once
// The path θ_0, θ_1, …, θ_K of an optimizer on a function whose gradient is known exactly
// (no samples, no batches): for the pictures of paths over contour lines and for the
// reference trajectories the optimizers are tested against.
#include <cstddef>
#include <functional>
#include <vector>

#include "redes/linalg/vector.hpp"
#include "redes/optim/optimizer.hpp"
#include "redes/optim/schedule.hpp"

namespace redes {

// θ_{k+1} ← optimizer.step(θ_k, ∇R(θ_k)) for k = 0 … steps−1, with η_k from the schedule when
// one is given. Returns steps + 1 points. Throws DivergenceError naming the step when θ_k or
// the gradient becomes NaN or ±Inf.
std::vector<Vector> optimizer_path(Optimizer& optimizer,
                                   const std::function<Vector(const Vector&)>& gradient,
                                   Vector theta0, std::size_t steps,
                                   const Schedule* schedule = nullptr);

}  // namespace redes
