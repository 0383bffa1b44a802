// Chapter 01 — ¿Qué es aprender?: the risk R{f} = E_{X∼f_x}[J(f(X))] of a rule f.
//
// The world: X ∼ N(μ, s²), Y = X² + ε with ε ∼ N(0, σ²); the cost J(y, f(x)) = (y − f(x))².
// (1) A fixed rule f(x) = 2x − 1 (the tangent of x² at μ₀ = 1): its exact risk against the
//     Monte Carlo estimate (1/M) Σ J(f(x_m)) ± SE for growing M.
// (2) A line fitted by least squares on data from μ₀ = 1, evaluated on shifted worlds
//     μ = μ₀ + δ: the notes' warning that learning only holds on the same distribution.
// The world and its risks (World, risk_exact, risk_monte_carlo) are in world.cpp, the experiments
// in monte_carlo.cpp (1) and shift.cpp (2); this file reads the options.
#include <algorithm>
#include <cstdio>
#include <string>

#include "redes/app/chapter.hpp"
#include "redes/text.hpp"
#include "sections.hpp"

namespace po = boost::program_options;
using redes::num;

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

        const ch01::World train{ch01::mu0, s, sigma};
        std::printf("world: X ~ N(%g, %g²), Y = X² + ε, ε ~ N(0, %g²); cost J = (y − f(x))²\n",
                    ch01::mu0, s, sigma);
        ch01::monte_carlo_vs_exact(ctx, train, M_max);
        ch01::distribution_shift(ctx, train, train_samples, eval_samples, shift_max);
    });
}
