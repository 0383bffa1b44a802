#pragma once
// The epochs of `train`: SGD one epoch at a time, so that after every epoch e it can
//   - check the divergence rule: R̂ or a parameter not finite, or
//       R̂_e > divergence_factor · max(R̂(θ_0), 1)       (divergence_factor = 100)
//     → DivergenceError, and the caller saves nothing;
//   - measure the validation accuracy, or R² for a regression (progress lines and the plot
//     show it);
//   - stop early: no better validation risk (training risk without validation) for
//     `patience` epochs, and put back θ of the best epoch (restore-best);
//   - shuffle with an Rng seeded by (seed, e): the batches of epoch e do not depend on where a
//     run started, so 30 epochs, saved, then 20 more from the file give the same θ as 50.
// The schedule counts steps over the whole life of the model: k_before = the steps taken by
// earlier runs (a --load'ed model), so η_k continues where it stopped.
#include <cstddef>
#include <cstdint>
#include <iosfwd>
#include <string>
#include <vector>

#include "redes/linalg/matrix.hpp"
#include "redes/models/mlp.hpp"
#include "redes/optim/optimizer.hpp"
#include "redes/optim/schedule.hpp"
#include "redes/risk/cost.hpp"

namespace redes::app {

constexpr double divergence_factor = 100.0;

// The settings of train's epoch loop: epochs, batch size M′, patience, seed, schedule η_k.
struct EpochLoopSettings {
    std::size_t epochs = 1;              // epochs of this run
    std::size_t batch_size = 32;         // M′
    std::size_t patience = 0;            // 0: no early stopping
    std::uint64_t seed = 1;              // with the epoch number, the seed of each epoch's shuffle
    std::size_t epochs_before = 0;       // epochs of earlier runs (a loaded model)
    std::size_t steps_before = 0;        // steps of earlier runs (the schedule's k)
    const Schedule* schedule = nullptr;  // nullptr: the optimizer's constant η
    bool live = false;                   // one line rewritten in place (a terminal), else lines
};

// What the epoch loop measured: R̂ and accuracy per epoch e, steps, the early stop, best epoch.
struct EpochLoopResult {
    // e = 0 … epochs run (0: θ_0); validation_accuracy holds R² for a regression
    std::vector<double> train_risk, validation_risk, validation_accuracy;
    std::size_t epochs_run = 0, steps = 0;  // of this run
    std::size_t best_epoch = 0;             // with patience: the epoch whose θ was kept
    bool stopped_early = false, restored_best = false;
};

// The labelled parts as train uses them (inputs already standardised).
struct TrainParts {
    const Matrix* X = nullptr;      // N_0×M
    const Matrix* Y = nullptr;      // N_L×M targets
    const Matrix* X_val = nullptr;  // nullptr: no validation part
    const Matrix* Y_val = nullptr;
    const std::vector<std::size_t>* labels_val = nullptr;  // for the validation accuracy
    bool regression = false;  // R² of the validation part instead of its accuracy
};

// The seed of epoch e's shuffle (e counted over the model's life, from 0).
std::uint64_t epoch_seed(std::uint64_t seed, std::size_t e);

// Trains net in place, printing a progress line per epoch (about 10 when there are many, and
// the one where it stopped early) on out. Throws DivergenceError by the rule above (net then holds θ of the last good epoch).
EpochLoopResult train_epochs(MLP& net, const Cost& J, const TrainParts& parts, Optimizer& optimizer,
                             const EpochLoopSettings& s, std::ostream& out);

}  // namespace redes::app
