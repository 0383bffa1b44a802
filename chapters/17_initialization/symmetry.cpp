// 1. symmetry: W_0 = 0 keeps every hidden unit the same through training; a random W_0 breaks it.
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

using redes::Matrix;
using redes::MLP;
using redes::Vector;
using redes::app::fmt;
namespace init = redes::init;

void symmetry(const redes::app::Context& ctx, const Settings& st) {
    // y = sin(πu) + 0.5u on M = 64 points u ∈ [−1, 1]; net 1 → 8 tanh → 1
    const Regression data = sine_regression();
    const Matrix &X = data.X, &Y = data.Y;
    const std::size_t M = X.cols(), N1 = data.N1;
    const std::size_t E = ctx.quick ? 20 : static_cast<std::size_t>(st.symmetry_epochs);
    struct Start {
        std::string label;
        init::WeightInit w;
        std::string colour;
        MLP net;
    };
    std::vector<Start> starts{{"W_0 = 0", init::WeightInit::zero(), "#d62728", {}},
                              {"[W_0]_{ij} ∼ N(0, " + fmt(st.scale) + "²)",
                               init::WeightInit::normal(st.scale),
                               "#1f77b4",
                               {}}};
    std::cout << "1. symmetry: y = sin(πu) + u/2 on " << M << " points, net 1 → " << N1
              << " tanh → 1, b_0 = " << fmt(st.bias) << ", " << st.optimizer
              << " η = " << fmt(st.eta) << ", M′ = 8, " << E << " epochs\n";
    for (auto& s : starts) {
        MLP net({1, N1, 1}, redes::Activation::tanh(), redes::Activation::identity());
        redes::Rng rng(ctx.seed);
        init::initialize(net, s.w, st.bias, rng);
        const redes::MLPObjective R(net, redes::Cost::quadratic(), X, Y);
        Vector theta = net.parameters();
        redes::Rng shuffle(ctx.seed + 1);
        const auto h = redes::sgd(R, theta, *redes::make_optimizer(st.optimizer, st.eta), shuffle,
                                  quiet(E, 8));
        s.net = R.net(theta);
        std::cout << "  " << s.label << ": R̂ " << fmt(h.epoch_train_risk.front()) << " → "
                  << fmt(h.epoch_train_risk.back())
                  << "; units differ by max_i ‖[W₁|b₁]_i − [W₁|b₁]_0‖∞ = "
                  << fmt(redes::max_row_difference(weights_and_bias(s.net, 1)), "%.3g")
                  << ", W₂'s entries by "
                  << fmt(redes::max_row_difference(redes::transpose(s.net.W(2))), "%.3g")
                  << "; ‖W₁‖_F = " << fmt(redes::frobenius_norm(s.net.W(1))) << "\n";
    }
    auto f_units = ctx.figure("symmetry_units",
                              "Hidden units x_{1i}(u) = tanh(w_i u + b_i) after training: W_0 = 0 "
                              "keeps all " +
                                  std::to_string(N1) + " the same");
    auto f_fit = ctx.figure("symmetry_fit",
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
            f_units.line(i == 0 ? s.label + " (all " + std::to_string(N1) + " units)" : "", u, xi,
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

}  // namespace ch17
