#include "redes/optim/threaded_objective.hpp"

#include <algorithm>
#include <exception>
#include <string>
#include <thread>

#include "redes/error.hpp"

namespace redes {

ThreadedObjective::ThreadedObjective(const Objective& inner, std::size_t threads,
                                     std::size_t chunk_size)
    : inner_(inner), threads_(threads), chunk_size_(chunk_size) {
    if (threads == 0) throw ValueError("ThreadedObjective: threads = 0 must be at least 1");
    if (chunk_size == 0) throw ValueError("ThreadedObjective: chunk_size = 0 must be at least 1");
}

std::size_t ThreadedObjective::threads_used(std::size_t batch_size) const {
    const std::size_t chunks = (batch_size + chunk_size_ - 1) / chunk_size_;
    return std::max<std::size_t>(1, std::min(threads_, chunks));
}

double ThreadedObjective::run(const Vector& theta, const std::vector<std::size_t>& batch,
                              Vector* g) const {
    if (batch.empty()) throw ValueError("ThreadedObjective: empty batch");
    // B_c = batch[c·C … min((c+1)·C, |B|)), c = 0 … n_chunks − 1
    const std::size_t n_chunks = (batch.size() + chunk_size_ - 1) / chunk_size_;
    std::vector<double> R_c(n_chunks);
    std::vector<Vector> g_c(g ? n_chunks : 0);
    auto chunk = [&](std::size_t c) {
        const auto first = batch.begin() + static_cast<std::ptrdiff_t>(c * chunk_size_);
        const auto last = batch.begin() + static_cast<std::ptrdiff_t>(
                                              std::min((c + 1) * chunk_size_, batch.size()));
        const std::vector<std::size_t> B_c(first, last);
        R_c[c] = g ? inner_.risk_and_gradient(theta, B_c, g_c[c]) : inner_.risk(theta, B_c);
    };

    // Thread t does the chunks t, t + T', t + 2T', … (T' = threads used); thread 0 is this one.
    const std::size_t T = std::min(threads_, n_chunks);
    std::vector<std::exception_ptr> errors(T);
    auto worker = [&](std::size_t t) {
        try {
            for (std::size_t c = t; c < n_chunks; c += T) chunk(c);
        } catch (...) {
            errors[t] = std::current_exception();
        }
    };
    std::vector<std::thread> pool;
    pool.reserve(T - 1);
    for (std::size_t t = 1; t < T; ++t) pool.emplace_back(worker, t);
    worker(0);
    for (auto& th : pool) th.join();
    for (const auto& e : errors)
        if (e) std::rethrow_exception(e);

    // g = Σ_c (|B_c|/|B|) g_c and R̂_B = Σ_c (|B_c|/|B|) R̂_{B_c}, in chunk order
    const double n = static_cast<double>(batch.size());
    double R = 0.0;
    if (g) *g = Vector(g_c[0].size());
    for (std::size_t c = 0; c < n_chunks; ++c) {
        const double w =
            static_cast<double>(std::min((c + 1) * chunk_size_, batch.size()) - c * chunk_size_) /
            n;
        R += w * R_c[c];
        if (g) {
            if (g_c[c].size() != g->size())
                throw ShapeError("ThreadedObjective: chunk gradients of sizes " +
                                 std::to_string(g->size()) + " and " +
                                 std::to_string(g_c[c].size()));
            for (std::size_t i = 0; i < g->size(); ++i) (*g)[i] += w * g_c[c][i];
        }
    }
    return R;
}

double ThreadedObjective::risk(const Vector& theta, const std::vector<std::size_t>& batch) const {
    return run(theta, batch, nullptr);
}

Vector ThreadedObjective::gradient(const Vector& theta,
                                   const std::vector<std::size_t>& batch) const {
    Vector g;
    run(theta, batch, &g);
    return g;
}

double ThreadedObjective::risk_and_gradient(const Vector& theta,
                                            const std::vector<std::size_t>& batch,
                                            Vector& g) const {
    return run(theta, batch, &g);
}

}  // namespace redes
