// 09 — Teorema Universal de Aproximación (Cybenko, 1989; Hornik, 1991).
// For σ continuous, non-constant, bounded and increasing, f ∈ C([0, 1]^N) and ε > 0 there are
// N₁, W₁ ∈ R^{N₁×N} and b₁, w₂ ∈ R^{N₁} with |f(x) − w₂ᵀσ(W₁x + b₁)| ≤ ε for every x ∈ [0, 1]^N.
// We train that network (plus an output bias b₂) for widths N₁ = 1, 2, 4, …, 256 on three
// targets on [0, 1] and one on [0, 1]², and measure ε = max |f − f(·; Θ)| on a fine grid; next to
// it, the proof's own networks built by hand. Then the compact set: a net that fits f(x) = x on
// [0, 1] is bounded, so it fails on R.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

#include "approximation.hpp"
#include "redes/app/chapter.hpp"
#include "redes/app/option_lists.hpp"

namespace po = boost::program_options;
using redes::Activation;
using redes::Matrix;
using redes::MLP;
using redes::Vector;

namespace {

std::string fmt(double v, const char* f = "%.3g") {
    char buf[48];
    std::snprintf(buf, sizeof buf, f, v);
    return buf;
}

const char* color(std::size_t k) {
    static const char* c[] = {"#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b"};
    return c[k % 6];
}

// Errors this small are exact representations (rounding only): not drawn on log axes.
constexpr double exact_below = 1e-12;

// Row 0 of F as a std::vector (one output per column).
std::vector<double> row0(const Matrix& F) {
    return std::vector<double>(F.data(), F.data() + F.cols());
}

}  // namespace

int main(int argc, char** argv) {
    redes::app::Chapter ch(
        "09", "universal_approximation",
        "one hidden layer of growing width N₁ against continuous targets: sup error vs N₁");
    std::string widths_text = "1,2,4,8,16,32,64,128,256", targets_text = "smooth,kink,step,bump",
                sigmas_text = "sigmoid,relu", fit_widths_text = "2,8,256";
    int steps = 400, points = 40, points_2d = 10, eval_points = 2001, eval_points_2d = 101,
        outside_width = 16;
    double eta = 0.03, init_scale = 20.0, steepness = 50.0, far_x = 100.0;
    // clang-format off
    ch.options().add_options()
        ("widths", po::value(&widths_text)->default_value(widths_text), "widths N₁ of the hidden layer")
        ("target", po::value(&targets_text)->default_value(targets_text),
         "targets: smooth sin(2πx), kink |x − ½|, step 1/(1 + e^{−k(x − ½)}), bump exp(−8‖x − (½,½)‖²) on [0,1]²")
        ("activation", po::value(&sigmas_text)->default_value(sigmas_text), "σ of the hidden layer: sigmoid, tanh, relu")
        ("steps", po::value(&steps)->default_value(steps), "full-batch Adam steps for every network")
        ("eta", po::value(&eta)->default_value(eta, "0.03"), "Adam's learning rate η")
        ("init-scale", po::value(&init_scale)->default_value(init_scale), "s in [W₁]_i ~ N(0, s² I) at the start")
        ("steepness", po::value(&steepness)->default_value(steepness), "k of the step target")
        ("points", po::value(&points)->default_value(points), "training points M on [0, 1] (evenly spaced)")
        ("points-2d", po::value(&points_2d)->default_value(points_2d), "training grid n × n on [0, 1]²")
        ("eval-points", po::value(&eval_points)->default_value(eval_points), "grid on [0, 1] where the sup error is measured")
        ("eval-points-2d", po::value(&eval_points_2d)->default_value(eval_points_2d), "the same on [0, 1]², per axis")
        ("fit-widths", po::value(&fit_widths_text)->default_value(fit_widths_text),
         "widths whose fits are drawn over the targets (among --widths)")
        ("outside-width", po::value(&outside_width)->default_value(outside_width),
         "N₁ of the nets of the compact-set experiment")
        ("far-x", po::value(&far_x)->default_value(far_x), "the point outside [0, 1] where they are checked");
    // clang-format on

    return ch.run(argc, argv, [&](redes::app::Context& ctx) {
        using redes::app::require;
        std::vector<std::size_t> widths =
            redes::app::parse_size_list("widths", widths_text, 1, 1024);
        const std::vector<std::string> target_list =
            redes::app::parse_name_list("target", targets_text, ch09::target_names());
        const std::vector<std::string> sigma_list =
            redes::app::parse_name_list("activation", sigmas_text, {"sigmoid", "tanh", "relu"});
        std::vector<std::size_t> fit_widths =
            redes::app::parse_size_list("fit-widths", fit_widths_text, 1, 1024);
        require(steps >= 1 && steps <= 100000, "steps", std::to_string(steps),
                "between 1 and 100000");
        require(eta > 0 && eta <= 1, "eta", fmt(eta), "in (0, 1]");
        require(init_scale > 0 && init_scale <= 1000, "init-scale", fmt(init_scale),
                "in (0, 1000]");
        require(steepness > 0 && steepness <= 1000, "steepness", fmt(steepness), "in (0, 1000]");
        require(points >= 2 && points <= 10000, "points", std::to_string(points),
                "between 2 and 10000");
        require(points_2d >= 2 && points_2d <= 100, "points-2d", std::to_string(points_2d),
                "between 2 and 100");
        require(eval_points >= 2 && eval_points <= 100001, "eval-points",
                std::to_string(eval_points), "between 2 and 100001");
        require(eval_points_2d >= 2 && eval_points_2d <= 1001, "eval-points-2d",
                std::to_string(eval_points_2d), "between 2 and 1001");
        require(outside_width >= 1 && outside_width <= 1024, "outside-width",
                std::to_string(outside_width), "between 1 and 1024");
        require(far_x > 1 && far_x <= 1e6, "far-x", fmt(far_x), "in (1, 10⁶]");
        for (std::size_t w : fit_widths)
            require(std::find(widths.begin(), widths.end(), w) != widths.end(), "fit-widths",
                    "'" + fit_widths_text + "'", "among --widths (" + widths_text + ")");
        std::sort(widths.begin(), widths.end());
        if (ctx.quick) {  // 4 widths, 100 steps, coarse grids
            widths = {1, 4, 16, 64};
            fit_widths = {4, 64};
            steps = std::min(steps, 100);
            points = std::min(points, 30);
            points_2d = std::min(points_2d, 8);
            eval_points = std::min(eval_points, 501);
            eval_points_2d = std::min(eval_points_2d, 41);
        }
        const ch09::FitOptions fo{static_cast<std::size_t>(steps), eta, init_scale};

        std::printf(
            "the theorem's network f(x; Θ) = w₂ᵀσ(W₁x + b₁) + b₂ (b₂: an output bias the notes leave out),\n"
            "trained by full-batch Adam, %d steps, η = %g, on M = %d points of [0,1] (%d×%d on [0,1]²);\n"
            "sup error max|f(x) − f(x; Θ)| on %d points of [0,1] (%d×%d on [0,1]²).\n"
            "'built': the proof's network, by hand, no training (staircase for sigmoid/tanh, interpolant for ReLU)\n",
            steps, eta, points, points_2d, points_2d, eval_points, eval_points_2d, eval_points_2d);

        std::vector<ch09::Target> targets;
        for (const std::string& t : target_list) targets.push_back(ch09::make_target(t, steepness));
        const Matrix X_train_1 = ch09::training_points(1, static_cast<std::size_t>(points));
        const Matrix X_train_2 = ch09::training_points(2, static_cast<std::size_t>(points_2d));
        const Matrix X_eval_1 = redes::unit_cube_grid(1, static_cast<std::size_t>(eval_points));
        const Matrix X_eval_2 = redes::unit_cube_grid(2, static_cast<std::size_t>(eval_points_2d));
        // The figures are drawn on coarser grids than the error is measured on (lighter CSVs).
        const std::size_t n_draw_1 =
            std::min<std::size_t>(501, static_cast<std::size_t>(eval_points));
        const std::size_t n_draw_2 =
            std::min<std::size_t>(51, static_cast<std::size_t>(eval_points_2d));
        const Matrix X_draw_1 = redes::unit_cube_grid(1, n_draw_1),
                     X_draw_2 = redes::unit_cube_grid(2, n_draw_2);
        const std::vector<double> x_draw = redes::linspace(0.0, 1.0, n_draw_1),
                                  t2 = redes::linspace(0.0, 1.0, n_draw_2);
        // [f(x)] on the 2-D drawing grid as an n × n matrix: Z(i, j) at (x₁ = t_j, x₂ = t_i)
        auto as_grid = [n_draw_2](const Matrix& F) {
            return redes::reshape(redes::flatten(F), n_draw_2, n_draw_2);
        };

        for (const ch09::Target& target : targets) {
            if (target.N != 2) continue;
            auto fb = ctx.figure(target.name + "_target",
                                 "Teorema Universal de Aproximación: the target f(x) = " +
                                     target.formula);
            fb.heatmap(t2, t2, as_grid(ch09::target_values(target, X_draw_2)))
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

        for (std::size_t si = 0; si < sigma_list.size(); ++si) {
            const Activation sigma = Activation::from_name(sigma_list[si]);
            std::printf("\nσ = %s: sup error, trained / built\n      N₁", sigma.name().c_str());
            for (const ch09::Target& t : targets)
                std::printf("  %22s", (t.name + (t.N == 2 ? " (2-D)" : "")).c_str());
            std::printf("\n");
            // sup[k][j]: target k, width j
            std::vector<std::vector<double>> trained(targets.size()), built(targets.size());
            std::vector<std::vector<MLP>> nets(targets.size());
            for (std::size_t k = 0; k < targets.size(); ++k) {
                const ch09::Target& T = targets[k];
                redes::Rng rng = ch09::stream(ctx.seed, sigma.name() + "/" +
                                                            T.name);  // the same whatever else runs
                const Matrix& X_train = T.N == 1 ? X_train_1 : X_train_2;
                const Matrix& X_eval = T.N == 1 ? X_eval_1 : X_eval_2;
                for (std::size_t N1 : widths) {
                    ch09::Fit fit = ch09::fit_target(T, N1, sigma, X_train, X_eval, fo, rng);
                    trained[k].push_back(fit.sup_error);
                    nets[k].push_back(std::move(fit.net));
                    built[k].push_back(
                        T.N == 1
                            ? ch09::sup_error(ch09::constructive_network(T, N1, sigma), T, X_eval)
                            : -1.0);
                }
            }
            for (std::size_t j = 0; j < widths.size(); ++j) {
                std::printf("  %6zu", widths[j]);
                for (std::size_t k = 0; k < targets.size(); ++k) {
                    const std::string b = built[k][j] < 0             ? "—"
                                          : built[k][j] < exact_below ? "exact"
                                                                      : fmt(built[k][j]);
                    std::printf("  %11s / %-8s", fmt(trained[k][j]).c_str(), b.c_str());
                }
                std::printf("\n");
            }

            // In short: the trained nets' best width, and the rate of the built ones (a least-squares
            // slope of log error against log N₁ over N₁ ≥ 16, where the construction is in its regime).
            for (std::size_t k = 0; k < targets.size(); ++k) {
                const std::size_t jb = static_cast<std::size_t>(
                    std::min_element(trained[k].begin(), trained[k].end()) - trained[k].begin());
                std::printf("  %-7s trained: %s at N₁ = %zu, best %s at N₁ = %zu",
                            targets[k].name.c_str(), fmt(trained[k][0]).c_str(), widths[0],
                            fmt(trained[k][jb]).c_str(), widths[jb]);
                double sx = 0, sy = 0, sxx = 0, sxy = 0, n = 0;
                bool exact = false;
                for (std::size_t j = 0; j < widths.size(); ++j) {
                    if (targets[k].N != 1 || widths[j] < 16) continue;
                    if (built[k][j] < exact_below) {
                        exact = true;
                        continue;
                    }
                    const double lx = std::log(double(widths[j])), ly = std::log(built[k][j]);
                    sx += lx, sy += ly, sxx += lx * lx, sxy += lx * ly, n += 1;
                }
                if (exact) std::printf("; built: exact");
                else if (n >= 2)
                    std::printf("; built: ∝ N₁^%s",
                                fmt((n * sxy - sx * sy) / (n * sxx - sx * sx), "%.2f").c_str());
                std::printf("\n");
            }

            // sup error against N₁, log-log
            auto fs = ctx.figure("sup_error_" + sigma.name(),
                                 "Teorema Universal de Aproximación, σ = " + sigma.name() +
                                     ": sup error against the width N₁");
            std::vector<double> wx(widths.begin(), widths.end());
            for (std::size_t k = 0; k < targets.size(); ++k) {
                const ch09::Target& T = targets[k];
                fs.line(T.name + " " + T.formula + ", trained", wx, trained[k],
                        std::string("linespoints lw 2 pt 7 lc rgb '") + color(k) + "'");
                if (T.N != 1) continue;
                std::vector<double> bx, by;
                for (std::size_t j = 0; j < widths.size(); ++j)
                    if (built[k][j] >= exact_below) bx.push_back(wx[j]), by.push_back(built[k][j]);
                std::string label = T.name + ", built";
                for (std::size_t j = 0; j < widths.size(); ++j)
                    if (built[k][j] < exact_below) {
                        label += " (exact from N₁ = " + std::to_string(widths[j]) + ")";
                        break;
                    }
                if (!bx.empty())
                    fs.line(label, bx, by,
                            std::string("linespoints lw 1.5 dt 2 pt 6 lc rgb '") + color(k) + "'");
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
                const ch09::Target& T = targets[k];
                if (T.N == 1) {
                    auto ff = ctx.figure("fit_" + T.name + "_" + sigma.name(),
                                         "Teorema Universal de Aproximación, σ = " + sigma.name() +
                                             ": fits of f(x) = " + T.formula);
                    ff.line("target f(x)", x_draw, row0(ch09::target_values(T, X_draw_1)),
                            "lines lw 5 lc rgb '#bbbbbb'");
                    std::size_t c = 0;
                    for (std::size_t j = 0; j < widths.size(); ++j) {
                        if (std::find(fit_widths.begin(), fit_widths.end(), widths[j]) ==
                            fit_widths.end())
                            continue;
                        ff.line("N₁ = " + std::to_string(widths[j]) + " (sup error " +
                                    fmt(trained[k][j], "%.2g") + ")",
                                x_draw, row0(nets[k][j].forward(X_draw_1)),
                                std::string("lines lw 2 lc rgb '") + color(c++) + "'");
                    }
                    ff.xlabel("x")
                        .ylabel("f(x), f(x; Θ)")
                        .legend("outside right top")
                        .size(1000, 500);
                    ctx.save(ff);
                } else {
                    const std::size_t j = static_cast<std::size_t>(
                        std::find(widths.begin(), widths.end(),
                                  *std::max_element(fit_widths.begin(), fit_widths.end())) -
                        widths.begin());
                    auto fb = ctx.figure(T.name + "_" + sigma.name(),
                                         "Aproximación universal, σ = " + sigma.name() +
                                             ", N₁ = " + std::to_string(widths[j]) +
                                             ": f(x; Θ) (colour), target's contours (grey)");
                    fb.heatmap(t2, t2, as_grid(nets[k][j].forward(X_draw_2)))
                        .contour(t2, t2, as_grid(ch09::target_values(T, X_draw_2)), 6)
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

        // The compact set: fitted on [0, 1], checked far outside.
        std::printf(
            "\nthe theorem holds on the compact [0,1]^N, not on R^N (N₁ = %d, trained on [0,1] as above):\n",
            outside_width);
        const std::vector<double> x_out = redes::linspace(-4.0, 5.0, 901);
        Matrix X_out(1, x_out.size());
        for (std::size_t p = 0; p < x_out.size(); ++p) X_out(0, p) = x_out[p];
        {
            const ch09::Target T = ch09::make_target("identity");
            redes::Rng rng = ch09::stream(ctx.seed, "outside/sigmoid");
            const ch09::Fit fit =
                ch09::fit_target(T, static_cast<std::size_t>(outside_width), Activation::sigmoid(),
                                 X_train_1, X_eval_1, fo, rng);
            const double B = ch09::output_bound(fit.net), f_far = fit.net.forward(Vector{far_x})[0];
            std::printf(
                "  σ = sigmoid, f(x) = x: max error on [0,1] ε = %s; every x: |f(x; Θ)| ≤ Σ|w₂ᵢ|·sup σ + |b₂| = %s;\n"
                "    at x = %g: f(x; Θ) = %s, error %s ≥ x − %s\n",
                fmt(fit.sup_error).c_str(), fmt(B).c_str(), far_x, fmt(f_far).c_str(),
                fmt(std::abs(far_x - f_far)).c_str(), fmt(B).c_str());
            auto fo_fig = ctx.figure(
                "outside_sigmoid",
                "Teorema Universal de Aproximación on a compact set: σ = sigmoid, N₁ = " +
                    std::to_string(outside_width) + ", fitted to f(x) = x on [0, 1]");
            fo_fig.line("target f(x) = x", x_out, x_out, "lines lw 5 lc rgb '#bbbbbb'")
                .line("f(x; Θ), trained on [0, 1]", x_out, row0(fit.net.forward(X_out)),
                      "lines lw 2 lc rgb '#1f77b4'")
                .line("±(Σ|w₂ᵢ| + |b₂|): the net can never leave this band",
                      std::vector<double>{-4, 5}, std::vector<double>{B, B},
                      "lines dt 2 lw 2 lc rgb '#d62728'")
                .line("", std::vector<double>{-4, 5}, std::vector<double>{-B, -B},
                      "lines dt 2 lw 2 lc rgb '#d62728'")
                .raw(
                    "set object 1 rect from 0, graph 0 to 1, graph 1 behind fc rgb '#e8f4e8' fs solid noborder")
                .raw("set label 1 '[0, 1]: trained here' at 0.5, graph 0.05 center")
                .xlabel("x")
                .ylabel("f(x), f(x; Θ)")
                .legend("top left");
            ctx.save(fo_fig);
        }
        {
            const ch09::Target T = ch09::make_target("square");
            redes::Rng rng = ch09::stream(ctx.seed, "outside/relu");
            const ch09::Fit fit =
                ch09::fit_target(T, static_cast<std::size_t>(outside_width), Activation::relu(),
                                 X_train_1, X_eval_1, fo, rng);
            const ch09::LinearBound g = ch09::relu_growth_bound(fit.net);
            const double f_far = fit.net.forward(Vector{far_x})[0];
            std::printf(
                "  σ = ReLU (unbounded, outside the theorem's hypotheses), f(x) = x²: max error on [0,1] ε = %s;\n"
                "    |f(x; Θ)| ≤ %s|x| + %s grows at most linearly; at x = %g: f(x; Θ) = %s, error %s\n",
                fmt(fit.sup_error).c_str(), fmt(g.A).c_str(), fmt(g.C).c_str(), far_x,
                fmt(f_far).c_str(), fmt(std::abs(far_x * far_x - f_far)).c_str());
            std::vector<double> sq;
            for (double x : x_out) sq.push_back(x * x);
            auto fr =
                ctx.figure("outside_relu",
                           "Teorema Universal de Aproximación on a compact set: σ = ReLU, N₁ = " +
                               std::to_string(outside_width) + ", fitted to f(x) = x² on [0, 1]");
            fr.line("target f(x) = x²", x_out, sq, "lines lw 5 lc rgb '#bbbbbb'")
                .line("f(x; Θ), trained on [0, 1]: linear outside its kinks", x_out,
                      row0(fit.net.forward(X_out)), "lines lw 2 lc rgb '#1f77b4'")
                .raw(
                    "set object 1 rect from 0, graph 0 to 1, graph 1 behind fc rgb '#e8f4e8' fs solid noborder")
                .raw("set label 1 '[0, 1]: trained here' at 0.5, graph 0.5 center")
                .xlabel("x")
                .ylabel("f(x), f(x; Θ)")
                .legend("top center");
            ctx.save(fr);
        }
    });
}
