#pragma once
// The path θ_0, θ_1, …, θ_K of an optimizer on a 2-D test function, recorded for plots:
//   θ_{k+1} = θ_k − η ∇R̂(θ_k)   (GradientDescent; any Optimizer's step() works the same way)
// The run stops early
//   - at a critical point: ‖∇R̂(θ_k)‖ ≤ grad_tol (with grad_tol = 0, only where ∇R̂ = 0 exactly
//     and the optimizer's step leaves θ_k unchanged: always for gradient descent, not for momentum
//     still carrying a velocity v ≠ 0);
//   - when it diverges: θ_k or R̂(θ_k) not finite, or ‖θ_k‖∞ > bound, or |R̂(θ_k)| > bound.
// Divergence is a flag in the result, not an exception, so the path up to that step can still
// be drawn; check() turns it into a DivergenceError naming the step and the value.
#include <cstddef>
#include <iosfwd>
#include <string>
#include <vector>

#include "redes/linalg/vector.hpp"
#include "redes/optim/optimizer.hpp"
#include "redes/optim/test_functions.hpp"

namespace redes {

// When descent_path stops: after K steps, beyond the bound, or where ‖∇R̂(θ_k)‖ ≤ grad_tol.
struct PathOptions {
    std::size_t steps = 100;  // K: the most steps taken
    double bound = 1e6;       // divergence when ‖θ_k‖∞ or |R̂(θ_k)| exceeds it
    double grad_tol = 0.0;    // stop at a critical point when ‖∇R̂(θ_k)‖ ≤ grad_tol
};

enum class PathStop { steps, critical_point, diverged };
// Prints "steps", "critical point" or "diverged".
std::ostream& operator<<(std::ostream& os, PathStop s);

// θ_0 … θ_K with R̂(θ_k) and ‖∇R̂(θ_k)‖, and why it stopped (steps, critical point, diverged).
struct DescentPath {
    std::string optimizer;      // e.g. "gd"
    double eta = 0.0;           // η
    std::vector<Vector> theta;  // θ_0 … θ_K (the last one may lie beyond the bound, never NaN)
    std::vector<double> value;  // R̂(θ_k)
    std::vector<double> grad_norm;  // ‖∇R̂(θ_k)‖₂
    PathStop stop = PathStop::steps;
    std::size_t diverged_step = 0;  // k of the first θ_k that diverged
    double diverged_value = 0.0;    // R̂(θ_k) there (may be ±Inf)
    double diverged_theta = 0.0;    // ‖θ_k‖∞ there (may be Inf or NaN)
    double bound = 0.0;

    bool diverged() const { return stop == PathStop::diverged; }
    // Steps taken: K.
    std::size_t steps() const { return theta.size() - 1; }
    const Vector& last() const { return theta.back(); }
    // The x and y coordinates of θ_0 … θ_K, for Figure::line.
    std::vector<double> xs() const;
    std::vector<double> ys() const;
    // One line: "gd η = 0.3: diverged at step 41: ‖θ‖∞ = 1.2e+06 > bound 1e+06 (R̂ = 7e+11)".
    std::string describe() const;
    // Throws DivergenceError with describe() and a hint to lower η, if diverged.
    void check() const;
};

// Runs opt (after opt.reset()) from θ_0 on f for at most o.steps steps.
DescentPath descent_path(const Objective2D& f, Optimizer& opt, const Vector& theta0,
                         const PathOptions& o = PathOptions());
// θ_{k+1} = θ_k − η ∇R̂(θ_k)
DescentPath gradient_descent_path(const Objective2D& f, double eta, const Vector& theta0,
                                  const PathOptions& o = PathOptions());

}  // namespace redes
