// 2. symmetry against scale: "valores grandes quiebran mejor la simetría". The 1-D regression of
// experiment 1 from [W_0]_ij ~ N(0, s²) for s from tiny to large: the units start differing by
// about s, and the gradient's differences between them are proportional to their differences,
// so a tiny s leaves them nearly equal for a long time, and the net fits like W_0 = 0.
#include <cmath>
#include <iostream>
#include <string>
#include <vector>

#include "redes/app/format.hpp"
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

SymmetryScaleResult symmetry_scale(const redes::app::Context& ctx, const Settings& st) {
    const Regression data = sine_regression();
    const std::size_t E = ctx.quick ? 20 : static_cast<std::size_t>(st.symmetry_epochs);
    SymmetryScaleResult out;
    out.s = ctx.quick ? std::vector<double>{1e-4, 1.0} : logspace(1e-4, 3.0, 10);
    // run r: R̂ after E epochs, and max_i ‖[W₁|b₁]_i − [W₁|b₁]_0‖∞ at the start and the end
    const std::size_t runs = ctx.quick ? 1 : 5;
    auto run = [&](const init::WeightInit& w, std::size_t r, double& spread0, double& spreadE) {
        MLP net({1, data.N1, 1}, redes::Activation::tanh(), redes::Activation::identity());
        redes::Rng rng(ctx.seed + 10 * r);
        init::initialize(net, w, st.bias, rng);
        spread0 = redes::max_row_difference(weights_and_bias(net, 1));
        const redes::MLPObjective R(net, redes::Cost::quadratic(), data.X, data.Y);
        Vector theta = net.parameters();
        redes::Rng shuffle(ctx.seed + 10 * r + 1);
        const auto h = redes::sgd(R, theta, *redes::make_optimizer(st.optimizer, st.eta), shuffle,
                                  quiet(E, 8));
        spreadE = redes::max_row_difference(weights_and_bias(R.net(theta), 1));
        return h.epoch_train_risk.back();
    };
    // mean and standard error over the runs
    auto mean_se = [&](const init::WeightInit& w, double& se, double& d0, double& dE) {
        std::vector<double> m{0.0}, m2{0.0};
        d0 = dE = 0.0;
        for (std::size_t r = 0; r < runs; ++r) {
            double a = 0.0, b = 0.0;
            const double risk = run(w, r, a, b);
            m[0] += risk / static_cast<double>(runs);
            m2[0] += risk * risk;
            d0 += a / static_cast<double>(runs);
            dE += b / static_cast<double>(runs);
        }
        se = standard_errors(m, m2, runs)[0];
        return m[0];
    };
    double d0 = 0.0, dE = 0.0;
    out.zero_risk = mean_se(init::WeightInit::zero(), out.zero_se, d0, dE);
    std::cout << "2. symmetry against scale: the same regression, [W_0]_ij ~ N(0, s²), b_0 = "
              << fmt(st.bias) << ", " << E << " epochs, mean over " << runs
              << " runs (draws of W_0 and shuffles); W_0 = 0 ends at R̂ = " << fmt(out.zero_risk)
              << "\n        s   units differ at θ_0 → after training   R̂ after training (± s.e.)\n";
    for (double s : out.s) {
        double se = 0.0;
        const double r = mean_se(init::WeightInit::normal(s), se, d0, dE);
        out.risk.push_back(r);
        out.risk_se.push_back(se);
        out.spread0.push_back(d0);
        out.spread.push_back(dE);
        char line[160];
        std::snprintf(line, sizeof line, "  %7.3g   %9.3g → %-9.3g                 %9.4g ± %.2g\n",
                      s, d0, dE, r, se);
        std::cout << line;
    }

    auto f = ctx.figure("symmetry_scale",
                        "Breaking the symmetry: risk after training against "
                        "the scale s of [W_0]_{ij} ∼ N(0, s²)");
    f.xlabel("initial scale s").ylabel("R̂ after training").logx().logy().legend("bottom left");
    f.errorbars("random W_0 with scale s (± s.e. over " + std::to_string(runs) + " runs)", out.s,
                out.risk, out.risk_se, "yerrorbars pt 7 lc rgb '#1f77b4'")
        .line("", out.s, out.risk, "lines lw 2 lc rgb '#1f77b4'")
        .line("W_0 = 0 (the units never differ)", std::vector<double>{out.s.front(), out.s.back()},
              std::vector<double>{out.zero_risk, out.zero_risk},
              "lines lw 2 dashtype 2 lc rgb '#d62728'");
    ctx.save(f);
    return out;
}

}  // namespace ch17
