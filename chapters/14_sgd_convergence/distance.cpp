// Mean ‖θ_k − θ*‖ over independent runs (different shuffles, the same data and θ_0).
#include <algorithm>
#include <cmath>
#include <iostream>

#include "redes/optim/make_optimizer.hpp"
#include "redes/optim/sgd.hpp"
#include "sections.hpp"

namespace ch14 {

using redes::app::fmt;

void distance_to_minimum(const redes::app::Context& ctx, const Settings& s, const Problem& pb,
                         std::vector<Run>& runs) {
    const std::size_t steps = pb.steps, tau_k = static_cast<std::size_t>(s.tau);
    const std::vector<std::size_t> ks = log_steps(steps);
    redes::SGDOptions o;
    o.epochs = pb.E;
    o.batch_size = pb.Mp;
    o.progress = redes::Progress::quiet;
    for (auto& r : runs) {
        o.schedule = r.schedule.get();
        r.d = redes::distance_to_minimum(
            pb.R, pb.theta0, pb.theta_star,
            [&] { return redes::make_optimizer(s.optimizer, s.eta); }, o, ctx.seed + 100, pb.S);
    }
    auto f_err =
        ctx.figure("error", "SGD convergence: mean ‖θ_k − θ*‖ over " + std::to_string(pb.S) +
                                " runs, M′ = " + std::to_string(pb.Mp));
    f_err.xlabel("step k")
        .ylabel("mean ‖θ_k − θ*‖ (bars: ± standard error)")
        .logx()
        .logy()
        .legend("outside right top vertical")
        .size(1250, 600);
    if (tau_k < steps) f_err.raw(vline(tau_k, "#d62728")).raw(vlabel(tau_k, "τ", "#d62728"));
    for (std::size_t i = 0; i < runs.size(); ++i) {
        const Run& r = runs[i];
        std::vector<double> x, e;
        for (std::size_t k : ks) {
            x.push_back(static_cast<double>(k));
            e.push_back(r.d.mean[k]);
        }
        const bool reference = i == floor_rate;
        f_err.line(r.label + (reference ? " (the linear decay after τ)" : ""), x, e,
                   std::string(reference ? "lines lw 1 dashtype 2" : "lines lw 2") + " lc rgb '" +
                       r.colour + "'");
        // ± standard error over the S runs, at about 4 steps per decade (more would hide the lines)
        std::vector<double> bx, by, be;
        for (std::size_t k : log_steps(steps, 4.0)) {
            bx.push_back(static_cast<double>(k));
            by.push_back(r.d.mean[k]);
            be.push_back(r.d.standard_error[k]);
        }
        f_err.errorbars("", bx, by, be, "yerrorbars pt 7 ps 0.4 lc rgb '" + r.colour + "'");
    }
    // a guide ∝ 1/k through the 1/k run's mean error over steps tenth/2 … tenth
    const std::size_t half = steps / 2, tenth = std::max<std::size_t>(2, steps / 10);
    const double anchor =
        mean_over(runs[inverse].d.mean, tenth / 2, tenth) * 0.75 * static_cast<double>(tenth);
    f_err.line("∝ 1/k",
               std::vector<double>{static_cast<double>(tenth) / 2.0, static_cast<double>(steps)},
               std::vector<double>{anchor / (static_cast<double>(tenth) / 2.0),
                                   anchor / static_cast<double>(steps)},
               "lines lw 1 dashtype 3 lc rgb 'black'");
    ctx.save(f_err);

    // the slope of log e against log k between the windows [tenth/2, tenth] and [half, steps]
    // (midpoints 0.75·tenth and 0.75·steps, a factor steps/tenth apart)
    auto slope = [&](const std::vector<double>& e) {
        return std::log(mean_over(e, half, steps) / mean_over(e, tenth / 2, tenth)) /
               std::log(static_cast<double>(steps) / static_cast<double>(tenth));
    };
    std::cout << "mean ‖θ_k − θ*‖ over the runs: at k = " << tenth
              << ", at the last step k = " << steps << " (± standard error), its mean over steps "
              << half << "…" << steps << ", and the slope d log e/d log k between steps "
              << tenth / 2 << "…" << tenth << " and " << half << "…" << steps << ":\n";
    for (const auto& r : runs) {
        std::cout << "  " << r.label << ": " << fmt(r.d.mean[tenth]) << ", " << fmt(r.d.mean[steps])
                  << " ± " << fmt(r.d.standard_error[steps], "%.2g") << "; "
                  << fmt(mean_over(r.d.mean, half, steps)) << "; slope "
                  << fmt(slope(r.d.mean), "%.2f") << " (÷"
                  << fmt(std::pow(10.0, -slope(r.d.mean)), "%.2g") << " per decade of steps)\n";
    }
    std::cout << "  over the last half, 1/k against constant η: "
              << fmt(mean_over(runs[inverse].d.mean, half, steps) /
                         mean_over(runs[constant].d.mean, half, steps),
                     "%.3f")
              << "×; linear decay against constant η_τ (its rate after τ): "
              << fmt(mean_over(runs[linear].d.mean, half, steps) /
                         mean_over(runs[floor_rate].d.mean, half, steps),
                     "%.3f")
              << "×\n";
    // where the decays leave the constant η: the first step at which either mean error differs
    // from the constant η's by more than 10 % (while k ≪ k₀ and k ≪ τ all three have η_k ≈ η₀)
    std::size_t parting = steps;
    for (std::size_t k = 0; k <= steps && parting == steps; ++k)
        for (const std::size_t i : {std::size_t{inverse}, std::size_t{linear}})
            if (std::abs(runs[i].d.mean[k] / runs[constant].d.mean[k] - 1.0) > 0.1) parting = k;
    std::cout << "  the 1/k and linear decays stay within 10 % of the constant η's mean error "
                 "until step k = "
              << parting << "\n";
    if (tau_k < half) {
        // after τ the two runs share η and shuffles: θ_k forgets where it was at τ
        double max_diff = 0.0;
        for (std::size_t k = half; k <= steps; ++k)
            max_diff = std::max(max_diff, redes::norm(runs[linear].d.last_run[k] -
                                                      runs[floor_rate].d.last_run[k]));
        std::cout << "  linear decay and constant η_τ, same shuffles: max ‖θ_k − θ′_k‖ over steps "
                  << half << "…" << steps << " = " << fmt(max_diff, "%.2g") << "\n";
    }
}

}  // namespace ch14
