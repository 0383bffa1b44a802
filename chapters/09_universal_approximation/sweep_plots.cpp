// The width sweep's figures: the sup error against N₁ on log-log axes (trained solid, built
// dashed), the fits drawn over each 1-D target, and the 2-D fit over the target's contours.
#include <algorithm>
#include <string>
#include <vector>

#include "redes/linalg.hpp"
#include "sections.hpp"

namespace ch09 {

namespace {

// [f(x)] on the 2-D drawing grid as an n × n matrix: Z(i, j) at (x₁ = t_j, x₂ = t_i)
redes::Matrix as_grid(const redes::Matrix& F, std::size_t n) {
    return redes::reshape(redes::flatten(F), n, n);
}

}  // namespace

void draw_2d_targets(const redes::app::Context& ctx, const std::vector<Target>& targets,
                     const Grids& g) {
    for (const Target& target : targets) {
        if (target.N != 2) continue;
        auto fb =
            ctx.figure(target.name + "_target",
                       "Universal approximation theorem: the target f(x) = " + target.formula);
        fb.heatmap(g.t2, g.t2, as_grid(target_values(target, g.X_draw_2), g.n_draw_2))
            .xlabel("x_1")
            .ylabel("x_2")
            .cblabel("f(x)")
            .equal_axes()
            .legend("off")
            .raw("unset grid")
            .xrange(0, 1)
            .yrange(0, 1);
        ctx.save(fb);
    }
}

void sweep_plots(const redes::app::Context& ctx, const Settings& s,
                 const std::vector<Target>& targets, const Grids& g, const Sweep& sw) {
    const std::vector<std::size_t>& widths = s.widths;
    const std::string sigma = sw.sigma.name();
    // sup error against N₁, log-log
    auto fs = ctx.figure("sup_error_" + sigma, "Universal approximation theorem, σ = " + sigma +
                                                   ": sup error against the width N₁");
    std::vector<double> wx(widths.begin(), widths.end());
    for (std::size_t k = 0; k < targets.size(); ++k) {
        const Target& T = targets[k];
        fs.line(T.name + " " + T.formula + ", trained", wx, sw.trained[k],
                std::string("linespoints lw 2 pt 7 lc rgb '") + colour(k) + "'");
        if (T.N != 1) continue;
        std::vector<double> bx, by;
        for (std::size_t j = 0; j < widths.size(); ++j)
            if (sw.built[k][j] >= exact_below) bx.push_back(wx[j]), by.push_back(sw.built[k][j]);
        std::string label = T.name + ", built";
        for (std::size_t j = 0; j < widths.size(); ++j)
            if (sw.built[k][j] < exact_below) {
                label += " (exact from N₁ = " + std::to_string(widths[j]) + ")";
                break;
            }
        if (!bx.empty())
            fs.line(label, bx, by,
                    std::string("linespoints lw 1.5 dt 2 pt 6 lc rgb '") + colour(k) + "'");
    }
    fs.xlabel("width N₁ of the hidden layer")
        .ylabel("max_x |f(x) − f(x; Θ)|")
        .logx()
        .logy()
        .legend("outside right top")
        .xrange(0.8 * wx.front(), 1.25 * wx.back())
        .size(1050, 560);
    ctx.save(fs);

    // the fits drawn over the targets
    for (std::size_t k = 0; k < targets.size(); ++k) {
        const Target& T = targets[k];
        if (T.N == 1) {
            auto ff = ctx.figure("fit_" + T.name + "_" + sigma,
                                 "Universal approximation theorem, σ = " + sigma +
                                     ": fits of f(x) = " + T.formula);
            ff.line("target f(x)", g.x_draw, row0(target_values(T, g.X_draw_1)),
                    "lines lw 5 lc rgb '#bbbbbb'");
            std::size_t c = 0;
            for (std::size_t j = 0; j < widths.size(); ++j) {
                if (std::find(s.fit_widths.begin(), s.fit_widths.end(), widths[j]) ==
                    s.fit_widths.end())
                    continue;
                ff.line("N₁ = " + std::to_string(widths[j]) + " (sup error " +
                            fmt(sw.trained[k][j], "%.2g") + ")",
                        g.x_draw, row0(sw.nets[k][j].forward(g.X_draw_1)),
                        std::string("lines lw 2 lc rgb '") + colour(c++) + "'");
            }
            ff.xlabel("x").ylabel("f(x), f(x; Θ)").legend("outside right top").size(1000, 500);
            ctx.save(ff);
        } else {
            const std::size_t j = static_cast<std::size_t>(
                std::find(widths.begin(), widths.end(),
                          *std::max_element(s.fit_widths.begin(), s.fit_widths.end())) -
                widths.begin());
            auto fb = ctx.figure(T.name + "_" + sigma,
                                 "Universal approximation theorem, σ = " + sigma +
                                     ", N₁ = " + std::to_string(widths[j]) +
                                     ": f(x; Θ) (colour), target's contours (grey)");
            fb.heatmap(g.t2, g.t2, as_grid(sw.nets[k][j].forward(g.X_draw_2), g.n_draw_2))
                .contour(g.t2, g.t2, as_grid(target_values(T, g.X_draw_2), g.n_draw_2), 6)
                .xlabel("x_1")
                .ylabel("x_2")
                .cblabel("f(x; Θ)")
                .equal_axes()
                .legend("off")
                .raw("unset grid")
                .xrange(0, 1)
                .yrange(0, 1);
            ctx.save(fb);
        }
    }
}

}  // namespace ch09
