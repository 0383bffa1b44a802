#pragma once
// The capstone's own figures: a confusion-matrix heatmap with the counts written in the cells,
// and a grid of images drawn as one heatmap (images separated by blank gaps). The risk curves
// come from the library (redes::app::risk_curves_figure), shared with the `train` command.
#include <cstddef>
#include <string>
#include <vector>

#include "redes/app/chapter.hpp"
#include "redes/linalg/matrix.hpp"
#include "redes/models/classify.hpp"
#include "redes/plot/figure.hpp"

namespace ch18 {

// C(k, j) coloured by the share of class k predicted as j, with the count in each cell.
redes::plot::Figure confusion_figure(const redes::app::Context& ctx, const std::string& what,
                                     const std::string& title, const redes::ConfusionMatrix& C,
                                     const std::vector<std::string>& names);

// Images X(·, m) for m in idx (rows×cols pixels, row after row), up to `per_row` per row of
// the grid, each with its caption above (one line, or two split at '\n'); dark ink on white
// (0 = white, pixel_max = black).
redes::plot::Figure image_grid_figure(const redes::app::Context& ctx, const std::string& what,
                                      const std::string& title, const redes::Matrix& X,
                                      std::size_t rows, std::size_t cols,
                                      const std::vector<std::size_t>& idx,
                                      const std::vector<std::string>& captions, std::size_t per_row,
                                      double pixel_max);

}  // namespace ch18
