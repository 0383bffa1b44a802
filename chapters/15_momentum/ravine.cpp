// Section 1: the ravine, gradient descent against momentum at the same η and Polyak's constants.
#include <algorithm>
#include <cmath>
#include <iostream>
#include <string>
#include <vector>

#include "sections.hpp"

namespace ch15 {

using redes::DescentPath;
using redes::linspace;
using redes::Matrix;
using redes::Vector;
using redes::app::fmt;

void ravine_paths(const redes::app::Context& ctx, const Settings& s, const Ravine& rv) {
    const redes::Quadratic& q = rv.q;
    const double lmin = rv.lmin, lmax = rv.lmax, kappa = rv.kappa;
    const Vector &theta0 = rv.theta0, &theta_star = rv.theta_star;
    const redes::MomentumOptimum& best = rv.best;
    const auto lambda1 = s.lambda1;
    const auto lambda2 = s.lambda2;
    const auto start_x = s.start_x;
    const auto start_y = s.start_y;
    const auto eta = s.eta;
    const auto alpha = s.alpha;
    const auto tol = s.tol;
    const auto max_steps = s.max_steps;
    const auto path_steps = s.path_steps;
    const std::size_t K = rv.K;
    const std::size_t grid = ctx.quick ? 41 : 121;
    redes::PathOptions po;
    po.steps = K;
    redes::PathOptions longer = po;
    longer.steps = static_cast<std::size_t>(max_steps);
    std::cout << "ravine R̂(θ) = ½θᵀAθ, A = diag(" << fmt(lambda1) << ", " << fmt(lambda2)
              << "), κ = λ_max/λ_min = " << fmt(kappa) << "; θ_0 = " << redes::app::point(theta0)
              << ", θ* = (0, 0)\n";
    std::cout << "  rate per step (from the roots of z² − (1 + α − ηλ)z + α):\n"
              << "    gradient descent, η = " << fmt(eta) << ": "
              << fmt(redes::momentum_rate(eta, 0.0, lmin, lmax))
              << "   (best over η: (κ − 1)/(κ + 1) = " << fmt(redes::optimal_gd_rate(lmin, lmax))
              << " at η = 2/(λ_min + λ_max) = " << fmt(2 / (lmin + lmax))
              << "; stable only for η < 2/λ_max = " << fmt(2 / lmax) << ")\n"
              << "    momentum α = " << fmt(alpha) << ", η = " << fmt(eta) << ": "
              << fmt(redes::momentum_rate(eta, alpha, lmin, lmax))
              << "   (stable for η < 2(1 + α)/λ_max = " << fmt(2 * (1 + alpha) / lmax) << ")\n"
              << "    Polyak: η* = 4/(√λ_max + √λ_min)² = " << fmt(best.eta)
              << ", α* = ((√κ − 1)/(√κ + 1))² = " << fmt(best.alpha)
              << ": (√κ − 1)/(√κ + 1) = " << fmt(best.rate) << "\n";

    redes::GradientDescent gd(eta);
    redes::Momentum mom(eta, alpha), polyak(best.eta, best.alpha);
    struct Run {
        std::string label;
        redes::Optimizer* opt;
        const char* style;
    };
    const std::vector<Run> runs{
        {"gradient descent, η = " + fmt(eta), &gd, "linespoints lw 2 pt 7 ps 0.4 lc rgb '#1f77b4'"},
        {"momentum α = " + fmt(alpha) + ", η = " + fmt(eta), &mom,
         "linespoints lw 2 pt 7 ps 0.4 lc rgb '#d62728'"},
        {"Polyak α* = " + fmt(best.alpha, "%.3g") + ", η* = " + fmt(best.eta, "%.3g"), &polyak,
         "linespoints lw 2 pt 7 ps 0.4 lc rgb '#2ca02c'"}};
    std::cout << "  steps until ‖θ_k − θ*‖ < " << fmt(tol) << " (at most " << max_steps << "):\n";
    redes::PathOptions drawn = po;
    drawn.steps = static_cast<std::size_t>(path_steps);
    std::vector<DescentPath> drawn_paths;
    double wy =
        1.2 * std::abs(start_y);  // wide enough for every drawn path's swing across the ravine
    for (const Run& r : runs) {
        const DescentPath p = redes::descent_path(q, *r.opt, theta0, po);
        const DescentPath full = redes::descent_path(q, *r.opt, theta0, longer);
        std::cout << "    " << r.label << ": " << steps_str(steps_to_reach(full, theta_star, tol))
                  << "; after K = " << K << ": " << p.describe() << "\n";
        drawn_paths.push_back(redes::descent_path(q, *r.opt, theta0, drawn));
        for (const Vector& t : drawn_paths.back().theta) wy = std::max(wy, 1.1 * std::abs(t[1]));
    }
    const double wx = std::max(5.0, 1.25 * std::abs(start_x));
    wy = std::min(wy, 4 * wx);
    const std::vector<double> gx = linspace(-wx, wx, grid), gy = linspace(-wy, wy, grid);
    Matrix Z = q.on_grid(gx, gy);
    for (std::size_t k = 0; k < Z.size(); ++k) Z.data()[k] = std::log10(1.0 + Z.data()[k]);
    auto fpath = ctx.figure("paths", "Momentum in a ravine ½θᵀAθ, A = diag(" + fmt(lambda1) + ", " +
                                         fmt(lambda2) + "), κ = " + fmt(kappa) + ": the first " +
                                         std::to_string(path_steps) + " steps");
    fpath.xlabel("θ₁")
        .ylabel("θ₂")
        .cblabel("log₁₀(1 + R̂(θ))")
        .xrange(-wx, wx)
        .yrange(-wy, wy)
        .legend("outside right top vertical")
        .size(1300, 600);
    redes::plot::landscape(fpath, gx, gy, Z, 14);
    for (std::size_t i = 0; i < runs.size(); ++i) {
        const DescentPath& p = drawn_paths[i];
        fpath.line(runs[i].label +
                       (p.diverged() ? " (diverged at step " + std::to_string(p.diverged_step) + ")"
                                     : ""),
                   p.xs(), p.ys(), runs[i].style);
    }
    fpath.points("θ_0", {start_x}, {start_y}, "points pt 9 ps 2 lc rgb 'orange'")
        .points("θ* = (0, 0)", {0.0}, {0.0}, "points pt 3 ps 2.5 lw 2 lc rgb 'orange'");
    ctx.save(fpath);
}

}  // namespace ch15
