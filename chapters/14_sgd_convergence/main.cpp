// 14 — Convergencia de SGD.
//   θ_{k+1} ← θ_k − η_k ∂R̂/∂θ_k   converges (convex case) if   Σ_k η_k = ∞  and  Σ_k η_k² < ∞.
// On least squares R̂(θ) = (1/M) Σ_m (y_m − θᵀx_m)² with θ = (w, b) and noisy y, so the one-sample
// gradients disagree even at θ*, SGD with batches of M′ = 1 and three schedules:
//   constant      η_k = η                                  Σ η_k² = ∞: bounces in a band around θ*
//   1/k           η_k = η₀/(1 + k/k₀)                      meets both conditions: converges
//   linear decay  η_k = (1 − k/τ)η₀ + (k/τ)η_τ, k ≤ τ      the notes' "típicamente"; η_k = η_τ after τ,
//                                                         so Σ η_k² = ∞ too: stalls at a floor set by η_τ
// ‖θ_k − θ*‖ is averaged over independent runs (different shuffles, the same data and θ_0).
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "redes/app/chapter.hpp"
#include "redes/app/format.hpp"
#include "redes/error.hpp"
#include "redes/optim/distance_to_minimum.hpp"
#include "redes/optim/least_squares_objective.hpp"
#include "redes/optim/make_optimizer.hpp"
#include "redes/optim/schedule.hpp"
#include "redes/optim/schedule_sums_at.hpp"
#include "redes/optim/sgd.hpp"

namespace po = boost::program_options;
using redes::Matrix;
using redes::Vector;

namespace {

using redes::app::fmt;

// k = 1, …, K on a log grid (about n points per decade), for the log-log plots: 0 cannot be drawn.
std::vector<std::size_t> log_steps(std::size_t K, double per_decade = 40.0) {
    std::vector<std::size_t> ks;
    for (double t = 0.0;; t += 1.0 / per_decade) {
        const auto k = static_cast<std::size_t>(std::llround(std::pow(10.0, t)));
        if (k > K) break;
        if (ks.empty() || k != ks.back()) ks.push_back(k);
    }
    if (ks.empty() || ks.back() != K) ks.push_back(K);
    return ks;
}

// The mean of v over the steps [a, b].
double mean_over(const std::vector<double>& v, std::size_t a, std::size_t b) {
    double s = 0.0;
    for (std::size_t k = a; k <= b; ++k) s += v[k];
    return s / static_cast<double>(b - a + 1);
}

}  // namespace

int main(int argc, char** argv) {
    redes::app::Chapter ch(
        "14", "sgd_convergence",
        "SGD on least squares: constant η bounces, η₀/(1 + k/k₀) converges, the linear decay "
        "stalls at η_τ; Σηₖ and Σηₖ²");
    double eta = 0.05, k0 = 100.0, p = 1.0, eta_tau = 0.0025, noise = 0.5;
    int tau = 2000, batch_size = 1, epochs = 40, runs = 10, samples = 500;
    double horizon = 1e7;
    std::string optimizer = "gd";
    // clang-format off
    ch.options().add_options()
        ("eta", po::value(&eta)->default_value(eta, "0.05"), "η of the constant schedule, and η₀ of both decays")
        ("k0", po::value(&k0)->default_value(k0, "100"), "k₀ of η_k = η₀/(1 + k/k₀)^p (steps)")
        ("p", po::value(&p)->default_value(p, "1"), "power p of the 1/k decay (it meets both conditions for ½ < p ≤ 1)")
        ("tau", po::value(&tau)->default_value(tau), "τ, the step where the linear decay reaches η_τ")
        ("eta-tau", po::value(&eta_tau)->default_value(eta_tau, "0.0025"), "η_τ, the linear decay's rate from τ on")
        ("batch-size", po::value(&batch_size)->default_value(batch_size), "M′, samples per step")
        ("epochs", po::value(&epochs)->default_value(epochs), "epochs (passes over the M samples) per run")
        ("runs", po::value(&runs)->default_value(runs), "independent runs (seeds) averaged for ‖θ_k − θ*‖")
        ("samples", po::value(&samples)->default_value(samples), "M, the number of samples")
        ("horizon", po::value(&horizon)->default_value(horizon, "1e7"), "the sums of η_k are drawn up to this K")
        ("noise", po::value(&noise)->default_value(noise, "0.5"), "standard deviation of the noise in y_m")
        ("optimizer", po::value(&optimizer)->default_value(optimizer), "gd, momentum, adagrad, rmsprop, adam, …");
    // clang-format on

    return ch.run(argc, argv, [&](redes::app::Context& ctx) {
        using redes::app::require;
        require(eta > 0 && eta <= 10, "eta", fmt(eta), "in (0, 10]");
        require(k0 > 0 && std::isfinite(k0), "k0", fmt(k0), "positive and finite");
        require(p > 0 && p <= 10, "p", fmt(p), "in (0, 10]");
        require(tau >= 1, "tau", std::to_string(tau), "at least 1 step");
        require(eta_tau > 0 && eta_tau <= eta, "eta-tau", fmt(eta_tau),
                "in (0, η] (η = " + fmt(eta) + ")");
        require(samples >= 2 && samples <= 1000000, "samples", std::to_string(samples),
                "between 2 and 1000000");
        require(batch_size >= 1 && batch_size <= samples, "batch-size", std::to_string(batch_size),
                "between 1 and M = " + std::to_string(samples));
        require(epochs >= 1 && epochs <= 100000, "epochs", std::to_string(epochs),
                "between 1 and 100000");
        require(runs >= 1 && runs <= 10000, "runs", std::to_string(runs), "between 1 and 10000");
        require(horizon >= 1 && horizon <= 1e9, "horizon", fmt(horizon), "in [1, 1e9]");
        require(noise >= 0 && noise <= 100, "noise", fmt(noise), "in [0, 100]");
        const auto names = redes::optimizer_names();
        std::string known;
        for (const auto& n : names) known += (known.empty() ? "" : ", ") + n;
        require(std::find(names.begin(), names.end(), optimizer) != names.end(), "optimizer",
                optimizer, "one of " + known);

        // ---- data: y_m = 2u_m − 1 + noise, x_m = (u_m, 1), u_m ~ N(0, 1) --------------------------
        const std::size_t M = ctx.quick ? 100 : static_cast<std::size_t>(samples);
        const std::size_t E = ctx.quick ? 5 : static_cast<std::size_t>(epochs);
        const std::size_t S = ctx.quick ? 2 : static_cast<std::size_t>(runs);
        const std::size_t Mp = std::min<std::size_t>(static_cast<std::size_t>(batch_size), M);
        redes::Rng data_rng(ctx.seed);
        Matrix X(2, M);
        Vector y(M);
        for (std::size_t m = 0; m < M; ++m) {
            X(0, m) = data_rng.normal();
            X(1, m) = 1.0;
            y[m] = 2.0 * X(0, m) - 1.0 + noise * data_rng.normal();
        }
        const redes::LeastSquaresObjective R(X, y);
        const Vector theta_star = R.minimizer();  // θ* = (X Xᵀ)⁻¹ X y
        const Vector theta0{-1.0, 2.0};
        const std::size_t steps = E * redes::steps_per_epoch(M, Mp, redes::LastBatch::keep);
        std::cout << "least squares, M = " << M << " samples y_m = 2u_m − 1 + " << fmt(noise)
                  << "·N(0, 1): θ* = (w, b) = (" << fmt(theta_star[0]) << ", " << fmt(theta_star[1])
                  << "), R̂(θ*) = " << fmt(R.empirical_risk(theta_star))
                  << "; θ_0 = (-1, 2), ‖θ_0 − θ*‖ = " << fmt(redes::norm(theta0 - theta_star))
                  << "\n";
        std::cout << optimizer << ", M′ = " << Mp << ", " << E << " epochs = " << steps
                  << " steps, " << S << " runs (seeds " << ctx.seed + 100 << " …)\n";

        const redes::ConstantSchedule constant(eta);
        const redes::InverseDecay inverse(eta, k0, p);
        const std::size_t tau_k = static_cast<std::size_t>(tau);
        const redes::LinearDecay linear(eta, eta_tau, tau_k);
        const redes::ConstantSchedule floor_rate(eta_tau);  // what the linear decay is after τ
        struct Run {
            const redes::Schedule* schedule;
            std::string label, colour;
            redes::DistanceToMinimum d;
        };
        std::vector<Run> runs_{{&constant, "constant η = " + fmt(eta), "#1f77b4", {}},
                               {&inverse,
                                "η₀/(1 + k/k₀)" + std::string(p == 1.0 ? "" : "^" + fmt(p)) +
                                    ", η₀ = " + fmt(eta) + ", k₀ = " + fmt(k0),
                                "#2ca02c",
                                {}},
                               {&linear,
                                "linear η₀ = " + fmt(eta) + " → η_τ = " + fmt(eta_tau) +
                                    " at τ = " + std::to_string(tau_k),
                                "#d62728",
                                {}},
                               {&floor_rate, "constant η = η_τ = " + fmt(eta_tau), "#7f7f7f", {}}};

        // ---- the schedules and their partial sums, far beyond the run ---------------------------
        const std::size_t K_far =
            std::max(steps, ctx.quick ? std::size_t{10000} : static_cast<std::size_t>(horizon));
        const std::vector<std::size_t> ks = log_steps(steps), ks_far = log_steps(K_far, 20.0);
        auto f_eta = ctx.figure("eta", "Learning-rate schedules η_k (k counts steps)");
        auto f_sum =
            ctx.figure("sum_eta", "Σ_{k≤K} η_k must diverge (so SGD can travel any distance)");
        auto f_sum2 =
            ctx.figure("sum_eta2", "Σ_{k≤K} η_k² must stay finite (so the noise it adds dies out)");
        f_eta.xlabel("step k").ylabel("η_k").logx().logy().legend("bottom left");
        f_sum.xlabel("K (steps)").ylabel("Σ_{k=0}^{K} η_k").logx().logy().legend("bottom right");
        f_sum2.xlabel("K (steps)").ylabel("Σ_{k=0}^{K} η_k²").logx().logy().legend("bottom right");
        std::cout << "partial sums Σ_{k≤K} η_k and Σ_{k≤K} η_k² at the end of training (K = "
                  << steps << ") and at K = " << K_far << ":\n";
        for (std::size_t i = 0; i < 3; ++i) {
            const auto& r = runs_[i];
            const redes::ScheduleSums sums = redes::schedule_sums_at(*r.schedule, ks_far);
            std::vector<double> x, e;
            for (std::size_t k : ks_far) {
                x.push_back(static_cast<double>(k));
                e.push_back(r.schedule->eta(k));
            }
            const std::string style = "lines lw 2 lc rgb '" + r.colour + "'";
            f_eta.line(r.label, x, e, style);
            f_sum.line(r.label, x, sums.sum_eta, style);
            f_sum2.line(r.label, x, sums.sum_eta2, style);
            const redes::ScheduleSums at_end = redes::schedule_sums_at(*r.schedule, {steps});
            std::string limit;
            if (i == 1 && p > 0.5 && p <= 1.0)
                limit = "Σ η_k → ∞ (slowly), Σ η_k² stays finite: converges";
            else if (i == 1 && p > 1.0)
                limit = "Σ η_k stays finite (p > 1): it may stop short of θ*";
            else if (i == 1) limit = "Σ η_k² → ∞ (p ≤ ½)";
            else
                limit = "both → ∞: η_k = " + fmt(i == 0 ? eta : eta_tau) +
                        (i == 2 ? " for every k ≥ τ" : " for every k");
            std::cout << "  " << r.label << ": Σ η_k = " << fmt(at_end.sum_eta[0]) << " → "
                      << fmt(sums.sum_eta.back()) << ", Σ η_k² = " << fmt(at_end.sum_eta2[0])
                      << " → " << fmt(sums.sum_eta2.back()) << "; " << limit << "\n";
        }
        if (p == 1.0) {
            // Σ_{k≥0} (η₀k₀/(k₀ + k))² ≤ η₀²k₀² (1/k₀² + ∫_0^∞ dk/(k₀ + k)²) = η₀² (1 + k₀)
            const double bound = eta * eta * (1.0 + k0);
            f_sum2.line("bound of the 1/k sum for every K: η₀²(1 + k₀)",
                        std::vector<double>{1.0, double(K_far)}, std::vector<double>{bound, bound},
                        "lines lw 1 dashtype 2 lc rgb '#2ca02c'");
            std::cout << "  1/k: Σ_{k≥0} η_k² ≤ η₀²(1 + k₀) = " << fmt(bound) << " for every K\n";
        }
        auto vline = [](std::size_t k, const std::string& colour) {
            return "set arrow from " + std::to_string(k) + ", graph 0 to " + std::to_string(k) +
                   ", graph 1 nohead dashtype 3 lc rgb '" + colour + "'";
        };
        auto vlabel = [](std::size_t k, const std::string& text, const std::string& colour,
                         double y = 0.95) {
            return "set label '" + text + "' at " + std::to_string(k) + ", graph " + fmt(y) +
                   " offset 0.5,0 tc rgb '" + colour + "'";
        };
        for (auto* f : {&f_eta, &f_sum, &f_sum2}) {
            const double y = f == &f_eta ? 0.75 : 0.95;
            if (tau_k < K_far)
                f->raw(vline(tau_k, "#d62728")).raw(vlabel(tau_k, "τ", "#d62728", y));
            f->raw(vline(steps, "black")).raw(vlabel(steps, "end of training", "black", y));
        }
        ctx.save(f_eta);
        ctx.save(f_sum);
        ctx.save(f_sum2);

        // ---- ‖θ_k − θ*‖ averaged over runs -------------------------------------------------------
        redes::SGDOptions o;
        o.epochs = E;
        o.batch_size = Mp;
        o.progress = redes::Progress::quiet;
        for (auto& r : runs_) {
            o.schedule = r.schedule;
            r.d = redes::distance_to_minimum(
                R, theta0, theta_star, [&] { return redes::make_optimizer(optimizer, eta); }, o,
                ctx.seed + 100, S);
        }
        auto f_err =
            ctx.figure("error", "SGD convergence: mean ‖θ_k − θ*‖ over " + std::to_string(S) +
                                    " runs, M′ = " + std::to_string(Mp));
        f_err.xlabel("step k").ylabel("mean ‖θ_k − θ*‖").logx().logy().legend("bottom left");
        if (tau_k < steps) f_err.raw(vline(tau_k, "#d62728")).raw(vlabel(tau_k, "τ", "#d62728"));
        for (const auto& r : runs_) {
            std::vector<double> x, e;
            for (std::size_t k : ks) {
                x.push_back(static_cast<double>(k));
                e.push_back(r.d.mean[k]);
            }
            const bool reference = r.schedule == &floor_rate;
            f_err.line(r.label + (reference ? " (the linear decay after τ)" : ""), x, e,
                       std::string(reference ? "lines lw 1 dashtype 2" : "lines lw 2") +
                           " lc rgb '" + r.colour + "'");
        }
        // a guide ∝ 1/k through the 1/k run's mean error over steps tenth/2 … tenth
        const std::size_t half = steps / 2, tenth = std::max<std::size_t>(2, steps / 10);
        const double anchor =
            mean_over(runs_[1].d.mean, tenth / 2, tenth) * 0.75 * static_cast<double>(tenth);
        f_err.line("∝ 1/k",
                   std::vector<double>{static_cast<double>(tenth) / 2.0,
                                       static_cast<double>(steps)},
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
                  << ", at the last step k = " << steps
                  << " (± standard error), its mean over steps " << half << "…" << steps
                  << ", and the slope d log e/d log k between steps " << tenth / 2 << "…" << tenth
                  << " and " << half << "…" << steps << ":\n";
        for (const auto& r : runs_) {
            std::cout << "  " << r.label << ": " << fmt(r.d.mean[tenth]) << ", "
                      << fmt(r.d.mean[steps]) << " ± " << fmt(r.d.standard_error[steps], "%.2g")
                      << "; " << fmt(mean_over(r.d.mean, half, steps)) << "; slope "
                      << fmt(slope(r.d.mean), "%.2f") << "\n";
        }
        std::cout << "  over the last half, 1/k against constant η: "
                  << fmt(mean_over(runs_[1].d.mean, half, steps) /
                             mean_over(runs_[0].d.mean, half, steps),
                         "%.3f")
                  << "×; linear decay against constant η_τ (its rate after τ): "
                  << fmt(mean_over(runs_[2].d.mean, half, steps) /
                             mean_over(runs_[3].d.mean, half, steps),
                         "%.3f")
                  << "×\n";
        if (tau_k < half) {
            double max_diff =
                0.0;  // after τ the two runs share η and shuffles: θ_k forgets where it was at τ
            for (std::size_t k = half; k <= steps; ++k)
                max_diff = std::max(max_diff,
                                    redes::norm(runs_[2].d.last_run[k] - runs_[3].d.last_run[k]));
            std::cout
                << "  linear decay and constant η_τ, same shuffles: max ‖θ_k − θ′_k‖ over steps "
                << half << "…" << steps << " = " << fmt(max_diff, "%.2g") << "\n";
        }

        // ---- where θ_k is during the last epoch of one run, over the contour lines of R̂ ----------
        const std::size_t per_epoch = steps / E;
        double w = 0.02;  // half-width of the picture: every point of the last epoch inside it
        for (std::size_t i = 0; i < 3; ++i)
            for (std::size_t k = steps - per_epoch; k <= steps; ++k)
                w = std::max(w, 1.05 * redes::norm_inf(runs_[i].d.last_run[k] - theta_star));
        std::vector<double> gx, gy;
        const std::size_t grid = ctx.quick ? 21 : 41;
        for (std::size_t i = 0; i < grid; ++i) {
            gx.push_back(theta_star[0] - w +
                         2 * w * static_cast<double>(i) / static_cast<double>(grid - 1));
            gy.push_back(theta_star[1] - w +
                         2 * w * static_cast<double>(i) / static_cast<double>(grid - 1));
        }
        Matrix Z(grid, grid);
        for (std::size_t i = 0; i < grid; ++i)
            for (std::size_t j = 0; j < grid; ++j) Z(i, j) = R.empirical_risk(Vector{gx[j], gy[i]});
        auto f_cloud =
            ctx.figure("last_epoch", "θ_k during the last epoch of one run (" +
                                         std::to_string(per_epoch) + " steps): the band around θ*");
        f_cloud.xlabel("w").ylabel("b").equal_axes().legend("top right").contour(gx, gy, Z, 12);
        for (std::size_t i = 0; i < 3; ++i) {
            std::vector<double> px, py;
            const auto& path = runs_[i].d.last_run;
            for (std::size_t k = steps - per_epoch; k <= steps; ++k) {
                px.push_back(path[k][0]);
                py.push_back(path[k][1]);
            }
            f_cloud.points(runs_[i].label, px, py,
                           "points pt 7 ps 0.4 lc rgb '" + runs_[i].colour + "'");
        }
        f_cloud.points("θ* = (X Xᵀ)⁻¹ X y", std::vector<double>{theta_star[0]},
                       std::vector<double>{theta_star[1]},
                       "points pt 3 ps 2.5 lw 2 lc rgb 'black'");
        ctx.save(f_cloud);
    });
}
