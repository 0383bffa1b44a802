// 16 — AdaGrad, RMSProp, Adam: the adaptive methods of the notes beside gradient descent and momentum,
// each step following its box (src/redes/optim/*.hpp):
//   gradient descent  θ ← θ − ηg
//   momentum          v ← αv − ηg;  θ ← θ + v
//   AdaGrad           r ← r + g⊙g;  θ ← θ − η/(δ + √r) ⊙ g
//   RMSProp           r ← ρr + (1 − ρ)g⊙g;  θ ← θ − η/√(δ + r) ⊙ g      (Goodfellow et al. Alg. 8.5)
//   Adam              s ← ρ₁s + (1 − ρ₁)g;  r ← ρ₂r + (1 − ρ₂)g⊙g;  θ ← θ − η ŝ/(δ + √r̂)
// on the same three problems: a ravine ½θᵀAθ and Rosenbrock's valley (paths over contour lines, R̂ per step)
// and a small MLP on the 8×8 digits trained with minibatches by sgd() (R̂ per epoch). AdaGrad's per-coordinate
// rate η/(δ + √r) only shrinks; RMSProp's follows the recent gradients (src/redes/optim/effective_rate.hpp).
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "redes/app/chapter.hpp"
#include "redes/app/format.hpp"
#include "redes/data/csv.hpp"
#include "redes/data/standardize.hpp"
#include "redes/error.hpp"
#include "redes/init/initializer.hpp"
#include "redes/linalg.hpp"
#include "redes/models/classify.hpp"
#include "redes/optim/adagrad.hpp"
#include "redes/optim/adam.hpp"
#include "redes/optim/descent_path.hpp"
#include "redes/optim/effective_rate.hpp"
#include "redes/optim/mlp_objective.hpp"
#include "redes/optim/momentum.hpp"
#include "redes/optim/rmsprop.hpp"
#include "redes/optim/sgd.hpp"
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

// The five optimizers, in this order everywhere.
const char* const names[] = {"gd", "momentum", "adagrad", "rmsprop", "adam"};
const char* const titles[] = {"gradient descent", "momentum", "AdaGrad", "RMSProp", "Adam"};
const char* const colours[] = {"#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e"};
const std::size_t n_opt = 5;

// The constants of the boxes (one set for every problem).
struct Constants {
    double alpha = 0.9;                                  // momentum
    double delta_adagrad = 1e-7;                         // AdaGrad's δ (outside √)
    double rho = 0.9;                                    // RMSProp's decay
    double delta_rmsprop = 1e-6;                         // RMSProp's δ (inside √)
    double rho1 = 0.9, rho2 = 0.999, delta_adam = 1e-8;  // Adam (δ outside √)
};

std::unique_ptr<redes::Optimizer> make(std::size_t i, double eta, const Constants& c) {
    switch (i) {
        case 0: return std::make_unique<redes::GradientDescent>(eta);
        case 1: return std::make_unique<redes::Momentum>(eta, c.alpha);
        case 2: return std::make_unique<redes::AdaGrad>(eta, c.delta_adagrad);
        case 3: return std::make_unique<redes::RMSProp>(eta, c.rho, c.delta_rmsprop);
        default: return std::make_unique<redes::Adam>(eta, c.rho1, c.rho2, c.delta_adam);
    }
}

std::string label(std::size_t i, double eta) {
    return std::string(titles[i]) + ", η = " + fmt(eta);
}

// Heatmap and contour lines of Z on the grid (the look of chapter 10).
void landscape(redes::plot::Figure& fig, const std::vector<double>& gx,
               const std::vector<double>& gy, const Matrix& Z, int levels) {
    fig.heatmap(gx, gy, Z).contour(gx, gy, Z, levels);
}

// R̂ against step (or epoch) k, leaving out values ≤ 0 (log scale).
void positive_curve(const std::vector<double>& value, std::vector<double>& k,
                    std::vector<double>& R) {
    for (std::size_t j = 0; j < value.size(); ++j)
        if (value[j] > 0) {
            k.push_back(static_cast<double>(j));
            R.push_back(value[j]);
        }
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    return n % 2 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
}

// The median over the D coordinates of the rate an adaptive optimizer applied last; 0 for the others.
double median_rate(const redes::Optimizer& opt) {
    if (auto a = dynamic_cast<const redes::AdaGrad*>(&opt))
        return median(redes::effective_rate(*a).values());
    if (auto r = dynamic_cast<const redes::RMSProp*>(&opt))
        return median(redes::effective_rate(*r).values());
    if (auto m = dynamic_cast<const redes::Adam*>(&opt))
        return median(redes::effective_rate(*m).values());
    return 0.0;
}

// Share of the columns whose largest output is the label.
double accuracy(const redes::MLP& net, const redes::data::DataSet& d) {
    return redes::accuracy(redes::predict_labels(net, d.X), d.labels);
}

// The --scan table: one row per η of the grid, one column per optimizer.
void print_scan(const std::string& what, const std::vector<double>& grid,
                const std::vector<std::vector<std::string>>& table) {
    std::cout << "  scan: " << what << " for each η of the grid\n";
    char buf[160];
    std::snprintf(buf, sizeof buf, "    %8s %18s %10s %10s %10s %10s\n", "η", titles[0], titles[1],
                  titles[2], titles[3], titles[4]);
    std::cout << buf;
    for (std::size_t j = 0; j < grid.size(); ++j) {
        std::snprintf(buf, sizeof buf, "    %7s %18s %10s %10s %10s %10s\n", fmt(grid[j]).c_str(),
                      table[j][0].c_str(), table[j][1].c_str(), table[j][2].c_str(),
                      table[j][3].c_str(), table[j][4].c_str());
        std::cout << buf;
    }
}

// A 2-D problem: the function, its start, its step budget, one η per optimizer.
struct Problem2D {
    std::string what;  // "ravine", "rosenbrock"
    const redes::Objective2D* f;
    Vector theta0, theta_star;
    std::size_t steps;
    std::vector<double> eta;
};

// The MLP on the digits: the objective, its θ_0, the sgd() options.
struct MLPTask {
    const redes::MLPObjective* R;
    const redes::data::DataSet* d;
    Vector theta0;
    redes::SGDOptions options;
    std::uint64_t batch_seed;
};

struct MLPRun {
    bool diverged = false;
    std::string message;
    redes::SGDHistory history;
    std::vector<double> median_rate;  // per epoch (adaptive methods)
    double accuracy = 0.0;
};

MLPRun train(const MLPTask& t, std::size_t i, double eta, const Constants& c) {
    MLPRun run;
    auto opt = make(i, eta, c);
    Vector theta = t.theta0;
    redes::Rng rng(t.batch_seed);  // the same batches for every optimizer
    redes::SGDOptions o = t.options;
    o.on_epoch = [&](std::size_t, const Vector&) { run.median_rate.push_back(median_rate(*opt)); };
    try {
        run.history = redes::sgd(*t.R, theta, *opt, rng, o);
        run.accuracy = accuracy(t.R->net(theta), *t.d);
    } catch (const redes::DivergenceError& e) {
        run.diverged = true;
        run.message = e.what();
    }
    return run;
}

}  // namespace

int main(int argc, char** argv) {
    redes::app::Chapter ch(
        "16", "adaptive_methods",
        "gradient descent, momentum, AdaGrad, RMSProp and Adam on a ravine, Rosenbrock's valley and an MLP");
    Constants c;
    double lambda1 = 1.0, lambda2 = 50.0, angle = 0.0;
    int ravine_steps = 200, rosenbrock_steps = 2000, samples = 500, hidden = 16, epochs = 30,
        batch_size = 32;
    std::string data_path = "data/digits.csv.gz";
    // η per problem and optimizer: the best of the grid {0.001, 0.003, …, 1} by R̂ at the end (run --scan)
    std::vector<double> eta_ravine{0.03, 0.01, 1.0, 0.03, 1.0};
    std::vector<double> eta_rosenbrock{0.001, 0.001, 1.0, 0.003, 0.3};
    std::vector<double> eta_mlp{0.1, 0.03, 0.1, 0.01, 0.03};
    bool scan = false;

    po::options_description rates("learning rates η (each problem, each optimizer)");
    const std::vector<std::pair<const char*, std::vector<double>*>> problems{
        {"ravine", &eta_ravine}, {"rosenbrock", &eta_rosenbrock}, {"mlp", &eta_mlp}};
    const char* const problem_titles[] = {"the ravine", "Rosenbrock's valley", "the MLP"};
    for (std::size_t p = 0; p < problems.size(); ++p)
        for (std::size_t i = 0; i < n_opt; ++i)
            rates.add_options()(
                (std::string(problems[p].first) + "-" + names[i]).c_str(),
                po::value(&(*problems[p].second)[i])
                    ->default_value((*problems[p].second)[i], fmt((*problems[p].second)[i])),
                ("η of " + std::string(titles[i]) + " on " + problem_titles[p]).c_str());
    po::options_description constants(
        "the other constants of the boxes (shared by the three problems)");
    // clang-format off
    constants.add_options()
        ("alpha", po::value(&c.alpha)->default_value(c.alpha, "0.9"), "momentum α")
        ("delta-adagrad", po::value(&c.delta_adagrad)->default_value(c.delta_adagrad, "1e-7"), "AdaGrad's δ in η/(δ + √r)")
        ("rho", po::value(&c.rho)->default_value(c.rho, "0.9"), "RMSProp's decay ρ")
        ("delta-rmsprop", po::value(&c.delta_rmsprop)->default_value(c.delta_rmsprop, "1e-6"), "RMSProp's δ in η/√(δ + r)")
        ("rho1", po::value(&c.rho1)->default_value(c.rho1, "0.9"), "Adam's ρ₁ (first moment s)")
        ("rho2", po::value(&c.rho2)->default_value(c.rho2, "0.999"), "Adam's ρ₂ (second moment r)")
        ("delta-adam", po::value(&c.delta_adam)->default_value(c.delta_adam, "1e-8"), "Adam's δ in η ŝ/(δ + √r̂)");
    // clang-format on
    po::options_description setup("the problems");
    // clang-format off
    setup.add_options()
        ("lambda1", po::value(&lambda1)->default_value(lambda1, "1"), "ravine ½θᵀAθ: curvature λ₁ along the direction at --angle")
        ("lambda2", po::value(&lambda2)->default_value(lambda2, "50"), "ravine: curvature λ₂ across it")
        ("angle", po::value(&angle)->default_value(angle, "0"), "ravine: its rotation φ in radians (0: along the axes)")
        ("ravine-steps", po::value(&ravine_steps)->default_value(ravine_steps), "steps on the ravine, from (−4, 1.5)")
        ("rosenbrock-steps", po::value(&rosenbrock_steps)->default_value(rosenbrock_steps), "steps on Rosenbrock, from (−1.5, 2)")
        ("samples", po::value(&samples)->default_value(samples), "MLP: digits used (M, at random, up to 1797)")
        ("hidden", po::value(&hidden)->default_value(hidden), "MLP 64 → N₁ → 10: hidden width N₁ (tanh)")
        ("epochs", po::value(&epochs)->default_value(epochs), "MLP: epochs of sgd()")
        ("batch-size", po::value(&batch_size)->default_value(batch_size), "MLP: M′, samples per batch")
        ("data", po::value(&data_path)->default_value(data_path), "MLP: the digits file")
        ("scan", po::bool_switch(&scan), "also print R̂ at the end for every η of the grid {0.001, 0.003, …, 1}");
    // clang-format on
    ch.options().add(rates).add(constants).add(setup);

    return ch.run(argc, argv, [&](redes::app::Context& ctx) {
        using redes::app::require;
        for (const auto& [problem, etas] : problems)
            for (std::size_t i = 0; i < n_opt; ++i)
                require((*etas)[i] > 0 && (*etas)[i] <= 100, std::string(problem) + "-" + names[i],
                        fmt((*etas)[i]), "in (0, 100]");
        require(c.alpha >= 0 && c.alpha < 1, "alpha", fmt(c.alpha), "in [0, 1)");
        require(c.rho >= 0 && c.rho < 1, "rho", fmt(c.rho), "in [0, 1)");
        require(c.rho1 >= 0 && c.rho1 < 1, "rho1", fmt(c.rho1), "in [0, 1)");
        require(c.rho2 >= 0 && c.rho2 < 1, "rho2", fmt(c.rho2), "in [0, 1)");
        require(c.delta_adagrad > 0 && c.delta_adagrad <= 1, "delta-adagrad", fmt(c.delta_adagrad),
                "in (0, 1]");
        require(c.delta_rmsprop > 0 && c.delta_rmsprop <= 1, "delta-rmsprop", fmt(c.delta_rmsprop),
                "in (0, 1]");
        require(c.delta_adam > 0 && c.delta_adam <= 1, "delta-adam", fmt(c.delta_adam),
                "in (0, 1]");
        require(lambda1 > 0 && lambda1 <= 1000, "lambda1", fmt(lambda1), "in (0, 1000]");
        require(lambda2 > 0 && lambda2 <= 1000, "lambda2", fmt(lambda2), "in (0, 1000]");
        require(std::isfinite(angle) && std::abs(angle) <= 10, "angle", fmt(angle),
                "finite, |φ| ≤ 10");
        require(ravine_steps >= 1 && ravine_steps <= 100000, "ravine-steps",
                std::to_string(ravine_steps), "between 1 and 100000");
        require(rosenbrock_steps >= 1 && rosenbrock_steps <= 100000, "rosenbrock-steps",
                std::to_string(rosenbrock_steps), "between 1 and 100000");
        require(samples >= 10 && samples <= 1797, "samples", std::to_string(samples),
                "between 10 and 1797");
        require(hidden >= 1 && hidden <= 256, "hidden", std::to_string(hidden),
                "between 1 and 256");
        require(epochs >= 1 && epochs <= 1000, "epochs", std::to_string(epochs),
                "between 1 and 1000");
        require(batch_size >= 1 && batch_size <= samples, "batch-size", std::to_string(batch_size),
                "between 1 and --samples");
        const std::size_t grid = ctx.quick ? 41 : 121;
        const std::vector<double> scan_grid{0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0};
        std::cout << "constants: momentum α = " << fmt(c.alpha)
                  << "; AdaGrad δ = " << fmt(c.delta_adagrad) << "; RMSProp ρ = " << fmt(c.rho)
                  << ", δ = " << fmt(c.delta_rmsprop) << " (inside √); Adam ρ₁ = " << fmt(c.rho1)
                  << ", ρ₂ = " << fmt(c.rho2) << ", δ = " << fmt(c.delta_adam) << " (outside √)\n";

        // ---- 1. The two 2-D problems: paths over contour lines and R̂ per step ----------------------
        const redes::Quadratic q(lambda1, lambda2, angle);
        const redes::Rosenbrock rb;
        const std::size_t K_ravine = ctx.quick ? std::min<std::size_t>(ravine_steps, 100)
                                               : static_cast<std::size_t>(ravine_steps);
        const std::size_t K_rosen = ctx.quick ? std::min<std::size_t>(rosenbrock_steps, 500)
                                              : static_cast<std::size_t>(rosenbrock_steps);
        const std::vector<Problem2D> p2d{{"ravine", &q, Vector{-4.0, 1.5}, Vector{0.0, 0.0},
                                          K_ravine, eta_ravine},
                                         {"rosenbrock", &rb, Vector{-1.5, 2.0}, rb.minimizer(),
                                          K_rosen, eta_rosenbrock}};
        for (const Problem2D& pr : p2d) {
            const bool is_ravine = pr.what == "ravine";
            std::cout << (is_ravine ? "ravine " + q.name() + ", 2/λ_max = " + fmt(q.eta_critical())
                                    : "rosenbrock (1 − x)² + 100(y − x²)², minimum (1, 1)")
                      << ", from " << point(pr.theta0) << ", " << pr.steps << " steps:\n";
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
                              << ", ‖θ_K − θ*‖ = " << fmt(norm(p.last() - pr.theta_star), "%.3g")
                              << "\n";
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
                        rmsprop_floor += 0.5 * lambda *
                                         std::max(0.0, pr.eta[3] * pr.eta[3] / 4 -
                                                           c.delta_rmsprop / (lambda * lambda));
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
            auto fp =
                ctx.figure(pr.what + "_paths",
                           (is_ravine ? "The five optimizers in the ravine " + q.name()
                                      : std::string("The five optimizers in Rosenbrock's valley")) +
                               ", " + std::to_string(pr.steps) + " steps (squares: θ_K)");
            fp.xlabel(is_ravine ? "θ₁" : "x")
                .ylabel(is_ravine ? "θ₂" : "y")
                .cblabel("log₁₀(1 + R̂)")
                .xrange(x0, x1)
                .yrange(y0, y1)
                .legend("outside bottom center horizontal")
                .size(is_ravine ? 1000 : 800, is_ravine ? 640 : 860);
            if (!is_ravine) fp.equal_axes();
            landscape(fp, gx, gy, Z, 14);
            const char* widths[] = {"lw 4", "lw 2", "lw 3", "lw 1.5", "lw 2"};
            for (std::size_t i = 0; i < n_opt; ++i) {
                fp.line(label(i, pr.eta[i]) + (paths[i].diverged() ? " (diverged)" : ""),
                        paths[i].xs(), paths[i].ys(),
                        "lines " + std::string(widths[i]) + " lc rgb '" + colours[i] + "'");
            }
            for (std::size_t i = 0; i < n_opt; ++i)  // where each path ended: θ_K (no key entry)
                fp.points("", {paths[i].last()[0]}, {paths[i].last()[1]},
                          "points pt 5 ps 1.6 lc rgb '" + std::string(colours[i]) + "'");
            fp.points("θ_0", {pr.theta0[0]}, {pr.theta0[1]}, "points pt 9 ps 2 lc rgb 'orange'")
                .points("minimum", {pr.theta_star[0]}, {pr.theta_star[1]},
                        "points pt 3 ps 2.5 lw 2 lc rgb 'orange'");
            ctx.save(fp);
            // R̂ per step
            auto fr =
                ctx.figure("risk_" + pr.what, "R̂(θ_k) per step on " +
                                                  (is_ravine ? "the ravine " + q.name()
                                                             : std::string("Rosenbrock's valley")));
            fr.xlabel("step k").ylabel("R̂(θ_k)").logy().legend("outside right top").size(980, 560);
            for (std::size_t i = 0; i < n_opt; ++i) {
                std::vector<double> k, R;
                positive_curve(paths[i].value, k, R);
                fr.line(label(i, paths[i].eta) + (paths[i].diverged() ? " (diverged)" : ""), k, R,
                        "lines lw 2 lc rgb '" + std::string(colours[i]) + "'");
            }
            if (rmsprop_floor > 0)
                fr.line("RMSProp's floor ½Σλ_ic_i^2 ≈ (λ₁ + λ₂)η²/8",
                        std::vector<double>{0.0, static_cast<double>(pr.steps)},
                        std::vector<double>{rmsprop_floor, rmsprop_floor},
                        "lines lw 1.5 dashtype 2 lc rgb '" + std::string(colours[3]) + "'");
            ctx.save(fr);
            if (scan) {
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

        // ---- 2. The effective rates of AdaGrad and RMSProp on the ravine ------------------------------
        {
            redes::AdaGrad adagrad(eta_ravine[2], c.delta_adagrad);
            redes::RMSProp rmsprop(eta_ravine[3], c.rho, c.delta_rmsprop);
            redes::Adam adam(eta_ravine[4], c.rho1, c.rho2, c.delta_adam);
            Vector ta = p2d[0].theta0, tr = ta, tm = ta;
            std::vector<double> ks;
            std::vector<std::vector<double>> rate(
                6);  // AdaGrad θ₁, θ₂, RMSProp θ₁, θ₂, Adam θ₁, θ₂
            for (std::size_t k = 0; k < K_ravine; ++k) {
                adagrad.step(ta, q.gradient(ta));
                rmsprop.step(tr, q.gradient(tr));
                adam.step(tm, q.gradient(tm));
                const Vector a = redes::effective_rate(adagrad), r = redes::effective_rate(rmsprop),
                             m = redes::effective_rate(adam);
                ks.push_back(static_cast<double>(k));
                for (std::size_t j = 0; j < 2; ++j) {
                    rate[j].push_back(a[j]);
                    rate[2 + j].push_back(r[j]);
                    rate[4 + j].push_back(m[j]);
                }
            }
            auto rose =
                [](const std::vector<double>& v) {  // how far it climbed above its lowest value
                    double lowest = v.front(), most = 1.0;
                    for (double x : v)
                        lowest = std::min(lowest, x), most = std::max(most, x / lowest);
                    return most;
                };
            std::cout
                << "effective rates on the ravine (the factor of g_k in each coordinate; Adam's multiplies ŝ), after step 1 → step "
                << K_ravine << ":\n";
            const char* who[] = {"AdaGrad η/(δ + √r)", "RMSProp η/√(δ + r)", "Adam η/(δ + √r̂)"};
            for (std::size_t m = 0; m < 3; ++m)
                std::cout << "  " << who[m] << ": θ₁ " << fmt(rate[2 * m].front(), "%.3g") << " → "
                          << fmt(rate[2 * m].back(), "%.3g") << ", θ₂ "
                          << fmt(rate[2 * m + 1].front(), "%.3g") << " → "
                          << fmt(rate[2 * m + 1].back(), "%.3g")
                          << "; largest rise above an earlier low: ×"
                          << fmt(std::max(rose(rate[2 * m]), rose(rate[2 * m + 1])), "%.3g")
                          << "\n";
            auto fe = ctx.figure(
                "effective_rate",
                "Per-coordinate rates on the ravine: AdaGrad's only shrinks, RMSProp's recovers");
            fe.xlabel("step k")
                .ylabel("effective rate (factor of g_k)")
                .logy()
                .legend("outside right top")
                .size(1000, 560);
            const char* series[] = {"AdaGrad η/(δ + √r), θ₁",
                                    "AdaGrad η/(δ + √r), θ₂",
                                    "RMSProp η/√(δ + r), θ₁",
                                    "RMSProp η/√(δ + r), θ₂",
                                    "Adam η/(δ + √r̂), θ₁ (factor of ŝ)",
                                    "Adam η/(δ + √r̂), θ₂ (factor of ŝ)"};
            const char* colour[] = {"#2ca02c", "#2ca02c", "#9467bd",
                                    "#9467bd", "#ff7f0e", "#ff7f0e"};
            for (std::size_t j = 0; j < 6; ++j)
                fe.line(series[j], ks, rate[j],
                        std::string("lines lw 2 ") + (j % 2 ? "dashtype 2 " : "") + "lc rgb '" +
                            colour[j] + "'");
            ctx.save(fe);
        }

        // ---- 3. An MLP on the digits, minibatches by sgd() ------------------------------------------
        redes::data::DataSet all = redes::data::load_digits(data_path);
        const std::size_t M =
            ctx.quick ? std::min<std::size_t>(samples, 150) : static_cast<std::size_t>(samples);
        redes::data::DataSet d = all.subset(ctx.rng.permutation(all.M())).head(M);
        d = redes::data::Standardizer::fit(d).transform(d);
        const std::size_t N1 =
            ctx.quick ? std::min<std::size_t>(hidden, 8) : static_cast<std::size_t>(hidden);
        redes::MLP net({d.N(), N1, d.K}, redes::Activation::tanh(), redes::Activation::identity());
        redes::init::initialize(net, redes::init::WeightInit::normal_fan_in(1.0), 0.0, ctx.rng);
        const redes::MLPObjective R(net, redes::Cost::quadratic(), d.X, d.Y);
        MLPTask task{&R, &d, net.parameters(), {}, ctx.rng.next_u64()};
        task.options.epochs =
            ctx.quick ? std::min<std::size_t>(epochs, 5) : static_cast<std::size_t>(epochs);
        task.options.batch_size =
            static_cast<std::size_t>(std::min<int>(batch_size, static_cast<int>(M)));
        task.options.progress = redes::Progress::quiet;
        const std::size_t steps_per_epoch =
            redes::steps_per_epoch(M, task.options.batch_size, redes::LastBatch::keep);
        std::cout << "MLP " << d.N() << " → " << N1 << " (tanh) → " << d.K << " on " << M
                  << " digits (standardised), J = ‖y − x_L‖², " << task.options.epochs
                  << " epochs of " << steps_per_epoch << " steps (M′ = " << task.options.batch_size
                  << "), the same θ_0 and batches for all, R̂(θ_0) = "
                  << fmt(R.empirical_risk(task.theta0)) << ":\n";
        auto fm = ctx.figure("risk_mlp", "Training risk of an MLP on " + std::to_string(M) +
                                             " digits, minibatches of M′ = " +
                                             std::to_string(task.options.batch_size));
        fm.xlabel("epoch")
            .ylabel("R̂(θ) on the training digits")
            .logy()
            .legend("outside right top")
            .size(980, 560);
        auto fmr =
            ctx.figure("mlp_effective_rate",
                       "Median over the " + std::to_string(R.net(task.theta0).num_parameters()) +
                           " parameters of the per-coordinate rate, MLP on the digits");
        fmr.xlabel("epoch")
            .ylabel("median effective rate")
            .logy()
            .legend("outside right top")
            .size(980, 560);
        for (std::size_t i = 0; i < n_opt; ++i) {
            const MLPRun run = train(task, i, eta_mlp[i], c);
            std::cout << "  " << label(i, eta_mlp[i]) << ": ";
            if (run.diverged) {
                std::cout << run.message << "\n";
                continue;
            }
            const auto& h = run.history.epoch_train_risk;
            std::cout << "R̂ after epoch 1: " << fmt(h[1], "%.3g") << ", after " << h.size() - 1
                      << ": " << fmt(h.back(), "%.3g") << ", training accuracy "
                      << fmt(100 * run.accuracy, "%.1f") << "%";
            if (i >= 2)
                std::cout << "; median rate " << fmt(run.median_rate.front(), "%.3g") << " → "
                          << fmt(run.median_rate.back(), "%.3g");
            std::cout << "\n";
            std::vector<double> k, Rk;
            positive_curve(h, k, Rk);
            fm.line(label(i, eta_mlp[i]), k, Rk,
                    "linespoints lw 2 pt 7 ps 0.5 lc rgb '" + std::string(colours[i]) + "'");
            if (i >= 2) {
                std::vector<double> e;
                for (std::size_t j = 1; j <= run.median_rate.size(); ++j)
                    e.push_back(static_cast<double>(j));
                fmr.line(std::string(titles[i]) + ", η = " + fmt(eta_mlp[i]), e, run.median_rate,
                         "linespoints lw 2 pt 7 ps 0.5 lc rgb '" + std::string(colours[i]) + "'");
            }
        }
        ctx.save(fm);
        ctx.save(fmr);
        if (scan) {
            std::vector<std::vector<std::string>> table;
            for (double e : scan_grid) {
                table.emplace_back();
                for (std::size_t i = 0; i < n_opt; ++i) {
                    const MLPRun run = train(task, i, e, c);
                    table.back().push_back(run.diverged
                                               ? std::string("diverged")
                                               : fmt(run.history.epoch_train_risk.back(), "%.2g"));
                }
            }
            print_scan("R̂ after the last epoch", scan_grid, table);
        }
    });
}
