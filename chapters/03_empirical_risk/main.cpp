// Chapter 03 — Minimización del Riesgo Empírico, optimización paramétrica:
//   min_θ R̂(θ) = min_θ (1/M) Σ_{m=1}^M J(f(x_m; θ))   in place of   min_θ R(θ) = E[J(f(X; θ))]
// The world: X ∼ N(1, 1), Y = aX + ε, ε ∼ N(0, σ²); the family f(x; θ) = θx (one parameter);
// J = (y − f(x; θ))². Then R(θ) = (a − θ)² E[X²] + σ² exactly, argmin R = a.
// (1) R̂(θ) for M = 10, 100, 10 000 drawn over R(θ).
// (2) argmin R̂ → argmin R as M grows, over many repetitions (median and 10%–90% band).
// (3) The risk of the learned parameter, R(θ̂_M) − R(θ*), shrinks like 1/M.
// The world and its risks (risk, empirical_risk, argmin_empirical_risk) are in world.cpp, the
// experiments in one_sample.cpp (1) and repetitions.cpp (2, 3); this file reads the options.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

#include "redes/app/chapter.hpp"
#include "redes/text.hpp"
#include "sections.hpp"
#include "world.hpp"

namespace po = boost::program_options;
using redes::num;

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
            "world: X ~ N(%g, %g²), Y = %gX + ε, ε ~ N(0, %g²); f(x; θ) = θx; J = (y − θx)²\n",
            ch03::mu, ch03::s, a, sigma);
        std::printf(
            "risk R(θ) = (%g − θ)²·E[X²] + σ² with E[X²] = %g: argmin R = θ* = %g, R(θ*) = σ² = %g\n",
            a, ch03::EX2, a, sigma * sigma);

        ch03::one_sample_each_size(ctx, a, sigma, M_max);
        ch03::repetitions(ctx, a, sigma, R, M_max);
    });
}
