#pragma once
// Chapter 09's experiments, one function each: targets.cpp (the 2-D target drawn),
// sweep.cpp (sup error against N₁, trained and built), sweep_plots.cpp (its figures),
// compact_set.cpp (fitted on [0, 1], checked far outside), derivative.cpp (dŷ/dx against f′).
// The pieces they share (targets, the theorem's network, training, constructions) are in
// approximation.hpp.
#include <cstdint>
#include <string>
#include <vector>

#include "approximation.hpp"
#include "redes/app/chapter.hpp"
#include "redes/app/format.hpp"
#include "redes/plot/palette.hpp"

namespace ch09 {

// The chapter's options after parsing (defaults as in `make chapter-09`).
struct Settings {
    std::vector<std::size_t> widths{1, 2, 4, 8, 16, 32, 64, 128, 256};  // N₁, sorted
    std::vector<std::string> targets{"smooth", "kink", "step", "bump"};
    std::vector<std::string> sigmas{"sigmoid", "relu"};
    std::vector<std::size_t> fit_widths{2, 8, 256};        // widths drawn over the targets
    FitOptions fit;                                        // Adam steps, η, init scale s
    double steepness = 50.0;                               // k of the step target
    std::size_t points = 40, points_2d = 10;               // training grids
    std::size_t eval_points = 2001, eval_points_2d = 101;  // where the sup error is measured
    std::size_t outside_width = 16;                        // N₁ of the compact-set nets
    double far_x = 100.0;                                  // where they are checked
};

// The grids every experiment uses: training, evaluation (fine) and drawing (coarser, lighter CSVs).
struct Grids {
    redes::Matrix X_train_1, X_train_2, X_eval_1, X_eval_2, X_draw_1, X_draw_2;
    std::vector<double> x_draw, t2;  // the drawing grids' coordinates on [0, 1]
    std::size_t n_draw_2 = 0;
};
Grids make_grids(const Settings& s);

// One σ's sweep over the widths: sup errors [target k][width j] and the trained nets.
struct Sweep {
    redes::Activation sigma = redes::Activation::sigmoid();
    std::vector<std::vector<double>> trained, built;  // built < 0: no construction (2-D)
    std::vector<std::vector<redes::MLP>> nets;
};

// Numbers as the chapter prints them: errors "%.3g".
using redes::app::fmt;
using redes::plot::colour;

// Errors this small are exact representations (rounding only): not drawn on log axes.
constexpr double exact_below = 1e-12;

// Row 0 of F as a std::vector (one output per column).
inline std::vector<double> row0(const redes::Matrix& F) {
    return std::vector<double>(F.data(), F.data() + F.cols());
}

// The setup lines at the top of the output.
void print_setup(const Settings& s);

// The 2-D targets as heatmaps (plot ch09_<target>_target).
void draw_2d_targets(const redes::app::Context& ctx, const std::vector<Target>& targets,
                     const Grids& g);

// Every target trained at every width with σ, and the proof's network built at the same width;
// prints the table and its summary. Each (σ, target) draws from its own stream (stream()).
Sweep width_sweep(const redes::app::Context& ctx, const Settings& s,
                  const std::vector<Target>& targets, const Grids& g,
                  const redes::Activation& sigma);

// The sweep's figures: sup error against N₁ (ch09_sup_error_<σ>) and the fits over each target
// (ch09_fit_<target>_<σ>, or the 2-D fit ch09_<target>_<σ>).
void sweep_plots(const redes::app::Context& ctx, const Settings& s,
                 const std::vector<Target>& targets, const Grids& g, const Sweep& sw);

// The theorem holds on the compact [0, 1]^N, not on R^N: bounded sigmoid and linearly growing
// ReLU nets checked at far_x (plots ch09_outside_sigmoid, ch09_outside_relu).
void compact_set(const redes::app::Context& ctx, const Settings& s, const Grids& g);

// The network's derivative dŷ/dx against f′ for f(x) = sin(2πx), f′(x) = 2π cos(2πx), at every
// width: the trained sigmoid nets (stream "sigmoid/smooth", the sweep's own nets), the sigmoid
// staircase and the ReLU interpolant, each judged by sup |f − ŷ| and sup |f′ − dŷ/dx| on the
// evaluation grid (derivative.cpp).
struct DerivativeRow {
    std::size_t N1 = 0;
    double trained_value = 0, trained_slope = 0;  // trained sigmoid net
    double stair_value = 0, stair_slope = 0;      // sigmoid staircase (built)
    double relu_value = 0, relu_slope = 0;        // ReLU interpolant (built)
};
struct DerivativeStudy {
    std::vector<DerivativeRow> rows;                          // one per width of s.widths
    std::vector<redes::MLP> trained, staircase, interpolant;  // the nets, same order
};
DerivativeStudy derivative_study(const Settings& s, const Grids& g, std::uint64_t seed);

// Prints the study's table and draws ch09_derivative_error and ch09_derivative_fits.
void derivative(const redes::app::Context& ctx, const Settings& s, const Grids& g);

}  // namespace ch09
