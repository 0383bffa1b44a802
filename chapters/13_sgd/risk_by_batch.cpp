// 1. The same number of epochs for M′ ∈ {1, 8, 32, 128, M}: R̂ after each epoch, against the
// epoch (samples seen) and against the step (updates). An epoch is ⌈M/M′⌉ steps.
#include <chrono>
#include <iostream>
#include <string>
#include <vector>

#include "redes/app/format.hpp"
#include "redes/optim/make_optimizer.hpp"
#include "redes/optim/sgd.hpp"
#include "sections.hpp"

namespace ch13 {

using redes::app::fmt;

void risk_by_batch(const redes::app::Context& ctx, const Setup& u, const Settings& s,
                   const std::vector<std::size_t>& sizes) {
    const std::size_t M = u.M(), E = s.epochs;
    std::cout << E << " epochs for each M′ (an epoch = M samples seen = ⌈M/M′⌉ steps):\n";
    auto f_epoch = ctx.figure("risk_vs_epoch",
                              "SGD: empirical risk R̂ after each epoch, batches of M′ samples");
    auto f_step =
        ctx.figure("risk_vs_step", "SGD: the same runs against the number of steps (updates)");
    f_epoch.xlabel("epoch (passes over the M = " + std::to_string(M) + " training samples)")
        .ylabel("R̂(θ) = (1/M) Σ_m ‖y_m − f(x_m; θ)‖²")
        .logy()
        .legend("top right");
    f_step.xlabel("step k (updates θ_k → θ_{k+1})")
        .ylabel("R̂(θ_k), training part")
        .logx()
        .logy()
        .legend("bottom left");
    for (std::size_t i = 0; i < sizes.size(); ++i) {
        const std::size_t Mp = sizes[i];
        redes::Vector theta = u.theta0;
        auto opt = redes::make_optimizer(s.optimizer, s.eta);
        redes::Rng rng(ctx.seed + 1);  // the same shuffles' stream for every M′
        redes::SGDOptions o;
        o.epochs = E;
        o.batch_size = Mp;
        o.validation = &u.R_val;
        o.progress = redes::Progress::quiet;
        const auto t0 = std::chrono::steady_clock::now();
        const redes::SGDHistory h = redes::sgd(u.R, theta, *opt, rng, o);
        const double secs =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        const std::string label = "M′ = " + std::to_string(Mp) + (Mp == M ? " (= M)" : "");
        const std::string c = std::string("lc rgb '") + colour(i) + "'";
        std::vector<double> ep(E + 1), st(E + 1);
        for (std::size_t e = 0; e <= E; ++e) {
            ep[e] = static_cast<double>(e);
            st[e] = static_cast<double>(e * h.steps_per_epoch);
        }
        f_epoch.line(label + " train", ep, h.epoch_train_risk, "linespoints lw 2 pt 7 ps 0.5 " + c)
            .line(label + " validation", ep, h.epoch_validation_risk, "lines lw 2 dashtype 2 " + c);
        // step 0 cannot sit on a log axis: start the step curves at the end of epoch 1
        f_step.line(label, std::vector<double>(st.begin() + 1, st.end()),
                    std::vector<double>(h.epoch_train_risk.begin() + 1, h.epoch_train_risk.end()),
                    "linespoints lw 2 pt 7 ps 0.5 " + c);
        std::cout << "  M′ = " << Mp << ": " << h.steps_per_epoch << " steps/epoch, " << h.steps
                  << " steps in all; R̂ train " << fmt(h.epoch_train_risk.back()) << ", validation "
                  << fmt(h.epoch_validation_risk.back()) << ", accuracy "
                  << redes::app::percent(accuracy(u.R_val.net(theta), u.val)) << " ("
                  << fmt(secs, "%.2f") << " s)\n";
    }
    ctx.save(f_epoch);
    ctx.save(f_step);
}

}  // namespace ch13
