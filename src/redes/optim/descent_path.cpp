#include "redes/optim/descent_path.hpp"

#include <cmath>
#include <ostream>

#include "redes/error.hpp"
#include "redes/text.hpp"

namespace redes {

namespace {
// 4 significant digits; a diverged R̂ prints "NaN" (printf writes "nan" or "-nan" by sign bit).
std::string g4(double v) { return std::isnan(v) ? "NaN" : num(v, "%.4g"); }
}  // namespace

std::ostream& operator<<(std::ostream& os, PathStop s) {
    switch (s) {
        case PathStop::steps: return os << "steps";
        case PathStop::critical_point: return os << "critical point";
        case PathStop::diverged: return os << "diverged";
    }
    return os;
}

std::vector<double> DescentPath::xs() const {
    std::vector<double> x;
    for (const Vector& t : theta) x.push_back(t[0]);
    return x;
}

std::vector<double> DescentPath::ys() const {
    std::vector<double> y;
    for (const Vector& t : theta) y.push_back(t[1]);
    return y;
}

std::string DescentPath::describe() const {
    std::string who = optimizer + " η = " + g4(eta) + ": ";
    switch (stop) {
        case PathStop::steps:
            return who + std::to_string(steps()) + " steps, R̂(θ_K) = " + g4(value.back()) +
                   ", ‖∇R̂(θ_K)‖ = " + g4(grad_norm.back());
        case PathStop::critical_point:
            return who + "stopped at a critical point at step " + std::to_string(steps()) +
                   ": θ = (" + g4(last()[0]) + ", " + g4(last()[1]) +
                   "), ‖∇R̂‖ = " + g4(grad_norm.back()) + ", R̂ = " + g4(value.back());
        case PathStop::diverged:
            return who + "diverged at step " + std::to_string(diverged_step) +
                   ": ‖θ‖∞ = " + g4(diverged_theta) + ", R̂ = " + g4(diverged_value) + " (bound " +
                   g4(bound) + ")";
    }
    return who;
}

void DescentPath::check() const {
    if (diverged()) throw DivergenceError(describe() + "; lower the learning rate η");
}

DescentPath descent_path(const Objective2D& f, Optimizer& opt, const Vector& theta0,
                         const PathOptions& o) {
    if (theta0.size() != 2)
        throw ShapeError("descent path on " + f.name() + ": θ_0 of size " +
                         std::to_string(theta0.size()) + ", expected 2");
    if (!all_finite(theta0))
        throw ValueError("descent path on " + f.name() + ": θ_0 = (" + g4(theta0[0]) + ", " +
                         g4(theta0[1]) + ") is not finite");
    if (!(o.bound > 0.0) || !(o.grad_tol >= 0.0))
        throw ValueError("descent path on " + f.name() + ": bound = " + g4(o.bound) +
                         " must be positive, grad_tol = " + g4(o.grad_tol) + " non-negative");
    opt.reset();
    DescentPath p;
    p.optimizer = opt.name();
    p.eta = opt.eta();
    p.bound = o.bound;

    Vector theta = theta0;
    for (std::size_t k = 0;; ++k) {
        const double R = f.value(theta);
        const double size = norm_inf(theta);
        // divergence: θ_k or R̂(θ_k) not finite or beyond the bound
        if (!all_finite(theta) || !std::isfinite(R) || size > o.bound || std::abs(R) > o.bound) {
            p.stop = PathStop::diverged;
            p.diverged_step = k;
            p.diverged_value = R;
            p.diverged_theta = all_finite(theta) ? size : HUGE_VAL;
            if (all_finite(theta) && std::isfinite(R)) {  // keep it for the plot
                p.theta.push_back(theta);
                p.value.push_back(R);
                p.grad_norm.push_back(norm(f.gradient(theta)));
            }
            return p;
        }
        const Vector g = f.gradient(theta);
        p.theta.push_back(theta);
        p.value.push_back(R);
        p.grad_norm.push_back(norm(g));
        // a critical point: ∇R̂(θ_k) = 0 ⇒ θ_{k+1} = θ_k for gradient descent; momentum or Adam may
        // still move there (v, s ≠ 0), so with grad_tol = 0 it is a stop only if the step leaves θ_k put
        if (p.grad_norm.back() <= o.grad_tol) {
            Vector next = theta;
            opt.step(next, g);
            if (o.grad_tol > 0.0 || next == theta) {
                p.stop = PathStop::critical_point;
                return p;
            }
            if (k == o.steps) return p;
            theta = next;
            continue;
        }
        if (k == o.steps) return p;
        opt.step(theta, g);  // θ_{k+1} from θ_k and ∇R̂(θ_k)
    }
}

// θ_{k+1} = θ_k − η ∇R̂(θ_k)
DescentPath gradient_descent_path(const Objective2D& f, double eta, const Vector& theta0,
                                  const PathOptions& o) {
    GradientDescent gd(eta);
    return descent_path(f, gd, theta0, o);
}

}  // namespace redes
