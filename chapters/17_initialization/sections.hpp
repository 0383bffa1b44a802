#pragma once
// Chapter 17's experiments, one function each (one .cpp per experiment), and what they share:
// the settings (the program's options), the digits, and small helpers on networks.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "redes/app/chapter.hpp"
#include "redes/data/dataset.hpp"
#include "redes/linalg/matrix.hpp"
#include "redes/models/mlp.hpp"
#include "redes/optim/objective.hpp"
#include "redes/optim/sgd.hpp"

namespace ch17 {

// The program's options, with their defaults.
struct Settings {
    double eta = 0.05;        // η of the scale sweep and the symmetry runs
    double scale = 1.0;       // s of the random start in the symmetry experiment
    double bias = 0.1;        // the positive b_0 compared with b_0 = 0
    double scale_min = 1e-3;  // smallest s of the sweep
    double scale_max = 3.0;   // largest s of the sweep
    double dead_eta = 0.05;   // η of the ReLU runs that count dead units
    double small_eta = 0.01;  // the second η of the stability experiment
    int epochs = 5, batch_size = 32, points = 15, seeds = 2, depth = 10, width = 64, hidden = 32;
    int symmetry_epochs = 300, dead_runs = 6;
    std::string activation = "tanh", optimizer = "gd";
};

// Throws ValueError "option --NAME: VALUE must be …" for the first option out of range.
void check(const Settings& s);

// The digits with x = pixel/16 ∈ [0, 1], and the sizes every digits experiment shares.
struct Digits {
    redes::data::DataSet train, val;  // 500 and 300 (--quick: 100 and 50)
    std::size_t N1 = 0;               // hidden width of the 64 → N1 → N1 → 10 nets
    std::size_t Mp = 0;               // M′, samples per step
    std::size_t S = 0;                // runs per point of the sweeps
};
Digits load_digits(const redes::app::Context& ctx, const Settings& s);

// n values from lo to hi, evenly spaced on a log scale.
std::vector<double> logspace(double lo, double hi, std::size_t n);

// [W_ℓ | b_ℓ]: one row per unit, its weights and its bias. Two units are the same iff their
// rows are.
redes::Matrix weights_and_bias(const redes::MLP& net, std::size_t ell);

// Dead units of every hidden layer ℓ = 1 … L−1 on the batch X: z_ℓi ≤ 0 for every sample.
std::size_t dead_hidden_units(const redes::MLP& net, const redes::Matrix& X);

// SGD options: E epochs of batches of M′, no progress output.
redes::SGDOptions quiet(std::size_t epochs, std::size_t batch_size);

// Standard errors of means over n runs: √(sample variance / n) from the means and the sums of
// squares Σ x²; 0 for n = 1.
std::vector<double> standard_errors(const std::vector<double>& mean,
                                    const std::vector<double>& sum_of_squares, std::size_t n);

// R̂ of a net that learned nothing and predicts the class frequencies p_k: Σ_k p_k(1 − p_k).
double learned_nothing_risk(const redes::data::DataSet& d);

// The 1-D regression of the symmetry experiments: y = sin(πu) + u/2 on M = 64 points
// u ∈ [−1, 1], fitted by a net 1 → N1 = 8 tanh → 1.
struct Regression {
    redes::Matrix X, Y;
    std::size_t N1 = 8;
};
Regression sine_regression();

// 1. W_0 = 0 against a random W_0 on a 1-D regression (plots ch17_symmetry_units,
//    ch17_symmetry_fit).
void symmetry(const redes::app::Context& ctx, const Settings& s);

struct SymmetryScaleResult {
    double zero_risk = 0.0, zero_se = 0.0;  // R̂ after training from W_0 = 0 (mean, s.e.)
    // for each s, means over the runs: R̂ after training (and its s.e.),
    // max_i ‖[W₁|b₁]_i − [W₁|b₁]_0‖∞ at θ_0 and after training
    std::vector<double> s, risk, risk_se, spread0, spread;
};

// 1b. The same regression from [W_0]_ij ~ N(0, s²) for s from 10⁻⁴ to 3 (plot
//     ch17_symmetry_scale).
SymmetryScaleResult symmetry_scale(const redes::app::Context& ctx, const Settings& s);

// 2. Risk after K epochs on the digits against the scale s of [W_0]_ij ~ N(0, s²) (plot
//    ch17_scale_sweep).
void scale_sweep(const redes::app::Context& ctx, const Settings& s, const Digits& d);

// λ_max of ∇²R̂(θ) by power iteration on Hessian-vector products (central differences of the
// full gradient), starting from a random direction drawn with seed. The eigenvalue of largest
// magnitude: λ_max when no negative curvature is larger in magnitude.
double top_curvature(const redes::Objective& R, const redes::Vector& theta, std::uint64_t seed,
                     std::size_t iterations);

struct StabilityResult {
    std::vector<double> s, etas, lambda_max;  // λ_max(θ_0) for each s
    std::vector<std::vector<bool>> blew_up;   // [s][η]: R̂ after K epochs above R̂(θ_0)
};

// 3. Stability: λ_max of ∇²R̂(θ_0) against s, and training with η = --eta and --small-eta
//    (plot ch17_stability).
StabilityResult stability(const redes::app::Context& ctx, const Settings& s, const Digits& d);

struct DistributionResult {
    // for each s: mean R̂ after K epochs over the runs (HUGE_VAL: blew up) and its standard error
    std::vector<double> s, normal, normal_se, uniform, uniform_se;
    double largest_gap = 0.0;  // max over s of |R̂ normal − R̂ uniform| (runs that trained)
    double range = 0.0;  // max − min of R̂ over s and both distributions (runs that trained)
};

// 3b. The sweep of 2 with normal and with uniform W_0 of the same variance (plot
//     ch17_distribution).
DistributionResult distribution(const redes::app::Context& ctx, const Settings& s, const Digits& d);

// 3. The spread of x_ℓ through a deep net for several gains g (plots ch17_spread_relu,
//    ch17_spread_tanh).
void spread(const redes::app::Context& ctx, const Settings& s, const Digits& d);

// 4. Dead ReLU units with b_0 = 0 and b_0 > 0, at initialisation and while training (plots
//    ch17_dead_at_init, ch17_dead_units).
void dead_units(const redes::app::Context& ctx, const Settings& s, const Digits& d);

}  // namespace ch17
