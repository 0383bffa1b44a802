// 17 — Inicialización de los parámetros.
//   "Objetivo primordial de la inicialización: quebrar la simetría de las distintas hidden units"
//   "Elegir los pesos W_0 de manera aleatoria (normal o uniforme): la distribución no parece
//    afectar mucho, pero la escala sí"; "los offsets b_0 a una constante (cercana a cero)";
//   ReLU: "al inicializar b_ℓ es bueno que sean positivos para asegurarse que todas las unidades
//    están activas".
// Four experiments:
//   1. symmetry: W = 0 (every hidden unit the same) against random W on a 1-D regression; after
//      training the rows of W₁ are still equal, the net is as good as one hidden unit;
//   2. scale: risk after K epochs on the digits against the scale s of [W]_ij ~ N(0, s²);
//   3. depth: the spread (std) of x_ℓ layer after layer in a deep net for several s (vanishing,
//      exploding or saturating);
//   4. dead ReLUs: units with z ≤ 0 on every training sample, with b = 0 against b > 0, at the
//      start and during training.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

#include "redes/app/chapter.hpp"
#include "redes/app/format.hpp"
#include "redes/backprop/efficient.hpp"
#include "redes/data/csv.hpp"
#include "redes/data/split.hpp"
#include "redes/error.hpp"
#include "redes/init/initializer.hpp"
#include "redes/optim/make_optimizer.hpp"
#include "redes/optim/mlp_objective.hpp"
#include "redes/optim/sgd.hpp"
#include "redes/stats/unit_stats.hpp"

namespace po = boost::program_options;
using redes::Matrix;
using redes::MLP;
using redes::Vector;
namespace init = redes::init;

namespace {

using redes::app::fmt;

std::vector<double> logspace(double lo, double hi, std::size_t n) {
    std::vector<double> v(n);
    for (std::size_t i = 0; i < n; ++i)
        v[i] = lo * std::pow(hi / lo,
                             n == 1 ? 0.0 : static_cast<double>(i) / static_cast<double>(n - 1));
    return v;
}

// [W | b]: one row per unit, its weights and its bias. Two units are the same iff their rows are.
Matrix weights_and_bias(const MLP& net, std::size_t ell) {
    const Matrix& W = net.W(ell);
    Matrix A(W.rows(), W.cols() + 1);
    for (std::size_t i = 0; i < W.rows(); ++i) {
        for (std::size_t j = 0; j < W.cols(); ++j) A(i, j) = W(i, j);
        A(i, W.cols()) = net.b(ell)[i];
    }
    return A;
}

// Dead units of every hidden layer ℓ = 1 … L−1 on the batch X: z_ℓi ≤ 0 for every sample.
std::size_t dead_hidden_units(const MLP& net, const Matrix& X) {
    const redes::BatchForward f = redes::batch_forward(net, X);
    std::size_t dead = 0;
    for (std::size_t ell = 1; ell < net.L(); ++ell) dead += redes::count_dead_units(f.Z[ell]);
    return dead;
}

redes::SGDOptions options(std::size_t epochs, std::size_t batch_size) {
    redes::SGDOptions o;
    o.epochs = epochs;
    o.batch_size = batch_size;
    o.progress = redes::Progress::quiet;
    return o;
}

}  // namespace

int main(int argc, char** argv) {
    redes::app::Chapter ch(
        "17", "initialization",
        "θ_0: zero weights never break the symmetry, the scale s decides, spread through depth, "
        "dead ReLUs with b = 0 and b > 0");
    double eta = 0.05, scale = 1.0, bias = 0.1, scale_min = 1e-3, scale_max = 3.0, dead_eta = 0.05;
    int epochs = 5, batch_size = 32, points = 15, seeds = 2, depth = 10, width = 64, hidden = 32;
    int symmetry_epochs = 300, dead_runs = 6;
    std::string activation = "tanh", optimizer = "gd";
    // clang-format off
    ch.options().add_options()
        ("eta", po::value(&eta)->default_value(eta, "0.05"), "learning rate η of the scale sweep and the symmetry run")
        ("batch-size", po::value(&batch_size)->default_value(batch_size), "M′, samples per step")
        ("epochs", po::value(&epochs)->default_value(epochs), "K, epochs of each run of the scale sweep")
        ("optimizer", po::value(&optimizer)->default_value(optimizer), "gd, momentum, adagrad, rmsprop, adam, …")
        ("activation", po::value(&activation)->default_value(activation), "σ of the hidden layers in the scale sweep")
        ("hidden", po::value(&hidden)->default_value(hidden), "width of the two hidden layers of the digits nets")
        ("scale", po::value(&scale)->default_value(scale, "1"), "s of the random start in the symmetry experiment")
        ("scale-min", po::value(&scale_min)->default_value(scale_min, "1e-3"), "smallest s of the sweep")
        ("scale-max", po::value(&scale_max)->default_value(scale_max, "3"), "largest s of the sweep")
        ("points", po::value(&points)->default_value(points), "values of s in the sweep (log-spaced)")
        ("seeds", po::value(&seeds)->default_value(seeds), "runs per point (different θ_0 and shuffles)")
        ("depth", po::value(&depth)->default_value(depth), "hidden layers of the deep net (spread through depth)")
        ("width", po::value(&width)->default_value(width), "units per layer of the deep net")
        ("bias", po::value(&bias)->default_value(bias, "0.1"), "the positive b_0 compared with b_0 = 0 (dead ReLUs)")
        ("dead-eta", po::value(&dead_eta)->default_value(dead_eta, "0.05"), "η of the ReLU runs that count dead units")
        ("dead-runs", po::value(&dead_runs)->default_value(dead_runs), "runs averaged in the dead-unit count while training")
        ("symmetry-epochs", po::value(&symmetry_epochs)->default_value(symmetry_epochs),
         "epochs of the symmetry experiment");
    // clang-format on

    return ch.run(argc, argv, [&](redes::app::Context& ctx) {
        using redes::app::require;
        require(eta > 0 && eta <= 10, "eta", fmt(eta), "in (0, 10]");
        require(dead_eta > 0 && dead_eta <= 10, "dead-eta", fmt(dead_eta), "in (0, 10]");
        require(batch_size >= 1, "batch-size", std::to_string(batch_size), "at least 1");
        require(epochs >= 1 && epochs <= 10000, "epochs", std::to_string(epochs),
                "between 1 and 10000");
        require(symmetry_epochs >= 1 && symmetry_epochs <= 100000, "symmetry-epochs",
                std::to_string(symmetry_epochs), "between 1 and 100000");
        require(scale > 0 && scale <= 100, "scale", fmt(scale), "in (0, 100]");
        require(scale_min > 0 && scale_min < scale_max, "scale-min", fmt(scale_min),
                "positive and below --scale-max (" + fmt(scale_max) + ")");
        require(scale_max <= 1000, "scale-max", fmt(scale_max), "at most 1000");
        require(points >= 2 && points <= 200, "points", std::to_string(points),
                "between 2 and 200");
        require(dead_runs >= 1 && dead_runs <= 1000, "dead-runs", std::to_string(dead_runs),
                "between 1 and 1000");
        require(seeds >= 1 && seeds <= 100, "seeds", std::to_string(seeds), "between 1 and 100");
        require(depth >= 1 && depth <= 100, "depth", std::to_string(depth), "between 1 and 100");
        require(width >= 2 && width <= 1024, "width", std::to_string(width), "between 2 and 1024");
        require(hidden >= 1 && hidden <= 1024, "hidden", std::to_string(hidden),
                "between 1 and 1024");
        require(std::isfinite(bias) && bias > 0 && bias <= 10, "bias", fmt(bias), "in (0, 10]");
        const auto names = redes::optimizer_names();
        std::string known;
        for (const auto& n : names) known += (known.empty() ? "" : ", ") + n;
        require(std::find(names.begin(), names.end(), optimizer) != names.end(), "optimizer",
                optimizer, "one of " + known);
        const auto acts = redes::Activation::names();
        require(std::find(acts.begin(), acts.end(), activation) != acts.end(), "activation",
                activation, "an activation name (relu, tanh, sigmoid, abs, leaky_relu, identity)");
        const redes::Activation sigma = redes::Activation::from_name(activation);

        // ---- 1. symmetry: zero weights against random ones ---------------------------------------
        {
            // y = sin(πu) + 0.5u on M = 64 points u ∈ [−1, 1]; net 1 → 8 tanh → 1
            const std::size_t M = 64, N1 = 8;
            const std::size_t E = ctx.quick ? 20 : static_cast<std::size_t>(symmetry_epochs);
            Matrix X(1, M), Y(1, M);
            for (std::size_t m = 0; m < M; ++m) {
                X(0, m) = -1.0 + 2.0 * static_cast<double>(m) / static_cast<double>(M - 1);
                Y(0, m) = std::sin(3.14159265358979 * X(0, m)) + 0.5 * X(0, m);
            }
            struct Start {
                std::string label;
                init::WeightInit w;
                std::string colour;
                MLP net;
            };
            std::vector<Start> starts{{"W_0 = 0", init::WeightInit::zero(), "#d62728", {}},
                                      {"[W_0]_{ij} ∼ N(0, " + fmt(scale) + "²)",
                                       init::WeightInit::normal(scale),
                                       "#1f77b4",
                                       {}}};
            std::cout << "1. symmetry: y = sin(πu) + u/2 on " << M << " points, net 1 → " << N1
                      << " tanh → 1, b_0 = " << fmt(bias) << ", " << optimizer
                      << " η = " << fmt(eta) << ", M′ = 8, " << E << " epochs\n";
            for (auto& s : starts) {
                MLP net({1, N1, 1}, redes::Activation::tanh(), redes::Activation::identity());
                redes::Rng rng(ctx.seed);
                init::initialize(net, s.w, bias, rng);
                const redes::MLPObjective R(net, redes::Cost::quadratic(), X, Y);
                Vector theta = net.parameters();
                redes::Rng shuffle(ctx.seed + 1);
                const auto h = redes::sgd(R, theta, *redes::make_optimizer(optimizer, eta), shuffle,
                                          options(E, 8));
                s.net = R.net(theta);
                std::cout << "  " << s.label << ": R̂ " << fmt(h.epoch_train_risk.front()) << " → "
                          << fmt(h.epoch_train_risk.back())
                          << "; units differ by max_i ‖[W₁|b₁]_i − [W₁|b₁]_0‖∞ = "
                          << fmt(redes::max_row_difference(weights_and_bias(s.net, 1)), "%.3g")
                          << ", W₂'s entries by "
                          << fmt(redes::max_row_difference(redes::transpose(s.net.W(2))), "%.3g")
                          << "; ‖W₁‖_F = " << fmt(redes::frobenius_norm(s.net.W(1))) << "\n";
            }
            auto f_units =
                ctx.figure("symmetry_units",
                           "Hidden units x_{1i}(u) = tanh(w_i u + b_i) after training: W_0 = 0 "
                           "keeps all " +
                               std::to_string(N1) + " the same");
            auto f_fit =
                ctx.figure("symmetry_fit",
                           "The networks f(u) after training, from W_0 = 0 and from random W_0");
            f_units.xlabel("input u")
                .ylabel("x_{1i}(u), i = 1 … " + std::to_string(N1))
                .legend("bottom right");
            f_fit.xlabel("input u").ylabel("y").legend("bottom right");
            std::vector<double> u(M), y(M);
            for (std::size_t m = 0; m < M; ++m) {
                u[m] = X(0, m);
                y[m] = Y(0, m);
            }
            f_fit.points("samples y_m", u, y, "points pt 7 ps 0.6 lc rgb 'black'");
            for (const auto& s : starts) {
                const redes::BatchForward fw = redes::batch_forward(s.net, X);
                for (std::size_t i = 0; i < N1; ++i) {
                    std::vector<double> xi(M);
                    for (std::size_t m = 0; m < M; ++m) xi[m] = fw.X[1](i, m);
                    f_units.line(i == 0 ? s.label + " (all " + std::to_string(N1) + " units)" : "",
                                 u, xi,
                                 "lines lw " + std::string(s.colour == "#d62728" ? "4" : "2") +
                                     " lc rgb '" + s.colour + "'");
                }
                std::vector<double> f(M);
                for (std::size_t m = 0; m < M; ++m) f[m] = fw.X[2](0, m);
                f_fit.line("f(u) from " + s.label, u, f, "lines lw 2 lc rgb '" + s.colour + "'");
            }
            ctx.save(f_units);
            ctx.save(f_fit);
        }

        // ---- the digits, x = pixel/16 ∈ [0, 1] ------------------------------------------------------
        const auto split =
            redes::data::stratified_split(redes::data::load_digits(), 0.75, 0.25, ctx.seed);
        auto train = split.train.head(ctx.quick ? 100 : 500),
             val = split.validation.head(ctx.quick ? 50 : 300);
        train.X /= 16.0;
        val.X /= 16.0;
        const std::size_t N1 =
            ctx.quick ? std::min<std::size_t>(8, hidden) : static_cast<std::size_t>(hidden);
        const std::size_t Mp =
            std::min<std::size_t>(static_cast<std::size_t>(batch_size), train.M());
        const std::size_t S = ctx.quick ? 1 : static_cast<std::size_t>(seeds);

        // ---- 2. risk after K epochs against the scale s ------------------------------------------
        {
            const std::size_t E = ctx.quick ? 1 : static_cast<std::size_t>(epochs);
            const std::size_t P = ctx.quick ? 4 : static_cast<std::size_t>(points);
            const std::vector<double> ss = logspace(scale_min, scale_max, P);
            std::cout << "2. scale: digits, M = " << train.M() << " (validation " << val.M()
                      << "), net 64 → " << N1 << " → " << N1 << " " << activation
                      << " → 10, [W_0]_ij ~ N(0, s²), b_0 = 0, " << optimizer << " η = " << fmt(eta)
                      << ", M′ = " << Mp << ", K = " << E << " epochs, " << S << " runs per s\n";
            std::cout << "        s   R̂ train (θ_0 → θ_K)        R̂ validation\n";
            std::vector<double> xs, tr, tr_se, va, r0;
            double best_s = 0.0, best = 1e300;
            for (double s : ss) {
                double sum_t = 0.0, sum_t2 = 0.0, sum_v = 0.0, sum_0 = 0.0;
                std::size_t ok = 0;
                for (std::size_t run = 0; run < S; ++run) {
                    MLP net({64, N1, N1, 10}, sigma, redes::Activation::identity());
                    redes::Rng rng(ctx.seed + 10 * run);
                    init::initialize(net, init::WeightInit::normal(s), 0.0, rng);
                    const redes::MLPObjective R(net, redes::Cost::quadratic(), train.X, train.Y);
                    const redes::MLPObjective R_val(net, redes::Cost::quadratic(), val.X, val.Y);
                    Vector theta = net.parameters();
                    redes::Rng shuffle(ctx.seed + 10 * run + 1);
                    try {
                        const auto h = redes::sgd(R, theta, *redes::make_optimizer(optimizer, eta),
                                                  shuffle, options(E, Mp));
                        const double t = h.epoch_train_risk.back();
                        sum_t += t;
                        sum_t2 += t * t;
                        sum_v += R_val.empirical_risk(theta);
                        sum_0 += h.epoch_train_risk.front();
                        ++ok;
                    } catch (const redes::DivergenceError&) {
                        // too large a start: the risk overflows; reported below, not drawn
                    }
                }
                char line[160];
                if (ok == 0) {
                    std::snprintf(line, sizeof line,
                                  "  %7.3g   diverged in every run (R̂ overflowed)\n", s);
                    std::cout << line;
                    continue;
                }
                const double n = static_cast<double>(ok), mt = sum_t / n;
                const double sd =
                    ok > 1 ? std::sqrt(std::max(0.0, (sum_t2 - n * mt * mt) / (n - 1.0))) : 0.0;
                xs.push_back(s);
                tr.push_back(mt);
                tr_se.push_back(sd / std::sqrt(n));
                va.push_back(sum_v / n);
                r0.push_back(sum_0 / n);
                if (mt < best) best = mt, best_s = s;
                std::snprintf(line, sizeof line, "  %7.3g   %9.4g → %-9.4g      %9.4g%s%s\n", s,
                              sum_0 / n, mt, sum_v / n, mt > sum_0 / n ? "   blew up: R̂ grew" : "",
                              ok < S ? "  (some runs diverged)" : "");
                std::cout << line;
            }
            // predicting the mean one-hot vector (a net that learned nothing): R̂ = Σ_k p_k(1 − p_k)
            double nothing = 0.0;
            for (std::size_t c : train.class_counts()) {
                const double pk = static_cast<double>(c) / static_cast<double>(train.M());
                nothing += pk * (1.0 - pk);
            }
            std::cout << "  lowest training risk at s = " << fmt(best_s, "%.3g")
                      << "; 1/√N_{ℓ−1} = 1/√64 = 0.125 and 1/√" << N1 << " = "
                      << fmt(1.0 / std::sqrt(static_cast<double>(N1)), "%.3g")
                      << "; predicting the class frequencies gives R̂ = " << fmt(nothing) << "\n";
            auto f = ctx.figure("scale_sweep", "Risk after K = " + std::to_string(E) +
                                                   " epochs against the scale s of "
                                                   "[W_0]_{ij} ∼ N(0, s²) (" +
                                                   activation + " net)");
            // the runs that blew up reach R̂ ~ 10⁵⁰: keep the axis on the others, those leave through the top
            f.xlabel("initial scale s")
                .ylabel("R̂")
                .logx()
                .logy()
                .yrange(0.3, 100)
                .legend("top left");
            f.line("R̂(θ_0), before training", xs, r0, "lines lw 1 dashtype 3 lc rgb '#7f7f7f'")
                .errorbars("R̂ training, after K epochs (± s.e. over runs)", xs, tr, tr_se,
                           "yerrorbars pt 7 ps 0.8 lc rgb '#1f77b4'")
                .line("", xs, tr, "lines lw 2 lc rgb '#1f77b4'")
                .line("R̂ validation, after K epochs", xs, va,
                      "linespoints lw 2 dashtype 2 pt 6 lc rgb '#ff7f0e'")
                .line("a net that learned nothing (class frequencies)",
                      std::vector<double>{xs.front(), xs.back()},
                      std::vector<double>{nothing, nothing}, "lines lw 1 dashtype 2 lc rgb 'black'")
                .raw(
                    "set arrow from 0.125, graph 0 to 0.125, graph 1 nohead dashtype 3 lc rgb '#2ca02c'")
                .raw("set label '1/√64' at 0.125, graph 0.05 offset 0.5,0 tc rgb '#2ca02c'");
            ctx.save(f);
        }

        // ---- 3. the spread of x_ℓ through a deep net -------------------------------------------
        {
            const std::size_t Ld = ctx.quick ? 4 : static_cast<std::size_t>(depth);
            const std::size_t N = ctx.quick ? 16 : static_cast<std::size_t>(width);
            const std::vector<double> gains{0.5, 1.0, std::sqrt(2.0), 2.0, 3.0};
            const char* colours[] = {"#1f77b4", "#2ca02c", "#d62728", "#ff7f0e", "#9467bd"};
            std::cout << "3. depth: " << Ld << " hidden layers of " << N
                      << " units, b_0 = 0, [W_0]_ij ~ N(0, s²) with "
                      << "s = g/√N_{ℓ−1}, the " << train.M()
                      << " training digits as x_0; std of x_ℓ (all units, all samples):\n";
            std::vector<std::size_t> widths{64};
            for (std::size_t ell = 0; ell < Ld; ++ell) widths.push_back(N);
            const double x0_std = redes::entry_std(train.X);
            double q0 = 0.0;  // (1/(N₀M)) Σ x_0² , the second moment of the input
            for (std::size_t k = 0; k < train.X.size(); ++k)
                q0 += train.X.data()[k] * train.X.data()[k];
            q0 /= static_cast<double>(train.X.size());
            for (const char* act : {"relu", "tanh"}) {
                auto f = ctx.figure(std::string("spread_") + act,
                                    std::string("Spread of the activations through depth, ") + act +
                                        " layers, s = g/√N_{ℓ−1}");
                f.xlabel("layer ℓ (0 = the input)")
                    .ylabel("std of x_ℓ over units and samples")
                    .logy()
                    .legend("bottom left");
                std::cout << "  " << act << ":";
                for (std::size_t gi = 0; gi < gains.size(); ++gi) {
                    const double g = gains[gi];
                    MLP net(widths, redes::Activation::from_name(act),
                            redes::Activation::from_name(act));
                    redes::Rng rng(ctx.seed + 20);
                    init::initialize(net, init::WeightInit::normal_fan_in(g), 0.0, rng);
                    const redes::BatchForward fw = redes::batch_forward(net, train.X);
                    std::vector<double> ell_x, spread, predicted_x, predicted;
                    for (std::size_t ell = 0; ell <= Ld; ++ell) {
                        ell_x.push_back(static_cast<double>(ell));
                        spread.push_back(ell == 0 ? x0_std : redes::entry_std(fw.X[ell]));
                        if (ell >= 1) {
                            // ReLU, b = 0: E[x_ℓ²] = (g²/2) E[x_{ℓ−1}²], and std = √(1 − 1/π)·RMS for a
                            // rectified zero-mean Gaussian z
                            predicted_x.push_back(static_cast<double>(ell));
                            predicted.push_back(
                                std::sqrt(1.0 - 1.0 / 3.14159265358979) * std::sqrt(q0) *
                                std::pow(g / std::sqrt(2.0), static_cast<double>(ell)));
                        }
                    }
                    const std::string gname = gi == 2 ? "√2" : fmt(g, "%.3g");
                    f.line("g = " + gname, ell_x, spread,
                           std::string("linespoints lw 2 pt 7 lc rgb '") + colours[gi] + "'");
                    if (std::string(act) == "relu")
                        f.line(gi == 0 ? "√(1 − 1/π)·√E[x_0²]·(g/√2)^ℓ (wide-layer theory)" : "",
                               predicted_x, predicted,
                               std::string("lines lw 1 dashtype 2 lc rgb '") + colours[gi] + "'");
                    std::cout << "  g = " << gname << ": " << fmt(spread[1], "%.3g") << " → "
                              << fmt(spread.back(), "%.3g");
                }
                std::cout << "  (layer 1 → " << Ld << ")\n";
                ctx.save(f);
            }
        }

        // ---- 4. dead ReLUs with b_0 = 0 and b_0 > 0 ----------------------------------------------
        {
            // (a) at initialisation, layer by layer in the deep ReLU net of part 3 (g = √2, He)
            const std::size_t Ld = ctx.quick ? 4 : static_cast<std::size_t>(depth);
            const std::size_t N = ctx.quick ? 16 : static_cast<std::size_t>(width);
            const std::size_t draws = ctx.quick ? 2 : 10;
            std::vector<std::size_t> widths{64};
            for (std::size_t ell = 0; ell < Ld; ++ell) widths.push_back(N);
            std::cout << "4. dead ReLUs (z ≤ 0 on every one of the " << train.M()
                      << " training samples):\n"
                      << "  at initialisation, " << Ld << " ReLU layers of " << N
                      << ", [W_0]_ij ~ N(0, 2/N_{ℓ−1}) (He), mean over " << draws
                      << " draws of θ_0; dead units in layer ℓ = 1 … " << Ld
                      << " and the mean fraction of samples "
                      << "that activate a unit:\n";
            auto f0 =
                ctx.figure("dead_at_init", "Dead ReLU units at initialisation, layer by layer (" +
                                               std::to_string(N) +
                                               " units each, He scale), b_0 = 0 against b_0 > 0");
            f0.xlabel("layer ℓ")
                .ylabel("dead units in layer ℓ (mean over " + std::to_string(draws) + " draws)")
                .legend("top left");
            for (double b0 : {0.0, bias}) {
                std::vector<double> ell_x, dead(Ld, 0.0), active(Ld, 0.0);
                for (std::size_t r = 0; r < draws; ++r) {
                    MLP net(widths, redes::Activation::relu(), redes::Activation::relu());
                    redes::Rng rng(ctx.seed + 50 + r);  // the same W for both b_0
                    init::initialize(net, init::WeightInit::normal_fan_in(std::sqrt(2.0)), b0, rng);
                    const redes::BatchForward fw = redes::batch_forward(net, train.X);
                    for (std::size_t ell = 1; ell <= Ld; ++ell) {
                        dead[ell - 1] += static_cast<double>(redes::count_dead_units(fw.Z[ell])) /
                                         static_cast<double>(draws);
                        const auto a = redes::active_fraction(fw.Z[ell]);
                        double m = 0.0;
                        for (double v : a) m += v;
                        active[ell - 1] +=
                            m / static_cast<double>(a.size()) / static_cast<double>(draws);
                    }
                }
                for (std::size_t ell = 1; ell <= Ld; ++ell)
                    ell_x.push_back(static_cast<double>(ell));
                f0.line("b_0 = " + fmt(b0), ell_x, dead,
                        std::string("linespoints lw 2 pt 7 lc rgb '") +
                            (b0 == 0.0 ? "#d62728" : "#2ca02c") + "'");
                std::cout << "    b_0 = " << fmt(b0) << ": dead";
                for (double d : dead) std::cout << " " << fmt(d, "%.2f");
                std::cout << "; active fraction " << fmt(active.front(), "%.3f") << " (layer 1) … "
                          << fmt(active.back(), "%.3f") << " (layer " << Ld << ")\n";
            }
            ctx.save(f0);

            // (b) during training of the two-hidden-layer digits net
            const std::size_t E = ctx.quick ? 2 : static_cast<std::size_t>(epochs) * 2;
            const std::size_t runs = ctx.quick ? 1 : static_cast<std::size_t>(dead_runs);
            std::cout << "  during training: net 64 → " << N1 << " → " << N1
                      << " relu → 10 (He, output bias 0), " << optimizer << " η = " << fmt(dead_eta)
                      << ", M′ = " << Mp << ", " << E << " epochs, mean over " << runs
                      << " runs; dead of the " << 2 * N1 << " hidden units:\n";
            auto f = ctx.figure(
                "dead_units",
                "Dead ReLU units while training (z ≤ 0 on every training sample), b_0 = 0 "
                "against b_0 > 0");
            f.xlabel("epoch (0 = at initialisation)")
                .ylabel("dead hidden units (of " + std::to_string(2 * N1) + ")")
                .legend("top left");
            double most = 1.0;
            for (double b0 : {0.0, bias}) {
                std::vector<double> mean(E + 1, 0.0);
                double risk0 = 0.0, grad0 = 0.0, riskK = 0.0;
                std::size_t diverged = 0;
                for (std::size_t run = 0; run < runs; ++run) {
                    MLP net({64, N1, N1, 10}, redes::Activation::relu(),
                            redes::Activation::identity());
                    redes::Rng rng(ctx.seed + 30 + run);  // the same W for both b_0
                    init::initialize(net, init::WeightInit::normal_fan_in(std::sqrt(2.0)), b0, rng);
                    // b_0 > 0 is for the ReLU units; the output is linear: b_L = suggested_bias(identity) = 0
                    init::constant(net.b(net.L()), init::suggested_bias(net.sigma(net.L())));
                    const redes::MLPObjective R(net, redes::Cost::quadratic(), train.X, train.Y);
                    Vector theta = net.parameters();
                    risk0 += R.empirical_risk(theta) / static_cast<double>(runs);
                    grad0 += redes::norm(R.full_gradient(theta)) / static_cast<double>(runs);
                    std::vector<double> dead(E + 1,
                                             static_cast<double>(dead_hidden_units(net, train.X)));
                    auto o = options(E, Mp);
                    o.on_epoch = [&](std::size_t e, const Vector& th) {
                        dead[e] = static_cast<double>(dead_hidden_units(R.net(th), train.X));
                    };
                    redes::Rng shuffle(ctx.seed + 40 + run);
                    try {
                        redes::sgd(R, theta, *redes::make_optimizer(optimizer, dead_eta), shuffle,
                                   o);
                        riskK += R.empirical_risk(theta) / static_cast<double>(runs);
                    } catch (const redes::DivergenceError&) {
                        ++diverged;  // the epochs not reached keep the last count
                        for (std::size_t e = 1; e <= E; ++e)
                            dead[e] = std::max(dead[e], dead[e - 1]);
                    }
                    for (std::size_t e = 0; e <= E; ++e)
                        mean[e] += dead[e] / static_cast<double>(runs);
                }
                std::vector<double> ep(E + 1);
                for (std::size_t e = 0; e <= E; ++e) ep[e] = static_cast<double>(e);
                f.line("b_0 = " + fmt(b0), ep, mean,
                       std::string("linespoints lw 2 pt 7 lc rgb '") +
                           (b0 == 0.0 ? "#d62728" : "#2ca02c") + "'");
                most = std::max(most, *std::max_element(mean.begin(), mean.end()));
                std::cout << "    b_0 = " << fmt(b0) << ": dead at θ_0 " << fmt(mean[0], "%.2f")
                          << ", after 1 epoch " << fmt(mean[1], "%.2f") << ", after " << E
                          << " epochs " << fmt(mean[E], "%.2f") << "; at θ_0 R̂ = " << fmt(risk0)
                          << ", ‖∇R̂‖ = " << fmt(grad0);
                if (diverged == 0) std::cout << "; R̂ after training " << fmt(riskK);
                else std::cout << "; " << diverged << " run(s) diverged";
                std::cout << "\n";
            }
            f.yrange(0.0, std::ceil(1.2 * most));
            ctx.save(f);
        }
    });
}
