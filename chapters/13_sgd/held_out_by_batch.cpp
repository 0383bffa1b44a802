// 4. Small against large batches on held-out samples (the notes: "la aleatoriedad del SGD parece
// tener un efecto regularizador que ayuda a la generalización"). For each of `seeds` runs (its
// own split, start θ_0 and shuffles) and each M′: E epochs, then R̂ on the training part and on
// the validation part, whose samples SGD never used. Reported as mean ± standard error over the
// runs, with the generalisation gap R̂_val − R̂_train of each run.
#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

#include "redes/app/format.hpp"
#include "redes/optim/make_optimizer.hpp"
#include "redes/optim/sgd.hpp"
#include "redes/stats/monte_carlo.hpp"
#include "sections.hpp"

namespace ch13 {

using redes::app::fmt;

namespace {

std::string mean_se(const std::vector<double>& v) {
    const redes::stats::Estimate e = redes::stats::estimate_mean(v);
    return fmt(e.mean, "%.4f") + " ± " + fmt(e.se, "%.4f");
}

}  // namespace

std::vector<HeldOut> held_out_runs(const redes::data::DataSet& all, const Settings& s,
                                   const std::vector<std::size_t>& sizes, std::uint64_t first_seed,
                                   std::size_t seeds, bool quick) {
    std::vector<HeldOut> out(sizes.size());
    for (std::size_t i = 0; i < sizes.size(); ++i) out[i].batch_size = sizes[i];
    for (std::size_t r = 0; r < seeds; ++r) {
        // run r uses seed first_seed + r: run 0 is the setup and the shuffles of experiment 1
        const std::uint64_t seed = first_seed + r;
        const Setup u = make_setup(all, seed, quick, s);
        for (auto& h : out) {
            redes::Vector theta = u.theta0;
            auto opt = redes::make_optimizer(s.optimizer, s.eta);
            redes::Rng rng(seed + 1);
            redes::SGDOptions o;
            o.epochs = s.epochs;
            o.batch_size = std::min(h.batch_size, u.M());
            o.validation = &u.R_val;
            o.progress = redes::Progress::quiet;
            const redes::SGDHistory hist = redes::sgd(u.R, theta, *opt, rng, o);
            h.train.push_back(hist.epoch_train_risk.back());
            h.validation.push_back(hist.epoch_validation_risk.back());
        }
    }
    return out;
}

std::vector<HeldOut> held_out_by_batch(const redes::app::Context& ctx,
                                       const redes::data::DataSet& all, const Settings& s,
                                       const std::vector<std::size_t>& sizes, std::size_t seeds) {
    const std::vector<HeldOut> out = held_out_runs(all, s, sizes, ctx.seed, seeds, ctx.quick);
    std::cout << "held-out risk after " << s.epochs << " epochs, mean ± standard error over "
              << seeds << " runs (seeds " << ctx.seed << " … " << ctx.seed + seeds - 1
              << ", each its own split, θ_0 and shuffles):\n"
              << "      M′   R̂ train            R̂ validation       gap R̂_val − R̂_train\n";
    std::vector<double> x, tr, tr_se, va, va_se, gap, gap_se;
    for (const auto& h : out) {
        const std::vector<double> g = h.gap();
        char head[32];
        std::snprintf(head, sizeof head, "  %6zu   ", h.batch_size);
        std::cout << head << mean_se(h.train) << "   " << mean_se(h.validation) << "   "
                  << mean_se(g) << "\n";
        const auto et = redes::stats::estimate_mean(h.train),
                   ev = redes::stats::estimate_mean(h.validation),
                   eg = redes::stats::estimate_mean(g);
        x.push_back(static_cast<double>(h.batch_size));
        tr.push_back(et.mean);
        tr_se.push_back(et.se);
        va.push_back(ev.mean);
        va_se.push_back(ev.se);
        gap.push_back(eg.mean);
        gap_se.push_back(eg.se);
    }
    auto f = ctx.figure("held_out_by_batch", "Generalisation and batch size: R̂ after " +
                                                 std::to_string(s.epochs) +
                                                 " epochs, training vs held-out samples");
    f.xlabel("batch size M′")
        .xrange(0.7, 1.5 * x.back())
        .ylabel("R̂ after the last epoch (mean ± standard error over " + std::to_string(seeds) +
                " runs)")
        .logx()
        .logy()
        .legend("top left");
    f.errorbars("training part (samples SGD used)", x, tr, tr_se,
                "yerrorlines lw 2 pt 7 ps 0.8 lc rgb '" + std::string(colour(0)) + "'")
        .errorbars("validation part (held out, never used)", x, va, va_se,
                   "yerrorlines lw 2 dashtype 2 pt 5 ps 0.8 lc rgb '" + std::string(colour(3)) +
                       "'");
    ctx.save(f);
    auto fg = ctx.figure("generalisation_gap", "Generalisation gap R̂_{val} − R̂_{train} after " +
                                                   std::to_string(s.epochs) +
                                                   " epochs against the batch size");
    fg.xlabel("batch size M′")
        .xrange(0.7, 1.5 * x.back())
        .ylabel("R̂_{val} − R̂_{train} (mean ± standard error over " + std::to_string(seeds) +
                " runs)")
        .logx()
        .legend("top left");
    fg.errorbars("gap of each run, averaged", x, gap, gap_se,
                 "yerrorlines lw 2 pt 7 ps 0.8 lc rgb '" + std::string(colour(4)) + "'");
    ctx.save(fg);
    return out;
}

}  // namespace ch13
