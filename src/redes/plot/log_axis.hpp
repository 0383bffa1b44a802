#pragma once
// What a log axis can draw: log y is defined for y > 0 only, so a curve that reaches 0 exactly
// (R̂ = 0 at a minimum, an error that is a rounding residue) loses those points instead of
// breaking the plot. The points kept are returned in their order, with their x.
//   auto p = positive_points(R_hat);                    // (k, R̂_k) for R̂_k > 0
//   fig.logy().line("GD", p.x, p.y);
#include <vector>

namespace redes::plot {

struct Points {
    std::vector<double> x, y;
};

// (x_j, y_j) for every j with y_j > floor (floor 0: what log y can draw; a larger floor leaves
// out values too small to mean anything, e.g. errors at the rounding level). Same sizes needed:
// ShapeError "positive_points: x of size … and y of size …" otherwise.
Points positive_points(const std::vector<double>& x, const std::vector<double>& y,
                       double floor = 0.0);

// (j, y_j), j = 0, 1, … the index (a step or an epoch k), for every y_j > floor.
Points positive_points(const std::vector<double>& y, double floor = 0.0);

}  // namespace redes::plot
