// 3. Wall time of one epoch against M′ and against the number of threads T. Timing is an
// experiment (a noisy shared machine), never a test.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <string>
#include <thread>
#include <vector>

#include "redes/app/format.hpp"
#include "redes/optim/make_optimizer.hpp"
#include "redes/optim/threaded_objective.hpp"
#include "sections.hpp"

namespace ch13 {

using redes::app::fmt;

namespace {

// One epoch as sgd() runs it (src/redes/optim/sgd.cpp), without the epoch-end risk: reorder
// the M indices, then for each batch B of M′ consecutive ones g_k ← ∇R̂_B(θ_k), θ_{k+1}.
// Returns the wall time in seconds.
double time_one_epoch(const redes::Objective& R, redes::Vector theta, redes::Optimizer& opt,
                      std::size_t M_prime, redes::Rng& rng) {
    const auto t0 = std::chrono::steady_clock::now();
    const std::size_t M = R.M();
    const std::vector<std::size_t> order = rng.permutation(M);
    redes::Vector g;
    std::vector<std::size_t> B;
    for (std::size_t first = 0; first < M; first += M_prime) {
        B.assign(order.begin() + static_cast<std::ptrdiff_t>(first),
                 order.begin() + static_cast<std::ptrdiff_t>(std::min(first + M_prime, M)));
        std::sort(B.begin(), B.end());
        R.risk_and_gradient(theta, B, g);
        opt.step(theta, g);
    }
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

}  // namespace

void time_per_epoch(const redes::app::Context& ctx, const Setup& u, const Settings& s,
                    std::size_t T_max, std::size_t chunk) {
    const std::size_t M = u.M();
    std::vector<std::size_t> t_sizes;
    for (std::size_t b = 1; b < M; b *= 4) t_sizes.push_back(b);
    t_sizes.push_back(M);
    const int repeats = ctx.quick ? 1 : 5;
    double load[1] = {-1.0};
    const bool has_load = getloadavg(load, 1) == 1;
    std::cout << "wall time of one epoch in milliseconds (the fastest of " << repeats
              << " interleaved runs; measured: differs from run to run"
              << (has_load ? ", load average " + fmt(load[0], "%.2f") + " on " +
                                 std::to_string(std::thread::hardware_concurrency()) + " processors"
                           : std::string())
              << "):\n      M′";
    for (std::size_t T = 1; T <= T_max; ++T) std::cout << "   T = " << T;
    std::cout << "   threads busy at T = " << T_max << "\n";
    std::vector<std::vector<double>> secs(T_max + 1, std::vector<double>(t_sizes.size(), 1e300));
    for (int r = 0; r < repeats; ++r)
        for (std::size_t i = 0; i < t_sizes.size(); ++i)
            for (std::size_t T = 1; T <= T_max; ++T) {
                const redes::ThreadedObjective RT(u.R, T, chunk);
                auto opt = redes::make_optimizer(s.optimizer, s.eta);
                redes::Rng rng(ctx.seed + 4);
                secs[T][i] =
                    std::min(secs[T][i], time_one_epoch(RT, u.theta0, *opt, t_sizes[i], rng));
            }
    const redes::ThreadedObjective R_max(u.R, T_max, chunk);
    for (std::size_t i = 0; i < t_sizes.size(); ++i) {
        char line[64];
        std::snprintf(line, sizeof line, "  %6zu", t_sizes[i]);
        std::cout << line;
        for (std::size_t T = 1; T <= T_max; ++T)
            std::cout << "  " << fmt(1e3 * secs[T][i], "%6.1f");
        std::cout << "   " << R_max.threads_used(t_sizes[i]) << "\n";
    }
    auto f_time = ctx.figure("time_per_epoch",
                             "Wall time of one SGD epoch (M samples) against M′ and threads T");
    f_time.xlabel("batch size M′").ylabel("seconds per epoch").logx().logy().legend("top right");
    const std::vector<double> tx(t_sizes.begin(), t_sizes.end());
    for (std::size_t T = 1; T <= T_max; ++T)
        f_time.line("T = " + std::to_string(T) + (T == 1 ? " thread" : " threads"), tx, secs[T],
                    std::string("linespoints lw 2 pt 7 lc rgb '") + colour(T - 1) + "'");
    ctx.save(f_time);
}

}  // namespace ch13
