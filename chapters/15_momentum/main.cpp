// 15 — Mejorando SGD: Momentum. The notes' box, for k = 0, 1, …:
//   v_{k+1} ← α v_k − η g_k
//   θ_{k+1} ← θ_k + v_{k+1}
// on 2-D functions whose gradient is exact (src/redes/optim/test_functions.hpp), drawn over contour lines:
//   - an ill-conditioned ravine ½θᵀAθ, A = diag(λ₁, λ₂): gradient descent against momentum at the same η,
//     and Polyak's best constants η* = 4/(√λ_max + √λ_min)², α* = ((√κ − 1)/(√κ + 1))²;
//   - a sweep of α ∈ [0, 0.99]: steps to reach ‖θ_k − θ*‖ < tol, measured and predicted from the roots of
//     z² − (1 + α − ηλ)z + α = 0 (src/redes/optim/momentum_rate.hpp);
//   - the saddle x² − y²: how fast momentum leaves the neighbourhood of the critical point;
//   - the notes' form against PyTorch's (v ← μv + g; θ ← θ − ηv): equal for a constant η, not when η_k changes.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

#include "redes/app/chapter.hpp"
#include "redes/app/format.hpp"
#include "redes/error.hpp"
#include "redes/linalg.hpp"
#include "redes/optim/descent_path.hpp"
#include "redes/optim/momentum.hpp"
#include "redes/optim/momentum_rate.hpp"
#include "redes/optim/schedule.hpp"
#include "redes/optim/test_functions.hpp"
#include "redes/stats/grid.hpp"

namespace po = boost::program_options;
using redes::DescentPath;
using redes::Matrix;
using redes::Vector;

namespace {

using redes::app::fmt;

using redes::linspace;

std::string point(const Vector& t) { return "(" + fmt(t[0]) + ", " + fmt(t[1]) + ")"; }

// Heatmap and contour lines of Z on the grid (the look of chapter 10).
void landscape(redes::plot::Figure& fig, const std::vector<double>& gx,
               const std::vector<double>& gy, const Matrix& Z, int levels = 18) {
    fig.heatmap(gx, gy, Z).contour(gx, gy, Z, levels);
}

// The first k with ‖θ_k − θ*‖ < tol, or −1 when the path never gets there (or diverged first).
long steps_to_reach(const DescentPath& p, const Vector& theta_star, double tol) {
    for (std::size_t k = 0; k < p.theta.size(); ++k)
        if (norm(p.theta[k] - theta_star) < tol) return static_cast<long>(k);
    return -1;
}

std::string steps_str(long k) {
    return k < 0 ? std::string("not reached") : std::to_string(k) + " steps";
}

// R̂(θ_k) against k, leaving out values ≤ 0 (log scale).
void risk_curve(const std::vector<double>& value, std::vector<double>& k, std::vector<double>& R) {
    for (std::size_t j = 0; j < value.size(); ++j)
        if (value[j] > 0) {
            k.push_back(static_cast<double>(j));
            R.push_back(value[j]);
        }
}

const char* const colours[] = {"#1f77b4", "#ff7f0e", "#2ca02c", "#d62728",
                               "#9467bd", "#8c564b", "#e377c2"};

}  // namespace

int main(int argc, char** argv) {
    redes::app::Chapter ch(
        "15", "momentum",
        "v_{k+1} = αv_k − ηg_k, θ_{k+1} = θ_k + v_{k+1}: a ravine, an α sweep, a saddle, the notes' vs PyTorch's form");
    double lambda1 = 1.0, lambda2 = 50.0, eta = 0.035, alpha = 0.9, start_x = -4.0, start_y = 1.5,
           tol = 1e-6;
    double saddle_eta = 0.1, saddle_offset = 1e-3, eta_tau = 0.0035;
    int steps = 300, path_steps = 80, max_steps = 5000, tau = 50;
    // clang-format off
    ch.options().add_options()
        ("eta", po::value(&eta)->default_value(eta, "0.035"), "learning rate η on the ravine (gradient descent and momentum)")
        ("alpha", po::value(&alpha)->default_value(alpha, "0.9"), "momentum α for the paths, in [0, 1)")
        ("lambda1", po::value(&lambda1)->default_value(lambda1, "1"), "curvature λ₁ of the ravine ½θᵀAθ along θ₁")
        ("lambda2", po::value(&lambda2)->default_value(lambda2, "50"), "curvature λ₂ along θ₂ (κ = λ_max/λ_min)")
        ("start-x", po::value(&start_x)->default_value(start_x, "-4"), "θ_0 = (start-x, start-y) on the ravine")
        ("start-y", po::value(&start_y)->default_value(start_y, "1.5"), "(see --start-x)")
        ("steps", po::value(&steps)->default_value(steps), "K, steps per risk curve (and of the forms' comparison)")
        ("path-steps", po::value(&path_steps)->default_value(path_steps), "steps drawn per path over the contour lines")
        ("tol", po::value(&tol)->default_value(tol, "1e-6"), "the sweep counts steps until ‖θ_k − θ*‖ < tol")
        ("max-steps", po::value(&max_steps)->default_value(max_steps), "the sweep gives up after this many steps")
        ("saddle-eta", po::value(&saddle_eta)->default_value(saddle_eta, "0.1"), "η on the saddle x² − y²")
        ("saddle-offset", po::value(&saddle_offset)->default_value(saddle_offset, "1e-3"), "y_0 of the start (1.2, y_0) near the saddle's axis")
        ("eta-tau", po::value(&eta_tau)->default_value(eta_tau, "0.0035"), "forms: η_k falls linearly from --eta to η_τ …")
        ("tau", po::value(&tau)->default_value(tau), "… at step τ (the notes' linear schedule)");
    // clang-format on

    return ch.run(argc, argv, [&](redes::app::Context& ctx) {
        using redes::app::require;
        require(eta > 0 && eta <= 100, "eta", fmt(eta), "in (0, 100]");
        require(alpha >= 0 && alpha < 1, "alpha", fmt(alpha), "in [0, 1)");
        require(lambda1 > 0 && lambda1 <= 1000, "lambda1", fmt(lambda1), "in (0, 1000]");
        require(lambda2 > 0 && lambda2 <= 1000, "lambda2", fmt(lambda2), "in (0, 1000]");
        require(std::isfinite(start_x) && std::abs(start_x) <= 100, "start-x", fmt(start_x),
                "finite, |x| ≤ 100");
        require(std::isfinite(start_y) && std::abs(start_y) <= 100, "start-y", fmt(start_y),
                "finite, |y| ≤ 100");
        require(start_x != 0 || start_y != 0, "start-x", fmt(start_x),
                "away from the minimum (0, 0) (with --start-y 0)");
        require(steps >= 1 && steps <= 100000, "steps", std::to_string(steps),
                "between 1 and 100000");
        require(path_steps >= 1 && path_steps <= 100000, "path-steps", std::to_string(path_steps),
                "between 1 and 100000");
        require(tol > 0 && tol < 1, "tol", fmt(tol), "in (0, 1)");
        require(max_steps >= 1 && max_steps <= 1000000, "max-steps", std::to_string(max_steps),
                "between 1 and 1000000");
        require(saddle_eta > 0 && saddle_eta <= 0.5, "saddle-eta", fmt(saddle_eta), "in (0, 0.5]");
        require(std::abs(saddle_offset) <= 0.1 && saddle_offset != 0, "saddle-offset",
                fmt(saddle_offset),
                "in [−0.1, 0.1] and not 0 (the start exactly on the axis is always run)");
        require(eta_tau > 0 && eta_tau <= 100, "eta-tau", fmt(eta_tau), "in (0, 100]");
        require(tau >= 1 && tau <= 100000, "tau", std::to_string(tau), "between 1 and 100000");
        const std::size_t K = static_cast<std::size_t>(steps);
        const std::size_t grid = ctx.quick ? 41 : 121;

        // ---- 1. The ravine: gradient descent, momentum at the same η, Polyak's constants ------------
        const redes::Quadratic q(lambda1, lambda2);
        const double lmin = q.lambda_min(), lmax = q.lambda_max(), kappa = lmax / lmin;
        const Vector theta0{start_x, start_y}, theta_star{0.0, 0.0};
        const redes::MomentumOptimum best = redes::optimal_momentum(lmin, lmax);
        std::cout << "ravine R̂(θ) = ½θᵀAθ, A = diag(" << fmt(lambda1) << ", " << fmt(lambda2)
                  << "), κ = λ_max/λ_min = " << fmt(kappa) << "; θ_0 = " << point(theta0)
                  << ", θ* = (0, 0)\n";
        std::cout << "  rate per step (from the roots of z² − (1 + α − ηλ)z + α):\n"
                  << "    gradient descent, η = " << fmt(eta) << ": "
                  << fmt(redes::momentum_rate(eta, 0.0, lmin, lmax))
                  << "   (best over η: (κ − 1)/(κ + 1) = "
                  << fmt(redes::optimal_gd_rate(lmin, lmax))
                  << " at η = 2/(λ_min + λ_max) = " << fmt(2 / (lmin + lmax))
                  << "; stable only for η < 2/λ_max = " << fmt(2 / lmax) << ")\n"
                  << "    momentum α = " << fmt(alpha) << ", η = " << fmt(eta) << ": "
                  << fmt(redes::momentum_rate(eta, alpha, lmin, lmax))
                  << "   (stable for η < 2(1 + α)/λ_max = " << fmt(2 * (1 + alpha) / lmax) << ")\n"
                  << "    Polyak: η* = 4/(√λ_max + √λ_min)² = " << fmt(best.eta)
                  << ", α* = ((√κ − 1)/(√κ + 1))² = " << fmt(best.alpha)
                  << ": (√κ − 1)/(√κ + 1) = " << fmt(best.rate) << "\n";

        redes::PathOptions po;
        po.steps = K;
        redes::PathOptions longer = po;
        longer.steps = static_cast<std::size_t>(max_steps);
        redes::GradientDescent gd(eta);
        redes::Momentum mom(eta, alpha), polyak(best.eta, best.alpha);
        struct Run {
            std::string label;
            redes::Optimizer* opt;
            const char* style;
        };
        const std::vector<Run> runs{{"gradient descent, η = " + fmt(eta), &gd,
                                     "linespoints lw 2 pt 7 ps 0.4 lc rgb '#1f77b4'"},
                                    {"momentum α = " + fmt(alpha) + ", η = " + fmt(eta), &mom,
                                     "linespoints lw 2 pt 7 ps 0.4 lc rgb '#d62728'"},
                                    {"Polyak α* = " + fmt(best.alpha, "%.3g") +
                                         ", η* = " + fmt(best.eta, "%.3g"),
                                     &polyak, "linespoints lw 2 pt 7 ps 0.4 lc rgb '#2ca02c'"}};
        std::cout << "  steps until ‖θ_k − θ*‖ < " << fmt(tol) << " (at most " << max_steps
                  << "):\n";
        redes::PathOptions drawn = po;
        drawn.steps = static_cast<std::size_t>(path_steps);
        std::vector<DescentPath> drawn_paths;
        double wy =
            1.2 * std::abs(start_y);  // wide enough for every drawn path's swing across the ravine
        for (const Run& r : runs) {
            const DescentPath p = redes::descent_path(q, *r.opt, theta0, po);
            const DescentPath full = redes::descent_path(q, *r.opt, theta0, longer);
            std::cout << "    " << r.label << ": "
                      << steps_str(steps_to_reach(full, theta_star, tol)) << "; after K = " << K
                      << ": " << p.describe() << "\n";
            drawn_paths.push_back(redes::descent_path(q, *r.opt, theta0, drawn));
            for (const Vector& t : drawn_paths.back().theta)
                wy = std::max(wy, 1.1 * std::abs(t[1]));
        }
        const double wx = std::max(5.0, 1.25 * std::abs(start_x));
        wy = std::min(wy, 4 * wx);
        const std::vector<double> gx = linspace(-wx, wx, grid), gy = linspace(-wy, wy, grid);
        Matrix Z = q.on_grid(gx, gy);
        for (std::size_t k = 0; k < Z.size(); ++k) Z.data()[k] = std::log10(1.0 + Z.data()[k]);
        auto fpath =
            ctx.figure("paths", "Momentum in a ravine ½θᵀAθ, A = diag(" + fmt(lambda1) + ", " +
                                    fmt(lambda2) + "), κ = " + fmt(kappa) + ": the first " +
                                    std::to_string(path_steps) + " steps");
        fpath.xlabel("θ₁")
            .ylabel("θ₂")
            .cblabel("log₁₀(1 + R̂(θ))")
            .xrange(-wx, wx)
            .yrange(-wy, wy)
            .legend("outside bottom center horizontal")
            .size(1000, 680);
        landscape(fpath, gx, gy, Z, 14);
        for (std::size_t i = 0; i < runs.size(); ++i) {
            const DescentPath& p = drawn_paths[i];
            fpath.line(runs[i].label + (p.diverged() ? " (diverged at step " +
                                                           std::to_string(p.diverged_step) + ")"
                                                     : ""),
                       p.xs(), p.ys(), runs[i].style);
        }
        fpath.points("θ_0", {start_x}, {start_y}, "points pt 9 ps 2 lc rgb 'orange'")
            .points("θ* = (0, 0)", {0.0}, {0.0}, "points pt 3 ps 2.5 lw 2 lc rgb 'orange'");
        ctx.save(fpath);

        // ---- 2. R̂ along the iterations for several α at the same η --------------------------------
        // at this η, the α where the rate ρ(α) = max over λ_min, λ_max of the largest root is lowest
        double alpha_best = 0.0, rate_best = HUGE_VAL;
        for (int i = 0; i < 9990; ++i) {
            const double a = i / 10000.0, rho = redes::momentum_rate(eta, a, lmin, lmax);
            if (rho < rate_best) rate_best = rho, alpha_best = a;
        }
        if (rate_best < 1)
            std::cout << "  at η = " << fmt(eta)
                      << " the rate is lowest at α = " << fmt(alpha_best, "%.3f")
                      << ": ρ = " << fmt(rate_best)
                      << " (gradient descent: " << fmt(redes::momentum_rate(eta, 0.0, lmin, lmax))
                      << ")\n";
        else  // ηλ_max ≥ 2(1 + α) for every α < 1
            std::cout << "  at η = " << fmt(eta)
                      << " no α < 1 converges: η ≥ 4/λ_max = " << fmt(4 / lmax) << "\n";
        auto frisk =
            ctx.figure("risk", "R̂(θ_k) with momentum v_{k+1} = αv_k − ηg_k for several α, η = " +
                                   fmt(eta) + ", κ = " + fmt(kappa));
        frisk.xlabel("step k").ylabel("R̂(θ_k)").logy().legend("outside right top").size(960, 560);
        const double alpha_shown =
            std::min(0.99, std::round(alpha_best * 100) / 100);  // α_best, to two digits
        std::vector<double> alphas{0.0, 0.5, 0.9, 0.99};
        if (rate_best < 1) alphas.push_back(alpha_shown);
        if (std::find(alphas.begin(), alphas.end(), alpha) == alphas.end()) alphas.push_back(alpha);
        std::sort(alphas.begin(), alphas.end());
        alphas.erase(std::unique(alphas.begin(), alphas.end()), alphas.end());
        for (std::size_t i = 0; i < alphas.size(); ++i) {
            redes::Momentum m(eta, alphas[i]);
            const DescentPath p = redes::descent_path(q, m, theta0, po);
            std::vector<double> k, R;
            risk_curve(p.value, k, R);
            std::string label =
                alphas[i] == 0 ? "α = 0 (gradient descent)" : "α = " + fmt(alphas[i]);
            if (rate_best < 1 && alphas[i] == alpha_shown) label += " (lowest rate at this η)";
            if (p.diverged()) label += ", diverged at step " + std::to_string(p.diverged_step);
            frisk.line(label, k, R, "lines lw 2 lc rgb '" + std::string(colours[i % 7]) + "'");
        }
        {
            const DescentPath p = redes::descent_path(q, polyak, theta0, po);
            std::vector<double> k, R;
            risk_curve(p.value, k, R);
            frisk.line("Polyak α* = " + fmt(best.alpha, "%.3g") + ", η* = " + fmt(best.eta, "%.3g"),
                       k, R, "lines lw 2 dashtype 2 lc rgb 'black'");
        }
        ctx.save(frisk);

        // ---- 3. The α sweep: steps to tolerance, measured and predicted ---------------------------
        const int n_alpha = ctx.quick ? 12 : 100;
        auto fsweep = ctx.figure("alpha_sweep", "Steps until ‖θ_k − θ*‖ < " + fmt(tol) +
                                                    " against momentum α (κ = " + fmt(kappa) +
                                                    "; no dot: diverged or not reached)");
        fsweep.xlabel("momentum α")
            .ylabel("steps k")
            .logy()
            .legend("top left")
            .size(900, 560)
            .xrange(0, 1);
        const std::vector<double> sweep_etas{eta, best.eta};
        const double log_ratio = std::log(tol / norm(theta0 - theta_star));
        for (std::size_t e = 0; e < sweep_etas.size(); ++e) {
            std::vector<double> a_meas, k_meas, a_pred, k_pred;
            long fewest = -1;
            double fewest_alpha = 0;
            for (int i = 0; i < n_alpha; ++i) {
                const double a = 0.99 * i / (n_alpha - 1);
                redes::Momentum m(sweep_etas[e], a);
                const long k =
                    steps_to_reach(redes::descent_path(q, m, theta0, longer), theta_star, tol);
                if (k >= 0) {
                    a_meas.push_back(a);
                    k_meas.push_back(static_cast<double>(k));
                    if (fewest < 0 || k < fewest) fewest = k, fewest_alpha = a;
                }
                const double rho = redes::momentum_rate(sweep_etas[e], a, lmin, lmax);
                if (rho < 1) {  // ‖θ_k‖ ≈ ρ^k ‖θ_0‖ reaches tol at k ≈ ln(tol/‖θ_0‖)/ln ρ
                    a_pred.push_back(a);
                    k_pred.push_back(log_ratio / std::log(rho));
                }
            }
            const std::string which = e == 0 ? "η = " + fmt(eta) : "η* = " + fmt(best.eta, "%.3g");
            std::cout << "  sweep of " << n_alpha << " α in [0, 0.99] at " << which << ": "
                      << a_meas.size() << " reach the tolerance";
            if (fewest >= 0)
                std::cout << ", fewest steps " << fewest << " at α = " << fmt(fewest_alpha, "%.3f");
            std::cout << "\n";
            if (!a_meas.empty())
                fsweep.points("measured, " + which, a_meas, k_meas,
                              "points pt 7 ps 0.7 lc rgb '" + std::string(colours[e == 0 ? 0 : 3]) +
                                  "'");
            if (!a_pred.empty())
                fsweep.line("ln(tol/‖θ_0‖)/ln ρ(α), " + which, a_pred, k_pred,
                            "lines lw 1.5 lc rgb '" + std::string(colours[e == 0 ? 0 : 3]) + "'");
        }
        fsweep
            .raw("set arrow from " + fmt(best.alpha, "%.6g") + ", graph 0 to " +
                 fmt(best.alpha, "%.6g") + ", graph 1 nohead dashtype 2 lc rgb 'gray40'")
            .raw("set label 'α*' at " + fmt(best.alpha, "%.6g") + ", graph 0.95 offset 0.5,0");
        ctx.save(fsweep);

        // ---- 4. The saddle x² − y²: escape from near the critical point ----------------------------
        const redes::Saddle s;
        const Vector s0{1.2, saddle_offset};
        redes::PathOptions so = po;
        so.steps = 2000;
        so.bound = 1e4;
        std::cout
            << "saddle R̂(x, y) = x² − y², critical point (0, 0), η = " << fmt(saddle_eta)
            << ", start " << point(s0)
            << "; along y (λ = −2) |y_k| grows like z^k, z the largest root of z² − (1 + α + 2η)z + α:\n";
        const std::vector<double> saddle_alphas{0.0, 0.5, 0.9};
        auto fesc = ctx.figure("saddle_escape",
                               "Escaping the saddle x² − y² from y_0 = " + fmt(saddle_offset) +
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
                                           ", start " + point(s0));
        fs.xlabel("x")
            .ylabel("y")
            .cblabel("R̂(x, y) = x² − y²")
            .xrange(-1.5, 1.5)
            .yrange(-1.5, 1.5)
            .equal_axes()
            .legend("outside bottom center horizontal")
            .size(760, 800);
        landscape(fs, sx, sx, s.on_grid(sx, sx));
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
            const std::string colour = colours[i == 0 ? 0 : i == 1 ? 1 : 3];
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
            fs.line(label, px, py,
                    "linespoints " + std::string(width[i]) + " lc rgb '" + colour + "'");
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
                      << "; θ_K = " << point(p.last())
                      << " (momentum cannot create a direction the gradient never shows)\n";
        }

        // ---- 5. The notes' form against PyTorch's, constant and changing η ---------------------------
        const auto gradient = [&q](const Vector& t) { return q.gradient(t); };
        const redes::LinearDecay schedule(eta, eta_tau, static_cast<std::size_t>(tau));
        std::cout
            << "the notes' form v ← αv − ηg; θ ← θ + v against PyTorch's b ← μb + g; θ ← θ − ηb (μ = α = "
            << fmt(alpha) << ", K = " << K << "):\n";
        auto fforms = ctx.figure(
            "forms",
            "Momentum, the notes' form against PyTorch's: ‖θ_k(notes) − θ_k(PyTorch)‖ / ‖θ_k(PyTorch)‖, α = " +
                fmt(alpha));
        fforms.xlabel("step k")
            .ylabel("relative gap between the two paths")
            .logy()
            .legend("outside bottom center horizontal")
            .size(900, 620)
            .yrange(1e-18, 10)
            .raw("set arrow from " + std::to_string(tau) + ", graph 0 to " + std::to_string(tau) +
                 ", graph 1 nohead dashtype 3 lc rgb 'gray40'")
            .raw("set label 'τ' at " + std::to_string(tau) + ", graph 0.95 offset 0.5,0");
        for (int with_schedule = 0; with_schedule < 2; ++with_schedule) {
            redes::Momentum notes(eta, alpha, redes::MomentumForm::notes),
                torch(eta, alpha, redes::MomentumForm::pytorch);
            const redes::Schedule* sch = with_schedule ? &schedule : nullptr;
            // both forms side by side, η_k from the schedule; stop if either leaves the region |R̂| ≤ 10⁶
            Vector a = theta0, b = theta0;
            double gap = 0;
            std::size_t gap_k = 0, k = 0;
            bool diverged = false;
            std::vector<double> kk, rel;
            for (;; ++k) {
                if (!(q.value(a) <= 1e6) || !(q.value(b) <= 1e6)) {
                    diverged = true;
                    break;
                }
                const double d = norm(a - b);
                if (d > gap) gap = d, gap_k = k;
                if (d > 0) {  // exact agreement has no place on a log scale
                    kk.push_back(static_cast<double>(k));
                    rel.push_back(d / norm(b));
                }
                if (k == K) break;
                if (sch) notes.set_eta(sch->eta(k)), torch.set_eta(sch->eta(k));  // η_k
                notes.step(a, gradient(a));
                torch.step(b, gradient(b));
            }
            std::cout << "  "
                      << (with_schedule ? "η_k linear " + fmt(eta) + " → " + fmt(eta_tau) +
                                              " at τ = " + std::to_string(tau)
                                        : "constant η = " + fmt(eta))
                      << ": max_k ‖θ_k(notes) − θ_k(PyTorch)‖ = " << fmt(gap, "%.3g")
                      << (gap > 0 ? " at k = " + std::to_string(gap_k) : "");
            if (diverged)
                std::cout << "; a path left |R̂| ≤ 10⁶ at step " << k
                          << " (diverged: lower --eta)\n";
            else
                std::cout << "; R̂(θ_K): notes " << fmt(q.value(a)) << ", PyTorch "
                          << fmt(q.value(b)) << "\n";
            if (kk.empty()) continue;
            if (with_schedule)
                fforms.line("η_k linear from " + fmt(eta) + " to " + fmt(eta_tau) +
                                " at τ = " + std::to_string(tau),
                            kk, rel, "linespoints lw 2 pt 7 ps 0.4 lc rgb '#d62728'");
            else
                fforms.line("constant η = " + fmt(eta) +
                                " (steps where they agree exactly are not drawn)",
                            kk, rel, "points pt 7 ps 0.6 lc rgb '#1f77b4'");
        }
        ctx.save(fforms);
    });
}
