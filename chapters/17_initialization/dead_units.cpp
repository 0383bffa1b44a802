// 4. dead ReLUs: units with z ≤ 0 on every training sample, b_0 = 0 against b_0 > 0.
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

namespace {

// The same draws of W with b_0 = bias and with b_0 = 0: the mean of the paired differences and
// its standard error, which removes the spread between draws that both share.
void print_paired_difference(const std::string& where, const std::vector<double>& with_bias,
                             const std::vector<double>& without, double bias) {
    const std::size_t n = with_bias.size();
    std::vector<double> mean{0.0}, sum2{0.0};
    for (std::size_t r = 0; r < n; ++r) {
        const double diff = with_bias[r] - without[r];
        mean[0] += diff / static_cast<double>(n);
        sum2[0] += diff * diff;
    }
    std::cout << "    dead units " << where << ", b_0 = " << fmt(bias)
              << " minus b_0 = 0 on the same W (paired, " << n << "): " << fmt(mean[0], "%+.2f")
              << " ± " << fmt(standard_errors(mean, sum2, n)[0], "%.2f") << "\n";
}

}  // namespace

void dead_units(const redes::app::Context& ctx, const Settings& st, const Digits& d) {
    // (a) at initialisation, layer by layer in the deep ReLU net of part 3 (g = √2, He)
    const std::size_t Ld = ctx.quick ? 4 : static_cast<std::size_t>(st.depth);
    const std::size_t N = ctx.quick ? 16 : static_cast<std::size_t>(st.width);
    const std::size_t draws = ctx.quick ? 2 : 10;
    std::vector<std::size_t> widths{64};
    for (std::size_t ell = 0; ell < Ld; ++ell) widths.push_back(N);
    std::cout << "7. dead ReLUs (z ≤ 0 on every one of the " << d.train.M()
              << " training samples):\n"
              << "  at initialisation, " << Ld << " ReLU layers of " << N
              << ", [W_0]_ij ~ N(0, 2/N_{ℓ−1}) (He), mean over " << draws
              << " draws of θ_0; dead units in layer ℓ = 1 … " << Ld
              << " and the mean fraction of samples "
              << "that activate a unit:\n";
    auto f0 = ctx.figure("dead_at_init", "Dead ReLU units at initialisation, layer by layer (" +
                                             std::to_string(N) +
                                             " units each, He scale), b_0 = 0 against b_0 > 0");
    f0.xlabel("layer ℓ")
        .ylabel("dead units in layer ℓ (mean over " + std::to_string(draws) + " draws)")
        .legend("top left")
        .xrange(0.5, static_cast<double>(Ld) + 0.5);
    std::vector<double> deepest[2];  // dead units in layer Ld, draw by draw, for b_0 = 0 and > 0
    for (double b0 : {0.0, st.bias}) {
        std::vector<double> ell_x, dead(Ld, 0.0), dead2(Ld, 0.0), active(Ld, 0.0);
        for (std::size_t r = 0; r < draws; ++r) {
            MLP net(widths, redes::Activation::relu(), redes::Activation::relu());
            redes::Rng rng(ctx.seed + 50 + r);  // the same W for both b_0
            init::initialize(net, init::WeightInit::normal_fan_in(std::sqrt(2.0)), b0, rng);
            const redes::BatchForward fw = redes::batch_forward(net, d.train.X);
            for (std::size_t ell = 1; ell <= Ld; ++ell) {
                const double n_dead = static_cast<double>(redes::count_dead_units(fw.Z[ell]));
                dead[ell - 1] += n_dead / static_cast<double>(draws);
                dead2[ell - 1] += n_dead * n_dead;
                if (ell == Ld) deepest[b0 == 0.0 ? 0 : 1].push_back(n_dead);
                const auto a = redes::active_fraction(fw.Z[ell]);
                double m = 0.0;
                for (double v : a) m += v;
                active[ell - 1] += m / static_cast<double>(a.size()) / static_cast<double>(draws);
            }
        }
        // b_0 > 0 drawn shifted by 0.1 to the right, so that the error bars do not overlap
        for (std::size_t ell = 1; ell <= Ld; ++ell)
            ell_x.push_back(static_cast<double>(ell) + (b0 == 0.0 ? 0.0 : 0.1));
        const std::string colour = b0 == 0.0 ? "#d62728" : "#2ca02c";
        f0.errorbars("b_0 = " + fmt(b0) + " (± s.e. over " + std::to_string(draws) + " draws)",
                     ell_x, dead, standard_errors(dead, dead2, draws),
                     "yerrorbars pt 7 lc rgb '" + colour + "'")
            .line("", ell_x, dead, "lines lw 2 lc rgb '" + colour + "'");
        std::cout << "    b_0 = " << fmt(b0) << ": dead";
        for (double d : dead) std::cout << " " << fmt(d, "%.2f");
        std::cout << "; active fraction " << fmt(active.front(), "%.3f") << " (layer 1) … "
                  << fmt(active.back(), "%.3f") << " (layer " << Ld << ")\n";
    }
    print_paired_difference("in layer " + std::to_string(Ld) + " at initialisation", deepest[1],
                            deepest[0], st.bias);
    ctx.save(f0);

    // (b) during training of the two-hidden-layer digits net
    const std::size_t E = ctx.quick ? 2 : static_cast<std::size_t>(st.epochs) * 2;
    const std::size_t runs = ctx.quick ? 1 : static_cast<std::size_t>(st.dead_runs);
    std::cout << "  during training: net 64 → " << d.N1 << " → " << d.N1
              << " relu → 10 (He, output bias 0), " << st.optimizer << " η = " << fmt(st.dead_eta)
              << ", M′ = " << d.Mp << ", " << E << " epochs, mean over " << runs
              << " runs; dead of the " << 2 * d.N1 << " hidden units:\n";
    auto f = ctx.figure("dead_units",
                        "Dead ReLU units while training (z ≤ 0 on every training sample), b_0 = 0 "
                        "against b_0 > 0");
    f.xlabel("epoch (0 = at initialisation)")
        .ylabel("dead hidden units (of " + std::to_string(2 * d.N1) + ")")
        .legend("top left");
    double most = 1.0;
    std::vector<double> at_end[2];  // dead hidden units after E epochs, run by run
    for (double b0 : {0.0, st.bias}) {
        std::vector<double> mean(E + 1, 0.0), sum2(E + 1, 0.0);
        double risk0 = 0.0, grad0 = 0.0, riskK = 0.0;
        std::size_t diverged = 0;
        for (std::size_t run = 0; run < runs; ++run) {
            MLP net({64, d.N1, d.N1, 10}, redes::Activation::relu(), redes::Activation::identity());
            redes::Rng rng(ctx.seed + 30 + run);  // the same W for both b_0
            init::initialize(net, init::WeightInit::normal_fan_in(std::sqrt(2.0)), b0, rng);
            // b_0 > 0 is for the ReLU units; the output is linear: b_L = suggested_bias(identity) = 0
            init::constant(net.b(net.L()), init::suggested_bias(net.sigma(net.L())));
            const redes::MLPObjective R(net, redes::Cost::quadratic(), d.train.X, d.train.Y);
            Vector theta = net.parameters();
            risk0 += R.empirical_risk(theta) / static_cast<double>(runs);
            grad0 += redes::norm(R.full_gradient(theta)) / static_cast<double>(runs);
            std::vector<double> dead(E + 1, static_cast<double>(dead_hidden_units(net, d.train.X)));
            auto o = quiet(E, d.Mp);
            o.on_epoch = [&](std::size_t e, const Vector& th) {
                dead[e] = static_cast<double>(dead_hidden_units(R.net(th), d.train.X));
            };
            redes::Rng shuffle(ctx.seed + 40 + run);
            try {
                redes::sgd(R, theta, *redes::make_optimizer(st.optimizer, st.dead_eta), shuffle, o);
                riskK += R.empirical_risk(theta) / static_cast<double>(runs);
            } catch (const redes::DivergenceError&) {
                ++diverged;  // the epochs not reached keep the last count
                for (std::size_t e = 1; e <= E; ++e) dead[e] = std::max(dead[e], dead[e - 1]);
            }
            for (std::size_t e = 0; e <= E; ++e) {
                mean[e] += dead[e] / static_cast<double>(runs);
                sum2[e] += dead[e] * dead[e];
            }
            at_end[b0 == 0.0 ? 0 : 1].push_back(dead[E]);
        }
        std::vector<double> ep(E + 1);
        for (std::size_t e = 0; e <= E; ++e)
            ep[e] = static_cast<double>(e) + (b0 == 0.0 ? 0.0 : 0.1);
        const std::vector<double> se = standard_errors(mean, sum2, runs);
        const std::string colour = b0 == 0.0 ? "#d62728" : "#2ca02c";
        f.errorbars("b_0 = " + fmt(b0) + " (± s.e. over " + std::to_string(runs) + " runs)", ep,
                    mean, se, "yerrorbars pt 7 lc rgb '" + colour + "'")
            .line("", ep, mean, "lines lw 2 lc rgb '" + colour + "'");
        for (std::size_t e = 0; e <= E; ++e) most = std::max(most, mean[e] + se[e]);
        std::cout << "    b_0 = " << fmt(b0) << ": dead at θ_0 " << fmt(mean[0], "%.2f")
                  << ", after 1 epoch " << fmt(mean[1], "%.2f") << ", after " << E << " epochs "
                  << fmt(mean[E], "%.2f") << " ± " << fmt(se[E], "%.2f")
                  << "; at θ_0 R̂ = " << fmt(risk0) << ", ‖∇R̂‖ = " << fmt(grad0);
        if (diverged == 0) std::cout << "; R̂ after training " << fmt(riskK);
        else std::cout << "; " << diverged << " run(s) diverged";
        std::cout << "\n";
    }
    print_paired_difference("after " + std::to_string(E) + " epochs", at_end[1], at_end[0],
                            st.bias);
    f.yrange(0.0, std::ceil(1.4 * most)).xrange(-0.5, static_cast<double>(E) + 0.5);
    ctx.save(f);
}

}  // namespace ch17
