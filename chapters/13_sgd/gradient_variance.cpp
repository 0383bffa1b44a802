// 2. At a fixed θ (θ_0), the variance of the batch gradient against M′:
//   σ²/M′ with replacement, σ²/M′ · (M − M′)/(M − 1) without (an SGD batch),
// both measured over random batches (src/redes/optim/batch_gradient_noise.hpp).
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

#include "redes/app/format.hpp"
#include "redes/optim/batch_gradient_noise.hpp"
#include "sections.hpp"

namespace ch13 {

using redes::app::fmt;

namespace {

// M′ = 1, 2, 4, … below M, then a few sizes close to M (where (M − M′)/(M − 1) → 0), then M.
std::vector<std::size_t> variance_sizes(std::size_t M) {
    std::vector<std::size_t> s;
    for (std::size_t b = 1; b < M; b *= 2) s.push_back(b);
    for (std::size_t gap : {M / 4, M / 16, M / 64, std::size_t{1}})
        if (gap >= 1 && M - gap > s.back()) s.push_back(M - gap);
    return s;
}

// The formulas on a fine grid of M′ (dense just below M, where the finite-population factor dives).
std::vector<double> formula_grid(std::size_t M) {
    std::vector<double> x;
    for (std::size_t b = 1; b < M; b = std::max(b + 1, b * 11 / 10))
        x.push_back(static_cast<double>(b));
    for (std::size_t gap : {M / 8, M / 32, M / 128, std::size_t{4}, std::size_t{2}, std::size_t{1}})
        if (gap >= 1 && gap < M) x.push_back(static_cast<double>(M - gap));
    std::sort(x.begin(), x.end());
    x.erase(std::unique(x.begin(), x.end()), x.end());
    return x;
}

// The same estimate through MLPObjective::gradient on each batch (no stored g_m).
void same_through_backprop(const redes::app::Context& ctx, const Setup& u, const redes::Matrix& G) {
    const std::size_t Mp = std::min<std::size_t>(32, u.M());
    redes::Rng a(ctx.seed + 3), b(ctx.seed + 3);
    const auto via_G =
        redes::batch_gradient_variance_mc(G, Mp, 20, redes::Sampling::without_replacement, a);
    const auto via_R = redes::batch_gradient_variance_mc(u.R, u.theta0, Mp, 20,
                                                         redes::Sampling::without_replacement, b);
    std::cout << "  the same 20 batches of M′ = " << Mp
              << " through stored g_m and through backprop on each batch: "
              << fmt(via_G.mean, "%.6g") << " and " << fmt(via_R.mean, "%.6g")
              << " (relative difference "
              << fmt(std::abs(via_G.mean - via_R.mean) / via_R.mean, "%.1g") << ")\n";
}

}  // namespace

void gradient_variance(const redes::app::Context& ctx, const Setup& u, std::size_t draws) {
    const std::size_t M = u.M();
    const redes::Matrix G = redes::per_sample_gradients(u.R, u.theta0);
    const double sigma2 = redes::gradient_variance(G);
    std::cout << "batch gradient at θ_0: ‖∇R̂‖² = "
              << fmt(std::pow(redes::norm(u.R.full_gradient(u.theta0)), 2))
              << ", σ² = (1/M) Σ_m ‖g_m − ḡ‖² = " << fmt(sigma2) << "; E‖ĝ_B − ḡ‖² over " << draws
              << " random batches per M′:\n";
    std::cout << "      M′   with repl. (σ²/M′)            without (σ²/M′·(M−M′)/(M−1))\n";
    // with replacement only up to M/2: beyond, a draw costs M′ rows, and the curve is just σ²/M′
    std::vector<double> xs_w, v_with, se_with, xs, v_without, se_without;
    redes::Rng var_rng(ctx.seed + 2);
    double worst_z = 0.0;
    for (std::size_t Mp : variance_sizes(M)) {
        const double ewo =
            redes::batch_gradient_variance(sigma2, M, Mp, redes::Sampling::without_replacement);
        const auto wo =
            redes::batch_gradient_variance_mc(G, Mp, draws, redes::Sampling::without_replacement,
                                              var_rng);
        xs.push_back(static_cast<double>(Mp));
        v_without.push_back(wo.mean);
        se_without.push_back(wo.standard_error);
        worst_z = std::max(worst_z, std::abs(wo.mean - ewo) / wo.standard_error);
        char line[200];
        std::string with_text = "         —";
        if (2 * Mp <= M) {
            const double ew =
                redes::batch_gradient_variance(sigma2, M, Mp, redes::Sampling::with_replacement);
            const auto w =
                redes::batch_gradient_variance_mc(G, Mp, draws, redes::Sampling::with_replacement,
                                                  var_rng);
            xs_w.push_back(static_cast<double>(Mp));
            v_with.push_back(w.mean);
            se_with.push_back(w.standard_error);
            worst_z = std::max(worst_z, std::abs(w.mean - ew) / w.standard_error);
            std::snprintf(line, sizeof line, "%9.4g ± %-8.2g (%9.4g)", w.mean, w.standard_error,
                          ew);
            with_text = line;
        }
        std::snprintf(line, sizeof line, "  %6zu   %-32s   %9.4g ± %-8.2g (%9.4g)\n", Mp,
                      with_text.c_str(), wo.mean, wo.standard_error, ewo);
        std::cout << line;
    }
    std::cout << "  largest |measured − formula| / standard error: " << fmt(worst_z, "%.2f")
              << "\n";
    const std::vector<double> x_exact = formula_grid(M);
    std::vector<double> exact_with, exact_without;
    for (double b : x_exact) {
        exact_with.push_back(sigma2 / b);
        exact_without.push_back(
            redes::batch_gradient_variance(sigma2, M, static_cast<std::size_t>(b),
                                           redes::Sampling::without_replacement));
    }
    same_through_backprop(ctx, u, G);
    auto f_var = ctx.figure("gradient_variance",
                            "Noise of the batch gradient ĝ_B = (1/M′) Σ_{m∈B} g_m at a fixed θ");
    f_var.xlabel("batch size M′").ylabel("E‖ĝ_B − ∇R̂(θ)‖²").logx().logy().legend("bottom left");
    f_var.line("σ²/M′ (with replacement)", x_exact, exact_with, "lines lw 2 lc rgb '#1f77b4'")
        .line("σ²/M′ · (M − M′)/(M − 1) (without)", x_exact, exact_without,
              "lines lw 2 lc rgb '#d62728'")
        .errorbars("measured, with replacement", xs_w, v_with, se_with,
                   "yerrorbars pt 7 ps 0.8 lc rgb '#1f77b4'")
        .errorbars("measured, without replacement (an SGD batch)", xs, v_without, se_without,
                   "yerrorbars pt 5 ps 0.8 lc rgb '#d62728'");
    ctx.save(f_var);
}

}  // namespace ch13
