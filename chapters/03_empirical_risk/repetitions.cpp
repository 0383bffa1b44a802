// (2), (3) Over R repetitions: how far argmin R̂ lands from argmin R, and what that costs.
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

#include "redes/stats/quantile.hpp"
#include "redes/stats/sample_sizes.hpp"
#include "sections.hpp"
#include "world.hpp"

namespace ch03 {

Spread argmin_spread(double a, double sigma, std::size_t R, std::size_t M_max, redes::Rng& rng) {
    namespace st = redes::stats;
    Spread out;
    out.M = st::log_spaced_sizes(10, M_max, 4);
    const std::size_t K = out.M.size();
    // θ̂_M for growing M from one stream per repetition (Σ x_m y_m and Σ x_m² accumulated)
    std::vector<std::vector<double>> err(K, std::vector<double>(R)), excess = err;
    for (std::size_t r = 0; r < R; ++r) {
        double sxy = 0.0, sxx = 0.0;
        std::size_t m = 0;
        for (std::size_t k = 0; k < K; ++k) {
            for (; m < out.M[k]; ++m) {
                const double x = rng.normal(mu, s);
                const double y = a * x + rng.normal(0.0, sigma);
                sxy += x * y, sxx += x * x;
            }
            const double theta_hat = sxy / sxx;  // argmin R̂ = Σ y_m x_m / Σ x_m²
            err[k][r] = std::abs(theta_hat - a);
            excess[k][r] = risk(theta_hat, a, sigma) - risk(a, a, sigma);  // R(θ̂) − R(θ*)
        }
    }
    for (std::size_t k = 0; k < K; ++k) {
        const double M = static_cast<double>(out.M[k]);
        out.median.push_back(st::median(err[k]));
        out.q10.push_back(st::quantile(err[k], 0.1));
        out.q90.push_back(st::quantile(err[k], 0.9));
        // θ̂ − θ* ≈ N(0, σ²/(M E[X²])) for large M: median |θ̂ − θ*| = 0.6745 σ/√(M E[X²])
        out.guide.push_back(0.6745 * sigma / std::sqrt(M * EX2));
        out.excess_median.push_back(st::median(excess[k]));
        // R(θ̂) − R(θ*) = E[X²](θ̂ − θ*)² ≈ (σ²/M)·χ²₁, whose median is 0.4549
        out.excess_guide.push_back(0.4549 * sigma * sigma / M);
    }
    return out;
}

void repetitions(redes::app::Context& ctx, double a, double sigma, std::size_t R,
                 std::size_t M_max) {
    const Spread sp = argmin_spread(a, sigma, R, M_max, ctx.rng);
    std::printf(
        "\n(2) over %zu repetitions: |argmin R̂ − argmin R|\n"
        "        M      median         10%%         90%%   0.6745σ/√(M E[X²])\n",
        R);
    for (std::size_t k = 0; k < sp.M.size(); k += 4)
        std::printf("  %7zu  %10.5f  %10.5f  %10.5f  %12.5f\n", sp.M[k], sp.median[k], sp.q10[k],
                    sp.q90[k], sp.guide[k]);
    std::printf(
        "(3) median excess risk R(θ̂) − R(θ*): %.2e at M = %zu, %.2e at M = %zu (0.4549σ²/M: %.2e, %.2e)\n",
        sp.excess_median.front(), sp.M.front(), sp.excess_median.back(), sp.M.back(),
        sp.excess_guide.front(), sp.excess_guide.back());

    const std::vector<double> Md(sp.M.begin(), sp.M.end());
    auto fig2 =
        ctx.figure("argmin_error", "argmin R̂ → argmin R: distance of the empirical minimiser vs M");
    fig2.xlabel("M (samples)")
        .ylabel("|argmin R̂ − argmin R| = |θ̂_M − θ*|")
        .logx()
        .logy()
        .legend("bottom left");
    fig2.line("median over " + std::to_string(R) + " repetitions", Md, sp.median,
              "linespoints pt 7 ps 0.7 lw 2 lc rgb '#1f77b4'");
    fig2.line("10% and 90% quantiles", Md, sp.q10, "lines lw 1 lc rgb '#6baed6'");
    fig2.line("", Md, sp.q90, "lines lw 1 lc rgb '#6baed6'");
    fig2.line("0.6745 σ/√(M E[X²])", Md, sp.guide, "lines dashtype 2 lw 1.5 lc rgb 'black'");
    ctx.save(fig2);

    auto fig3 = ctx.figure("excess_risk", "The learned θ̂_M on new data: R(θ̂_M) − R(θ*) vs M");
    fig3.xlabel("M (samples)")
        .ylabel("excess risk R(θ̂_M) − R(θ*)")
        .logx()
        .logy()
        .legend("bottom left");
    fig3.line("median over " + std::to_string(R) + " repetitions", Md, sp.excess_median,
              "linespoints pt 7 ps 0.7 lw 2 lc rgb '#d62728'");
    fig3.line("0.4549 σ²/M", Md, sp.excess_guide, "lines dashtype 2 lw 1.5 lc rgb 'black'");
    ctx.save(fig3);
}

}  // namespace ch03
