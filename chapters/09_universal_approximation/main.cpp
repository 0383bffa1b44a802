// 09 — Teorema Universal de Aproximación (Cybenko, 1989; Hornik, 1991).
// For σ continuous, non-constant, bounded and increasing, f ∈ C([0, 1]^N) and ε > 0 there are
// N₁, W₁ ∈ R^{N₁×N} and b₁, w₂ ∈ R^{N₁} with |f(x) − w₂ᵀσ(W₁x + b₁)| ≤ ε for every x ∈ [0, 1]^N.
// We train that network (plus an output bias b₂) for widths N₁ = 1, 2, 4, …, 256 on three
// targets on [0, 1] and one on [0, 1]², and measure ε = max |f − f(·; Θ)| on a fine grid; next to
// it, the proof's own networks built by hand (sweep.cpp, sweep_plots.cpp). Then the compact set:
// a net that fits f(x) = x on [0, 1] is bounded, so it fails on R (compact_set.cpp). Last, the
// network's derivative against f′ (derivative.cpp).
#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "redes/app/chapter.hpp"
#include "redes/app/option_lists.hpp"
#include "sections.hpp"

namespace po = boost::program_options;
using ch09::fmt;

int main(int argc, char** argv) {
    redes::app::Chapter ch(
        "09", "universal_approximation",
        "one hidden layer of growing width N₁ against continuous targets: sup error vs N₁");
    std::string widths_text = "1,2,4,8,16,32,64,128,256", targets_text = "smooth,kink,step,bump",
                sigmas_text = "sigmoid,relu", fit_widths_text = "2,8,256";
    int steps = 400, points = 40, points_2d = 10, eval_points = 2001, eval_points_2d = 101,
        outside_width = 16;
    ch09::Settings s;
    // clang-format off
    ch.options().add_options()
        ("widths", po::value(&widths_text)->default_value(widths_text), "widths N₁ of the hidden layer")
        ("target", po::value(&targets_text)->default_value(targets_text),
         "targets: smooth sin(2πx), kink |x − ½|, step 1/(1 + e^{−k(x − ½)}), bump exp(−8‖x − (½,½)‖²) on [0,1]²")
        ("activation", po::value(&sigmas_text)->default_value(sigmas_text), "σ of the hidden layer: sigmoid, tanh, relu")
        ("steps", po::value(&steps)->default_value(steps), "full-batch Adam steps for every network")
        ("eta", po::value(&s.fit.eta)->default_value(s.fit.eta, "0.03"), "Adam's learning rate η")
        ("init-scale", po::value(&s.fit.init_scale)->default_value(s.fit.init_scale), "s in [W₁]_i ~ N(0, s² I) at the start")
        ("steepness", po::value(&s.steepness)->default_value(s.steepness), "k of the step target")
        ("points", po::value(&points)->default_value(points), "training points M on [0, 1] (evenly spaced)")
        ("points-2d", po::value(&points_2d)->default_value(points_2d), "training grid n × n on [0, 1]²")
        ("eval-points", po::value(&eval_points)->default_value(eval_points), "grid on [0, 1] where the sup error is measured")
        ("eval-points-2d", po::value(&eval_points_2d)->default_value(eval_points_2d), "the same on [0, 1]², per axis")
        ("fit-widths", po::value(&fit_widths_text)->default_value(fit_widths_text),
         "widths whose fits are drawn over the targets (among --widths)")
        ("outside-width", po::value(&outside_width)->default_value(outside_width),
         "N₁ of the nets of the compact-set experiment")
        ("far-x", po::value(&s.far_x)->default_value(s.far_x), "the point outside [0, 1] where they are checked");
    // clang-format on

    return ch.run(argc, argv, [&](redes::app::Context& ctx) {
        using redes::app::require;
        s.widths = redes::app::parse_size_list("widths", widths_text, 1, 1024);
        s.targets = redes::app::parse_name_list("target", targets_text, ch09::target_names());
        s.sigmas =
            redes::app::parse_name_list("activation", sigmas_text, {"sigmoid", "tanh", "relu"});
        s.fit_widths = redes::app::parse_size_list("fit-widths", fit_widths_text, 1, 1024);
        require(steps >= 1 && steps <= 100000, "steps", std::to_string(steps),
                "between 1 and 100000");
        require(s.fit.eta > 0 && s.fit.eta <= 1, "eta", fmt(s.fit.eta, "%.3g"), "in (0, 1]");
        require(s.fit.init_scale > 0 && s.fit.init_scale <= 1000, "init-scale",
                fmt(s.fit.init_scale, "%.3g"), "in (0, 1000]");
        require(s.steepness > 0 && s.steepness <= 1000, "steepness", fmt(s.steepness, "%.3g"),
                "in (0, 1000]");
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
        require(s.far_x > 1 && s.far_x <= 1e6, "far-x", fmt(s.far_x, "%.3g"), "in (1, 10⁶]");
        for (std::size_t w : s.fit_widths)
            require(std::find(s.widths.begin(), s.widths.end(), w) != s.widths.end(), "fit-widths",
                    "'" + fit_widths_text + "'", "among --widths (" + widths_text + ")");
        std::sort(s.widths.begin(), s.widths.end());
        if (ctx.quick) {  // 4 widths, 100 steps, coarse grids
            s.widths = {1, 4, 16, 64};
            s.fit_widths = {4, 64};
            steps = std::min(steps, 100);
            points = std::min(points, 30);
            points_2d = std::min(points_2d, 8);
            eval_points = std::min(eval_points, 501);
            eval_points_2d = std::min(eval_points_2d, 41);
        }
        s.fit.steps = static_cast<std::size_t>(steps);
        s.points = static_cast<std::size_t>(points);
        s.points_2d = static_cast<std::size_t>(points_2d);
        s.eval_points = static_cast<std::size_t>(eval_points);
        s.eval_points_2d = static_cast<std::size_t>(eval_points_2d);
        s.outside_width = static_cast<std::size_t>(outside_width);

        ch09::print_setup(s);
        std::vector<ch09::Target> targets;
        for (const std::string& t : s.targets) targets.push_back(ch09::make_target(t, s.steepness));
        const ch09::Grids g = ch09::make_grids(s);
        ch09::draw_2d_targets(ctx, targets, g);
        for (const std::string& name : s.sigmas) {
            const ch09::Sweep sw =
                ch09::width_sweep(ctx, s, targets, g, redes::Activation::from_name(name));
            ch09::sweep_plots(ctx, s, targets, g, sw);
        }
        ch09::compact_set(ctx, s, g);
        ch09::derivative(ctx, s, g);
    });
}
