// Section 1: the five optimizers on a 2-D problem, paths over contour lines and R̂ per step.
#include <algorithm>
#include <cmath>
#include <iostream>
#include <string>
#include <vector>

#include "sections.hpp"

namespace ch16 {

using redes::DescentPath;
using redes::linspace;
using redes::Matrix;
using redes::app::fmt;

void paths_2d(const redes::app::Context& ctx, const Settings& s, const redes::Quadratic& q,
              const Problem2D& pr) {
    const Constants& c = s.c;
    const std::size_t grid = ctx.quick ? 41 : 121;
    const double lambda1 = s.lambda1, lambda2 = s.lambda2, angle = s.angle;
    const bool is_ravine = pr.what == "ravine";
    std::cout << (is_ravine ? "ravine " + q.name() + ", 2/λ_max = " + fmt(q.eta_critical())
                            : "rosenbrock (1 − x)² + 100(y − x²)², minimum (1, 1)")
              << ", from " << redes::app::point(pr.theta0) << ", " << pr.steps << " steps:\n";
    std::vector<DescentPath> paths;
    redes::PathOptions po;
    po.steps = pr.steps;
    for (std::size_t i = 0; i < n_opt; ++i) {
        auto opt = make(i, pr.eta[i], c);
        paths.push_back(redes::descent_path(*pr.f, *opt, pr.theta0, po));
        const DescentPath& p = paths.back();
        std::cout << "  " << label(i, pr.eta[i]) << ": ";
        if (p.diverged()) std::cout << "diverged at step " << p.diverged_step << "\n";
        else
            std::cout << "R̂(θ_K) = " << fmt(p.value.back(), "%.3g")
                      << ", ‖θ_K − θ*‖ = " << fmt(norm(p.last() - pr.theta_star), "%.3g") << "\n";
    }
    double rmsprop_floor = 0.0;
    if (is_ravine) {
        // gradient descent's best at any stable η, from its closed form θ_K = (I − ηA)^K θ_0
        double best = HUGE_VAL, best_eta = 0;
        for (int j = 1; j < 1000; ++j) {
            const double e = q.eta_critical() * j / 1000.0,
                         R = q.value(q.gd_iterate(pr.theta0, e, pr.steps));
            if (R < best) best = R, best_eta = e;
        }
        std::cout << "  gradient descent at its best stable η (< 2/λ_max = "
                  << fmt(q.eta_critical()) << "), " << fmt(best_eta)
                  << ": R̂(θ_K) = " << fmt(best, "%.3g") << "\n";
        if (angle == 0) {
            // RMSProp with a constant η ends in the 2-cycle θ_i = ±c_i with 2c_i = ηλ_ic_i/√(δ + λ_i²c_i²), i.e.
            // c_i² = η²/4 − δ/λ_i² when that is positive (else θ_i → 0): R̂ = ½Σλ_ic_i²
            for (double lambda : {lambda1, lambda2})
                rmsprop_floor +=
                    0.5 * lambda *
                    std::max(0.0, pr.eta[3] * pr.eta[3] / 4 - c.delta_rmsprop / (lambda * lambda));
            std::cout
                << "  RMSProp with a constant η ends in a 2-cycle θ_i = ±c_i, c_i² = η²/4 − δ/λ_i² (or 0): R̂ → ½Σλ_ic_i² = "
                << fmt(rmsprop_floor, "%.3g") << "\n";
        }
    }
    // paths over contour lines
    const double x0 = is_ravine ? -5.0 : -2.0, x1 = is_ravine ? 5.0 : 2.0;
    const double y0 = is_ravine ? -2.5 : -1.0, y1 = is_ravine ? 2.5 : 3.0;
    const std::vector<double> gx = linspace(x0, x1, grid), gy = linspace(y0, y1, grid);
    Matrix Z = pr.f->on_grid(gx, gy);
    for (std::size_t k = 0; k < Z.size(); ++k) Z.data()[k] = std::log10(1.0 + Z.data()[k]);
    // θ_K as squares, unless every path ended under the minimum's marker (closer than 1 % of the
    // picture's width), where squares would hide each other: then the title says how close.
    double farthest = 0.0;
    bool any_diverged = false;
    for (const DescentPath& p : paths) {
        any_diverged |= p.diverged();
        if (!p.diverged()) farthest = std::max(farthest, norm(p.last() - pr.theta_star));
    }
    const bool squares = any_diverged || farthest > 0.01 * (x1 - x0);
    // the ravine as a formula with spaces (the library's q.name() is the printed short form)
    const std::string ravine = "the ravine ½θᵀAθ, λ₁ = " + fmt(lambda1) + ", λ₂ = " + fmt(lambda2) +
                               (angle != 0 ? ", φ = " + fmt(angle) : std::string());
    auto fp = ctx.figure(pr.what + "_paths",
                         (is_ravine ? "The five optimizers in " + ravine
                                    : std::string("The five optimizers in Rosenbrock's valley")) +
                             ", " + std::to_string(pr.steps) + " steps " +
                             (squares ? std::string("(squares: θ_K)")
                                      : "(every θ_K within " + fmt(farthest, "%.2g") +
                                            " of the minimum)"));
    fp.xlabel(is_ravine ? "θ₁" : "x")
        .ylabel(is_ravine ? "θ₂" : "y")
        .cblabel("log₁₀(1 + R̂)")
        .xrange(x0, x1)
        .yrange(y0, y1)
        .legend(is_ravine ? "outside right top vertical" : "outside bottom center horizontal")
        .size(is_ravine ? 1300 : 800, is_ravine ? 560 : 860);
    if (!is_ravine) fp.equal_axes();
    redes::plot::landscape(fp, gx, gy, Z, 14);
    const char* widths[] = {"lw 4", "lw 2", "lw 3", "lw 1.5", "lw 2"};
    for (std::size_t i = 0; i < n_opt; ++i) {
        fp.line(label(i, pr.eta[i]) + (paths[i].diverged() ? " (diverged)" : ""), paths[i].xs(),
                paths[i].ys(), "lines " + std::string(widths[i]) + " lc rgb '" + colours[i] + "'");
    }
    for (std::size_t i = 0; squares && i < n_opt; ++i)  // where each path ended: θ_K (no key entry)
        fp.points("", {paths[i].last()[0]}, {paths[i].last()[1]},
                  "points pt 5 ps 1.6 lc rgb '" + std::string(colours[i]) + "'");
    // Marker colours that no path uses (orange is Adam's): black on the light start, cyan on
    // the dark minimum.
    fp.points("θ_0", {pr.theta0[0]}, {pr.theta0[1]}, "points pt 9 ps 2 lc rgb 'black'")
        .points("minimum", {pr.theta_star[0]}, {pr.theta_star[1]},
                "points pt 3 ps 2.5 lw 2 lc rgb '#17becf'");
    ctx.save(fp);
    // R̂ per step
    auto fr = ctx.figure("risk_" + pr.what,
                         "R̂(θ_k) per step on " +
                             (is_ravine ? ravine : std::string("Rosenbrock's valley")));
    fr.xlabel("step k").ylabel("R̂(θ_k)").logy().legend("outside right top").size(980, 560);
    for (std::size_t i = 0; i < n_opt; ++i) {
        const redes::plot::Points kR = redes::plot::positive_points(paths[i].value);
        fr.line(label(i, paths[i].eta) + (paths[i].diverged() ? " (diverged)" : ""), kR.x, kR.y,
                "lines lw 2 lc rgb '" + std::string(colours[i]) + "'");
    }
    if (rmsprop_floor > 0)
        fr.line("RMSProp's floor ½Σλ_ic_i^2 ≈ (λ₁ + λ₂)η²/8",
                std::vector<double>{0.0, static_cast<double>(pr.steps)},
                std::vector<double>{rmsprop_floor, rmsprop_floor},
                "lines lw 1.5 dashtype 2 lc rgb '" + std::string(colours[3]) + "'");
    ctx.save(fr);
    if (s.scan) {
        std::vector<std::vector<std::string>> table;
        for (double e : scan_grid) {
            table.emplace_back();
            for (std::size_t i = 0; i < n_opt; ++i) {
                auto opt = make(i, e, c);
                const DescentPath p = redes::descent_path(*pr.f, *opt, pr.theta0, po);
                table.back().push_back(p.diverged() ? std::string("diverged")
                                                    : fmt(p.value.back(), "%.2g"));
            }
        }
        print_scan("R̂(θ_K)", scan_grid, table);
    }
}

}  // namespace ch16
