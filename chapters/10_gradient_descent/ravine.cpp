// The quadratic ravine R̂(θ) = ½θᵀAθ, A = diag(λ₁, λ₂): gradient descent
//   θ_{k+1} ← θ_k − η Aθ_k
// for η too small, right and too large (paths over the contour lines), and R̂(θ_k) along the
// iterations for five η, two of them either side of 2/λ_max.
#include <algorithm>
#include <cmath>
#include <iostream>
#include <string>
#include <vector>

#include "redes/plot/log_axis.hpp"
#include "sections.hpp"

using redes::DescentPath;
using redes::Vector;
using redes::app::fmt;

namespace ch10 {

void ravine_paths(const redes::app::Context& ctx, const Settings& s) {
    const redes::Quadratic q = s.quadratic();
    const Vector theta0 = s.theta0();
    const redes::PathOptions opt = s.path_options();
    const std::size_t grid = grid_points(ctx);
    std::cout << "R̂(θ) = ½θᵀAθ, A = diag(" << fmt(s.lambda1) << ", " << fmt(s.lambda2)
              << "): λ_max = " << fmt(q.lambda_max())
              << ", gradient descent converges iff η < 2/λ_max = " << fmt(q.eta_critical()) << "\n";
    std::cout << "paths from θ_0 = " << point(theta0) << ", R̂(θ_0) = " << fmt(q.value(theta0))
              << ", K = " << s.steps << ":\n";
    struct Run {
        std::string what;
        double eta;
        const char* style;
    };
    const std::vector<Run> runs{{"too small", s.eta_small,
                                 "linespoints lw 2 pt 7 ps 0.5 lc rgb '#1f77b4'"},
                                {"right", s.eta, "linespoints lw 2 pt 7 ps 0.5 lc rgb '#ff7f0e'"},
                                {"too large", s.eta_large,
                                 "linespoints lw 2 pt 7 ps 0.5 lc rgb '#d62728'"}};
    const double wx = std::max(5.0, 1.25 * std::abs(s.start_x)),
                 wy = std::max(3.0, 1.5 * std::abs(s.start_y));
    const std::vector<double> gx = redes::linspace(-wx, wx, grid),
                              gy = redes::linspace(-wy, wy, grid);
    auto fpath =
        ctx.figure("paths", "Gradient descent θ_{k+1} = θ_k − η∇R̂(θ_k) on ½θᵀAθ, A = diag(" +
                                fmt(s.lambda1) + ", " + fmt(s.lambda2) +
                                "), 2/λ_{max} = " + fmt(q.eta_critical()));
    fpath.xlabel("θ₁")
        .ylabel("θ₂")
        .cblabel("R̂(θ)")
        .xrange(-wx, wx)
        .yrange(-wy, wy)
        .equal_axes()
        .legend("outside bottom center horizontal")  // below the plot: the landscape is data too
        .size(1000, 780);
    landscape(fpath, gx, gy, q.on_grid(gx, gy));
    for (const Run& r : runs) {
        const DescentPath p = redes::gradient_descent_path(q, r.eta, theta0, opt);
        std::cout << "  " << r.what << ": " << p.describe() << "\n";
        fpath.line("η = " + fmt(r.eta) + " (" + r.what +
                       (p.diverged() ? ", diverged at step " + std::to_string(p.diverged_step)
                                     : "") +
                       ")",
                   p.xs(), p.ys(), r.style);
    }
    fpath.points("θ_0", {s.start_x}, {s.start_y}, "points pt 9 ps 2 lc rgb 'orange'");
    ctx.save(fpath);
}

void risk_curves(const redes::app::Context& ctx, const Settings& s) {
    const redes::Quadratic q = s.quadratic();
    const redes::PathOptions opt = s.path_options();
    auto frisk = ctx.figure("risk", "R̂(θ_k) along gradient descent for several η (2/λ_{max} = " +
                                        fmt(q.eta_critical()) + ")");
    frisk.xlabel("step k").ylabel("R̂(θ_k)").logy().legend("outside right top").size(900, 560);
    const std::vector<double> etas{s.eta_small, s.eta, 0.99 * q.eta_critical(),
                                   1.01 * q.eta_critical(), s.eta_large};
    const char* styles[] = {"linespoints lw 3 pt 7 ps 0.4 lc rgb '#1f77b4'",
                            "linespoints lw 2 pt 7 ps 0.4 lc rgb '#ff7f0e'",
                            "linespoints lw 2 dashtype 2 pt 6 ps 0.6 lc rgb '#2ca02c'",
                            "linespoints lw 2 pt 7 ps 0.4 lc rgb '#9467bd'",
                            "linespoints lw 2 pt 7 ps 0.4 lc rgb '#d62728'"};
    for (std::size_t i = 0; i < etas.size(); ++i) {
        const DescentPath p = redes::gradient_descent_path(q, etas[i], s.theta0(), opt);
        const redes::plot::Points kR = redes::plot::positive_points(p.value);  // log scale: R̂ > 0
        std::string label = "η = " + fmt(etas[i]);
        if (i == 2) label += " (0.99·2/λ_{max})";
        if (i == 3) label += " (1.01·2/λ_{max})";
        if (p.diverged()) label += ", diverged at step " + std::to_string(p.diverged_step);
        frisk.line(label, kR.x, kR.y, styles[i]);
    }
    ctx.save(frisk);
}

}  // namespace ch10
