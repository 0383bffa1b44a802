// The tensor ∂{W₁x_m + b₁}/∂W₁ drawn slice by slice: slice i holds x_mᵀ in its row j = i.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "redes/app/show.hpp"
#include "redes/backprop/efficient.hpp"
#include "redes/backprop/finite_differences.hpp"
#include "redes/backprop/gradient_check.hpp"
#include "redes/backprop/literal.hpp"
#include "redes/linalg.hpp"
#include "redes/models/perceptron.hpp"
#include "redes/risk/cost.hpp"
#include "sections.hpp"

using redes::Matrix;
using redes::Tensor3;
using redes::Vector;
using redes::app::show;

namespace ch11 {

// The tensor's N₁ slices side by side as heatmaps; slice i has x_mᵀ in its row j = i.
void plot_slices(const redes::app::Context& ctx, const Tensor3& T) {
    const std::size_t N1 = T.dim0(), N = T.dim2();
    auto fig = ctx.figure(
        "dz_dW_slices",
        "∂\\{W_1x_m + b_1\\}/∂W_1 ∈ R^{N_1×N_1×N}: slice i holds x_m^T in its row j = i");
    fig.xlabel("k (column of W_1);  the entries of slice i are [∂z_i/∂W_1]_{jk}")
        .ylabel("j (row of W_1)")
        .cblabel("[∂\\{W_1x_m + b_1\\}/∂W_1]_{ijk}")
        .size(static_cast<int>(260 * N1 + 200), 420)
        .legend("off");
    std::ostringstream xt;
    xt << "set xtics (";
    for (std::size_t i = 0; i < N1; ++i) {
        const double offset = static_cast<double>(i * (N + 1));
        std::vector<double> gx(N), gy(N1);
        for (std::size_t k = 0; k < N; ++k) gx[k] = offset + static_cast<double>(k + 1);
        for (std::size_t j = 0; j < N1; ++j) gy[j] = static_cast<double>(j + 1);
        fig.heatmap(gx, gy, T.slice(i));
        for (std::size_t k = 0; k < N; ++k)
            xt << (i || k ? ", " : "") << "'" << k + 1 << "' " << gx[k];
        std::ostringstream title;
        title << "set label 'slice i = " << i + 1 << "' at "
              << offset + 0.5 * static_cast<double>(N + 1) << ",0.25 center front";
        fig.raw(title.str());
        for (std::size_t j = 0; j < N1; ++j)
            for (std::size_t k = 0; k < N; ++k) {
                std::ostringstream lab;
                lab << "set label '" << T(i, j, k) << "' at " << gx[k] << "," << gy[j]
                    << " center front textcolor rgb 'white'";
                fig.raw(lab.str());
            }
    }
    xt << ")";
    fig.raw(xt.str());
    std::ostringstream yr;
    yr << "set yrange [" << static_cast<double>(N1) + 0.5 << ":-0.1]";
    fig.raw(yr.str());
    std::ostringstream xr;
    xr << "set xrange [0.4:" << static_cast<double>(N1 * (N + 1)) - 0.4 << "]";
    fig.raw(xr.str());
    fig.raw("set ytics 1, 1, " + std::to_string(N1));
    fig.raw("unset grid");
    ctx.save(fig);
}

}  // namespace ch11
