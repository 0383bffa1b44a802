// 5. Batches with and without replacement, and the bias of reused samples. The notes: "si
// queremos seguir actualizando los parámetros, podemos volver a pasar por la muestra (en otro
// orden) ⇒ el estimador del gradiente deja de consistir en muestras i.i.d. ⇒ sesgo".
// At step k SGD sees R̂_B(θ_k) on its batch B. If no sample of B was used to reach θ_k, then
// E[R̂_B(θ_k) | θ_k] = R(θ_k), the risk; so is R̂_val(θ_k) on the validation samples, which SGD
// never uses. Once the samples of B have shaped θ_k (epoch 2 on), R̂_B(θ_k) is below R(θ_k):
//   bias of epoch e = mean over its steps of R̂_B(θ_k) − R̂_val(θ_k).
// Without replacement (SGD's epochs: a permutation cut into batches) epoch 1 sees every sample
// for the first time; with replacement (M′ independent uniform indices per step) a batch may hold
// samples already used from the second step on, and an epoch of ⌈M/M′⌉ steps leaves about
// (1 − 1/M)^M ≈ e⁻¹ of the samples unseen.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

#include "redes/app/format.hpp"
#include "redes/optim/batch_gradient_noise.hpp"
#include "redes/optim/make_optimizer.hpp"
#include "redes/stats/monte_carlo.hpp"
#include "sections.hpp"

namespace ch13 {

using redes::app::fmt;

ReuseRun reuse_run(const Setup& u, const Settings& s, std::size_t batch_size, bool replacement,
                   std::uint64_t seed) {
    const std::size_t M = u.M(), Mp = std::min(batch_size, M);
    redes::Rng rng(seed + 1);
    auto opt = redes::make_optimizer(s.optimizer, s.eta);
    redes::Vector theta = u.theta0, g;
    ReuseRun run;
    run.train_risk.push_back(u.R.empirical_risk(theta));
    std::vector<std::size_t> B;
    for (std::size_t e = 1; e <= s.epochs; ++e) {
        const std::vector<std::size_t> order =
            replacement ? std::vector<std::size_t>() : rng.permutation(M);
        double batch_sum = 0.0, fresh_sum = 0.0;
        std::size_t steps = 0;
        // ⌈M/M′⌉ steps; the last batch holds the M mod M′ samples left (as sgd() keeps it)
        for (std::size_t first = 0; first < M; first += Mp, ++steps) {
            const std::size_t size = std::min(first + Mp, M) - first;
            if (replacement) {
                B = redes::random_batch(M, size, redes::Sampling::with_replacement, rng);
            } else {
                B.assign(order.begin() + static_cast<std::ptrdiff_t>(first),
                         order.begin() + static_cast<std::ptrdiff_t>(first + size));
                std::sort(B.begin(), B.end());
            }
            fresh_sum += u.R_val.empirical_risk(theta);       // R̂_val(θ_k): never-used samples
            batch_sum += u.R.risk_and_gradient(theta, B, g);  // R̂_B(θ_k) and ∇R̂_B(θ_k)
            opt->step(theta, g);                              // θ_{k+1}
        }
        run.batch_risk.push_back(batch_sum / static_cast<double>(steps));
        run.fresh_risk.push_back(fresh_sum / static_cast<double>(steps));
        run.train_risk.push_back(u.R.empirical_risk(theta));
    }
    return run;
}

namespace {

// Mean and standard error over the runs of f(run) for each epoch index.
template <class F>
void per_epoch(const std::vector<ReuseRun>& runs, std::size_t n, F f, std::vector<double>& mean,
               std::vector<double>& se) {
    mean.assign(n, 0.0);
    se.assign(n, 0.0);
    for (std::size_t e = 0; e < n; ++e) {
        std::vector<double> v;
        for (const auto& r : runs) v.push_back(f(r, e));
        const auto est = redes::stats::estimate_mean(v);
        mean[e] = est.mean;
        se[e] = est.se;
    }
}

double bias(const ReuseRun& r, std::size_t e) { return r.batch_risk[e] - r.fresh_risk[e]; }

}  // namespace

Reuse reuse_runs(const redes::data::DataSet& all, const Settings& s, std::size_t train_samples,
                 std::size_t batch_size, std::uint64_t first_seed, std::size_t seeds, bool quick) {
    Reuse out;
    for (std::size_t r = 0; r < seeds; ++r) {
        const std::uint64_t seed = first_seed + r;
        const Setup u = make_setup(all, seed, quick, s, train_samples);
        out.without.push_back(reuse_run(u, s, batch_size, false, seed));
        out.with.push_back(reuse_run(u, s, batch_size, true, seed));
    }
    return out;
}

Reuse reused_samples(const redes::app::Context& ctx, const redes::data::DataSet& all,
                     const Settings& s, std::size_t train_samples, std::size_t batch_size,
                     std::size_t seeds) {
    const Reuse out = reuse_runs(all, s, train_samples, batch_size, ctx.seed, seeds, ctx.quick);
    const Setup u0 = make_setup(all, ctx.seed, ctx.quick, s, train_samples);
    const std::size_t M = u0.M(), M_val = u0.val.M();
    const std::size_t E = s.epochs, Mp = std::min(batch_size, M);
    std::vector<double> b_wo, b_wo_se, b_w, b_w_se;
    per_epoch(out.without, E, bias, b_wo, b_wo_se);
    per_epoch(out.with, E, bias, b_w, b_w_se);
    std::cout << "reused samples: the first M = " << M << " training samples, M′ = " << Mp << ", "
              << E << " epochs, " << seeds
              << " runs: per epoch, mean over its steps of R̂_B(θ_k) on the batch about to be "
                 "used minus R̂_val(θ_k) on the "
              << M_val << " never-used samples (mean ± standard error over the runs):\n"
              << "   epoch   without replacement      with replacement\n";
    for (std::size_t e = 0; e < E; ++e) {
        char line[160];
        std::snprintf(line, sizeof line, "  %6zu   %+9.4f ± %.4f      %+9.4f ± %.4f\n", e + 1,
                      b_wo[e], b_wo_se[e], b_w[e], b_w_se[e]);
        std::cout << line;
    }
    std::vector<double> r_wo, r_wo_se, r_w, r_w_se;
    const auto train = [](const ReuseRun& r, std::size_t e) { return r.train_risk[e]; };
    per_epoch(out.without, E + 1, train, r_wo, r_wo_se);
    per_epoch(out.with, E + 1, train, r_w, r_w_se);
    std::cout << "  R̂ on all M = " << M << " training samples after " << E
              << " epochs: without replacement " << fmt(r_wo[E], "%.4f") << " ± "
              << fmt(r_wo_se[E], "%.4f") << ", with " << fmt(r_w[E], "%.4f") << " ± "
              << fmt(r_w_se[E], "%.4f") << "\n";

    std::vector<double> ep(E), ep0(E + 1);
    for (std::size_t e = 0; e <= E; ++e) {
        ep0[e] = static_cast<double>(e);
        if (e < E) ep[e] = static_cast<double>(e + 1);
    }
    double lowest = 0.0;
    for (std::size_t e = 0; e < E; ++e)
        lowest = std::min({lowest, b_wo[e] - b_wo_se[e], b_w[e] - b_w_se[e]});
    if (lowest == 0.0) lowest = -1e-3;
    auto fb = ctx.figure("reused_sample_bias",
                         "Bias of reused samples: R̂ on SGD's batch minus R̂ on never-used samples");
    fb.xlabel("epoch (M′ = " + std::to_string(Mp) + ", M = " + std::to_string(M) + ")")
        .ylabel("mean over the epoch's steps of R̂_B(θ_k) − R̂_{val}(θ_k)")
        .xrange(0.5, static_cast<double>(E) + 0.5)
        // room above 0 for the legend: the curves fall from about 0 at epoch 1
        .yrange(lowest - 0.1 * std::abs(lowest), 0.6 * std::abs(lowest))
        .legend("top right");
    fb.line("0 (no bias)", std::vector<double>{0.5, static_cast<double>(E) + 0.5},
            std::vector<double>{0.0, 0.0}, "lines lw 1 dashtype 3 lc rgb 'gray40'")
        .errorbars("without replacement (a permutation per epoch)", ep, b_wo, b_wo_se,
                   "yerrorlines lw 2 pt 7 ps 0.8 lc rgb '" + std::string(colour(3)) + "'")
        .errorbars("with replacement (independent indices)", ep, b_w, b_w_se,
                   "yerrorlines lw 2 dashtype 2 pt 5 ps 0.8 lc rgb '" + std::string(colour(0)) +
                       "'");
    ctx.save(fb);
    auto fr = ctx.figure("replacement_risk",
                         "SGD batches drawn with and without replacement: R̂ after each epoch");
    fr.xlabel("epoch (⌈M/M′⌉ = " + std::to_string((M + Mp - 1) / Mp) + " steps each)")
        .ylabel("R̂(θ) on the M training samples (mean ± standard error)")
        .logy()
        .legend("top right");
    fr.errorbars("without replacement", ep0, r_wo, r_wo_se,
                 "yerrorlines lw 2 pt 7 ps 0.8 lc rgb '" + std::string(colour(3)) + "'")
        .errorbars("with replacement", ep0, r_w, r_w_se,
                   "yerrorlines lw 2 dashtype 2 pt 5 ps 0.8 lc rgb '" + std::string(colour(0)) +
                       "'");
    ctx.save(fr);
    return out;
}

}  // namespace ch13
