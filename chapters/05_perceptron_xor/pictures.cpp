// Why the XOR network works, in two pictures: the decision map of f over the input plane, and
// the hidden space h = σ(W₁x + b₁) where one straight line separates the classes.
#include <algorithm>
#include <sstream>
#include <string>
#include <vector>

#include "redes/stats/grid.hpp"
#include "sections.hpp"

using redes::Activation;
using redes::linspace;
using redes::Matrix;
using redes::MLP;
using redes::Vector;

namespace ch05 {

void pictures(const redes::app::Context& ctx, const MLP& net, const Activation& sigma,
              std::size_t grid) {
    const Matrix& W1 = net.W(1);
    const Vector& b1 = net.b(1);
    const Matrix X = xor_inputs();
    const std::vector<double> y = xor_labels();
    const Matrix H = sigma.sigma(redes::add_to_columns(W1 * X, b1));  // the hidden points h_m

    // Decision map: f over [−0.5, 1.5]², Z(i, j) = f(x[j], y[i]).
    const std::vector<double> gx = linspace(-0.5, 1.5, grid);
    const std::vector<double>& gy = gx;  // the same grid on both axes
    Matrix Fmap(grid, grid);
    Matrix inputs(2, grid * grid);
    for (std::size_t i = 0; i < grid; ++i)
        for (std::size_t j = 0; j < grid; ++j) {
            inputs(0, i * grid + j) = gx[j];
            inputs(1, i * grid + j) = gy[i];
        }
    const Matrix Fgrid = net.forward(inputs);
    for (std::size_t k = 0; k < grid * grid; ++k) Fmap(k / grid, k % grid) = Fgrid(0, k);
    // The boundary f = ½: where f − ½ changes sign between neighbours of a row, interpolated.
    std::vector<double> bx, by;
    for (std::size_t i = 0; i < grid; ++i)
        for (std::size_t j = 0; j + 1 < grid; ++j) {
            const double a = Fmap(i, j) - 0.5, c = Fmap(i, j + 1) - 0.5;
            if ((a < 0) != (c < 0)) {
                bx.push_back(gx[j] + (gx[j + 1] - gx[j]) * a / (a - c));
                by.push_back(gy[i]);
            }
        }
    std::vector<double> x0, y0, x1, y1;  // inputs with XOR 0 and XOR 1
    for (std::size_t m = 0; m < 4; ++m) {
        (y[m] == 0 ? x0 : x1).push_back(X(0, m));
        (y[m] == 0 ? y0 : y1).push_back(X(1, m));
    }
    auto fig =
        ctx.figure("decision_map",
                   "The perceptron learns XOR: f(x; Θ) = w₂ᵀσ(W₁x + b₁) + b₂, σ = " + sigma.name());
    fig.xlabel("x₁")
        .ylabel("x₂")
        .cblabel("f(x; Θ)")
        .equal_axes()
        .xrange(-0.5, 1.5)
        .yrange(-0.5, 1.5)
        .legend("outside bottom center horizontal")
        .size(760, 760)
        .heatmap(gx, gy, Fmap)
        .points("f(x; Θ) = ½", bx, by, "points pt 7 ps 0.25 lc rgb 'white'")
        .points("XOR = 0", x0, y0, "points pt 7 ps 2.5 lc rgb 'black'")
        .points("XOR = 1", x1, y1, "points pt 5 ps 2.5 lc rgb 'red'");
    for (std::size_t m = 0; m < 4; ++m) {
        std::ostringstream lab;
        lab << "set label " << m + 1 << " 'x_" << m + 1 << "' at " << X(0, m) << "," << X(1, m)
            << " offset 1.6,1.2 front textcolor rgb 'white'";
        fig.raw(lab.str());
    }
    ctx.save(fig);

    // Hidden space: h = σ(W₁x + b₁). Every x of the map lands on the set drawn in gray.
    std::vector<double> hx, hy;
    const Matrix Hgrid = sigma.sigma(redes::add_to_columns(W1 * inputs, b1));
    for (std::size_t k = 0; k < Hgrid.cols(); k += 7) {
        hx.push_back(Hgrid(0, k));
        hy.push_back(Hgrid(1, k));
    }
    std::vector<double> h0x, h0y, h1x, h1y;
    for (std::size_t m = 0; m < 4; ++m) {
        (y[m] == 0 ? h0x : h1x).push_back(H(0, m));
        (y[m] == 0 ? h0y : h1y).push_back(H(1, m));
    }
    // The separating line w₂ᵀh + b₂ = ½ in the hidden plane.
    const Matrix& w2T = net.W(2);
    const double b2 = net.b(2)[0];
    double hlo = 0, hhi = 0, vlo = 0, vhi = 0;
    for (std::size_t k = 0; k < Hgrid.cols(); ++k) {
        hlo = std::min(hlo, Hgrid(0, k));
        hhi = std::max(hhi, Hgrid(0, k));
        vlo = std::min(vlo, Hgrid(1, k));
        vhi = std::max(vhi, Hgrid(1, k));
    }
    const double pad = 0.3;
    std::vector<double> lx, ly;
    if (w2T(0, 1) != 0.0) {
        for (double h1 : {hlo - pad, hhi + pad}) {
            lx.push_back(h1);
            ly.push_back((0.5 - b2 - w2T(0, 0) * h1) / w2T(0, 1));
        }
    } else {
        lx = {(0.5 - b2) / w2T(0, 0), (0.5 - b2) / w2T(0, 0)};
        ly = {vlo - pad, vhi + pad};
    }
    auto hid = ctx.figure("hidden_space",
                          "XOR in the hidden space h = σ(W₁x + b₁), cut by the line w₂ᵀh + b₂ = ½");
    hid.xlabel("h₁ = [σ(W₁x + b₁)]₁")
        .ylabel("h₂ = [σ(W₁x + b₁)]₂")
        .equal_axes()
        .xrange(hlo - pad, hhi + pad)
        .yrange(vlo - pad, vhi + pad)
        .legend("bottom right")
        .points("h(x) for x on the grid of [−0.5, 1.5]²", hx, hy,
                "points pt 7 ps 0.3 lc rgb 'gray70'")
        .line("w₂ᵀh + b₂ = ½", lx, ly, "lines lw 2 dashtype 2 lc rgb 'black'")
        .points("XOR = 0", h0x, h0y, "points pt 7 ps 2.5 lc rgb 'black'")
        .points("XOR = 1", h1x, h1y, "points pt 5 ps 2.5 lc rgb 'red'");
    for (std::size_t m = 0; m < 4; ++m) {
        std::ostringstream lab;
        lab << "set label " << m + 1 << " 'x_" << m + 1 << " = (" << X(0, m) << "," << X(1, m)
            << ")' at " << H(0, m) << "," << H(1, m) << " offset 1.5," << (m == 2 ? -1.2 : 0.9);
        hid.raw(lab.str());
    }
    ctx.save(hid);
}

}  // namespace ch05
