// Rosenbrock's curved valley R̂(x, y) = (1 − x)² + 100(y − x²)², minimum (1, 1): gradient
// descent with a fixed η, and the local stability limit 2/λ_max(∇²R̂(θ)) along the way.
#include <algorithm>
#include <cmath>
#include <iostream>
#include <string>
#include <vector>

#include "sections.hpp"

using redes::DescentPath;
using redes::Matrix;
using redes::Vector;
using redes::app::fmt;

namespace ch10 {

// 2/λ_max of the Hessian ∇²R̂(θ) (a symmetric 2×2: λ = t/2 ± √((t/2)² − det)): near θ, R̂ is
// close to a quadratic with these curvatures, and gradient descent is stable there for η below it.
double local_eta_critical(const redes::Objective2D& f, const Vector& theta) {
    const Matrix H = f.hessian(theta);
    const double t = 0.5 * (H(0, 0) + H(1, 1)), det = H(0, 0) * H(1, 1) - H(0, 1) * H(1, 0);
    return 2.0 / (t + std::sqrt(std::max(0.0, t * t - det)));
}

void rosenbrock(const redes::app::Context& ctx, const Settings& s) {
    const redes::Rosenbrock rb;
    redes::PathOptions ro = s.path_options();
    ro.steps = ctx.quick ? 500 : 5000;
    const Vector r0{-1.5, 2.0};
    const DescentPath pr = redes::gradient_descent_path(rb, s.rosenbrock_eta, r0, ro);
    std::cout << "rosenbrock (1 − x)² + 100(y − x²)² from " << point(r0)
              << ", minimum (1, 1): " << pr.describe() << "\n    θ_K = " << point(pr.last())
              << ", distance to (1, 1) = " << fmt(norm(pr.last() - rb.minimizer()))
              << "\n    the local threshold 2/λ_max(∇²R̂) is " << fmt(local_eta_critical(rb, r0))
              << " at θ_0 and " << fmt(local_eta_critical(rb, rb.minimizer())) << " at (1, 1)\n";
    const auto highest = std::max_element(pr.value.begin(), pr.value.end());
    if (pr.diverged())
        std::cout << "    R̂ rose from R̂(θ_0) = " << fmt(pr.value.front())
                  << " until the run stopped\n";
    else if (*highest > pr.value.front())
        std::cout << "    R̂ rose from R̂(θ_0) = " << fmt(pr.value.front()) << " to " << fmt(*highest)
                  << " at step " << highest - pr.value.begin() << " before it fell\n";
    else std::cout << "    R̂ never rose above R̂(θ_0) = " << fmt(pr.value.front()) << "\n";
    const std::size_t grid = grid_points(ctx);
    const std::vector<double> rx = redes::linspace(-2.0, 2.0, grid),
                              ry = redes::linspace(-1.0, 3.0, grid);
    Matrix RZ = rb.on_grid(rx, ry);
    for (std::size_t k = 0; k < RZ.size(); ++k) RZ.data()[k] = std::log10(1.0 + RZ.data()[k]);
    auto fr = ctx.figure("rosenbrock", "Gradient descent in Rosenbrock's curved valley, η = " +
                                           fmt(s.rosenbrock_eta) + ", " +
                                           std::to_string(pr.steps()) + " steps");
    fr.xlabel("x")
        .ylabel("y")
        .cblabel("log₁₀(1 + R̂)")
        .xrange(-2, 2)
        .yrange(-1, 3)
        .equal_axes()
        .legend("outside bottom center horizontal")
        .size(760, 760);
    landscape(fr, rx, ry, RZ, 14);
    fr.line("θ_k" + std::string(pr.diverged()
                                    ? " (diverged at step " + std::to_string(pr.diverged_step) + ")"
                                    : ""),
            pr.xs(), pr.ys(), "lines lw 2 lc rgb '#d62728'")
        .points("θ_0", {r0[0]}, {r0[1]}, "points pt 9 ps 2 lc rgb 'orange'")
        .points("minimum (1, 1)", {1.0}, {1.0}, "points pt 3 ps 2.5 lw 2 lc rgb 'orange'");
    ctx.save(fr);
}

}  // namespace ch10
