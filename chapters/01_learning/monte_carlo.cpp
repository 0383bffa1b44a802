// (1) A fixed rule, its exact risk and Monte Carlo estimates for growing M.
#include <cmath>
#include <cstdio>
#include <vector>

#include "redes/stats/sample_sizes.hpp"
#include "sections.hpp"

namespace ch01 {

void monte_carlo_vs_exact(redes::app::Context& ctx, const World& train, std::size_t M_max) {
    const Line tangent{2 * mu0, -mu0 * mu0};  // tangent of x² at μ₀: 2μ₀x − μ₀²
    const double R_exact = risk_exact(tangent, train);
    std::printf("\n(1) fixed rule f(x) = %gx − %g (tangent of x² at x = %g)\n", tangent.w,
                -tangent.b, mu0);
    std::printf("    exact risk R{f} = 3s⁴ + σ² = %.6f\n", R_exact);
    std::printf("           M        R̂{f}         SE   |R̂−R|/SE\n");
    std::vector<double> Ms, est, se;
    for (std::size_t M : redes::stats::log_spaced_sizes(10, M_max, 4)) {
        const redes::stats::Estimate e = risk_monte_carlo(tangent, train, M, ctx.rng);
        Ms.push_back(double(M));
        est.push_back(e.mean);
        se.push_back(e.se);
        const double decade = std::log10(double(M));
        if (std::abs(decade - std::round(decade)) < 1e-9 || M == M_max)
            std::printf("    %8zu  %10.6f  %9.6f  %10.2f\n", M, e.mean, e.se,
                        std::abs(e.mean - R_exact) / e.se);
    }
    auto fig = ctx.figure("risk_monte_carlo",
                          "Risk R\\{f\\} = E[J(f(X))]: Monte Carlo estimate ± SE vs M");
    fig.xlabel("M (samples)").ylabel("risk of f(x) = 2x − 1").logx().xrange(7, 1.4 * Ms.back());
    fig.line("exact R\\{f\\} = 3s⁴ + σ²", std::vector<double>{Ms.front(), Ms.back()},
             std::vector<double>{R_exact, R_exact}, "lines lw 2 lc rgb 'black'");
    fig.errorbars("(1/M) Σ J(f(x_m)) ± SE", Ms, est, se, "yerrorbars pt 7 ps 0.7 lc rgb '#1f77b4'");
    ctx.save(fig);
}

}  // namespace ch01
