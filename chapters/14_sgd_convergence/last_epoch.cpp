// Where θ_k is during the last epoch of one run, over the contour lines of R̂.
#include <algorithm>
#include <iostream>

#include "sections.hpp"

namespace ch14 {

using redes::app::fmt;

void last_epoch(const redes::app::Context& ctx, const Problem& pb, const std::vector<Run>& runs) {
    const std::size_t steps = pb.steps, per_epoch = steps / pb.E;
    const redes::Vector& theta_star = pb.theta_star;
    double w = 0.02;  // half-width of the picture: every point of the last epoch inside it
    for (std::size_t i = 0; i < 3; ++i)
        for (std::size_t k = steps - per_epoch; k <= steps; ++k)
            w = std::max(w, 1.05 * redes::norm_inf(runs[i].d.last_run[k] - theta_star));
    std::vector<double> gx, gy;
    const std::size_t grid = ctx.quick ? 21 : 41;
    for (std::size_t i = 0; i < grid; ++i) {
        gx.push_back(theta_star[0] - w +
                     2 * w * static_cast<double>(i) / static_cast<double>(grid - 1));
        gy.push_back(theta_star[1] - w +
                     2 * w * static_cast<double>(i) / static_cast<double>(grid - 1));
    }
    redes::Matrix Z(grid, grid);
    for (std::size_t i = 0; i < grid; ++i)
        for (std::size_t j = 0; j < grid; ++j)
            Z(i, j) = pb.R.empirical_risk(redes::Vector{gx[j], gy[i]});
    auto f_cloud =
        ctx.figure("last_epoch", "θ_k during the last epoch of one run (" +
                                     std::to_string(per_epoch) + " steps): the band around θ*");
    f_cloud.xlabel("w")
        .ylabel("b")
        .equal_axes()
        .legend("outside right top vertical")
        .size(1100, 600)
        .contour(gx, gy, Z, 12);
    for (std::size_t i = 0; i < 3; ++i) {
        std::vector<double> px, py;
        const auto& path = runs[i].d.last_run;
        for (std::size_t k = steps - per_epoch; k <= steps; ++k) {
            px.push_back(path[k][0]);
            py.push_back(path[k][1]);
        }
        f_cloud.points(runs[i].label, px, py, "points pt 7 ps 0.4 lc rgb '" + runs[i].colour + "'");
    }
    std::cout << "‖θ_k − θ*‖ during the last epoch of the last run (" << per_epoch
              << " steps): mean, largest\n";
    for (std::size_t i = 0; i < 3; ++i) {
        double sum = 0.0, largest = 0.0;
        for (std::size_t k = steps - per_epoch + 1; k <= steps; ++k) {
            const double e = redes::norm(runs[i].d.last_run[k] - theta_star);
            sum += e;
            largest = std::max(largest, e);
        }
        std::cout << "  " << runs[i].label << ": " << fmt(sum / static_cast<double>(per_epoch))
                  << ", " << fmt(largest) << "\n";
    }
    f_cloud.points("θ* = (X Xᵀ)⁻¹ X y", std::vector<double>{theta_star[0]},
                   std::vector<double>{theta_star[1]}, "points pt 3 ps 2.5 lw 2 lc rgb 'black'");
    ctx.save(f_cloud);
}

}  // namespace ch14
