// Section 3: an MLP on the digits, minibatches by sgd().
#include <algorithm>
#include <cmath>
#include <iostream>
#include <string>
#include <vector>

#include "redes/data/csv.hpp"
#include "redes/data/standardize.hpp"
#include "redes/error.hpp"
#include "redes/init/initializer.hpp"
#include "sections.hpp"

namespace ch16 {

using redes::app::fmt;

void mlp(redes::app::Context& ctx, const Settings& s) {
    const Constants& c = s.c;
    const std::vector<double>& eta_mlp = s.eta_mlp;
    const int samples = s.samples, hidden = s.hidden, epochs = s.epochs, batch_size = s.batch_size;
    redes::data::DataSet all = redes::data::load_digits(s.data_path);
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
              << " digits (standardised), J = ‖y − x_L‖², " << task.options.epochs << " epochs of "
              << steps_per_epoch << " steps (M′ = " << task.options.batch_size
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
    auto fmr = ctx.figure("mlp_effective_rate",
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
        std::cout << "R̂ after epoch 1: " << fmt(h[1], "%.3g") << ", after " << h.size() - 1 << ": "
                  << fmt(h.back(), "%.3g") << ", training accuracy "
                  << fmt(100 * run.accuracy, "%.1f") << "%";
        if (i >= 2)
            std::cout << "; median rate " << fmt(run.median_rate.front(), "%.3g") << " → "
                      << fmt(run.median_rate.back(), "%.3g");
        std::cout << "\n";
        const redes::plot::Points kR = redes::plot::positive_points(h);
        fm.line(label(i, eta_mlp[i]), kR.x, kR.y,
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
    if (s.scan) {
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
}

}  // namespace ch16
