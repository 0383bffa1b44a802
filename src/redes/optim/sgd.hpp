#pragma once
// Stochastic gradient descent as the notes implement it ("Implementación práctica"):
//   for each epoch (a pass over the M samples):
//     reorder the indices {0, …, M−1} at random                      Rng::permutation
//     take M′ consecutive indices of the reordered list: a batch B
//       g_k ← M′⁻¹ Σ_{m∈B} ∂J(f(x_m; θ_k))/∂θ_k                     Objective::gradient
//       θ_{k+1} ← optimizer step with g_k (and η_k from the schedule)
//     until the last sample: the epoch ends
// An epoch is one pass over the M samples; a step is one update θ_k → θ_{k+1}. The two are
// counted apart everywhere: options.epochs, history.steps, history.step_*[k] (one entry per
// step k = 0, 1, …), history.epoch_*[e] (one entry per epoch e = 0 … epochs, 0 = before training).
//
// The last batch: when M′ does not divide M, the reordered list ends with M mod M′ indices.
//   LastBatch::keep (default): they form a smaller batch, so every sample is used in every
//     epoch, as the notes describe ("una vez que llegamos a la última muestra, termina el
//     epoch"); ceil(M/M′) steps per epoch. Its gradient is still a mean, only noisier.
//   LastBatch::drop: they are skipped this epoch (PyTorch's DataLoader drop_last=True), so
//     every g_k has the same variance; floor(M/M′) steps per epoch. A fresh permutation each
//     epoch means a different few are skipped each time.
// Within a batch the indices are sorted: a batch is a set, and a fixed order of summation
// makes the result independent of how the shuffle ordered it (M′ = M is then exactly
// full-batch gradient descent).
//
// Divergence: a batch risk, a gradient or an epoch risk that is NaN or ±Inf stops training
// with DivergenceError naming the step k, the value and η_k, with a hint to lower η.
#include <cstddef>
#include <functional>
#include <iosfwd>
#include <vector>

#include "redes/linalg/vector.hpp"
#include "redes/optim/objective.hpp"
#include "redes/optim/optimizer.hpp"
#include "redes/optim/schedule.hpp"
#include "redes/stats/rng.hpp"

namespace redes {

enum class LastBatch { keep, drop };

enum class Progress {
    automatic,  // a live line on a terminal (stdout/stderr is a tty), plain lines otherwise
    lines,      // plain lines: one per epoch (about 10 in all when there are many epochs)
    quiet,      // nothing
};

// The choices of an SGD run: epochs, batch size M′, the last batch, η_k, validation, progress.
struct SGDOptions {
    std::size_t epochs = 10;                 // passes over the M samples (≥ 1)
    std::size_t batch_size = 32;             // M′, 1 ≤ M′ ≤ M
    LastBatch last_batch = LastBatch::keep;  // the M mod M′ samples left at the end of an epoch
    const Schedule* schedule = nullptr;  // η_k for step k; nullptr: the optimizer's η for all k
    const Objective* validation = nullptr;  // also record R̂ on it after every epoch
    bool record_theta = false;              // keep θ_k for every step (paths of small problems)
    Progress progress = Progress::automatic;
    std::ostream* out = nullptr;  // where progress goes; nullptr: std::cout
    // Called after each epoch e = 1 … epochs with θ (e.g. to measure an accuracy).
    std::function<void(std::size_t epoch, const Vector& theta)> on_epoch;
};

// What SGD measured: R̂_B(θ_k) and η_k per step k, R̂(θ) per epoch e (training and validation).
struct SGDHistory {
    std::size_t epochs = 0;           // epochs run
    std::size_t steps_per_epoch = 0;  // ceil(M/M′) (keep) or floor(M/M′) (drop)
    std::size_t steps = 0;            // updates made = epochs · steps_per_epoch

    // Per step k = 0 … steps−1:
    std::vector<double> step_batch_risk;  // R̂_B(θ_k) on the batch of step k, before its update
    std::vector<double> step_eta;         // η_k used by step k
    std::vector<std::size_t> step_batch_size;  // |B| of step k (M′, or less for a kept last batch)
    std::vector<Vector> step_theta;  // θ_0 … θ_steps (steps + 1 entries), if record_theta

    // Per epoch e = 0 … epochs (e = 0: θ_0 before training):
    std::vector<double> epoch_train_risk;       // R̂(θ) on all M training samples after e epochs
    std::vector<double> epoch_validation_risk;  // the same on options.validation (else empty)
};

// Trains θ in place from θ_0 = theta; the optimizer keeps its state between calls (reset() it
// for a fresh start). Throws ValueError for a bad option (naming it and its value),
// ShapeError when the gradient does not fit θ, DivergenceError on NaN/Inf.
SGDHistory sgd(const Objective& objective, Vector& theta, Optimizer& optimizer, Rng& rng,
               const SGDOptions& options);

// Steps per epoch for M samples and batches of M′: ceil(M/M′) (keep) or floor(M/M′) (drop).
std::size_t steps_per_epoch(std::size_t M, std::size_t batch_size, LastBatch last_batch);

}  // namespace redes
