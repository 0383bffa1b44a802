#pragma once
// Chapter 10's experiments, one function each: ravine.cpp (paths and R̂ for several η),
// threshold.cpp (either side of η = 2/λ_max), saddle.cpp, directional.cpp, rosenbrock.cpp.
// Each runs gradient descent θ_{k+1} ← θ_k − η ∇R̂(θ_k) on a 2-D R̂ from
// src/redes/optim/test_functions.hpp and draws the path over its landscape.
#include <cstddef>
#include <string>
#include <vector>

#include "redes/app/chapter.hpp"
#include "redes/app/format.hpp"
#include "redes/linalg.hpp"
#include "redes/optim/descent_path.hpp"
#include "redes/optim/test_functions.hpp"
#include "redes/plot/figure.hpp"
#include "redes/plot/landscape.hpp"
#include "redes/stats/grid.hpp"

namespace ch10 {

// The chapter's options (defaults as in `make chapter-10`).
struct Settings {
    double lambda1 = 1.0, lambda2 = 8.0;  // curvatures of the quadratic ½θᵀAθ, A = diag(λ₁, λ₂)
    double eta = 0.2, eta_small = 0.02, eta_large = 0.3;  // η right, too small, too large
    double start_x = -4.0, start_y = 1.5;                 // θ_0 on the quadratic
    double bound = 1e6;  // divergence: ‖θ_k‖∞ or |R̂(θ_k)| beyond it
    double saddle_eta = 0.1, saddle_offset = 1e-3, rosenbrock_eta = 1e-3;
    double h = 1e-5;         // finite-difference step along ǔ
    std::size_t steps = 60;  // K, gradient steps per path

    redes::Quadratic quadratic() const { return redes::Quadratic(lambda1, lambda2); }
    redes::Vector theta0() const { return redes::Vector{start_x, start_y}; }
    redes::PathOptions path_options() const {
        redes::PathOptions o;
        o.steps = steps;
        o.bound = bound;
        return o;
    }
};

// Points per axis of the landscapes drawn under the paths.
inline std::size_t grid_points(const redes::app::Context& ctx) { return ctx.quick ? 41 : 121; }

// θ as "(θ₁, θ₂)" (redes::app::point) and a landscape: heatmap and contour lines of R̂ on a grid.
using redes::app::point;
using redes::plot::landscape;

// 1. The quadratic ravine: paths for η too small, right, too large (plot ch10_paths).
void ravine_paths(const redes::app::Context& ctx, const Settings& s);

// 2. η = 0.99 and 1.01 × 2/λ_max for 20K steps against θ_k = (1 − ηλ_i)^k θ_0,i (printed only).
void either_side_of_threshold(const Settings& s);

// 3. R̂(θ_k) along the iterations for five η, log y (plot ch10_risk).
void risk_curves(const redes::app::Context& ctx, const Settings& s);

// 4. R̂(θ_K)/R̂(θ_0) against η/(2/λ_max), measured and closed form (plot ch10_eta_threshold).
void eta_threshold(const redes::app::Context& ctx, const Settings& s);

// 5. The saddle x² − y²: a start on the axis stops at (0, 0), one off it escapes (ch10_saddle).
void saddle(const redes::app::Context& ctx, const Settings& s);

// 6. ∂/∂α R̂(θ + αǔ)|_{α=0} = ǔᵀ∇R̂ against a central difference; the steepest direction
// (plot ch10_directional). Draws the probe directions from ctx.rng.
void directional(redes::app::Context& ctx, const Settings& s);

// 2/λ_max of the Hessian ∇²R̂(θ): the local stability limit of η near θ (rosenbrock.cpp).
double local_eta_critical(const redes::Objective2D& f, const redes::Vector& theta);

// 7. Rosenbrock's curved valley (plot ch10_rosenbrock).
void rosenbrock(const redes::app::Context& ctx, const Settings& s);

}  // namespace ch10
