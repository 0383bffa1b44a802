// Chapter 02 — Ley de los Grandes Números:
//   E_{X∼f_x}[g(X)] ≈ (1/M) Σ_{m=1}^M g(x_m)   for i.i.d. x_m and M large enough.
// (1) How fast: the RMS error of the sample mean is exactly σ/√M; measured over many
//     repetitions for a uniform and an exponential distribution, on log-log axes.
// (2) When it fails: the Cauchy distribution has no mean; its running average never settles.
#include <cmath>
#include <cstdio>
#include <functional>
#include <string>
#include <vector>

#include "redes/app/chapter.hpp"
#include "redes/models/least_squares.hpp"
#include "redes/stats/quantile.hpp"
#include "redes/stats/running_mean.hpp"
#include "redes/stats/sample_sizes.hpp"
#include "redes/stats/summary.hpp"
#include "redes/text.hpp"

namespace po = boost::program_options;
using redes::num;
using redes::Rng;
namespace st = redes::stats;

namespace {

// A distribution to average: how to draw from it, its mean μ and standard deviation σ.
struct Distribution {
    std::string name;
    double mu, sigma;
    std::function<double(Rng&)> draw;
};

double draw_normal(Rng& r) { return r.normal(); }  // N(0,1): μ = 0, σ² = 1
double draw_cauchy(Rng& r) { return r.cauchy(); }  // Cauchy: no mean, no variance

// Column k of E, i.e. the R errors x̄_M − μ at the k-th M.
std::vector<double> column(const redes::Matrix& E, std::size_t k) { return E.col(k).values(); }

// Slope of log₁₀ v against log₁₀ M by least squares: −1/2 when v ∝ 1/√M.
double log_log_slope(const std::vector<double>& Ms, const std::vector<double>& v) {
    redes::Matrix X(1, Ms.size());
    redes::Vector y(Ms.size());
    for (std::size_t k = 0; k < Ms.size(); ++k)
        X(0, k) = std::log10(Ms[k]), y[k] = std::log10(v[k]);
    return redes::least_squares(X, y).w[0];
}

bool is_power_of_ten(double M) {
    const double d = std::log10(M);
    return std::abs(d - std::round(d)) < 1e-9;
}

}  // namespace

int main(int argc, char** argv) {
    redes::app::Chapter ch(
        "02", "law_of_large_numbers",
        "the sample mean approaches E[X] like σ/√M — unless E[X] does not exist (Cauchy)");
    std::size_t M_max = 100000, R = 200, streams = 4;
    double lambda = 1.0;
    // clang-format off
    ch.options().add_options()
        ("M-max", po::value(&M_max)->default_value(M_max), "largest sample size M (100…10⁷)")
        ("reps", po::value(&R)->default_value(R), "R, repetitions of each experiment (10…10⁵)")
        ("streams", po::value(&streams)->default_value(streams), "running means drawn per distribution (1…8)")
        ("rate", po::value(&lambda)->default_value(lambda), "λ of the exponential Exp(λ): mean 1/λ, σ = 1/λ (0.001…1000)");
    // clang-format on

    return ch.run(argc, argv, [&](redes::app::Context& ctx) {
        using redes::app::require;
        require(M_max >= 100 && M_max <= 10000000, "M-max", std::to_string(M_max), "in [100, 10⁷]");
        require(R >= 10 && R <= 100000, "reps", std::to_string(R), "in [10, 10⁵]");
        require(streams >= 1 && streams <= 8, "streams", std::to_string(streams), "in [1, 8]");
        require(lambda >= 0.001 && lambda <= 1000, "rate", num(lambda), "in [0.001, 1000]");
        if (ctx.quick) M_max = std::min<std::size_t>(M_max, 1000), R = std::min<std::size_t>(R, 40);

        const std::vector<std::size_t> Ms = st::log_spaced_sizes(10, M_max, 4);
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
        const char* colors[] = {"#1f77b4", "#d62728"};
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
            const std::string c = std::string("lc rgb '") + colors[d] + "'";
            fig1.line("RMS error, " + D.name, Md, rms, "linespoints pt 7 ps 0.6 lw 2 " + c);
            fig1.line("σ/√M, " + D.name, Md, guide, "lines dashtype 2 lw 1.5 " + c);
        }
        ctx.save(fig1);

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

        // (2b) Typical error over R repetitions: median |x̄_M − 0|. For the normal it is
        // 0.6745/√M; for the Cauchy, x̄_M is again standard Cauchy for every M, so it stays 1.
        const redes::Matrix En = st::running_mean_errors(Ms, R, 0.0, ctx.rng, draw_normal);
        const redes::Matrix Ec = st::running_mean_errors(Ms, R, 0.0, ctx.rng, draw_cauchy);
        std::vector<double> med_n(Ms.size()), med_c(Ms.size()), guide_n(Ms.size()),
            one(Ms.size(), 1.0);
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
    });
}
