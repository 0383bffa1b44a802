// 15 — Mejorando SGD: Momentum. The notes' box, for k = 0, 1, …:
//   v_{k+1} ← α v_k − η g_k
//   θ_{k+1} ← θ_k + v_{k+1}
// on 2-D functions whose gradient is exact (src/redes/optim/test_functions.hpp), drawn over contour lines:
//   - an ill-conditioned ravine ½θᵀAθ, A = diag(λ₁, λ₂): gradient descent against momentum at the same η,
//     and Polyak's best constants η* = 4/(√λ_max + √λ_min)², α* = ((√κ − 1)/(√κ + 1))²;
//   - a sweep of α ∈ [0, 0.99]: steps to reach ‖θ_k − θ*‖ < tol, measured and predicted from the roots of
//     z² − (1 + α − ηλ)z + α = 0 (src/redes/optim/momentum_rate.hpp);
//   - the saddle x² − y²: how fast momentum leaves the neighbourhood of the critical point;
//   - the notes' form against PyTorch's (v ← μv + g; θ ← θ − ηv): equal for a constant η, not when η_k changes.
// One file per experiment: ravine.cpp, alpha_risk.cpp, alpha_sweep.cpp, saddle.cpp, forms.cpp.
#include <cmath>
#include <string>

#include "redes/app/chapter.hpp"
#include "redes/app/format.hpp"
#include "redes/error.hpp"
#include "sections.hpp"

namespace po = boost::program_options;

int main(int argc, char** argv) {
    redes::app::Chapter ch(
        "15", "momentum",
        "v_{k+1} = αv_k − ηg_k, θ_{k+1} = θ_k + v_{k+1}: a ravine, an α sweep, a saddle, the notes' vs PyTorch's form");
    ch15::Settings s;
    // clang-format off
    ch.options().add_options()
        ("eta", po::value(&s.eta)->default_value(s.eta, "0.035"), "learning rate η on the ravine (gradient descent and momentum)")
        ("alpha", po::value(&s.alpha)->default_value(s.alpha, "0.9"), "momentum α for the paths, in [0, 1)")
        ("lambda1", po::value(&s.lambda1)->default_value(s.lambda1, "1"), "curvature λ₁ of the ravine ½θᵀAθ along θ₁")
        ("lambda2", po::value(&s.lambda2)->default_value(s.lambda2, "50"), "curvature λ₂ along θ₂ (κ = λ_max/λ_min)")
        ("start-x", po::value(&s.start_x)->default_value(s.start_x, "-4"), "θ_0 = (start-x, start-y) on the ravine")
        ("start-y", po::value(&s.start_y)->default_value(s.start_y, "1.5"), "(see --start-x)")
        ("steps", po::value(&s.steps)->default_value(s.steps), "K, steps per risk curve (and of the forms' comparison)")
        ("path-steps", po::value(&s.path_steps)->default_value(s.path_steps), "steps drawn per path over the contour lines")
        ("tol", po::value(&s.tol)->default_value(s.tol, "1e-6"), "the sweep counts steps until ‖θ_k − θ*‖ < tol")
        ("max-steps", po::value(&s.max_steps)->default_value(s.max_steps), "the sweep gives up after this many steps")
        ("saddle-eta", po::value(&s.saddle_eta)->default_value(s.saddle_eta, "0.1"), "η on the saddle x² − y²")
        ("saddle-offset", po::value(&s.saddle_offset)->default_value(s.saddle_offset, "1e-3"), "y_0 of the start (1.2, y_0) near the saddle's axis")
        ("eta-tau", po::value(&s.eta_tau)->default_value(s.eta_tau, "0.0035"), "forms: η_k falls linearly from --eta to η_τ …")
        ("tau", po::value(&s.tau)->default_value(s.tau), "… at step τ (the notes' linear schedule)");
    // clang-format on

    return ch.run(argc, argv, [&](redes::app::Context& ctx) {
        using redes::app::fmt;
        using redes::app::require;
        require(s.eta > 0 && s.eta <= 100, "eta", fmt(s.eta), "in (0, 100]");
        require(s.alpha >= 0 && s.alpha < 1, "alpha", fmt(s.alpha), "in [0, 1)");
        require(s.lambda1 > 0 && s.lambda1 <= 1000, "lambda1", fmt(s.lambda1), "in (0, 1000]");
        require(s.lambda2 > 0 && s.lambda2 <= 1000, "lambda2", fmt(s.lambda2), "in (0, 1000]");
        require(std::isfinite(s.start_x) && std::abs(s.start_x) <= 100, "start-x", fmt(s.start_x),
                "finite, |x| ≤ 100");
        require(std::isfinite(s.start_y) && std::abs(s.start_y) <= 100, "start-y", fmt(s.start_y),
                "finite, |y| ≤ 100");
        require(s.start_x != 0 || s.start_y != 0, "start-x", fmt(s.start_x),
                "away from the minimum (0, 0) (with --start-y 0)");
        require(s.steps >= 1 && s.steps <= 100000, "steps", std::to_string(s.steps),
                "between 1 and 100000");
        require(s.path_steps >= 1 && s.path_steps <= 100000, "path-steps",
                std::to_string(s.path_steps), "between 1 and 100000");
        require(s.tol > 0 && s.tol < 1, "tol", fmt(s.tol), "in (0, 1)");
        require(s.max_steps >= 1 && s.max_steps <= 1000000, "max-steps",
                std::to_string(s.max_steps), "between 1 and 1000000");
        require(s.saddle_eta > 0 && s.saddle_eta <= 0.5, "saddle-eta", fmt(s.saddle_eta),
                "in (0, 0.5]");
        require(std::abs(s.saddle_offset) <= 0.1 && s.saddle_offset != 0, "saddle-offset",
                fmt(s.saddle_offset),
                "in [−0.1, 0.1] and not 0 (the start exactly on the axis is always run)");
        require(s.eta_tau > 0 && s.eta_tau <= 100, "eta-tau", fmt(s.eta_tau), "in (0, 100]");
        require(s.tau >= 1 && s.tau <= 100000, "tau", std::to_string(s.tau),
                "between 1 and 100000");
        const ch15::Ravine rv = ch15::make_ravine(s);
        ch15::ravine_paths(ctx, s, rv);
        ch15::alpha_risk(ctx, s, rv);
        ch15::alpha_sweep(ctx, s, rv);
        ch15::saddle(ctx, s);
        ch15::forms(ctx, s, rv);
    });
}
