#include "redes/app/train_setup.hpp"

#include <algorithm>

#include "redes/app/chapter.hpp"
#include "redes/app/train_print.hpp"
#include "redes/error.hpp"
#include "redes/optim/adagrad.hpp"
#include "redes/optim/adam.hpp"
#include "redes/optim/make_optimizer.hpp"
#include "redes/optim/momentum.hpp"
#include "redes/optim/rmsprop.hpp"

namespace redes::app {

OptimizerSpec optimizer_spec(const TrainOptions& o) {
    OptimizerSpec spec;
    spec.name = o.optimizer;
    spec.eta = o.eta;
    spec.alpha = o.alpha;
    spec.rho = o.rho;
    spec.rho1 = o.rho1;
    spec.rho2 = o.rho2;
    if (o.delta > 0.0) spec.delta = o.delta;  // else the optimizer's own default
    return spec;
}

std::unique_ptr<Optimizer> configured_optimizer(const TrainOptions& o, std::string& about) {
    const OptimizerSpec spec = optimizer_spec(o);
    about = describe(spec);
    return make_optimizer(spec);
}

std::unique_ptr<Schedule> configured_schedule(const TrainOptions& o, std::size_t steps_per_epoch,
                                              std::size_t total_steps, std::string& about) {
    if (o.schedule == "linear") {
        const double eta_tau = o.eta_tau > 0.0 ? o.eta_tau : o.eta / 100.0;
        const std::size_t tau = o.tau > 0 ? o.tau : std::max<std::size_t>(1, total_steps);
        auto s = std::make_unique<LinearDecay>(o.eta, eta_tau, tau);
        about = s->name();
        return s;
    }
    if (o.schedule == "inverse") {
        const double k0 = o.k0 > 0.0 ? o.k0 : static_cast<double>(steps_per_epoch);
        auto s = std::make_unique<InverseDecay>(o.eta, k0, o.p);
        about = s->name();
        return s;
    }
    about = "constant η";
    return nullptr;
}

void save_optimizer_state(const Optimizer& optimizer, ModelMetadata& meta) {
    if (const auto* m = dynamic_cast<const Momentum*>(&optimizer)) {
        meta.state["momentum_v"] = m->v();
    } else if (const auto* a = dynamic_cast<const AdaGrad*>(&optimizer)) {
        meta.state["adagrad_r"] = a->r();
    } else if (const auto* r = dynamic_cast<const RMSProp*>(&optimizer)) {
        meta.state["rmsprop_r"] = r->r();
    } else if (const auto* d = dynamic_cast<const Adam*>(&optimizer)) {
        meta.state["adam_s"] = d->s();
        meta.state["adam_r"] = d->r();
        meta.notes["adam_k"] = std::to_string(d->k());
    }
}

namespace {

// The saved vector `name`, which must have D entries (or none: no step was taken).
const Vector* saved(const ModelMetadata& meta, const std::string& name, std::size_t D,
                    const std::string& path) {
    const auto it = meta.state.find(name);
    if (it == meta.state.end()) return nullptr;
    if (!it->second.empty() && it->second.size() != D)
        throw IoError("load " + path + ": state " + name + " has " +
                      std::to_string(it->second.size()) +
                      " numbers, the network has D = " + std::to_string(D) + " parameters");
    return &it->second;
}

}  // namespace

bool restore_optimizer_state(Optimizer& optimizer, const ModelMetadata& meta, std::size_t D,
                             const std::string& path) {
    if (auto* m = dynamic_cast<Momentum*>(&optimizer)) {
        const Vector* v = saved(meta, "momentum_v", D, path);
        if (v) m->set_v(*v);
        return v != nullptr;
    }
    if (auto* a = dynamic_cast<AdaGrad*>(&optimizer)) {
        const Vector* r = saved(meta, "adagrad_r", D, path);
        if (r) a->set_r(*r);
        return r != nullptr;
    }
    if (auto* r = dynamic_cast<RMSProp*>(&optimizer)) {
        const Vector* v = saved(meta, "rmsprop_r", D, path);
        if (v) r->set_r(*v);
        return v != nullptr;
    }
    if (auto* d = dynamic_cast<Adam*>(&optimizer)) {
        const Vector* s = saved(meta, "adam_s", D, path);
        const Vector* r = saved(meta, "adam_r", D, path);
        const auto k = meta.notes.find("adam_k");
        if (!s || !r || k == meta.notes.end()) return false;
        if (k->second.empty() || k->second.size() > 18 ||
            k->second.find_first_not_of("0123456789") != std::string::npos)
            throw IoError("load " + path + ": note adam_k = '" + k->second +
                          "' is not a whole number of steps");
        d->set_state(std::stoull(k->second), *s, *r);
        return true;
    }
    return true;  // gradient descent has no state
}

double memory_needed(const std::vector<std::size_t>& N, std::size_t M, std::size_t batch_size) {
    // in doubles, so that absurd widths give a large number instead of wrapping around
    double D = 0.0, units = 0.0;
    for (std::size_t l = 1; l < N.size(); ++l) {
        D += static_cast<double>(N[l]) * (static_cast<double>(N[l - 1]) + 1.0);
        units += static_cast<double>(N[l]);
    }
    units += static_cast<double>(N.front());
    return 8.0 * (8.0 * D + 2.0 * static_cast<double>(M) * units +
                  4.0 * static_cast<double>(batch_size) * units);
}

void check_memory_budget(const TrainOptions& o, const std::vector<std::size_t>& N, std::size_t M) {
    const double need = memory_needed(N, M, o.batch_size);
    const double gib = 1024.0 * 1024.0 * 1024.0;
    std::string widths;
    for (std::size_t n : N) widths += (widths.empty() ? "" : " → ") + std::to_string(n);
    require(need <= o.memory_budget * gib, "memory-budget", g(o.memory_budget) + " GiB",
            "at least the " + g(need / gib, "%.3g") + " GiB that " + widths + " with M = " +
                std::to_string(M) + " samples and M′ = " + std::to_string(o.batch_size) +
                " needs (narrower --widths, or raise --memory-budget)");
}

}  // namespace redes::app
