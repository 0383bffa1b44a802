// (2) A line fitted on the training world, evaluated where X has moved.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <string>
#include <vector>

#include "redes/models/least_squares.hpp"
#include "redes/text.hpp"
#include "sections.hpp"

namespace ch01 {

Doubling risk_doubles_at(const Line& f, const World& train, double shift_max) {
    const double R0 = risk_exact(f, train);
    auto first_double = [&](double sign) {
        for (int k = 1; k <= 200; ++k) {
            const double delta = sign * shift_max * k / 200.0;
            if (risk_exact(f, World{train.mu + delta, train.s, train.sigma}) >= 2 * R0)
                return delta;
        }
        return std::numeric_limits<double>::quiet_NaN();
    };
    return {first_double(-1.0), first_double(+1.0)};
}

void distribution_shift(redes::app::Context& ctx, const World& train, std::size_t train_samples,
                        std::size_t eval_samples, double shift_max) {
    namespace st = redes::stats;
    const double sigma = train.sigma, s = train.s;
    redes::Matrix X(1, train_samples);
    redes::Vector y(train_samples);
    for (std::size_t m = 0; m < train_samples; ++m) train.draw(ctx.rng, X(0, m), y[m]);
    const redes::LinearModel fit = redes::least_squares(X, y);
    const Line f_hat{fit.w[0], fit.b};
    std::printf("\n(2) least squares on %zu samples from μ = %g: f̂(x) = %.4f x %s %.4f\n",
                train_samples, mu0, f_hat.w, f_hat.b < 0 ? "−" : "+", std::abs(f_hat.b));
    std::printf("    best possible risk (f = x², only noise left): σ² = %.4f\n", sigma * sigma);
    std::printf("     shift δ     exact R    MC R̂ ± SE\n");
    std::vector<double> deltas, mc, mc_se, fine_d, fine_R;
    const int steps = ctx.quick ? 4 : 8;  // points per unit of δ for the MC estimates
    for (int k = -steps; k <= steps; ++k) {
        const double delta = shift_max * k / steps;
        const World shifted{mu0 + delta, s, sigma};
        const st::Estimate e = risk_monte_carlo(f_hat, shifted, eval_samples, ctx.rng);
        deltas.push_back(delta);
        mc.push_back(e.mean);
        mc_se.push_back(e.se);
        if (k % (steps / 2) == 0)
            std::printf("    %+8.2f  %10.4f  %9.4f ± %.4f\n", delta, risk_exact(f_hat, shifted),
                        e.mean, e.se);
    }
    for (int k = -200; k <= 200; ++k) {
        const double delta = shift_max * k / 200.0;
        fine_d.push_back(delta);
        fine_R.push_back(risk_exact(f_hat, World{mu0 + delta, s, sigma}));
    }
    const double R0 = risk_exact(f_hat, train);
    const double R_far = risk_exact(f_hat, World{mu0 + shift_max, s, sigma});
    std::printf("    risk at δ = %+g is %.0f× the risk on the training distribution (δ = 0)\n",
                shift_max, R_far / R0);
    const Doubling d = risk_doubles_at(f_hat, train, shift_max);
    auto at = [](double delta) {
        return std::isnan(delta) ? std::string("beyond the range") : redes::num(delta, "%+.2f");
    };
    std::printf("    it first reaches 2× that risk at δ = %s and at δ = %s (step %g)\n",
                at(d.below).c_str(), at(d.above).c_str(), shift_max / 200);

    auto fig2 =
        ctx.figure("risk_shift",
                   "Distribution shift: risk of a line fitted at δ = 0 on X ∼ N(1 + δ, s²)");
    fig2.xlabel("shift δ of the mean of X").ylabel("risk R\\{f̂\\}").logy().legend("top center");
    fig2.line("exact R\\{f̂\\}", fine_d, fine_R, "lines lw 2 lc rgb 'black'");
    fig2.errorbars("Monte Carlo, " + std::to_string(eval_samples) + " samples ± SE", deltas, mc,
                   mc_se, "yerrorbars pt 7 ps 0.7 lc rgb '#d62728'");
    fig2.line("σ² (no rule does better)", std::vector<double>{-shift_max, shift_max},
              std::vector<double>{sigma * sigma, sigma * sigma},
              "lines dashtype 2 lw 1.5 lc rgb 'gray40'");
    if (sigma == 0) fig2.logy(false);  // σ² = 0 has no place on a log axis
    ctx.save(fig2);

    // The data behind (2): the training cloud, a shifted cloud, the fitted line and the truth.
    std::vector<double> tx, ty, sx, sy, gx, g_true, g_fit;
    for (std::size_t m = 0; m < std::min<std::size_t>(train_samples, 300); ++m)
        tx.push_back(X(0, m)), ty.push_back(y[m]);
    const World far{mu0 + shift_max, s, sigma};
    for (int m = 0; m < (ctx.quick ? 50 : 300); ++m) {
        double x, yy;
        far.draw(ctx.rng, x, yy);
        sx.push_back(x), sy.push_back(yy);
    }
    const double lo = mu0 - 3 * s, hi = mu0 + shift_max + 3 * s;
    for (int k = 0; k <= 200; ++k) {
        const double x = lo + (hi - lo) * k / 200.0;
        gx.push_back(x), g_true.push_back(x * x), g_fit.push_back(f_hat(x));
    }
    auto fig3 = ctx.figure("shift_data",
                           "Same rule, different distribution: training data and shifted data");
    fig3.xlabel("x").ylabel("y").legend("top left");
    fig3.points("training samples, X ∼ N(1, s²)", tx, ty, "points pt 7 ps 0.5 lc rgb '#1f77b4'");
    fig3.points("shifted samples, X ∼ N(1 + " + redes::num(shift_max) + ", s²)", sx, sy,
                "points pt 7 ps 0.5 lc rgb '#d62728'");
    fig3.line("truth E[Y|x] = x²", gx, g_true, "lines lw 2 lc rgb 'black'");
    fig3.line("fitted line f̂(x)", gx, g_fit, "lines lw 2 dashtype 2 lc rgb '#2ca02c'");
    ctx.save(fig3);
}

}  // namespace ch01
