#include "redes/optim/sgd.hpp"

#include <algorithm>
#include <cmath>
#include <string>

#include "redes/error.hpp"
#include "redes/optim/checks.hpp"
#include "redes/optim/sgd_progress.hpp"

namespace redes {

using optim_check::num;

namespace {

void check_options(const Objective& objective, const Vector& theta, const SGDOptions& o) {
    const std::size_t M = objective.M();
    if (M == 0) throw ValueError("sgd: the objective has M = 0 samples");
    if (o.epochs == 0) throw ValueError("sgd: option epochs = 0 must be at least 1");
    if (o.batch_size == 0) throw ValueError("sgd: option batch_size = 0 must be at least 1");
    if (o.batch_size > M)
        throw ValueError("sgd: option batch_size = " + std::to_string(o.batch_size) +
                         " exceeds the number of samples M = " + std::to_string(M));
    if (o.validation && o.validation->M() == 0)
        throw ValueError("sgd: option validation: the validation objective has M = 0 samples");
    if (theta.empty()) throw ValueError("sgd: θ_0 is empty");
    if (!all_finite(theta)) throw ValueError("sgd: θ_0 has NaN or Inf entries");
}

[[noreturn]] void diverged(SGDProgress& progress, const std::string& where, const std::string& what,
                           double value, double eta) {
    progress.abort();
    throw DivergenceError(
        "sgd: " + where + ": " + what + " = " + num(value) +
        " is not finite; the iteration diverged: lower the learning rate η (η_k = " + num(eta) +
        ")");
}

// The counts, the reserved per-step records, θ_0 and the risks at θ_0 (epoch e = 0).
SGDHistory start_history(const Objective& objective, const Vector& theta, const SGDOptions& o) {
    SGDHistory h;
    h.epochs = o.epochs;
    h.steps_per_epoch = steps_per_epoch(objective.M(), o.batch_size, o.last_batch);
    h.steps = h.epochs * h.steps_per_epoch;
    h.step_batch_risk.reserve(h.steps);
    h.step_eta.reserve(h.steps);
    h.step_batch_size.reserve(h.steps);
    if (o.record_theta) {
        h.step_theta.reserve(h.steps + 1);
        h.step_theta.push_back(theta);  // θ_0
    }
    return h;
}

void record_epoch_zero(SGDHistory& h, const Objective& objective, const Vector& theta,
                       const SGDOptions& o) {
    h.epoch_train_risk.push_back(objective.empirical_risk(theta));
    if (o.validation) h.epoch_validation_risk.push_back(o.validation->empirical_risk(theta));
}

// Batch j of an epoch: M′ consecutive entries of `order`, sorted (a batch is a set).
void take_batch(const std::vector<std::size_t>& order, std::size_t j, std::size_t M_prime,
                std::vector<std::size_t>& batch) {
    // B: M′ consecutive indices of the reordered list (fewer in a kept last batch).
    const std::size_t first = j * M_prime, last = std::min(first + M_prime, order.size());
    batch.assign(order.begin() + static_cast<std::ptrdiff_t>(first),
                 order.begin() + static_cast<std::ptrdiff_t>(last));
    std::sort(batch.begin(), batch.end());
}

// η_k: the schedule's, given to the optimizer; without a schedule the optimizer's own η.
double step_eta(Optimizer& optimizer, const Schedule* schedule, std::size_t k,
                SGDProgress& progress) {
    if (schedule) {
        const double eta_k = schedule->eta(k);
        if (!(eta_k > 0.0) || !std::isfinite(eta_k)) {
            progress.abort();
            throw ValueError("sgd: option schedule (" + schedule->name() +
                             ") gives η_k = " + num(eta_k) + " at step k = " + std::to_string(k) +
                             "; η must be positive and finite");
        }
        optimizer.set_eta(eta_k);
    }
    return optimizer.eta();
}

// g_k and R̂_B(θ_k) on the batch, checked: finite, and g the size of θ.
double batch_gradient(const Objective& objective, const Vector& theta,
                      const std::vector<std::size_t>& batch, Vector& g, std::size_t k,
                      std::size_t epoch, double eta_k, SGDProgress& progress) {
    // g_k ← M′⁻¹ Σ_{m∈B} ∂J(f(x_m; θ_k))/∂θ_k, and R̂_B(θ_k) on the same batch
    const double batch_risk = objective.risk_and_gradient(theta, batch, g);
    const std::string where =
        "step k = " + std::to_string(k) + " (epoch " + std::to_string(epoch) + ")";
    if (!std::isfinite(batch_risk)) diverged(progress, where, "batch risk R̂_B", batch_risk, eta_k);
    if (g.size() != theta.size())
        throw ShapeError("sgd: the objective's gradient has size " + std::to_string(g.size()) +
                         ", θ has size " + std::to_string(theta.size()));
    if (!all_finite(g)) diverged(progress, where, "gradient norm ‖g_k‖", norm(g), eta_k);
    return batch_risk;
}

void record_step(SGDHistory& h, const SGDOptions& o, double batch_risk, double eta_k,
                 std::size_t batch_size, const Vector& theta) {
    h.step_batch_risk.push_back(batch_risk);
    h.step_eta.push_back(eta_k);
    h.step_batch_size.push_back(batch_size);
    if (o.record_theta) h.step_theta.push_back(theta);
}

// The epoch ends: R̂ on all M samples (and on the validation set), checked and recorded.
void end_epoch(SGDHistory& h, const Objective& objective, const Vector& theta, const SGDOptions& o,
               std::size_t epoch, std::size_t k, double eta, SGDProgress& progress) {
    const double train = objective.empirical_risk(theta);
    if (!std::isfinite(train))
        diverged(progress,
                 "after epoch " + std::to_string(epoch) + " (step k = " + std::to_string(k) + ")",
                 "training risk R̂", train, eta);
    h.epoch_train_risk.push_back(train);
    double val = 0.0;
    if (o.validation) {
        val = o.validation->empirical_risk(theta);
        h.epoch_validation_risk.push_back(val);
    }
    progress.epoch(epoch, k, train, o.validation ? &val : nullptr, eta);
    if (o.on_epoch) o.on_epoch(epoch, theta);
}

}  // namespace

std::size_t steps_per_epoch(std::size_t M, std::size_t batch_size, LastBatch last_batch) {
    if (batch_size == 0) throw ValueError("steps_per_epoch: batch_size = 0 must be at least 1");
    return last_batch == LastBatch::keep ? (M + batch_size - 1) / batch_size  // ceil(M/M′)
                                         : M / batch_size;                    // floor(M/M′)
}

// The notes' algorithm box; each line a named step above.
SGDHistory sgd(const Objective& objective, Vector& theta, Optimizer& optimizer, Rng& rng,
               const SGDOptions& o) {
    check_options(objective, theta, o);
    SGDHistory h = start_history(objective, theta, o);
    SGDProgress progress(o, h.epochs, h.steps);
    record_epoch_zero(h, objective, theta, o);

    std::size_t k = 0;  // step counter: θ_k → θ_{k+1}
    Vector g;
    std::vector<std::size_t> batch;
    for (std::size_t epoch = 1; epoch <= h.epochs; ++epoch) {
        // Reorder the indices {0, …, M−1} at random.
        const std::vector<std::size_t> order = rng.permutation(objective.M());
        for (std::size_t j = 0; j < h.steps_per_epoch; ++j, ++k) {
            take_batch(order, j, o.batch_size, batch);
            // η_k
            const double eta_k = step_eta(optimizer, o.schedule, k, progress);
            const double batch_risk =
                batch_gradient(objective, theta, batch, g, k, epoch, eta_k, progress);
            // θ_{k+1} from θ_k and g_k
            optimizer.step(theta, g);
            record_step(h, o, batch_risk, eta_k, batch.size(), theta);
            progress.step(epoch, k, batch_risk, eta_k);
        }
        end_epoch(h, objective, theta, o, epoch, k, optimizer.eta(), progress);
    }
    return h;
}

}  // namespace redes
