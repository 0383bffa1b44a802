// 2. scale: risk after K epochs on the digits against the scale s of [W_0]_ij ~ N(0, s²).
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

#include "redes/app/format.hpp"
#include "redes/backprop/efficient.hpp"
#include "redes/error.hpp"
#include "redes/init/initializer.hpp"
#include "redes/optim/make_optimizer.hpp"
#include "redes/optim/mlp_objective.hpp"
#include "redes/optim/sgd.hpp"
#include "redes/stats/unit_stats.hpp"
#include "sections.hpp"

namespace ch17 {

using redes::MLP;
using redes::Vector;
using redes::app::fmt;
namespace init = redes::init;

void scale_sweep(const redes::app::Context& ctx, const Settings& st, const Digits& d) {
    const redes::Activation sigma = redes::Activation::from_name(st.activation);
    const std::size_t E = ctx.quick ? 1 : static_cast<std::size_t>(st.epochs);
    const std::size_t P = ctx.quick ? 4 : static_cast<std::size_t>(st.points);
    const std::vector<double> ss = logspace(st.scale_min, st.scale_max, P);
    std::cout << "3. scale: digits, M = " << d.train.M() << " (validation " << d.val.M()
              << "), net 64 → " << d.N1 << " → " << d.N1 << " " << st.activation
              << " → 10, [W_0]_ij ~ N(0, s²), b_0 = 0, " << st.optimizer << " η = " << fmt(st.eta)
              << ", M′ = " << d.Mp << ", K = " << E << " epochs, " << d.S << " runs per s\n";
    std::cout << "        s   R̂ train (θ_0 → θ_K)        R̂ validation\n";
    std::vector<double> xs, tr, tr_se, va, r0;  // the s whose runs trained (R̂ did not grow)
    std::vector<double> xs0, r0_all, blown;     // every s with R̂(θ_0); the s that blew up
    double best_s = 0.0, best = 1e300;
    for (double s : ss) {
        double sum_t = 0.0, sum_t2 = 0.0, sum_v = 0.0, sum_0 = 0.0;
        std::size_t ok = 0;
        for (std::size_t run = 0; run < d.S; ++run) {
            MLP net({64, d.N1, d.N1, 10}, sigma, redes::Activation::identity());
            redes::Rng rng(ctx.seed + 10 * run);
            init::initialize(net, init::WeightInit::normal(s), 0.0, rng);
            const redes::MLPObjective R(net, redes::Cost::quadratic(), d.train.X, d.train.Y);
            const redes::MLPObjective R_val(net, redes::Cost::quadratic(), d.val.X, d.val.Y);
            Vector theta = net.parameters();
            redes::Rng shuffle(ctx.seed + 10 * run + 1);
            try {
                const auto h = redes::sgd(R, theta, *redes::make_optimizer(st.optimizer, st.eta),
                                          shuffle, quiet(E, d.Mp));
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
            std::snprintf(line, sizeof line, "  %7.3g   diverged in every run (R̂ overflowed)\n", s);
            std::cout << line;
            blown.push_back(s);
            continue;
        }
        const double n = static_cast<double>(ok), mt = sum_t / n;
        const double sd =
            ok > 1 ? std::sqrt(std::max(0.0, (sum_t2 - n * mt * mt) / (n - 1.0))) : 0.0;
        xs0.push_back(s);
        r0_all.push_back(sum_0 / n);
        if (mt > sum_0 / n || ok < d.S) {
            blown.push_back(s);
        } else {
            xs.push_back(s);
            tr.push_back(mt);
            tr_se.push_back(sd / std::sqrt(n));
            va.push_back(sum_v / n);
        }
        if (mt < best) best = mt, best_s = s;
        std::snprintf(line, sizeof line, "  %7.3g   %9.4g → %-9.4g      %9.4g%s%s\n", s, sum_0 / n,
                      mt, sum_v / n, mt > sum_0 / n ? "   blew up: R̂ grew" : "",
                      ok < d.S ? "  (some runs diverged)" : "");
        std::cout << line;
    }
    // predicting the mean one-hot vector (a net that learned nothing)
    const double nothing = learned_nothing_risk(d.train);
    std::cout << "  lowest training risk at s = " << fmt(best_s, "%.3g")
              << "; 1/√N_{ℓ−1} = 1/√64 = 0.125 and 1/√" << d.N1 << " = "
              << fmt(1.0 / std::sqrt(static_cast<double>(d.N1)), "%.3g")
              << "; predicting the class frequencies gives R̂ = " << fmt(nothing) << "\n";
    auto f = ctx.figure("scale_sweep", "Risk after K = " + std::to_string(E) +
                                           " epochs against the scale s of "
                                           "[W_0]_{ij} ∼ N(0, s²) (" +
                                           st.activation + " net)");
    // the runs that blew up reach R̂ ~ 10⁵⁰: they are marked at the top edge, off the scale
    f.xlabel("initial scale s").ylabel("R̂").logx().logy().yrange(0.3, 1000).legend("top left");
    f.line("R̂(θ_0), before training", xs0, r0_all, "lines lw 1 dashtype 3 lc rgb '#7f7f7f'")
        .errorbars("R̂ training, after K epochs (± s.e. over " + std::to_string(d.S) + " runs)", xs,
                   tr, tr_se, "yerrorbars pt 7 ps 0.8 lc rgb '#1f77b4'")
        .line("", xs, tr, "lines lw 2 lc rgb '#1f77b4'")
        .line("R̂ validation, after K epochs", xs, va,
              "linespoints lw 2 dashtype 2 pt 6 lc rgb '#ff7f0e'")
        .line("a net that learned nothing (class frequencies)",
              std::vector<double>{ss.front(), ss.back()}, std::vector<double>{nothing, nothing},
              "lines lw 1 dashtype 2 lc rgb 'black'");
    if (!blown.empty())
        f.points("blew up: R̂ grew in training (off the scale)", blown,
                 std::vector<double>(blown.size(), 500.0),
                 "points pt 2 ps 2 lw 3 lc rgb '#d62728'");
    f.raw("set arrow from 0.125, graph 0 to 0.125, graph 1 nohead dashtype 3 lc rgb '#2ca02c'")
        .raw("set label '1/√64' at 0.125, graph 0.05 offset 0.5,0 tc rgb '#2ca02c'");
    ctx.save(f);
}

}  // namespace ch17
