// A critical point that is not a minimum: the saddle R̂(x, y) = x² − y², ∇R̂ = (2x, −2y).
// Gradient descent gives x_k = (1 − 2η)^k x_0 and y_k = (1 + 2η)^k y_0: a start on the axis
// y_0 = 0 stays on it and stops at (0, 0); any y_0 ≠ 0 grows and escapes.
#include <cmath>
#include <iostream>
#include <vector>

#include "sections.hpp"

using redes::DescentPath;
using redes::Vector;
using redes::app::fmt;

namespace ch10 {

void saddle(const redes::app::Context& ctx, const Settings& s) {
    const redes::Saddle sd;
    const redes::PathOptions opt = s.path_options();
    std::cout << "saddle R̂(x, y) = x² − y², critical point (0, 0), η = " << fmt(s.saddle_eta)
              << ":\n";
    const DescentPath on = redes::gradient_descent_path(sd, s.saddle_eta, Vector{1.2, 0.0}, opt);
    const DescentPath off =
        redes::gradient_descent_path(sd, s.saddle_eta, Vector{1.2, s.saddle_offset}, opt);
    bool y_zero = true;
    for (const Vector& t : on.theta) y_zero &= (t[1] == 0.0);
    std::cout << "  start (1.2, 0) on the axis: " << on.describe()
              << "\n    θ_K = " << point(on.last())
              << ", y_k = 0 at every step: " << (y_zero ? "yes" : "no") << "\n";
    const bool escaped =
        off.diverged() || std::abs(off.last()[1]) > 1.2;  // farther from (0, 0) than it started
    std::cout << "  start (1.2, " << fmt(s.saddle_offset) << ") off the axis: " << off.describe()
              << "\n    θ_K = " << point(off.last()) << ": |y_k| = (1 + 2η)^k |y_0| = "
              << fmt(std::pow(1 + 2 * s.saddle_eta, static_cast<double>(off.steps())) *
                     std::abs(s.saddle_offset))
              << " at k = " << off.steps() << "; "
              << (escaped ? "escaped the saddle" : "still near the saddle") << "\n";
    const std::vector<double> sx = redes::linspace(-1.5, 1.5, grid_points(ctx));
    auto fs = ctx.figure("saddle", "Critical points: gradient descent at the saddle x² − y², η = " +
                                       fmt(s.saddle_eta));
    fs.xlabel("x")
        .ylabel("y")
        .cblabel("R̂(x, y) = x² − y²")
        .xrange(-1.5, 1.5)
        .yrange(-1.5, 1.5)
        .equal_axes()
        .legend("outside bottom center horizontal")
        .size(760, 760);
    landscape(fs, sx, sx, sd.on_grid(sx, sx));
    fs.line("start (1.2, 0): stops at (0, 0)", on.xs(), on.ys(),
            "linespoints lw 5 pt 7 ps 1.2 lc rgb '#1f77b4'")
        .line("start (1.2, " + fmt(s.saddle_offset) + "): escapes", off.xs(), off.ys(),
              "linespoints lw 1.5 pt 7 ps 0.5 lc rgb '#d62728'")
        .points("critical point (0, 0)", {0.0}, {0.0}, "points pt 6 ps 2.5 lw 2 lc rgb 'orange'");
    ctx.save(fs);
}

}  // namespace ch10
