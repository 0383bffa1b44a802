#include "redes/app/train_loop.hpp"

#include <algorithm>
#include <cmath>
#include <memory>
#include <ostream>

#include "redes/app/train_print.hpp"
#include "redes/app/train_regression.hpp"
#include "redes/app/train_setup.hpp"
#include "redes/error.hpp"
#include "redes/models/classify.hpp"
#include "redes/optim/fit_mlp.hpp"

namespace redes::app {

namespace {

// "epoch 12/30   R̂ training 0.1234   validation 0.2345   accuracy 93.33 %   η 0.01"
// (a regression: "…   validation 0.2345   R² 0.9876   η 0.01")
std::string progress_line(std::size_t e, std::size_t E, const EpochLoopResult& r, double eta,
                          bool regression) {
    std::string line = "epoch " + std::to_string(e) + "/" + std::to_string(E) + "   R̂ training " +
                       g(r.train_risk[e]);
    if (!r.validation_risk.empty())
        line += "   validation " + g(r.validation_risk[e]) +
                (regression ? "   R² " + g(r.validation_accuracy[e])
                            : "   accuracy " + g(100.0 * r.validation_accuracy[e], "%.2f") + " %");
    return line + "   η " + g(eta);
}

// The divergence rule of the header; "" when epoch e is fine.
std::string divergence(const EpochLoopResult& r, std::size_t e, const Vector& theta) {
    if (!std::isfinite(r.train_risk[e])) return "R̂ = " + g(r.train_risk[e]) + " is not finite";
    if (!all_finite(theta)) return "a parameter is not finite";
    const double limit = divergence_factor * std::max(r.train_risk[0], 1.0);
    if (r.train_risk[e] > limit)
        return "R̂ = " + g(r.train_risk[e]) + " grew past " + g(divergence_factor) +
               " · max(R̂(θ_0), 1) = " + g(limit);
    return "";
}

}  // namespace

std::uint64_t epoch_seed(std::uint64_t seed, std::size_t e) {
    // splitmix64 of seed + e: neighbouring (seed, e) give unrelated streams
    std::uint64_t z = seed + 0x9e3779b97f4a7c15ULL * (static_cast<std::uint64_t>(e) + 1);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

EpochLoopResult train_epochs(MLP& net, const Cost& J, const TrainParts& p, Optimizer& optimizer,
                             const EpochLoopSettings& s, std::ostream& out) {
    EpochLoopResult r;
    const bool validate = p.X_val != nullptr;
    auto val_accuracy = [&] {
        return p.regression ? r_squared(net.forward(*p.X_val), *p.Y_val)
                            : accuracy(predict_labels(net, *p.X_val), *p.labels_val);
    };
    Vector best_theta = net.parameters();
    double best_risk = 0.0;
    if (validate) r.validation_accuracy.push_back(val_accuracy());  // of θ_0
    const std::size_t E = s.epochs;
    const std::size_t every = std::max<std::size_t>(1, (E + 9) / 10);  // about 10 lines
    for (std::size_t e = 1; e <= E; ++e) {
        const std::size_t global = s.epochs_before + e - 1;
        Rng rng(epoch_seed(s.seed, global));
        SGDOptions o;
        o.epochs = 1;
        o.batch_size = s.batch_size;
        o.progress = Progress::quiet;
        std::unique_ptr<ShiftedSchedule> shifted;
        if (s.schedule) {
            shifted = std::make_unique<ShiftedSchedule>(*s.schedule, s.steps_before + r.steps);
            o.schedule = shifted.get();
        }
        SGDHistory h;
        try {
            h = fit_mlp(net, J, *p.X, *p.Y, optimizer, rng, o, p.X_val, p.Y_val);
        } catch (const DivergenceError& err) {
            throw DivergenceError("training diverged in epoch " + std::to_string(global + 1) +
                                  ": " + err.what());
        }
        if (e == 1) {  // θ_0 of this run
            r.train_risk.push_back(h.epoch_train_risk.front());
            if (validate) r.validation_risk.push_back(h.epoch_validation_risk.front());
            best_risk = validate ? r.validation_risk[0] : r.train_risk[0];
        }
        r.train_risk.push_back(h.epoch_train_risk.back());
        if (validate) {
            r.validation_risk.push_back(h.epoch_validation_risk.back());
            r.validation_accuracy.push_back(val_accuracy());
        }
        r.steps += h.steps;
        r.epochs_run = e;
        const Vector theta = net.parameters();
        const std::string why = divergence(r, e, theta);
        if (!why.empty())
            throw DivergenceError("training diverged in epoch " + std::to_string(global + 1) +
                                  ": " + why + "; nothing was saved (try a smaller --eta)");

        const double eta =
            s.schedule ? s.schedule->eta(s.steps_before + r.steps - 1) : optimizer.eta();
        const double risk = validate ? r.validation_risk[e] : r.train_risk[e];
        if (risk < best_risk) {
            best_risk = risk;
            best_theta = theta;
            r.best_epoch = e;
        } else if (s.patience > 0 && e - r.best_epoch >= s.patience) {
            r.stopped_early = true;
        }

        std::string line = progress_line(e, E, r, eta, p.regression);
        if (s.epochs_before > 0)  // a continued run: the epochs of the model's life too
            line += "   (epoch " + std::to_string(global + 1) + " of the model)";
        const bool last = e == E || r.stopped_early;
        if (s.live) out << "\r\033[K" << line << (last ? "\n" : "") << std::flush;
        else if (e % every == 0 || last) out << line << "\n" << std::flush;
        if (r.stopped_early) break;
    }
    if (s.patience > 0 && r.best_epoch != r.epochs_run) {
        net.set_parameters(best_theta);
        r.restored_best = true;
    }
    return r;
}

}  // namespace redes::app
