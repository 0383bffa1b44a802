#pragma once
// A 2-D function R̂(θ) drawn as the chapters on optimisation draw it (10, 15, 16): a heatmap of
// Z with its contour lines on top, so paths θ_0, θ_1, … can be drawn over it.
#include <vector>

#include "redes/linalg/matrix.hpp"
#include "redes/plot/figure.hpp"

namespace redes::plot {

// Heatmap and `levels` contour lines of Z; Z(i, j) is the value at (gx[j], gy[i]).
Figure& landscape(Figure& fig, const std::vector<double>& gx, const std::vector<double>& gy,
                  const Matrix& Z, int levels = 18);

}  // namespace redes::plot
