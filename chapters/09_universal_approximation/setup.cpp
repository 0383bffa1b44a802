// The grids of the chapter and the setup lines at the top of its output.
#include <algorithm>
#include <cstdio>

#include "redes/stats/grid.hpp"
#include "sections.hpp"

namespace ch09 {

Grids make_grids(const Settings& s) {
    Grids g;
    g.X_train_1 = training_points(1, s.points);
    g.X_train_2 = training_points(2, s.points_2d);
    g.X_eval_1 = redes::unit_cube_grid(1, s.eval_points);
    g.X_eval_2 = redes::unit_cube_grid(2, s.eval_points_2d);
    // The figures are drawn on coarser grids than the error is measured on (lighter CSVs).
    const std::size_t n_draw_1 = std::min<std::size_t>(501, s.eval_points);
    g.n_draw_2 = std::min<std::size_t>(51, s.eval_points_2d);
    g.X_draw_1 = redes::unit_cube_grid(1, n_draw_1);
    g.X_draw_2 = redes::unit_cube_grid(2, g.n_draw_2);
    g.x_draw = redes::linspace(0.0, 1.0, n_draw_1);
    g.t2 = redes::linspace(0.0, 1.0, g.n_draw_2);
    return g;
}

void print_setup(const Settings& s) {
    std::printf(
        "the theorem's network f(x; Θ) = w₂ᵀσ(W₁x + b₁) + b₂ (b₂: an output bias the notes leave out),\n"
        "trained by full-batch Adam, %zu steps, η = %g, on M = %zu points of [0,1] (%zu×%zu on [0,1]²);\n"
        "sup error max|f(x) − f(x; Θ)| on %zu points of [0,1] (%zu×%zu on [0,1]²).\n"
        "'built': the proof's network, by hand, no training (staircase for sigmoid/tanh, interpolant for ReLU)\n",
        s.fit.steps, s.fit.eta, s.points, s.points_2d, s.points_2d, s.eval_points, s.eval_points_2d,
        s.eval_points_2d);
}

}  // namespace ch09
