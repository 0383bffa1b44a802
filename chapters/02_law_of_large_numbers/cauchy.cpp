// (2) When it fails: the Cauchy distribution has no mean; its running average never settles.
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

#include "redes/stats/quantile.hpp"
#include "redes/stats/running_mean.hpp"
#include "redes/stats/sample_sizes.hpp"
#include "sections.hpp"

namespace ch02 {

namespace st = redes::stats;

void running_means(redes::app::Context& ctx, std::size_t M_max, std::size_t streams) {
    // (2a) Running means of single streams: normal settles, Cauchy jumps forever.
    const std::vector<std::size_t> Mrun = st::log_spaced_sizes(1, M_max, 24);
    const std::vector<double> Mrun_d(Mrun.begin(), Mrun.end());
    const redes::Matrix run_normal =
        st::running_mean_errors(Mrun, streams, 0.0, ctx.rng, draw_normal);
    const redes::Matrix run_cauchy =
        st::running_mean_errors(Mrun, streams, 0.0, ctx.rng, draw_cauchy);
    auto fig2 = ctx.figure("running_means",
                           "No mean, no law: running averages (1/M) Σ x_m, Cauchy vs normal");
    fig2.xlabel("M (samples averaged)")
        .ylabel("running mean (1/M) Σ_{m≤M} x_m  (axis cut at ±6)")
        .logx()
        .yrange(-6, 6);
    fig2.legend("outside right top").size(960, 560);
    const char* blues[] = {"#08306b", "#2171b5", "#6baed6", "#9ecae1",
                           "#08519c", "#4292c6", "#3182bd", "#c6dbef"};
    const char* reds[] = {"#67000d", "#cb181d", "#fb6a4a", "#fcae91",
                          "#a50f15", "#ef3b2c", "#de2d26", "#fcbba1"};
    std::printf("\n(2) running means at M = %zu (Cauchy has no E[X]; N(0,1) has E[X] = 0)\n",
                M_max);
    for (std::size_t r = 0; r < streams; ++r) {
        fig2.line("Cauchy, stream " + std::to_string(r + 1), Mrun_d, run_cauchy.row(r).values(),
                  std::string("lines lw 1.5 lc rgb '") + reds[r] + "'");
        std::printf("  stream %zu: normal %+.4f   Cauchy %+.4f\n", r + 1,
                    run_normal(r, Mrun.size() - 1), run_cauchy(r, Mrun.size() - 1));
    }
    for (std::size_t r = 0; r < streams; ++r)
        fig2.line("N(0,1), stream " + std::to_string(r + 1), Mrun_d, run_normal.row(r).values(),
                  std::string("lines lw 1.5 lc rgb '") + blues[r] + "'");
    ctx.save(fig2);
}

void median_error(redes::app::Context& ctx, const std::vector<std::size_t>& Ms, std::size_t R) {
    const std::size_t M_max = Ms.back();
    const std::vector<double> Md(Ms.begin(), Ms.end());
    // (2b) Typical error over R repetitions: median |x̄_M − 0|. For the normal it is
    // 0.6745/√M; for the Cauchy, x̄_M is again standard Cauchy for every M, so it stays 1.
    const redes::Matrix En = st::running_mean_errors(Ms, R, 0.0, ctx.rng, draw_normal);
    const redes::Matrix Ec = st::running_mean_errors(Ms, R, 0.0, ctx.rng, draw_cauchy);
    std::vector<double> med_n(Ms.size()), med_c(Ms.size()), guide_n(Ms.size()), one(Ms.size(), 1.0);
    for (std::size_t k = 0; k < Ms.size(); ++k) {
        std::vector<double> an = column(En, k), ac = column(Ec, k);
        for (double& v : an) v = std::abs(v);
        for (double& v : ac) v = std::abs(v);
        med_n[k] = st::median(an);
        med_c[k] = st::median(ac);
        guide_n[k] = 0.6745 / std::sqrt(Md[k]);  // median of |N(0, 1/M)|
    }
    std::printf(
        "  median |x̄_M| over R = %zu: normal %.4f at M = 10, %.4f at M = %zu; "
        "Cauchy %.3f at M = 10, %.3f at M = %zu\n",
        R, med_n.front(), med_n.back(), M_max, med_c.front(), med_c.back(), M_max);
    std::printf("  slope of log median vs log M: normal %.3f, Cauchy %.3f\n",
                log_log_slope(Md, med_n), log_log_slope(Md, med_c));
    auto fig3 =
        ctx.figure("median_error",
                   "Where the law fails: typical error of the sample mean, Cauchy vs normal");
    fig3.xlabel("M (samples averaged)")
        .ylabel("median over repetitions of |(1/M) Σ x_m|")
        .logx()
        .logy();
    fig3.legend("bottom left");
    fig3.line("Cauchy (no mean)", Md, med_c, "linespoints pt 7 ps 0.6 lw 2 lc rgb '#d62728'");
    fig3.line("1 = median |Cauchy|, for every M", Md, one,
              "lines dashtype 2 lw 1.5 lc rgb '#d62728'");
    fig3.line("N(0,1)", Md, med_n, "linespoints pt 7 ps 0.6 lw 2 lc rgb '#1f77b4'");
    fig3.line("0.6745/√M", Md, guide_n, "lines dashtype 2 lw 1.5 lc rgb '#1f77b4'");
    ctx.save(fig3);
}

}  // namespace ch02
