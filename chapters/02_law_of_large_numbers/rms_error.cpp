// (1) How fast: the RMS error of the sample mean is exactly σ/√M; measured over R repetitions
// for a uniform and an exponential distribution, on log-log axes.
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

#include "redes/plot/palette.hpp"
#include "redes/stats/running_mean.hpp"
#include "redes/stats/summary.hpp"
#include "redes/text.hpp"
#include "sections.hpp"

namespace ch02 {

void rms_error(redes::app::Context& ctx, const std::vector<std::size_t>& Ms, std::size_t R,
               double lambda) {
    namespace st = redes::stats;
    using redes::num;
    using redes::Rng;
    const std::vector<double> Md(Ms.begin(), Ms.end());
    // (1) RMS error sqrt((1/R) Σ_r (x̄_M^(r) − μ)²) against the exact σ/√M.
    std::printf("(1) RMS error of the sample mean over R = %zu repetitions, against σ/√M\n", R);
    auto fig1 = ctx.figure("lln_error", "Law of large numbers: error of (1/M) Σ x_m vs M");
    fig1.xlabel("M (samples averaged)")
        .ylabel("RMS of (1/M) Σ x_m − E[X]")
        .logx()
        .logy()
        .legend("top right");
    // U[0,1): μ = 1/2, σ² = 1/12.   Exp(λ): μ = 1/λ, σ² = 1/λ².
    const Distribution dists[] = {{"uniform U[0,1)", 0.5, std::sqrt(1.0 / 12.0),
                                   [](Rng& r) { return r.uniform(); }},
                                  {"exponential Exp(" + num(lambda) + ")", 1.0 / lambda,
                                   1.0 / lambda,
                                   [lambda](Rng& r) { return r.exponential(lambda); }}};
    const std::size_t colour_of[] = {0, 3};  // the palette's blue and red
    for (int d = 0; d < 2; ++d) {
        const Distribution& D = dists[d];
        const redes::Matrix E = st::running_mean_errors(Ms, R, D.mu, ctx.rng, D.draw);
        std::vector<double> rms(Ms.size()), guide(Ms.size());
        for (std::size_t k = 0; k < Ms.size(); ++k) {
            rms[k] = st::rms(column(E, k));
            guide[k] = D.sigma / std::sqrt(Md[k]);  // E[(x̄_M − μ)²] = σ²/M exactly
        }
        std::printf("  %s: μ = %g, σ = %.4f\n          M   RMS error        σ/√M   ratio\n",
                    D.name.c_str(), D.mu, D.sigma);
        for (std::size_t k = 0; k < Ms.size(); ++k)
            if (is_power_of_ten(Md[k]))
                std::printf("  %9zu  %10.6f  %10.6f  %6.3f\n", Ms[k], rms[k], guide[k],
                            rms[k] / guide[k]);
        std::printf("  slope of log RMS vs log M: %.3f (1/√M gives −0.5)\n",
                    log_log_slope(Md, rms));
        const std::string c = redes::plot::line_colour(colour_of[d]);
        fig1.line("RMS error, " + D.name, Md, rms, "linespoints pt 7 ps 0.6 lw 2 " + c);
        fig1.line("σ/√M, " + D.name, Md, guide, "lines dashtype 2 lw 1.5 " + c);
    }
    ctx.save(fig1);
}

}  // namespace ch02
