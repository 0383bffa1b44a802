// Chapter 04 — Ejemplo: Parametrización Lineal, and XOR with a linear model.
//   min_w (1/M) Σ_{m=1}^M (y_m − wᵀx_m)²   ⇒   w* = [Σ_m x_m x_mᵀ]⁻¹ [Σ_m y_m x_m]
// (1) Noisy line y = w x + b + ε: the closed form with a bias (x ↦ [x; 1]) recovers w and b
//     within error bars that shrink like σ/√M.
// (2) XOR: the same closed form gives w = 0, b = 1/2, so f(x) = 0.5 at all four points.
// The experiments are in noisy_line.cpp (1) and xor.cpp (2); this file reads the options.
#include <algorithm>
#include <cmath>
#include <string>

#include "redes/app/chapter.hpp"
#include "redes/app/require_known.hpp"
#include "redes/models/least_squares.hpp"
#include "redes/text.hpp"
#include "sections.hpp"

namespace po = boost::program_options;
using redes::NormalEquationsSolver;
using redes::num;

int main(int argc, char** argv) {
    redes::app::Chapter ch(
        "04", "linear",
        "linear least squares in closed form: a noisy line, and XOR (w = 0, b = 1/2)");
    std::size_t M = 50;
    double sigma = 0.5, w_true = 1.5, b_true = -1.0;
    std::string solver_opt = "lu";
    bool xor_product = false;
    // clang-format off
    ch.options().add_options()
        ("samples", po::value(&M)->default_value(M), "M, number of samples (x_m, y_m) of the noisy line (1…10⁶)")
        ("noise", po::value(&sigma)->default_value(sigma), "σ, standard deviation of ε in y = wx + b + ε (0…1000)")
        ("slope", po::value(&w_true)->default_value(w_true), "w of the true line (|w| ≤ 1000)")
        ("intercept", po::value(&b_true)->default_value(b_true), "b of the true line (|b| ≤ 1000)")
        ("solver", po::value(&solver_opt)->default_value(solver_opt), "normal equations solved by: lu, cholesky or inverse")
        ("xor-product", po::bool_switch(&xor_product), "give the XOR model a third feature x₁x₂");
    // clang-format on

    return ch.run(argc, argv, [&](redes::app::Context& ctx) {
        using redes::app::require;
        require(M >= 1 && M <= 1000000, "samples", std::to_string(M), "in [1, 10⁶]");
        require(sigma >= 0 && sigma <= 1000, "noise", num(sigma), "in [0, 1000]");
        require(std::isfinite(w_true) && std::abs(w_true) <= 1000, "slope", num(w_true),
                "in [−1000, 1000]");
        require(std::isfinite(b_true) && std::abs(b_true) <= 1000, "intercept", num(b_true),
                "in [−1000, 1000]");
        redes::app::require_known("solver", solver_opt, {"lu", "cholesky", "inverse"});
        const NormalEquationsSolver solver = redes::solver_from_name(solver_opt);
        if (ctx.quick) M = std::min<std::size_t>(M, 30);

        ch04::noisy_line(ctx, ch04::NoisyLine{w_true, b_true, sigma, M}, solver, solver_opt);
        ch04::xor_fit(ctx, xor_product, solver);
    });
}
