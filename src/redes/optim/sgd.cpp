#include "redes/optim/sgd.hpp"

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <iostream>
#include <sstream>
#include <string>

#include "redes/error.hpp"
#include "redes/optim/checks.hpp"

namespace redes {

using optim_check::num;

namespace {

// The progress display: a line rewritten in place on a terminal, plain lines elsewhere.
class ProgressLine {
public:
    ProgressLine(const SGDOptions& o, std::size_t epochs, std::size_t steps)
        : os_(o.out ? *o.out : std::cout), epochs_(epochs), steps_(steps) {
        if (o.progress == Progress::quiet) {
            mode_ = Mode::quiet;
        } else if (o.progress == Progress::automatic && is_terminal(o.out)) {
            mode_ = Mode::live;
        } else {
            mode_ = Mode::lines;
        }
        // Plain lines: every epoch when there are few, else about 10 lines in all.
        every_ = epochs <= 20 ? 1 : (epochs + 9) / 10;
        step_every_ = std::max<std::size_t>(1, steps / 200);
    }

    void step(std::size_t epoch, std::size_t k, double batch_risk, double eta) {
        if (mode_ != Mode::live || (k + 1) % step_every_ != 0) return;
        os_ << kClearLine << "  epoch " << epoch << "/" << epochs_ << "  step " << k + 1 << "/"
            << steps_ << "  R̂_B " << short_num(batch_risk) << "  η " << short_num(eta) << "  "
            << elapsed() << std::flush;
    }

    void epoch(std::size_t epoch, std::size_t k, double train, const double* val, double eta) {
        if (mode_ == Mode::quiet) return;
        if (mode_ == Mode::lines && epoch % every_ != 0 && epoch != epochs_) return;
        std::ostringstream line;
        line << "  epoch " << epoch << "/" << epochs_ << "  step " << k << "/" << steps_ << "  R̂ "
             << short_num(train);
        if (val) line << "  R̂_val " << short_num(*val);
        line << "  η " << short_num(eta) << "  " << elapsed();
        if (mode_ == Mode::live)
            os_ << kClearLine << line.str() << (epoch == epochs_ ? "\n" : "") << std::flush;
        else os_ << line.str() << "\n";
    }

    // Ends a live line before an error message is printed by someone else.
    void abort() {
        if (mode_ == Mode::live) os_ << "\n" << std::flush;
    }

private:
    enum class Mode { quiet, live, lines };
    // Back to the start of the line and erase it (only ever written to a terminal).
    static constexpr const char* kClearLine = "\r\033[K";
    static bool is_terminal(const std::ostream* out) {
        if (out == nullptr || out == &std::cout) return ::isatty(STDOUT_FILENO) == 1;
        if (out == &std::cerr || out == &std::clog) return ::isatty(STDERR_FILENO) == 1;
        return false;
    }
    static std::string short_num(double x) {
        std::ostringstream s;
        s.precision(4);
        s << x;
        return s.str();
    }
    std::ostream& os_;
    std::size_t epochs_, steps_;
    Mode mode_ = Mode::quiet;
    std::size_t every_ = 1, step_every_ = 1;
    // The wall time since training started, e.g. "12.35 s".
    std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
    std::string elapsed() const {
        return short_num(std::chrono::duration<double>(std::chrono::steady_clock::now() - start_)
                             .count()) +
               " s";
    }
};

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

[[noreturn]] void diverged(ProgressLine& progress, const std::string& where,
                           const std::string& what, double value, double eta) {
    progress.abort();
    throw DivergenceError(
        "sgd: " + where + ": " + what + " = " + num(value) +
        " is not finite; the iteration diverged: lower the learning rate η (η_k = " + num(eta) +
        ")");
}

}  // namespace

std::size_t steps_per_epoch(std::size_t M, std::size_t batch_size, LastBatch last_batch) {
    if (batch_size == 0) throw ValueError("steps_per_epoch: batch_size = 0 must be at least 1");
    return last_batch == LastBatch::keep ? (M + batch_size - 1) / batch_size  // ceil(M/M′)
                                         : M / batch_size;                    // floor(M/M′)
}

SGDHistory sgd(const Objective& objective, Vector& theta, Optimizer& optimizer, Rng& rng,
               const SGDOptions& o) {
    check_options(objective, theta, o);
    const std::size_t M = objective.M();
    const std::size_t M_prime = o.batch_size;

    SGDHistory h;
    h.epochs = o.epochs;
    h.steps_per_epoch = steps_per_epoch(M, M_prime, o.last_batch);
    h.steps = h.epochs * h.steps_per_epoch;
    h.step_batch_risk.reserve(h.steps);
    h.step_eta.reserve(h.steps);
    h.step_batch_size.reserve(h.steps);
    if (o.record_theta) {
        h.step_theta.reserve(h.steps + 1);
        h.step_theta.push_back(theta);  // θ_0
    }
    ProgressLine progress(o, h.epochs, h.steps);

    // e = 0: the risks at θ_0, before training.
    h.epoch_train_risk.push_back(objective.empirical_risk(theta));
    if (o.validation) h.epoch_validation_risk.push_back(o.validation->empirical_risk(theta));

    std::size_t k = 0;  // step counter: θ_k → θ_{k+1}
    Vector g;
    std::vector<std::size_t> batch;
    for (std::size_t epoch = 1; epoch <= h.epochs; ++epoch) {
        // Reorder the indices {0, …, M−1} at random.
        const std::vector<std::size_t> order = rng.permutation(M);
        for (std::size_t j = 0; j < h.steps_per_epoch; ++j, ++k) {
            // B: M′ consecutive indices of the reordered list (fewer in a kept last batch).
            const std::size_t first = j * M_prime, last = std::min(first + M_prime, M);
            batch.assign(order.begin() + static_cast<std::ptrdiff_t>(first),
                         order.begin() + static_cast<std::ptrdiff_t>(last));
            std::sort(batch.begin(), batch.end());

            // η_k
            if (o.schedule) {
                const double eta_k = o.schedule->eta(k);
                if (!(eta_k > 0.0) || !std::isfinite(eta_k)) {
                    progress.abort();
                    throw ValueError("sgd: option schedule (" + o.schedule->name() +
                                     ") gives η_k = " + num(eta_k) + " at step k = " +
                                     std::to_string(k) + "; η must be positive and finite");
                }
                optimizer.set_eta(eta_k);
            }
            const double eta_k = optimizer.eta();

            // g_k ← M′⁻¹ Σ_{m∈B} ∂J(f(x_m; θ_k))/∂θ_k, and R̂_B(θ_k) on the same batch
            const double batch_risk = objective.risk_and_gradient(theta, batch, g);
            const std::string where =
                "step k = " + std::to_string(k) + " (epoch " + std::to_string(epoch) + ")";
            if (!std::isfinite(batch_risk))
                diverged(progress, where, "batch risk R̂_B", batch_risk, eta_k);
            if (g.size() != theta.size())
                throw ShapeError("sgd: the objective's gradient has size " +
                                 std::to_string(g.size()) + ", θ has size " +
                                 std::to_string(theta.size()));
            if (!all_finite(g)) diverged(progress, where, "gradient norm ‖g_k‖", norm(g), eta_k);

            // θ_{k+1} from θ_k and g_k
            optimizer.step(theta, g);

            h.step_batch_risk.push_back(batch_risk);
            h.step_eta.push_back(eta_k);
            h.step_batch_size.push_back(batch.size());
            if (o.record_theta) h.step_theta.push_back(theta);
            progress.step(epoch, k, batch_risk, eta_k);
        }
        // The epoch ends: R̂ on all M samples (and on the validation set).
        const double train = objective.empirical_risk(theta);
        const double last_eta = optimizer.eta();
        if (!std::isfinite(train))
            diverged(progress,
                     "after epoch " + std::to_string(epoch) + " (step k = " + std::to_string(k) +
                         ")",
                     "training risk R̂", train, last_eta);
        h.epoch_train_risk.push_back(train);
        double val = 0.0;
        if (o.validation) {
            val = o.validation->empirical_risk(theta);
            h.epoch_validation_risk.push_back(val);
        }
        progress.epoch(epoch, k, train, o.validation ? &val : nullptr, last_eta);
        if (o.on_epoch) o.on_epoch(epoch, theta);
    }
    return h;
}

}  // namespace redes
