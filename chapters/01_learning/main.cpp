// Chapter 01 — ¿Qué es aprender?: the risk R{f} = E_{X∼f_x}[J(f(X))] of a rule f.
//
// The world: X ∼ N(μ, s²), Y = X² + ε with ε ∼ N(0, σ²); the cost J(y, f(x)) = (y − f(x))².
// (1) A fixed rule f(x) = 2x − 1 (the tangent of x² at μ₀ = 1): its exact risk against the
//     Monte Carlo estimate (1/M) Σ J(f(x_m)) ± SE for growing M.
// (2) A line fitted by least squares on data from μ₀ = 1, evaluated on shifted worlds
//     μ = μ₀ + δ: the notes' warning that learning only holds on the same distribution.
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

#include "redes/app/chapter.hpp"
#include "redes/models/least_squares.hpp"
#include "redes/stats/monte_carlo.hpp"
#include "redes/stats/normal_moments.hpp"
#include "redes/stats/sample_sizes.hpp"

namespace po = boost::program_options;
using redes::Rng;
namespace st = redes::stats;

namespace {

constexpr double mu0 = 1.0;  // mean of X where the rule is made / the model is fitted

// The data-generating distribution: X ∼ N(μ, s²), Y = X² + ε, ε ∼ N(0, σ²).
struct World {
    double mu, s, sigma;
    void draw(Rng& rng, double& x, double& y) const {
        x = rng.normal(mu, s);
        y = x * x + rng.normal(0.0, sigma);
    }
};

// "0.5", "2", "1e-06": option values and legend numbers as a student would type them.
std::string num(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g", v);
    return buf;
}

// A line f(x) = w x + b.
struct Line {
    double w, b;
    double operator()(double x) const { return w * x + b; }
};

// R{f} = E[(Y − wX − b)²] = m₄ − 2w m₃ − 2b m₂ + w² m₂ + 2wb m₁ + b² + σ²,  m_k = E[X^k]
double risk_exact(const Line& f, const World& world) {
    double m[5];
    for (int k = 0; k <= 4; ++k) m[k] = st::normal_moment(k, world.mu, world.s);
    const double w = f.w, b = f.b;
    return m[4] - 2 * w * m[3] - 2 * b * m[2] + w * w * m[2] + 2 * w * b * m[1] + b * b +
           world.sigma * world.sigma;
}

// R{f} ≈ (1/M) Σ_{m=1}^M J(f(x_m)) with J = (y_m − f(x_m))², and its standard error
st::Estimate risk_monte_carlo(const Line& f, const World& world, std::size_t M, Rng& rng) {
    return st::monte_carlo(M, rng, [&](Rng& r) {
        double x, y;
        world.draw(r, x, y);
        return (y - f(x)) * (y - f(x));
    });
}

}  // namespace

int main(int argc, char** argv) {
    redes::app::Chapter ch(
        "01", "learning",
        "the risk R{f} = E[J(f(X))]: Monte Carlo vs exact, and under distribution shift");
    std::size_t M_max = 100000, train_samples = 200, eval_samples = 2000;
    double sigma = 0.2, s = 0.5, shift_max = 2.0;
    // clang-format off
    ch.options().add_options()
        ("M-max", po::value(&M_max)->default_value(M_max), "largest M of the Monte Carlo estimate (10…10⁷)")
        ("noise", po::value(&sigma)->default_value(sigma, "0.2"), "σ, standard deviation of the noise ε in Y = X² + ε (0…100)")
        ("spread", po::value(&s)->default_value(s), "s, standard deviation of X ∼ N(μ, s²) (0 < s ≤ 10)")
        ("train-samples", po::value(&train_samples)->default_value(train_samples), "samples the line is fitted on (2…10⁶)")
        ("eval-samples", po::value(&eval_samples)->default_value(eval_samples), "Monte Carlo samples per shifted world (2…10⁶)")
        ("shift-max", po::value(&shift_max)->default_value(shift_max), "largest shift δ of the mean of X (0 < δ ≤ 20)");
    // clang-format on

    return ch.run(argc, argv, [&](redes::app::Context& ctx) {
        using redes::app::require;
        require(M_max >= 10 && M_max <= 10000000, "M-max", std::to_string(M_max), "in [10, 10⁷]");
        require(sigma >= 0 && sigma <= 100, "noise", num(sigma), "in [0, 100]");
        require(s > 0 && s <= 10, "spread", num(s), "in (0, 10]");
        require(train_samples >= 2 && train_samples <= 1000000, "train-samples",
                std::to_string(train_samples), "in [2, 10⁶]");
        require(eval_samples >= 2 && eval_samples <= 1000000, "eval-samples",
                std::to_string(eval_samples), "in [2, 10⁶]");
        require(shift_max > 0 && shift_max <= 20, "shift-max", num(shift_max), "in (0, 20]");
        if (ctx.quick)
            M_max = std::min<std::size_t>(M_max, 1000),
            eval_samples = std::min<std::size_t>(eval_samples, 200);

        const World train{mu0, s, sigma};
        std::printf("world: X ~ N(%g, %g²), Y = X² + ε, ε ~ N(0, %g²); cost J = (y − f(x))²\n", mu0,
                    s, sigma);

        // (1) A fixed rule, its exact risk and Monte Carlo estimates for growing M.
        const Line tangent{2 * mu0, -mu0 * mu0};
        const double R_exact = risk_exact(tangent, train);
        std::printf("\n(1) fixed rule f(x) = %gx − %g (tangent of x² at x = %g)\n", tangent.w,
                    -tangent.b, mu0);
        std::printf("    exact risk R{f} = 3s⁴ + σ² = %.6f\n", R_exact);
        std::printf("           M        R̂{f}         SE   |R̂−R|/SE\n");
        std::vector<double> Ms, est, se;
        for (std::size_t M : st::log_spaced_sizes(10, M_max, 4)) {
            const st::Estimate e = risk_monte_carlo(tangent, train, M, ctx.rng);
            Ms.push_back(double(M));
            est.push_back(e.mean);
            se.push_back(e.se);
            const double decade = std::log10(double(M));
            if (std::abs(decade - std::round(decade)) < 1e-9 || M == M_max)
                std::printf("    %8zu  %10.6f  %9.6f  %10.2f\n", M, e.mean, e.se,
                            std::abs(e.mean - R_exact) / e.se);
        }
        auto fig1 = ctx.figure("risk_monte_carlo",
                               "Riesgo R\\{f\\} = E[J(f(X))]: Monte Carlo estimate ± SE vs M");
        fig1.xlabel("M (samples)")
            .ylabel("risk of f(x) = 2x − 1")
            .logx()
            .xrange(7, 1.4 * Ms.back());
        fig1.line("exact R\\{f\\} = 3s⁴ + σ²", std::vector<double>{Ms.front(), Ms.back()},
                  std::vector<double>{R_exact, R_exact}, "lines lw 2 lc rgb 'black'");
        fig1.errorbars("(1/M) Σ J(f(x_m)) ± SE", Ms, est, se,
                       "yerrorbars pt 7 ps 0.7 lc rgb '#1f77b4'");
        ctx.save(fig1);

        // (2) A line fitted on the training world, evaluated where X has moved.
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
        fig3.points("training samples, X ∼ N(1, s²)", tx, ty,
                    "points pt 7 ps 0.5 lc rgb '#1f77b4'");
        fig3.points("shifted samples, X ∼ N(1 + " + num(shift_max) + ", s²)", sx, sy,
                    "points pt 7 ps 0.5 lc rgb '#d62728'");
        fig3.line("truth E[Y|x] = x²", gx, g_true, "lines lw 2 lc rgb 'black'");
        fig3.line("fitted line f̂(x)", gx, g_fit, "lines lw 2 dashtype 2 lc rgb '#2ca02c'");
        ctx.save(fig3);
    });
}
