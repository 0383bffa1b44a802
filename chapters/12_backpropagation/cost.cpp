// What each path costs. For an N_ℓ×N_{ℓ−1} layer the literal path builds ∂z_ℓ/∂W_ℓ with
// N_ℓ² N_{ℓ−1} entries and contracts a row with it: O(N_ℓ² N_{ℓ−1}) time and memory per sample,
// N³ for an N×N layer. The efficient path does the same work with δ_ℓ x_{ℓ−1}ᵀ: O(N_ℓ N_{ℓ−1})
// per sample, N². Timings are an experiment (std::chrono, a noisy shared machine), never a test.
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <functional>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <iostream>
#include <string>
#include <vector>

#include "redes/backprop/efficient.hpp"
#include "redes/backprop/gradient_check.hpp"
#include "redes/backprop/literal.hpp"
#include "redes/error.hpp"
#include "redes/linalg.hpp"
#include "redes/risk/cost.hpp"
#include "sections.hpp"

using redes::Activation;
using redes::Matrix;
using redes::MLP;

namespace ch12 {

namespace {

// Seconds per call of f, by the wall clock (std::chrono::steady_clock) and by the processor time
// this program used (std::clock; the paths run on one thread). On a machine shared with other
// programs the wall clock also counts the time spent waiting for a core, the processor time does
// not. Calls are timed in blocks of reps calls (reps doubled until a block lasts 1 ms of
// processor time), blocks are repeated until they add up to min_seconds (at least 3 blocks), and
// the block with the least processor time counts.
struct Timing {
    double wall = 0.0, cpu = 0.0;
};

Timing seconds_per_call(const std::function<void()>& f, double min_seconds) {
    auto block = [&](std::size_t reps) {
        const auto w0 = std::chrono::steady_clock::now();
        const std::clock_t c0 = std::clock();
        for (std::size_t r = 0; r < reps; ++r) f();
        Timing t;
        t.cpu = static_cast<double>(std::clock() - c0) / CLOCKS_PER_SEC;
        t.wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - w0).count();
        return t;
    };
    std::size_t reps = 1;
    Timing t = block(reps);
    double total = t.cpu;
    while (t.cpu < 1e-3) {
        reps *= 2;
        t = block(reps);
        total += t.cpu;
    }
    Timing best = t;
    for (int blocks = 1; blocks < 3 || total < min_seconds; ++blocks) {
        t = block(reps);
        total += t.cpu;
        if (t.cpu < best.cpu) best = t;
    }
    best.wall /= static_cast<double>(reps);
    best.cpu /= static_cast<double>(reps);
    return best;
}

// Bytes the efficient path keeps per sample: the columns of X_0 … X_L, Z_1 … Z_L and δ_1 … δ_L.
std::size_t efficient_bytes_per_sample(const MLP& net) {
    std::size_t doubles = net.N()[0];
    for (std::size_t l = 1; l <= net.L(); ++l) doubles += 3 * net.N()[l];
    return 8 * doubles;
}

MLP square_net(std::size_t N) {
    return MLP({N, N, N, 1}, {Activation::tanh(), Activation::tanh(), Activation::identity()});
}

}  // namespace

void memory_refusal() {
    const MLP wide({64, 512, 1}, Activation::relu(), Activation::identity());
    const Matrix X(64, 1, 0.5), Y(1, 1, 1.0);
    const redes::Cost J = redes::Cost::quadratic();
    std::printf(
        "\nthe literal path's memory: a net N = {64, 512, 1} needs %.1f MB of tuples per sample "
        "(limit %.0f MB)\n",
        static_cast<double>(redes::literal_memory_bytes(wide)) / 1e6,
        static_cast<double>(redes::literal_default_memory_limit) / 1e6);
    try {
        redes::literal_backprop(wide, J, X, Y);
        std::cout << "  literal_backprop: not refused\n";
    } catch (const redes::LimitError& e) {
        std::cout << "  literal_backprop refused: " << e.what() << "\n";
    }
    const redes::MLPGradient g = redes::efficient_backprop(wide, J, X, Y);
    std::printf(
        "  efficient_backprop on the same net: fine, %zu bytes per sample, ∂R̂/∂W_1 is %zu×%zu\n",
        efficient_bytes_per_sample(wide), g.dW[0].rows(), g.dW[0].cols());
}

void cost_vs_width(redes::app::Context& ctx, std::size_t max_width) {
#ifdef __GLIBC__
    // glibc hands a large block (the literal path's tensors: 256 kB at N = 32, 16 MB at N = 128)
    // back to the operating system when it is freed, and the next sample gets fresh pages that
    // the system must zero first, or not, depending on a threshold glibc adapts as it goes. The
    // timings would then depend on the allocator's history (a dip at N = 64). Keeping freed
    // memory in the process makes every sample reuse the same pages, so the measurement counts
    // the arithmetic and the cache, the same way at every width.
    mallopt(M_MMAP_THRESHOLD, 256 << 20);
    mallopt(M_TRIM_THRESHOLD, 512 << 20);
#endif
    const std::size_t M = ctx.quick ? 1 : 2;
    const double min_seconds = ctx.quick ? 0.003 : 0.05;
    const redes::Cost J = redes::Cost::quadratic();
    redes::Rng& rng = ctx.rng;
    std::printf(
        "\ncost per sample against the width N of a net N = {N, N, N, 1} (tanh, tanh, identity), "
        "batches of M = %zu;\nseconds per sample of processor time (wall clock in brackets):\n"
        "      N  literal bytes  literal s/sample      efficient s/sample    ratio  lit. vs eff.\n",
        M);
    std::vector<double> widths, t_lit, t_eff;
    for (std::size_t N = 4; N <= max_width; N *= 2) {
        const MLP net =
            random_mlp({N, N, N, 1},
                       {Activation::tanh(), Activation::tanh(), Activation::identity()}, rng);
        const Matrix X = random_matrix(N, M, rng), Y = random_matrix(1, M, rng);
        redes::MLPGradient lit, eff;
        const Timing s_lit =
            seconds_per_call([&] { lit = redes::literal_backprop(net, J, X, Y); }, min_seconds);
        const Timing s_eff =
            seconds_per_call([&] { eff = redes::efficient_backprop(net, J, X, Y); }, min_seconds);
        double diff = 0.0;
        for (std::size_t l = 0; l < net.L(); ++l)
            diff = std::max(
                {diff, redes::relative_error(redes::flatten(lit.dW[l]), redes::flatten(eff.dW[l])),
                 redes::relative_error(lit.db[l], eff.db[l])});
        const double per = 1.0 / static_cast<double>(M);
        widths.push_back(static_cast<double>(N));
        t_lit.push_back(s_lit.cpu * per);
        t_eff.push_back(s_eff.cpu * per);
        std::printf("  %5zu  %13zu  %.2e (%.2e)  %.2e (%.2e)  %5.0f  %12.1e\n", N,
                    redes::literal_memory_bytes(net), t_lit.back(), s_lit.wall * per, t_eff.back(),
                    s_eff.wall * per, t_lit.back() / t_eff.back(), diff);
    }
    const std::size_t n = widths.size();
    if (n >= 2)
        std::printf(
            "  slope between the last two widths (log t / log N): literal %.2f, efficient %.2f\n",
            std::log(t_lit[n - 1] / t_lit[n - 2]) / std::log(widths[n - 1] / widths[n - 2]),
            std::log(t_eff[n - 1] / t_eff[n - 2]) / std::log(widths[n - 1] / widths[n - 2]));

    // Slope guides through the last measured point of each path.
    std::vector<double> cube(n), square(n);
    for (std::size_t i = 0; i < n; ++i) {
        cube[i] = t_lit[n - 1] * std::pow(widths[i] / widths[n - 1], 3.0);
        square[i] = t_eff[n - 1] * std::pow(widths[i] / widths[n - 1], 2.0);
    }
    auto fig = ctx.figure("cost_vs_width",
                          "Backpropagation: time per sample against the width N (net N, N, N, 1)");
    fig.xlabel("width N")
        .ylabel("seconds per sample (processor time)")
        .logx()
        .logy()
        .legend("top left")
        .raw("set format x '%g'")
        .raw("set xtics (4, 8, 16, 32, 64, 128)")
        .xrange(3, 180)
        .line("literal: g_{J′}ᵀ G_Lᵀ W_L ⋯ G_ℓᵀ · ∂z_ℓ/∂W_ℓ", widths, t_lit,
              "linespoints pt 7 ps 1.2 lw 2 lc rgb '#e41a1c'")
        .line("efficient: δ_ℓ X_{ℓ−1}ᵀ, G never built", widths, t_eff,
              "linespoints pt 5 ps 1.2 lw 2 lc rgb '#377eb8'")
        .line("∝ N³  (N_ℓ² N_{ℓ−1} per N×N layer)", widths, cube,
              "lines dashtype 2 lw 1.5 lc rgb '#e41a1c'")
        .line("∝ N²", widths, square, "lines dashtype 2 lw 1.5 lc rgb '#377eb8'");
    ctx.save(fig);

    // Memory per sample, computed (nothing allocated): the literal path hits its limit.
    std::vector<double> mw, m_lit, m_eff, limit;
    for (std::size_t N = 4; N <= (ctx.quick ? 64u : 1024u); N *= 2) {
        const MLP net = square_net(N);
        mw.push_back(static_cast<double>(N));
        m_lit.push_back(static_cast<double>(redes::literal_memory_bytes(net)));
        m_eff.push_back(static_cast<double>(efficient_bytes_per_sample(net)));
        limit.push_back(static_cast<double>(redes::literal_default_memory_limit));
    }
    auto mem =
        ctx.figure("memory_vs_width",
                   "Backpropagation: memory per sample against the width N (net N, N, N, 1)");
    mem.xlabel("width N")
        .ylabel("bytes per sample")
        .logx()
        .logy()
        .legend("top left")
        .xrange(3, 1400)
        .raw("set format x '%g'")
        .raw("set xtics (4, 8, 16, 32, 64, 128, 256, 512, 1024)")
        .line("literal: the tuples (z, x, G_σ′, ∂z/∂W, I) of every layer", mw, m_lit,
              "linespoints pt 7 ps 1.2 lw 2 lc rgb '#e41a1c'")
        .line("efficient: the columns of X_ℓ, Z_ℓ, δ_ℓ", mw, m_eff,
              "linespoints pt 5 ps 1.2 lw 2 lc rgb '#377eb8'")
        .line("literal path's default limit (100 MB)", mw, limit,
              "lines dashtype 2 lw 2 lc rgb 'black'");
    ctx.save(mem);
}

}  // namespace ch12
