// Chapter 03 — Minimización del Riesgo Empírico, optimización paramétrica:
//   min_θ R̂(θ) = min_θ (1/M) Σ_{m=1}^M J(f(x_m; θ))   in place of   min_θ R(θ) = E[J(f(X; θ))]
// The world: X ∼ N(1, 1), Y = aX + ε, ε ∼ N(0, σ²); the family f(x; θ) = θx (one parameter);
// J = (y − f(x; θ))². Then R(θ) = (a − θ)² E[X²] + σ² exactly, argmin R = a.
// (1) R̂(θ) for M = 10, 100, 10 000 drawn over R(θ).
// (2) argmin R̂ → argmin R as M grows, over many repetitions (median and 10%–90% band).
// (3) The risk of the learned parameter, R(θ̂_M) − R(θ*), shrinks like 1/M.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

#include "redes/app/chapter.hpp"
#include "redes/error.hpp"
#include "redes/models/least_squares.hpp"
#include "redes/stats/quantile.hpp"
#include "redes/stats/sample_sizes.hpp"

namespace po = boost::program_options;
using redes::Rng;
namespace st = redes::stats;

namespace {

constexpr double mu = 1.0, s = 1.0;      // X ∼ N(μ, s²)
constexpr double EX2 = mu * mu + s * s;  // E[X²]

std::string num(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g", v);
    return buf;
}

// A sample {(x_m, y_m)}, m = 1…M, from the world Y = aX + ε.
struct Sample {
    redes::Matrix X;  // 1×M, the x_m as columns
    redes::Vector y;
};
Sample draw_sample(std::size_t M, double a, double sigma, Rng& rng) {
    Sample d{redes::Matrix(1, M), redes::Vector(M)};
    for (std::size_t m = 0; m < M; ++m) {
        d.X(0, m) = rng.normal(mu, s);
        d.y[m] = a * d.X(0, m) + rng.normal(0.0, sigma);
    }
    return d;
}

// R(θ) = E[(Y − θX)²] = (a − θ)² E[X²] + σ²
double risk(double theta, double a, double sigma) {
    return (a - theta) * (a - theta) * EX2 + sigma * sigma;
}

// R̂(θ) = (1/M) Σ_{m=1}^M (y_m − θ x_m)²
double empirical_risk(double theta, const Sample& d) {
    double sum = 0.0;
    for (std::size_t m = 0; m < d.y.size(); ++m)
        sum += (d.y[m] - theta * d.X(0, m)) * (d.y[m] - theta * d.X(0, m));
    return sum / static_cast<double>(d.y.size());
}

// argmin_θ R̂(θ) = Σ y_m x_m / Σ x_m²: the notes' w* = [Σ x_m x_mᵀ]⁻¹ [Σ y_m x_m] for N = 1
double argmin_empirical_risk(const Sample& d) { return redes::least_squares(d.X, d.y, false).w[0]; }

}  // namespace

int main(int argc, char** argv) {
    redes::app::Chapter ch(
        "03", "empirical_risk",
        "minimising the empirical risk R̂(θ) instead of the risk R(θ): how close, how fast");
    double a = 2.0, sigma = 1.0;
    std::size_t R = 300, M_max = 10000;
    // clang-format off
    ch.options().add_options()
        ("slope", po::value(&a)->default_value(a), "a in Y = aX + ε, the best parameter θ* = a (|a| ≤ 100)")
        ("noise", po::value(&sigma)->default_value(sigma), "σ, standard deviation of ε (0 < σ ≤ 100)")
        ("reps", po::value(&R)->default_value(R), "repetitions for the spread of argmin R̂ (10…10⁵)")
        ("M-max", po::value(&M_max)->default_value(M_max), "largest sample size M (100…10⁶)");
    // clang-format on

    return ch.run(argc, argv, [&](redes::app::Context& ctx) {
        using redes::app::require;
        require(std::isfinite(a) && std::abs(a) <= 100, "slope", num(a), "a number in [−100, 100]");
        require(sigma > 0 && sigma <= 100, "noise", num(sigma), "in (0, 100]");
        require(R >= 10 && R <= 100000, "reps", std::to_string(R), "in [10, 10⁵]");
        require(M_max >= 100 && M_max <= 1000000, "M-max", std::to_string(M_max), "in [100, 10⁶]");
        if (ctx.quick) R = std::min<std::size_t>(R, 30), M_max = std::min<std::size_t>(M_max, 1000);

        std::printf(
            "world: X ~ N(%g, %g²), Y = %gX + ε, ε ~ N(0, %g²); f(x; θ) = θx; J = (y − θx)²\n", mu,
            s, a, sigma);
        std::printf(
            "risk R(θ) = (%g − θ)²·E[X²] + σ² with E[X²] = %g: argmin R = θ* = %g, R(θ*) = σ² = %g\n",
            a, EX2, a, sigma * sigma);

        // (1) R̂(θ) on a grid of θ for a few M, over the exact R(θ).
        const int G = 401;
        std::vector<double> theta(G), R_exact(G);
        for (int i = 0; i < G; ++i) {
            theta[i] = a - 2.0 + 4.0 * i / (G - 1);
            R_exact[i] = risk(theta[i], a, sigma);
        }
        auto fig1 = ctx.figure("empirical_risk",
                               "Riesgo empírico R̂(θ) = (1/M) Σ J(f(x_m; θ)) vs riesgo R(θ)");
        fig1.xlabel("θ (f(x; θ) = θx)").ylabel("risk").legend("top center");
        fig1.line("R(θ) = E[J(f(X; θ))]", theta, R_exact, "lines lw 3 lc rgb 'black'");
        const char* colors[] = {"#d62728", "#ff7f0e", "#1f77b4"};
        std::vector<std::size_t> shown{10, 100, M_max};
        std::printf(
            "\n(1) one sample of each size\n        M      argmin R̂    |θ̂ − θ*|       min R̂   R(argmin R̂)\n");
        std::vector<double> min_x, min_y;
        for (std::size_t c = 0; c < shown.size(); ++c) {
            const Sample d = draw_sample(shown[c], a, sigma, ctx.rng);
            std::vector<double> R_hat(G);
            for (int i = 0; i < G; ++i) R_hat[i] = empirical_risk(theta[i], d);
            const double theta_hat = argmin_empirical_risk(d);
            // the grid's lowest point must sit next to the closed-form minimiser
            const double grid_min =
                theta[std::min_element(R_hat.begin(), R_hat.end()) - R_hat.begin()];
            if (std::abs(grid_min - theta_hat) > 4.0 / (G - 1) && std::abs(theta_hat - a) < 2.0)
                throw redes::Error("argmin of R̂ on the grid (" + num(grid_min) +
                                   ") differs from Σyx/Σx² (" + num(theta_hat) + ")");
            std::printf("  %7zu  %12.4f  %10.4f  %10.4f  %12.4f\n", shown[c], theta_hat,
                        std::abs(theta_hat - a), empirical_risk(theta_hat, d),
                        risk(theta_hat, a, sigma));
            fig1.line("R̂(θ), M = " + std::to_string(shown[c]), theta, R_hat,
                      std::string("lines lw 2 lc rgb '") + colors[c] + "'");
            min_x.push_back(theta_hat);
            min_y.push_back(empirical_risk(theta_hat, d));
        }
        fig1.points("argmin R̂ of each curve", min_x, min_y, "points pt 7 ps 1.2 lc rgb 'black'");
        ctx.save(fig1);

        // (2), (3) Over R repetitions: θ̂_M for growing M from one stream per repetition
        // (Σ x_m y_m and Σ x_m² accumulated as M grows).
        const std::vector<std::size_t> Ms = st::log_spaced_sizes(10, M_max, 4);
        std::vector<std::vector<double>> err(Ms.size(), std::vector<double>(R)), excess = err;
        for (std::size_t r = 0; r < R; ++r) {
            double sxy = 0.0, sxx = 0.0;
            std::size_t m = 0;
            for (std::size_t k = 0; k < Ms.size(); ++k) {
                for (; m < Ms[k]; ++m) {
                    const double x = ctx.rng.normal(mu, s);
                    const double y = a * x + ctx.rng.normal(0.0, sigma);
                    sxy += x * y, sxx += x * x;
                }
                const double theta_hat = sxy / sxx;  // argmin R̂ = Σ y_m x_m / Σ x_m²
                err[k][r] = std::abs(theta_hat - a);
                excess[k][r] = risk(theta_hat, a, sigma) - risk(a, a, sigma);  // R(θ̂) − R(θ*)
            }
        }
        std::vector<double> Md(Ms.begin(), Ms.end()), med(Ms.size()), q10(Ms.size()),
            q90(Ms.size()), guide(Ms.size()), ex_med(Ms.size()), ex_guide(Ms.size());
        for (std::size_t k = 0; k < Ms.size(); ++k) {
            med[k] = st::median(err[k]);
            q10[k] = st::quantile(err[k], 0.1);
            q90[k] = st::quantile(err[k], 0.9);
            // θ̂ − θ* ≈ N(0, σ²/(M E[X²])) for large M: median |θ̂ − θ*| = 0.6745 σ/√(M E[X²])
            guide[k] = 0.6745 * sigma / std::sqrt(Md[k] * EX2);
            ex_med[k] = st::median(excess[k]);
            // R(θ̂) − R(θ*) = E[X²](θ̂ − θ*)² ≈ (σ²/M)·χ²₁, whose median is 0.4549
            ex_guide[k] = 0.4549 * sigma * sigma / Md[k];
        }
        std::printf(
            "\n(2) over %zu repetitions: |argmin R̂ − argmin R|\n"
            "        M      median         10%%         90%%   0.6745σ/√(M E[X²])\n",
            R);
        for (std::size_t k = 0; k < Ms.size(); k += 4)
            std::printf("  %7zu  %10.5f  %10.5f  %10.5f  %12.5f\n", Ms[k], med[k], q10[k], q90[k],
                        guide[k]);
        std::printf(
            "(3) median excess risk R(θ̂) − R(θ*): %.2e at M = %zu, %.2e at M = %zu (0.4549σ²/M: %.2e, %.2e)\n",
            ex_med.front(), Ms.front(), ex_med.back(), Ms.back(), ex_guide.front(),
            ex_guide.back());

        auto fig2 = ctx.figure("argmin_error",
                               "argmin R̂ → argmin R: distance of the empirical minimiser vs M");
        fig2.xlabel("M (samples)")
            .ylabel("|argmin R̂ − argmin R| = |θ̂_M − θ*|")
            .logx()
            .logy()
            .legend("bottom left");
        fig2.line("median over " + std::to_string(R) + " repetitions", Md, med,
                  "linespoints pt 7 ps 0.7 lw 2 lc rgb '#1f77b4'");
        fig2.line("10% and 90% quantiles", Md, q10, "lines lw 1 lc rgb '#6baed6'");
        fig2.line("", Md, q90, "lines lw 1 lc rgb '#6baed6'");
        fig2.line("0.6745 σ/√(M E[X²])", Md, guide, "lines dashtype 2 lw 1.5 lc rgb 'black'");
        ctx.save(fig2);

        auto fig3 = ctx.figure("excess_risk", "The learned θ̂_M on new data: R(θ̂_M) − R(θ*) vs M");
        fig3.xlabel("M (samples)")
            .ylabel("excess risk R(θ̂_M) − R(θ*)")
            .logx()
            .logy()
            .legend("bottom left");
        fig3.line("median over " + std::to_string(R) + " repetitions", Md, ex_med,
                  "linespoints pt 7 ps 0.7 lw 2 lc rgb '#d62728'");
        fig3.line("0.4549 σ²/M", Md, ex_guide, "lines dashtype 2 lw 1.5 lc rgb 'black'");
        ctx.save(fig3);
    });
}
