#pragma once
// Chapter 15's experiments, one function each: the ravine's paths (ravine.cpp), R̂ for several α
// (alpha_risk.cpp), the α sweep (alpha_sweep.cpp), the saddle (saddle.cpp) and the notes' form
// against PyTorch's (forms.cpp); shared helpers in helpers.cpp.
#include <cstddef>
#include <string>
#include <vector>

#include "redes/app/chapter.hpp"
#include "redes/app/format.hpp"
#include "redes/linalg.hpp"
#include "redes/optim/descent_path.hpp"
#include "redes/optim/momentum.hpp"
#include "redes/optim/momentum_rate.hpp"
#include "redes/optim/schedule.hpp"
#include "redes/optim/test_functions.hpp"
#include "redes/plot/figure.hpp"
#include "redes/plot/landscape.hpp"
#include "redes/plot/log_axis.hpp"
#include "redes/plot/palette.hpp"
#include "redes/stats/grid.hpp"

namespace ch15 {

// The options of the program (their defaults are the chapter's).
struct Settings {
    double lambda1 = 1.0, lambda2 = 50.0;  // curvatures of the ravine ½θᵀAθ
    double eta = 0.035, alpha = 0.9;       // η and α on the ravine
    double start_x = -4.0, start_y = 1.5;  // θ_0
    double tol = 1e-6;                     // the sweep counts steps until ‖θ_k − θ*‖ < tol
    double saddle_eta = 0.1;               // η on the saddle x² − y²
    double saddle_offset = 1e-3;           // y_0 of the start (1.2, y_0)
    double eta_tau = 0.0035;               // forms: η_k falls linearly from η to η_τ …
    int steps = 300;                       // K, steps per risk curve
    int path_steps = 80;                   // steps drawn per path
    int max_steps = 5000;                  // the sweep gives up after this many steps
    int tau = 50;                          // … at step τ
};

// The ravine ½θᵀAθ, A = diag(λ₁, λ₂), with its start, minimum and Polyak's constants.
struct Ravine {
    redes::Quadratic q;
    double lmin, lmax, kappa;  // κ = λ_max/λ_min
    redes::Vector theta0, theta_star;
    redes::MomentumOptimum best;  // η*, α*, rate (√κ − 1)/(√κ + 1)
    std::size_t K;                // steps per risk curve
};

Ravine make_ravine(const Settings& s);

// 1. Gradient descent, momentum at the same η and Polyak's constants: rates, steps to tol, paths
//    (plot ch15_paths).
void ravine_paths(const redes::app::Context& ctx, const Settings& s, const Ravine& rv);

// 2. R̂(θ_k) for α ∈ {0, 0.5, 0.9, 0.99, the best α at this η, --alpha} (plot ch15_risk).
void alpha_risk(const redes::app::Context& ctx, const Settings& s, const Ravine& rv);

// 3. Steps until ‖θ_k − θ*‖ < tol against α, measured and from ρ(α) (plot ch15_alpha_sweep).
void alpha_sweep(const redes::app::Context& ctx, const Settings& s, const Ravine& rv);

// 4. Escape from near the saddle x² − y² for α ∈ {0, 0.5, 0.9} (plots ch15_saddle,
//    ch15_saddle_escape), and a start exactly on its axis.
void saddle(const redes::app::Context& ctx, const Settings& settings);

// 5. v ← αv − ηg; θ ← θ + v against b ← μb + g; θ ← θ − ηb, constant and linear η_k (plot
//    ch15_forms).
void forms(const redes::app::Context& ctx, const Settings& s, const Ravine& rv);

// The first k with ‖θ_k − θ*‖ < tol, or −1 when the path never gets there (or diverged first).
long steps_to_reach(const redes::DescentPath& p, const redes::Vector& theta_star, double tol);

// "N steps" or "not reached" (k < 0).
std::string steps_str(long k);

}  // namespace ch15
