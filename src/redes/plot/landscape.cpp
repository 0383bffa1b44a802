#include "redes/plot/landscape.hpp"

namespace redes::plot {

Figure& landscape(Figure& fig, const std::vector<double>& gx, const std::vector<double>& gy,
                  const Matrix& Z, int levels) {
    return fig.heatmap(gx, gy, Z).contour(gx, gy, Z, levels);
}

}  // namespace redes::plot
