#pragma once
// Chapter 13's experiments, one function each (setup.cpp, risk_by_batch.cpp,
// gradient_variance.cpp, time_per_epoch.cpp, held_out_by_batch.cpp, reused_samples.cpp).
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "redes/app/chapter.hpp"
#include "redes/data/dataset.hpp"
#include "redes/linalg/vector.hpp"
#include "redes/models/mlp.hpp"
#include "redes/optim/mlp_objective.hpp"
#include "redes/plot/palette.hpp"

namespace ch13 {

// The chapter's options that shape the network and its training.
struct Settings {
    std::string optimizer = "gd";
    std::string activation = "relu";
    double eta = 0.02;
    std::size_t epochs = 10;  // E, passes over the M samples per run
    std::size_t hidden = 32;  // N₁
};

// The digits split 75 % / 25 % by class (training / validation), pixels 0 … 16 scaled to
// [0, 1], and a 64 → N₁ σ → 10 net with He-scaled weights: θ_0, R̂ on each part (J = ‖y − x_L‖²).
struct Setup {
    redes::data::DataSet train, val;
    redes::MLP net;
    redes::Vector theta0;
    redes::MLPObjective R, R_val;
    std::size_t M() const { return train.M(); }
};

// The split and the initial θ both come from seed; quick: 120 training, 60 validation samples.
// train_samples > 0 keeps only the first that many training samples (a smaller M).
Setup make_setup(const redes::data::DataSet& all, std::uint64_t seed, bool quick, const Settings& s,
                 std::size_t train_samples = 0);

// "1,8,32,128,M" → {1, 8, 32, 128, M}; "M" is the whole training set. ValueError naming
// --batch-sizes for anything else.
std::vector<std::size_t> parse_batch_sizes(const std::string& text, std::size_t M);

// The first two lines of the output: the sizes, the net, the cost, the optimizer, R̂(θ_0).
void describe(const Setup& u, const Settings& s);

// The library's palette: colour(i) for series i = 0, 1, …
using redes::plot::colour;

// Fraction of the samples whose largest output is at the true class.
double accuracy(const redes::MLP& net, const redes::data::DataSet& d);

// 1. The same epochs for every M′: R̂ against epoch and against step (plots ch13_risk_vs_epoch,
// ch13_risk_vs_step).
void risk_by_batch(const redes::app::Context& ctx, const Setup& u, const Settings& s,
                   const std::vector<std::size_t>& sizes);

// 2. E‖ĝ_B − ∇R̂‖² at θ_0 against M′, with and without replacement, over `draws` random batches
// (plot ch13_gradient_variance).
void gradient_variance(const redes::app::Context& ctx, const Setup& u, std::size_t draws);

// 3. Wall time of one epoch against M′ and 1 … T_max threads (plot ch13_time_per_epoch).
void time_per_epoch(const redes::app::Context& ctx, const Setup& u, const Settings& s,
                    std::size_t T_max, std::size_t chunk);

// 4. Held-out risk after E epochs against M′, mean ± standard error over `seeds` runs, each with
// its own split, start and shuffles (plot ch13_held_out_by_batch).
struct HeldOut {
    std::size_t batch_size = 0;
    std::vector<double> train, validation;  // final R̂ of each seed
    std::vector<double> gap() const {       // R̂_val − R̂_train of each seed
        std::vector<double> g(train.size());
        for (std::size_t r = 0; r < g.size(); ++r) g[r] = validation[r] - train[r];
        return g;
    }
};
// The runs alone (seeds first_seed, first_seed + 1, …), without printing or plotting.
std::vector<HeldOut> held_out_runs(const redes::data::DataSet& all, const Settings& s,
                                   const std::vector<std::size_t>& sizes, std::uint64_t first_seed,
                                   std::size_t seeds, bool quick);
std::vector<HeldOut> held_out_by_batch(const redes::app::Context& ctx,
                                       const redes::data::DataSet& all, const Settings& s,
                                       const std::vector<std::size_t>& sizes, std::size_t seeds);

// 5. Batches drawn with and without replacement, and the bias of reused samples: per epoch, the
// mean batch risk R̂_B(θ_k) on the training samples SGD is about to use against R̂(θ_k) on the
// validation samples it never uses (plots ch13_replacement_risk, ch13_reused_sample_bias).
struct ReuseRun {
    std::vector<double> train_risk;  // R̂(θ) on all M training samples after e = 0 … E epochs
    std::vector<double> batch_risk;  // epoch e = 1 … E: mean over its steps of R̂_B(θ_k)
    std::vector<double> fresh_risk;  // the same steps: mean of R̂_val(θ_k), never-used samples
};
struct Reuse {
    std::vector<ReuseRun> without, with;  // one run per seed for each sampling
};
// One run: E epochs of ⌈M/M′⌉ steps each; without replacement a batch is M′ consecutive
// indices of the epoch's permutation (sgd()), with replacement M′ independent uniform indices.
ReuseRun reuse_run(const Setup& u, const Settings& s, std::size_t batch_size, bool replacement,
                   std::uint64_t seed);
// The runs alone (seeds first_seed, first_seed + 1, …), without printing or plotting.
Reuse reuse_runs(const redes::data::DataSet& all, const Settings& s, std::size_t train_samples,
                 std::size_t batch_size, std::uint64_t first_seed, std::size_t seeds, bool quick);
// The runs train on the first train_samples samples of each split: a small M, so that the
// network fits the samples it reuses within a few epochs and the bias shows.
Reuse reused_samples(const redes::app::Context& ctx, const redes::data::DataSet& all,
                     const Settings& s, std::size_t train_samples, std::size_t batch_size,
                     std::size_t seeds);

}  // namespace ch13
