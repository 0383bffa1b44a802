// 14 — Convergencia de SGD.
//   θ_{k+1} ← θ_k − η_k ∂R̂/∂θ_k   converges (convex case) if   Σ_k η_k = ∞  and  Σ_k η_k² < ∞.
// On least squares R̂(θ) = (1/M) Σ_m (y_m − θᵀx_m)² with θ = (w, b) and noisy y, so the one-sample
// gradients disagree even at θ*, SGD with batches of M′ = 1 and three schedules:
//   constant      η_k = η                                  Σ η_k² = ∞: bounces in a band around θ*
//   1/k           η_k = η₀/(1 + k/k₀)                      meets both conditions: converges
//   linear decay  η_k = (1 − k/τ)η₀ + (k/τ)η_τ, k ≤ τ      the notes' "típicamente"; η_k = η_τ after τ,
//                                                         so Σ η_k² = ∞ too: stalls at a floor set by η_τ
// ‖θ_k − θ*‖ is averaged over independent runs (different shuffles, the same data and θ_0)
// (problem.cpp, sums.cpp, distance.cpp, last_epoch.cpp).
#include <cmath>
#include <string>
#include <vector>

#include "redes/app/chapter.hpp"
#include "redes/app/format.hpp"
#include "redes/app/require_known.hpp"
#include "redes/error.hpp"
#include "redes/optim/make_optimizer.hpp"
#include "sections.hpp"

namespace po = boost::program_options;

int main(int argc, char** argv) {
    redes::app::Chapter ch(
        "14", "sgd_convergence",
        "SGD on least squares: constant η bounces, η₀/(1 + k/k₀) converges, the linear decay "
        "stalls at η_τ; Σηₖ and Σηₖ²");
    ch14::Settings s;
    // clang-format off
    ch.options().add_options()
        ("eta", po::value(&s.eta)->default_value(s.eta, "0.05"), "η of the constant schedule, and η₀ of both decays")
        ("k0", po::value(&s.k0)->default_value(s.k0, "100"), "k₀ of η_k = η₀/(1 + k/k₀)^p (steps)")
        ("p", po::value(&s.p)->default_value(s.p, "1"), "power p of the 1/k decay (it meets both conditions for ½ < p ≤ 1)")
        ("tau", po::value(&s.tau)->default_value(s.tau), "τ, the step where the linear decay reaches η_τ")
        ("eta-tau", po::value(&s.eta_tau)->default_value(s.eta_tau, "0.0025"), "η_τ, the linear decay's rate from τ on")
        ("batch-size", po::value(&s.batch_size)->default_value(s.batch_size), "M′, samples per step")
        ("epochs", po::value(&s.epochs)->default_value(s.epochs), "epochs (passes over the M samples) per run")
        ("runs", po::value(&s.runs)->default_value(s.runs), "independent runs (seeds) averaged for ‖θ_k − θ*‖")
        ("samples", po::value(&s.samples)->default_value(s.samples), "M, the number of samples")
        ("horizon", po::value(&s.horizon)->default_value(s.horizon, "1e7"), "the sums of η_k are drawn up to this K")
        ("noise", po::value(&s.noise)->default_value(s.noise, "0.5"), "standard deviation of the noise in y_m")
        ("optimizer", po::value(&s.optimizer)->default_value(s.optimizer), "gd, momentum, adagrad, rmsprop, adam, …");
    // clang-format on

    return ch.run(argc, argv, [&](redes::app::Context& ctx) {
        using redes::app::fmt;
        using redes::app::require;
        require(s.eta > 0 && s.eta <= 10, "eta", fmt(s.eta), "in (0, 10]");
        require(s.k0 > 0 && std::isfinite(s.k0), "k0", fmt(s.k0), "positive and finite");
        require(s.p > 0 && s.p <= 10, "p", fmt(s.p), "in (0, 10]");
        require(s.tau >= 1, "tau", std::to_string(s.tau), "at least 1 step");
        require(s.eta_tau > 0 && s.eta_tau <= s.eta, "eta-tau", fmt(s.eta_tau),
                "in (0, η] (η = " + fmt(s.eta) + ")");
        require(s.samples >= 2 && s.samples <= 1000000, "samples", std::to_string(s.samples),
                "between 2 and 1000000");
        require(s.batch_size >= 1 && s.batch_size <= s.samples, "batch-size",
                std::to_string(s.batch_size), "between 1 and M = " + std::to_string(s.samples));
        require(s.epochs >= 1 && s.epochs <= 100000, "epochs", std::to_string(s.epochs),
                "between 1 and 100000");
        require(s.runs >= 1 && s.runs <= 10000, "runs", std::to_string(s.runs),
                "between 1 and 10000");
        require(s.horizon >= 1 && s.horizon <= 1e9, "horizon", fmt(s.horizon), "in [1, 1e9]");
        require(s.noise >= 0 && s.noise <= 100, "noise", fmt(s.noise), "in [0, 100]");
        redes::app::require_known("optimizer", s.optimizer, redes::optimizer_names());

        const ch14::Problem pb = ch14::least_squares_problem(ctx, s);
        std::vector<ch14::Run> runs = ch14::schedules(s);
        ch14::partial_sums(ctx, s, pb, runs);
        ch14::distance_to_minimum(ctx, s, pb, runs);
        ch14::last_epoch(ctx, pb, runs);
    });
}
