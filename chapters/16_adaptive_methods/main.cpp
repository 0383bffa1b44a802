// 16 — AdaGrad, RMSProp, Adam: the adaptive methods of the notes beside gradient descent and momentum,
// each step following its box (src/redes/optim/*.hpp):
//   gradient descent  θ ← θ − ηg
//   momentum          v ← αv − ηg;  θ ← θ + v
//   AdaGrad           r ← r + g⊙g;  θ ← θ − η/(δ + √r) ⊙ g
//   RMSProp           r ← ρr + (1 − ρ)g⊙g;  θ ← θ − η/√(δ + r) ⊙ g      (Goodfellow et al. Alg. 8.5)
//   Adam              s ← ρ₁s + (1 − ρ₁)g;  r ← ρ₂r + (1 − ρ₂)g⊙g;  θ ← θ − η ŝ/(δ + √r̂)
// on the same three problems: a ravine ½θᵀAθ and Rosenbrock's valley (paths over contour lines, R̂ per step)
// and a small MLP on the 8×8 digits trained with minibatches by sgd() (R̂ per epoch). AdaGrad's per-coordinate
// rate η/(δ + √r) only shrinks; RMSProp's follows the recent gradients (src/redes/optim/effective_rate.hpp).
// One file per experiment: paths_2d.cpp, effective_rate.cpp, mlp.cpp (helpers.cpp: the optimizers).
#include <cmath>
#include <iostream>
#include <string>
#include <utility>
#include <vector>

#include "redes/app/chapter.hpp"
#include "redes/app/format.hpp"
#include "redes/error.hpp"
#include "redes/optim/test_functions.hpp"
#include "sections.hpp"

namespace po = boost::program_options;
using redes::app::fmt;

int main(int argc, char** argv) {
    redes::app::Chapter ch(
        "16", "adaptive_methods",
        "gradient descent, momentum, AdaGrad, RMSProp and Adam on a ravine, Rosenbrock's valley and an MLP");
    ch16::Settings s;
    ch16::Constants& c = s.c;

    po::options_description rates("learning rates η (each problem, each optimizer)");
    const std::vector<std::pair<const char*, std::vector<double>*>> problems{
        {"ravine", &s.eta_ravine}, {"rosenbrock", &s.eta_rosenbrock}, {"mlp", &s.eta_mlp}};
    const char* const problem_titles[] = {"the ravine", "Rosenbrock's valley", "the MLP"};
    for (std::size_t p = 0; p < problems.size(); ++p)
        for (std::size_t i = 0; i < ch16::n_opt; ++i)
            rates.add_options()(
                (std::string(problems[p].first) + "-" + ch16::names[i]).c_str(),
                po::value(&(*problems[p].second)[i])
                    ->default_value((*problems[p].second)[i], fmt((*problems[p].second)[i])),
                ("η of " + std::string(ch16::titles[i]) + " on " + problem_titles[p]).c_str());
    po::options_description constants(
        "the other constants of the boxes (shared by the three problems)");
    // clang-format off
    constants.add_options()
        ("alpha", po::value(&c.alpha)->default_value(c.alpha, "0.9"), "momentum α")
        ("delta-adagrad", po::value(&c.delta_adagrad)->default_value(c.delta_adagrad, "1e-7"), "AdaGrad's δ in η/(δ + √r)")
        ("rho", po::value(&c.rho)->default_value(c.rho, "0.9"), "RMSProp's decay ρ")
        ("delta-rmsprop", po::value(&c.delta_rmsprop)->default_value(c.delta_rmsprop, "1e-6"), "RMSProp's δ in η/√(δ + r)")
        ("rho1", po::value(&c.rho1)->default_value(c.rho1, "0.9"), "Adam's ρ₁ (first moment s)")
        ("rho2", po::value(&c.rho2)->default_value(c.rho2, "0.999"), "Adam's ρ₂ (second moment r)")
        ("delta-adam", po::value(&c.delta_adam)->default_value(c.delta_adam, "1e-8"), "Adam's δ in η ŝ/(δ + √r̂)");
    // clang-format on
    po::options_description setup("the problems");
    // clang-format off
    setup.add_options()
        ("lambda1", po::value(&s.lambda1)->default_value(s.lambda1, "1"), "ravine ½θᵀAθ: curvature λ₁ along the direction at --angle")
        ("lambda2", po::value(&s.lambda2)->default_value(s.lambda2, "50"), "ravine: curvature λ₂ across it")
        ("angle", po::value(&s.angle)->default_value(s.angle, "0"), "ravine: its rotation φ in radians (0: along the axes)")
        ("ravine-steps", po::value(&s.ravine_steps)->default_value(s.ravine_steps), "steps on the ravine, from (−4, 1.5)")
        ("rosenbrock-steps", po::value(&s.rosenbrock_steps)->default_value(s.rosenbrock_steps), "steps on Rosenbrock, from (−1.5, 2)")
        ("samples", po::value(&s.samples)->default_value(s.samples), "MLP: digits used (M, at random, up to 1797)")
        ("hidden", po::value(&s.hidden)->default_value(s.hidden), "MLP 64 → N₁ → 10: hidden width N₁ (tanh)")
        ("epochs", po::value(&s.epochs)->default_value(s.epochs), "MLP: epochs of sgd()")
        ("batch-size", po::value(&s.batch_size)->default_value(s.batch_size), "MLP: M′, samples per batch")
        ("data", po::value(&s.data_path)->default_value(s.data_path), "MLP: the digits file")
        ("scan", po::bool_switch(&s.scan), "also print R̂ at the end for every η of the grid {0.001, 0.003, …, 1, 3, 10}");
    // clang-format on
    ch.options().add(rates).add(constants).add(setup);

    return ch.run(argc, argv, [&](redes::app::Context& ctx) {
        using redes::app::require;
        for (const auto& [problem, etas] : problems)
            for (std::size_t i = 0; i < ch16::n_opt; ++i)
                require((*etas)[i] > 0 && (*etas)[i] <= 100,
                        std::string(problem) + "-" + ch16::names[i], fmt((*etas)[i]),
                        "in (0, 100]");
        require(c.alpha >= 0 && c.alpha < 1, "alpha", fmt(c.alpha), "in [0, 1)");
        require(c.rho >= 0 && c.rho < 1, "rho", fmt(c.rho), "in [0, 1)");
        require(c.rho1 >= 0 && c.rho1 < 1, "rho1", fmt(c.rho1), "in [0, 1)");
        require(c.rho2 >= 0 && c.rho2 < 1, "rho2", fmt(c.rho2), "in [0, 1)");
        require(c.delta_adagrad > 0 && c.delta_adagrad <= 1, "delta-adagrad", fmt(c.delta_adagrad),
                "in (0, 1]");
        require(c.delta_rmsprop > 0 && c.delta_rmsprop <= 1, "delta-rmsprop", fmt(c.delta_rmsprop),
                "in (0, 1]");
        require(c.delta_adam > 0 && c.delta_adam <= 1, "delta-adam", fmt(c.delta_adam),
                "in (0, 1]");
        require(s.lambda1 > 0 && s.lambda1 <= 1000, "lambda1", fmt(s.lambda1), "in (0, 1000]");
        require(s.lambda2 > 0 && s.lambda2 <= 1000, "lambda2", fmt(s.lambda2), "in (0, 1000]");
        require(std::isfinite(s.angle) && std::abs(s.angle) <= 10, "angle", fmt(s.angle),
                "finite, |φ| ≤ 10");
        require(s.ravine_steps >= 1 && s.ravine_steps <= 100000, "ravine-steps",
                std::to_string(s.ravine_steps), "between 1 and 100000");
        require(s.rosenbrock_steps >= 1 && s.rosenbrock_steps <= 100000, "rosenbrock-steps",
                std::to_string(s.rosenbrock_steps), "between 1 and 100000");
        require(s.samples >= 10 && s.samples <= 1797, "samples", std::to_string(s.samples),
                "between 10 and 1797");
        require(s.hidden >= 1 && s.hidden <= 256, "hidden", std::to_string(s.hidden),
                "between 1 and 256");
        require(s.epochs >= 1 && s.epochs <= 1000, "epochs", std::to_string(s.epochs),
                "between 1 and 1000");
        require(s.batch_size >= 1 && s.batch_size <= s.samples, "batch-size",
                std::to_string(s.batch_size), "between 1 and --samples");
        std::cout << "constants: momentum α = " << fmt(c.alpha)
                  << "; AdaGrad δ = " << fmt(c.delta_adagrad) << "; RMSProp ρ = " << fmt(c.rho)
                  << ", δ = " << fmt(c.delta_rmsprop) << " (inside √); Adam ρ₁ = " << fmt(c.rho1)
                  << ", ρ₂ = " << fmt(c.rho2) << ", δ = " << fmt(c.delta_adam) << " (outside √)\n";
        const redes::Quadratic q(s.lambda1, s.lambda2, s.angle);
        const redes::Rosenbrock rb;
        const std::vector<ch16::Problem2D> p2d = ch16::problems_2d(ctx, s, q, rb);
        for (const ch16::Problem2D& pr : p2d) ch16::paths_2d(ctx, s, q, pr);
        ch16::effective_rates(ctx, s, q, p2d[0]);
        ch16::mlp(ctx, s);
    });
}
