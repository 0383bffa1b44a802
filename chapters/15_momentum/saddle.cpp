// Section 4: the saddle x² − y², escape from near the critical point.
#include <algorithm>
#include <cmath>
#include <iostream>
#include <string>
#include <vector>

#include "sections.hpp"

namespace ch15 {

using redes::DescentPath;
using redes::linspace;
using redes::Vector;
using redes::app::fmt;

void saddle(const redes::app::Context& ctx, const Settings& settings) {
    const auto alpha = settings.alpha;
    const auto saddle_eta = settings.saddle_eta;
    const auto saddle_offset = settings.saddle_offset;
    const std::size_t grid = ctx.quick ? 41 : 121;
    const redes::Saddle s;
    const Vector s0{1.2, saddle_offset};
    redes::PathOptions so;
    so.steps = 2000;
    so.bound = 1e4;
    std::cout
        << "saddle R̂(x, y) = x² − y², critical point (0, 0), η = " << fmt(saddle_eta) << ", start "
        << redes::app::point(s0)
        << "; along y (λ = −2) |y_k| grows like z^k, z the largest root of z² − (1 + α + 2η)z + α:\n";
    const std::vector<double> saddle_alphas{0.0, 0.5, 0.9};
    auto fesc =
        ctx.figure("saddle_escape", "Escaping the saddle x² − y² from y_0 = " + fmt(saddle_offset) +
                                        ": |y_k| grows like z^k, η = " + fmt(saddle_eta));
    fesc.xlabel("step k")
        .ylabel("|y_k|")
        .logy()
        .legend("bottom right")
        .size(900, 560)
        .raw(
            "set arrow from graph 0, first 1 to graph 1, first 1 nohead dashtype 3 lc rgb 'gray40'")
        .raw("set label '|y| = 1: escaped' at graph 0.02, first 1.6");
    const std::vector<double> sx = linspace(-1.5, 1.5, grid);
    auto fs = ctx.figure("saddle", "Momentum at the saddle x² − y², η = " + fmt(saddle_eta) +
                                       ", start " + redes::app::point(s0));
    fs.xlabel("x")
        .ylabel("y")
        .cblabel("R̂(x, y) = x² − y²")
        .xrange(-1.5, 1.5)
        .yrange(-1.5, 1.5)
        .equal_axes()
        .legend("outside bottom center horizontal")
        .size(760, 800);
    redes::plot::landscape(fs, sx, sx, s.on_grid(sx, sx));
    std::size_t kmax = 0;
    for (std::size_t i = 0; i < saddle_alphas.size(); ++i) {
        const double a = saddle_alphas[i];
        redes::Momentum m(saddle_eta, a);
        const DescentPath p = redes::descent_path(s, m, s0, so);
        long escape = -1;
        std::vector<double> k, y;
        for (std::size_t j = 0; j < p.theta.size(); ++j) {
            if (escape < 0 && std::abs(p.theta[j][1]) > 1.0) escape = static_cast<long>(j);
            if (p.theta[j][1] != 0) {
                k.push_back(static_cast<double>(j));
                y.push_back(std::abs(p.theta[j][1]));
            }
        }
        // y_k = A z^k + B z₂^k with z₂ = α/z (the product of the roots is α), y_1 = (1 + 2η) y_0 (v_0 = 0):
        // A = (y_1 − z₂ y_0)/(z − z₂); |y_k| > 1 first at about k = ⌊ln(1/|A|)/ln z⌋ + 1
        const double z = redes::momentum_rate(saddle_eta, a, -2.0), z2 = a / z;
        const double A = ((1 + 2 * saddle_eta) * saddle_offset - z2 * saddle_offset) / (z - z2);
        std::cout << "  α = " << fmt(a) << ": z = " << fmt(z) << ", |y_k| > 1 "
                  << (escape < 0 ? "not within " + std::to_string(so.steps) + " steps"
                                 : "after " + steps_str(escape));
        std::cout << " (predicted from A z^k: "
                  << std::floor(std::log(1 / std::abs(A)) / std::log(z)) + 1 << ")";
        std::cout << "\n";
        const std::string colour = redes::plot::colour(i == 0 ? 0 : i == 1 ? 1 : 3);
        const std::string label = a == 0 ? "α = 0 (gradient descent)" : "α = " + fmt(a);
        fesc.line(label + ", z = " + fmt(z), k, y,
                  "linespoints lw 2 pt 7 ps 0.5 lc rgb '" + colour + "'");
        // the slope z^k, drawn through the last point
        if (!k.empty()) {
            const double k1 = k.back(), y1 = y.back();
            std::vector<double> gk, gyv;
            for (std::size_t j = 0; static_cast<double>(j) <= k1; ++j) {
                const double kk = static_cast<double>(j);
                gk.push_back(kk);
                gyv.push_back(y1 * std::pow(z, kk - k1));
            }
            fesc.line("", gk, gyv, "lines lw 1 dashtype 2 lc rgb '" + colour + "'");
        }
        // the path until it leaves the picture
        std::vector<double> px, py;
        for (const Vector& t : p.theta) {
            px.push_back(t[0]);
            py.push_back(t[1]);
            if (std::abs(t[0]) > 1.5 || std::abs(t[1]) > 1.5) break;
        }
        const char* width[] = {"lw 6 pt 7 ps 1.2", "lw 3 pt 7 ps 0.8",
                               "lw 1.5 pt 7 ps 0.5"};  // the later on top, thinner
        fs.line(label, px, py, "linespoints " + std::string(width[i]) + " lc rgb '" + colour + "'");
        kmax = std::max(kmax, escape < 0 ? p.steps() : static_cast<std::size_t>(escape) + 10);
    }
    fs.points("critical point (0, 0)", {0.0}, {0.0}, "points pt 6 ps 2.5 lw 2 lc rgb 'orange'");
    fesc.xrange(0, static_cast<double>(std::min<std::size_t>(kmax, so.steps)));
    ctx.save(fs);
    ctx.save(fesc);
    {  // a start exactly on the axis: no gradient along y, so no velocity along y either
        redes::Momentum m(saddle_eta, alpha);
        const DescentPath p = redes::descent_path(s, m, Vector{1.2, 0.0}, so);
        bool y_zero = true;
        for (const Vector& t : p.theta) y_zero &= (t[1] == 0.0);
        std::cout << "  start (1.2, 0) exactly on the axis, α = " << fmt(alpha)
                  << ": y_k = 0 at every step: " << (y_zero ? "yes" : "no")
                  << "; θ_K = " << redes::app::point(p.last())
                  << " (momentum cannot create a direction the gradient never shows)\n";
    }
}

}  // namespace ch15
