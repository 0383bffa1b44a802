// 3. depth: the spread (std) of x_ℓ layer after layer in a deep net for several gains g.
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
using redes::app::fmt;
namespace init = redes::init;

void spread(const redes::app::Context& ctx, const Settings& st, const Digits& d) {
    const std::size_t Ld = ctx.quick ? 4 : static_cast<std::size_t>(st.depth);
    const std::size_t N = ctx.quick ? 16 : static_cast<std::size_t>(st.width);
    const std::vector<double> gains{0.5, 1.0, std::sqrt(2.0), 2.0, 3.0};
    const char* colours[] = {"#1f77b4", "#2ca02c", "#d62728", "#ff7f0e", "#9467bd"};
    std::cout << "6. depth: " << Ld << " hidden layers of " << N
              << " units, b_0 = 0, [W_0]_ij ~ N(0, s²) with "
              << "s = g/√N_{ℓ−1}, the " << d.train.M()
              << " training digits as x_0; std of x_ℓ (all units, all samples):\n";
    std::vector<std::size_t> widths{64};
    for (std::size_t ell = 0; ell < Ld; ++ell) widths.push_back(N);
    const double x0_std = redes::entry_std(d.train.X);
    double q0 = 0.0;  // (1/(N₀M)) Σ x_0² , the second moment of the input
    for (std::size_t k = 0; k < d.train.X.size(); ++k)
        q0 += d.train.X.data()[k] * d.train.X.data()[k];
    q0 /= static_cast<double>(d.train.X.size());
    for (const char* act : {"relu", "tanh"}) {
        auto f = ctx.figure(std::string("spread_") + act,
                            std::string("Spread of the activations through depth, ") + act +
                                " layers, s = g/√N_{ℓ−1}");
        f.xlabel("layer ℓ (0 = the input)")
            .ylabel("std of x_ℓ over units and samples")
            .logy()
            .legend("bottom left");
        // ReLU: room below the vanishing g = 0.5 curve for the legend, so that it covers no data
        if (std::string(act) == "relu") f.yrange(1e-9, 1e3);
        std::cout << "  " << act << ":";
        for (std::size_t gi = 0; gi < gains.size(); ++gi) {
            const double g = gains[gi];
            MLP net(widths, redes::Activation::from_name(act), redes::Activation::from_name(act));
            redes::Rng rng(ctx.seed + 20);
            init::initialize(net, init::WeightInit::normal_fan_in(g), 0.0, rng);
            const redes::BatchForward fw = redes::batch_forward(net, d.train.X);
            std::vector<double> ell_x, spread, predicted_x, predicted;
            for (std::size_t ell = 0; ell <= Ld; ++ell) {
                ell_x.push_back(static_cast<double>(ell));
                spread.push_back(ell == 0 ? x0_std : redes::entry_std(fw.X[ell]));
                if (ell >= 1) {
                    // ReLU, b = 0: E[x_ℓ²] = (g²/2) E[x_{ℓ−1}²], and std = √(1 − 1/π)·RMS for a
                    // rectified zero-mean Gaussian z
                    predicted_x.push_back(static_cast<double>(ell));
                    predicted.push_back(std::sqrt(1.0 - 1.0 / 3.14159265358979) * std::sqrt(q0) *
                                        std::pow(g / std::sqrt(2.0), static_cast<double>(ell)));
                }
            }
            const std::string gname = gi == 2 ? "√2" : fmt(g, "%.3g");
            f.line("g = " + gname, ell_x, spread,
                   std::string("linespoints lw 2 pt 7 lc rgb '") + colours[gi] + "'");
            if (std::string(act) == "relu")
                f.line(gi == 0 ? "dashed: √(1 − 1/π)·√E[x_0²]·(g/√2)^ℓ, wide-layer theory" : "",
                       predicted_x, predicted,
                       std::string("lines lw 1 dashtype 2 lc rgb '") + colours[gi] + "'");
            std::cout << "  g = " << gname << ": " << fmt(spread[1], "%.3g") << " → "
                      << fmt(spread.back(), "%.3g");
        }
        std::cout << "  (layer 1 → " << Ld << ")\n";
        ctx.save(f);
    }
}

}  // namespace ch17
