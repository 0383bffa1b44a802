// 4. distribution against scale: "la distribución no parece afectar mucho, pero la escala sí".
// The digits sweep of experiment 2 twice: [W_0]_ij ~ N(0, s²) and ~ U[−√3 s, √3 s), both with
// variance s². If the distribution mattered little, the two curves lie on each other while each
// changes a lot with s.
#include <cmath>
#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

#include "redes/app/format.hpp"
#include "redes/error.hpp"
#include "redes/init/initializer.hpp"
#include "redes/optim/make_optimizer.hpp"
#include "redes/optim/mlp_objective.hpp"
#include "redes/optim/sgd.hpp"
#include "sections.hpp"

namespace ch17 {

using redes::MLP;
using redes::Vector;
using redes::app::fmt;
namespace init = redes::init;

DistributionResult distribution(const redes::app::Context& ctx, const Settings& st,
                                const Digits& d) {
    const redes::Activation sigma = redes::Activation::from_name(st.activation);
    const std::size_t E = ctx.quick ? 1 : static_cast<std::size_t>(st.epochs);
    const std::size_t P = ctx.quick ? 4 : static_cast<std::size_t>(st.points);
    DistributionResult out;
    out.s = logspace(st.scale_min, st.scale_max, P);
    std::cout << "5. distribution: the digits sweep with [W_0]_ij ~ N(0, s²) and ~ U[−√3·s, √3·s) "
                 "(the same variance s²), "
              << d.S << " runs per s; R̂ after K = " << E
              << " epochs, mean ± standard error over the runs\n"
              << "        s        normal               uniform\n";
    const double root3 = std::sqrt(3.0);
    for (double s : out.s) {
        double mean[2] = {0.0, 0.0}, se[2] = {0.0, 0.0};
        bool diverged[2] = {false, false};
        for (int k = 0; k < 2; ++k) {
            const init::WeightInit w =
                k == 0 ? init::WeightInit::normal(s) : init::WeightInit::uniform(root3 * s);
            double sum = 0.0, sum2 = 0.0;
            for (std::size_t run = 0; run < d.S; ++run) {
                MLP net({64, d.N1, d.N1, 10}, sigma, redes::Activation::identity());
                redes::Rng rng(ctx.seed + 10 * run);  // the sweep's draws for the normal start
                init::initialize(net, w, 0.0, rng);
                const redes::MLPObjective R(net, redes::Cost::quadratic(), d.train.X, d.train.Y);
                Vector theta = net.parameters();
                redes::Rng shuffle(ctx.seed + 10 * run + 1);
                double r = HUGE_VAL;  // overflowed, unless training returns
                try {
                    const auto h =
                        redes::sgd(R, theta, *redes::make_optimizer(st.optimizer, st.eta), shuffle,
                                   quiet(E, d.Mp));
                    r = h.epoch_train_risk.back();
                    // blew up: R̂ grew in training (as in the sweep); no mean is meaningful then
                    if (r > h.epoch_train_risk.front()) diverged[k] = true;
                } catch (const redes::DivergenceError&) {
                    diverged[k] = true;
                }
                sum += r;
                sum2 += r * r;
            }
            const double n = static_cast<double>(d.S);
            mean[k] = sum / n;
            se[k] = d.S > 1
                        ? std::sqrt(std::max(0.0, (sum2 - n * mean[k] * mean[k]) / (n - 1.0)) / n)
                        : 0.0;
        }
        out.normal.push_back(diverged[0] ? HUGE_VAL : mean[0]);
        out.uniform.push_back(diverged[1] ? HUGE_VAL : mean[1]);
        out.normal_se.push_back(se[0]);
        out.uniform_se.push_back(se[1]);
        char line[200];
        if (diverged[0] || diverged[1])
            std::snprintf(line, sizeof line, "  %7.3g   %-20s %s\n", s,
                          diverged[0] ? "blew up" : fmt(mean[0]).c_str(),
                          diverged[1] ? "blew up" : fmt(mean[1]).c_str());
        else
            std::snprintf(line, sizeof line, "  %7.3g   %8.4g ± %-8.2g   %8.4g ± %-8.2g\n", s,
                          mean[0], se[0], mean[1], se[1]);
        std::cout << line;
    }
    // the two effects side by side: across distributions at the same s, across s
    double across_dist = 0.0, lo = HUGE_VAL, hi = 0.0;
    for (std::size_t i = 0; i < out.s.size(); ++i) {
        if (!std::isfinite(out.normal[i]) || !std::isfinite(out.uniform[i])) continue;
        across_dist = std::max(across_dist, std::fabs(out.normal[i] - out.uniform[i]));
        lo = std::min({lo, out.normal[i], out.uniform[i]});
        hi = std::max({hi, out.normal[i], out.uniform[i]});
    }
    out.largest_gap = across_dist;
    out.range = hi - lo;
    std::cout << "  largest |R̂ normal − R̂ uniform| at the same s: " << fmt(across_dist, "%.3g")
              << "; R̂ across s (runs that trained): " << fmt(lo) << " … " << fmt(hi) << "\n";

    auto f = ctx.figure("distribution",
                        "Distribution against scale: normal and uniform W_0 "
                        "with the same variance s², risk after K = " +
                            std::to_string(E) + " epochs");
    f.xlabel("initial scale s (standard deviation of [W_0]_{ij})")
        .ylabel("R̂ training after K epochs")
        .logx()
        .logy()
        .yrange(0.3, 3)
        .legend("top left");
    const char* colour[] = {"#1f77b4", "#ff7f0e"};
    const char* label[] = {"normal N(0, s²)", "uniform U[−√3 s, √3 s)"};
    for (int k = 0; k < 2; ++k) {
        std::vector<double> x, y, e, xb;
        const auto& m = k == 0 ? out.normal : out.uniform;
        const auto& se = k == 0 ? out.normal_se : out.uniform_se;
        for (std::size_t i = 0; i < out.s.size(); ++i) {
            if (std::isfinite(m[i])) {
                x.push_back(out.s[i]);
                y.push_back(m[i]);
                e.push_back(se[i]);
            } else {
                xb.push_back(out.s[i]);
            }
        }
        f.errorbars(label[k] + std::string(" (± s.e.)"), x, y, e,
                    std::string("yerrorbars pt ") + (k == 0 ? "7" : "5") + " ps 1 lc rgb '" +
                        colour[k] + "'")
            .line("", x, y, std::string("lines lw 2 lc rgb '") + colour[k] + "'");
        if (!xb.empty())  // blown up: drawn at the top edge
            f.points(std::string(label[k]) + ": blew up", xb, std::vector<double>(xb.size(), 2.7),
                     std::string("points pt ") + (k == 0 ? "2" : "1") + " ps 2 lw 2 lc rgb '" +
                         colour[k] + "'");
    }
    ctx.save(f);
    return out;
}

}  // namespace ch17
