// What an activation costs. ReLU is a compare, max{0, z}; the sigmoid 1/(1 + e^{−z}) and
// tanh(z) = (1 − e^{−2z})/(1 + e^{−2z}) each need an exponential, a polynomial of a dozen terms
// after a range reduction (libm's, or tanh_kernel.cpp's). Timings are an experiment
// (std::clock on a machine shared with other programs), never a test: the test checks what is
// timed, not how fast.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <functional>
#include <string>
#include <vector>

#include "redes/app/format.hpp"
#include "redes/error.hpp"
#include "redes/plot/palette.hpp"
#include "sections.hpp"

using redes::Activation;

namespace ch07 {

namespace {

// Processor seconds of `reps` calls of f.
double cpu_seconds(const std::function<void()>& f, std::size_t reps) {
    const std::clock_t c0 = std::clock();
    for (std::size_t r = 0; r < reps; ++r) f();
    return static_cast<double>(std::clock() - c0) / CLOCKS_PER_SEC;
}

double median_of(std::vector<double> v) {
    if (v.empty()) return std::nan("");
    std::sort(v.begin(), v.end());
    const std::size_t m = v.size() / 2;
    return v.size() % 2 ? v[m] : 0.5 * (v[m - 1] + v[m]);
}

}  // namespace

std::string kernel_name(Kernel k) {
    switch (k) {
        case Kernel::per_element: return "per element";
        case Kernel::one_pass: return "one pass";
    }
    return "?";
}

void apply(Kernel k, const Activation& a, const std::vector<double>& z, std::vector<double>& x,
           std::vector<double>& dx) {
    if (x.size() != z.size() || dx.size() != z.size())
        throw redes::ShapeError("ch07::apply: z of size " + std::to_string(z.size()) +
                                ", x of size " + std::to_string(x.size()) + " and dx of size " +
                                std::to_string(dx.size()) + " must agree");
    switch (k) {
        case Kernel::per_element:
            for (std::size_t i = 0; i < z.size(); ++i) x[i] = a.sigma(z[i]);  // x_i = σ(z_i)
            return;
        case Kernel::one_pass: a.sigma_and_prime(z.data(), z.size(), x.data(), dx.data()); return;
    }
}

double ns_per_element(Kernel k, const Activation& a, const std::vector<double>& z,
                      double min_seconds) {
    std::vector<double> x(z.size()), dx(z.size());
    const auto call = [&] { apply(k, a, z, x, dx); };
    std::size_t reps = 1;
    double t = cpu_seconds(call, reps), total = t;
    while (t < 1e-3) {  // std::clock ticks in microseconds or coarser: blocks of ≥ 1 ms
        reps *= 2;
        t = cpu_seconds(call, reps);
        total += t;
    }
    double best = t;
    for (int blocks = 1; blocks < 3 || total < min_seconds; ++blocks) {
        t = cpu_seconds(call, reps);
        total += t;
        best = std::min(best, t);
    }
    return best / static_cast<double>(reps * z.size()) * 1e9;
}

double median_ratio(const KernelCost& a, const KernelCost& b) {
    std::vector<double> r;
    for (std::size_t i = 0; i < std::min(a.ns_per_element.size(), b.ns_per_element.size()); ++i)
        r.push_back(a.ns_per_element[i] / b.ns_per_element[i]);
    return median_of(r);
}

std::vector<KernelCost> activation_cost(const redes::app::Context& ctx, std::size_t n, int runs,
                                        double min_seconds, redes::Rng& rng) {
    const std::vector<Activation> acts{Activation::relu(), Activation::sigmoid(),
                                       Activation::tanh()};
    const std::vector<Kernel> kernels{Kernel::per_element, Kernel::one_pass};
    std::vector<double> z(n);
    for (double& zi : z) zi = rng.normal(0.0, 1.5);  // the pre-activations of chapter 07's G_σ′

    std::vector<KernelCost> cost;  // cost[k · 3 + a]
    for (Kernel k : kernels)
        for (const Activation& a : acts) cost.push_back({a.name(), k, n, {}});
    // Round by round, every (kernel, σ) once: a slow moment of the machine hits all of them.
    for (int r = 0; r < runs; ++r)
        for (std::size_t k = 0; k < kernels.size(); ++k)
            for (std::size_t i = 0; i < acts.size(); ++i)
                cost[k * acts.size() + i].ns_per_element.push_back(
                    ns_per_element(kernels[k], acts[i], z, min_seconds));

    std::printf(
        "\ncost of σ on z ~ N(0, 1.5²) of n = %zu entries, %d runs, nanoseconds per element of "
        "processor time:\n"
        "  per element: x_i = σ(z_i), one call of Activation::sigma(double) per entry\n"
        "  one pass:    σ and σ′ together, Activation::sigma_and_prime (the training step's)\n"
        "  %-12s %-8s %8s %8s %8s\n",
        n, runs, "kernel", "σ", "min", "median", "max");
    for (const KernelCost& c : cost) {
        const auto [lo, hi] = std::minmax_element(c.ns_per_element.begin(), c.ns_per_element.end());
        std::printf("  %-12s %-8s %8.2f %8.2f %8.2f\n", kernel_name(c.kernel).c_str(),
                    c.activation.c_str(), *lo, median_of(c.ns_per_element), *hi);
    }
    for (std::size_t k = 0; k < kernels.size(); ++k) {
        const KernelCost &relu = cost[k * 3], &sigmoid = cost[k * 3 + 1], &tanh = cost[k * 3 + 2];
        std::printf("  %-12s tanh/relu %.1f, sigmoid/relu %.1f (medians of the per-run ratios)\n",
                    (kernel_name(kernels[k]) + ":").c_str(), median_ratio(tanh, relu),
                    median_ratio(sigmoid, relu));
    }

    // The median as a large square, the min–max of the runs as a bar, each run as a small
    // circle beside it; x = the σ, shifted left for one kernel and right for the other.
    double lo = cost[0].ns_per_element[0], hi = lo;
    for (const KernelCost& c : cost)
        for (double v : c.ns_per_element) lo = std::min(lo, v), hi = std::max(hi, v);
    auto fig = ctx.figure("activation_cost",
                          "Cost of an activation: tanh and sigmoid (an exponential) vs ReLU "
                          "(a compare)");
    fig.xlabel("activation σ (bars: min to max of the runs)")
        .ylabel("nanoseconds per element (processor time)")
        .logy()
        .xrange(0.5, 3.5)
        .yrange(lo / 2, hi * 6)
        .legend("top left")
        .size(800, 620)
        .raw("set xtics ('relu' 1, 'sigmoid' 2, 'tanh' 3)");
    for (std::size_t k = 0; k < kernels.size(); ++k) {
        const double shift = k == 0 ? -0.15 : 0.15;
        const std::string colour = redes::plot::line_colour(k);
        std::vector<double> xr, yr, xm, ym;
        for (std::size_t i = 0; i < acts.size(); ++i) {
            const KernelCost& c = cost[k * acts.size() + i];
            const double x = static_cast<double>(i + 1) + shift;
            for (double v : c.ns_per_element) {
                xr.push_back(x + 0.06);
                yr.push_back(v);
            }
            xm.push_back(x);
            ym.push_back(median_of(c.ns_per_element));
            const auto [mn, mx] =
                std::minmax_element(c.ns_per_element.begin(), c.ns_per_element.end());
            fig.raw("set arrow from " + redes::app::fmt(x, "%g") + "," +
                    redes::app::fmt(*mn, "%.6g") + " to " + redes::app::fmt(x, "%g") + "," +
                    redes::app::fmt(*mx, "%.6g") + " nohead lw 2 " + colour);
        }
        fig.points(kernel_name(kernels[k]) + " (" + (k == 0 ? "σ" : "σ and σ′") + "): median of " +
                       std::to_string(runs) + " runs",
                   xm, ym, "points pt 5 ps 1.6 " + colour);
        fig.points(kernel_name(kernels[k]) + ": each run", xr, yr, "points pt 6 ps 1.0 " + colour);
    }
    ctx.save(fig);
    return cost;
}

}  // namespace ch07
