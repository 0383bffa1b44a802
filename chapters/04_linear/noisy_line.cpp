// (1) The noisy line y = w x + b + ε: the closed form with a bias (x ↦ [x; 1]) recovers w and b
// within error bars that shrink like σ/√M.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

#include "redes/app/format.hpp"
#include "redes/linalg.hpp"
#include "redes/models/least_squares.hpp"
#include "redes/text.hpp"
#include "sections.hpp"

namespace ch04 {

using redes::LinearModel;
using redes::Matrix;
using redes::NormalEquationsSolver;
using redes::num;
using redes::Vector;

std::string fixed4(double v) { return redes::app::fmt(std::abs(v) < 5e-5 ? 0.0 : v, "%.4f"); }

NoisyFit fit_noisy_line(const NoisyLine& line, NormalEquationsSolver solver, redes::Rng& rng) {
    // x_m ∼ U[0, 4), y_m = w x_m + b + ε_m, drawn x_m then ε_m for each m
    Matrix X(1, line.M);
    Vector y(line.M);
    for (std::size_t m = 0; m < line.M; ++m) {
        X(0, m) = rng.uniform(0.0, 4.0);
        y[m] = line.w * X(0, m) + line.b + rng.normal(0.0, line.sigma);
    }
    const LinearModel f = redes::least_squares(X, y, true, solver);
    const Vector se = redes::coefficient_standard_errors(X, line.sigma);
    return {X, y, f, se};
}

void noisy_line(redes::app::Context& ctx, const NoisyLine& line, NormalEquationsSolver solver,
                const std::string& solver_name) {
    const NoisyFit fit = fit_noisy_line(line, solver, ctx.rng);
    const Matrix& X = fit.X;
    const Vector& y = fit.y;
    const LinearModel& f = fit.f;
    const Vector& se = fit.se;
    std::printf("(1) y = %gx %s %g + ε, ε ~ N(0, %g²), M = %zu samples, x ~ U[0, 4)\n", line.w,
                line.b < 0 ? "−" : "+", std::abs(line.b), line.sigma, line.M);
    std::printf("    closed form (%s): w = %.4f ± %.4f, b = %.4f ± %.4f   (± one standard error)\n",
                solver_name.c_str(), f.w[0], se[0], f.b, se[1]);
    if (line.sigma > 0)
        std::printf("    off by %.2f SE in w and %.2f SE in b\n", std::abs(f.w[0] - line.w) / se[0],
                    std::abs(f.b - line.b) / se[1]);
    double spread = 0.0;
    for (auto other : {NormalEquationsSolver::lu, NormalEquationsSolver::cholesky,
                       NormalEquationsSolver::inverse}) {
        const LinearModel g = redes::least_squares(X, y, true, other);
        spread = std::max({spread, std::abs(g.w[0] - f.w[0]), std::abs(g.b - f.b)});
    }
    std::printf("    LU, Cholesky and the explicit inverse agree to %.1e\n", spread);
    const LinearModel truth{Vector{line.w}, line.b};
    std::printf(
        "    R̂ of the fit %.4f ≤ R̂ of the true line %.4f (the fit minimises R̂ on these samples)\n",
        redes::empirical_risk(f, X, y), redes::empirical_risk(truth, X, y));

    std::vector<double> gx{-0.2, 4.2}, g_fit{f(Vector{-0.2}), f(Vector{4.2})},
        g_true{truth(Vector{-0.2}), truth(Vector{4.2})};
    auto fig1 = ctx.figure("fit", "Linear model: w* = [Σ x_m x_mᵀ]^{-1} [Σ y_m x_m], with a bias");
    fig1.xlabel("x").ylabel("y").legend("top left");
    fig1.points("samples (x_m, y_m), M = " + std::to_string(line.M), X.row(0).values(), y.values(),
                "points pt 7 ps 0.8 lc rgb '#1f77b4'");
    fig1.line("true line y = " + num(line.w) + "x " + (line.b < 0 ? "− " : "+ ") +
                  num(std::abs(line.b)),
              gx, g_true, "lines lw 2 dashtype 2 lc rgb 'black'");
    fig1.line("fit f(x) = " + fixed4(f.w[0]) + "x " + (f.b < 0 ? "− " : "+ ") +
                  fixed4(std::abs(f.b)),
              gx, g_fit, "lines lw 2 lc rgb '#d62728'");
    ctx.save(fig1);
}

}  // namespace ch04
