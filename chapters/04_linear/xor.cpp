// (2) XOR with a linear model and the closed form: w = 0, b = 1/2, so f(x) = 0.5 at all four
// points; with the product feature x₁x₂ the fit is exact.
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

#include "redes/linalg.hpp"
#include "redes/models/least_squares.hpp"
#include "redes/text.hpp"
#include "sections.hpp"

namespace ch04 {

using redes::LinearModel;
using redes::Matrix;
using redes::num;
using redes::Vector;

const Matrix& xor_inputs() {
    static const Matrix X{{0, 0, 1, 1}, {0, 1, 0, 1}};
    return X;
}
const Vector& xor_targets() {
    static const Vector y{0, 1, 1, 0};
    return y;
}

Matrix with_product(const Matrix& X) {
    Matrix P(3, X.cols());
    for (std::size_t m = 0; m < X.cols(); ++m)
        P(0, m) = X(0, m), P(1, m) = X(1, m), P(2, m) = X(0, m) * X(1, m);
    return P;
}

void xor_fit(redes::app::Context& ctx, bool product, redes::NormalEquationsSolver solver) {
    const Matrix& X_xor = xor_inputs();
    const Vector& y_xor = xor_targets();
    const Matrix Xx = product ? with_product(X_xor) : X_xor;
    const LinearModel h = redes::least_squares(Xx, y_xor, true, solver);
    std::printf("\n(2) XOR, f(x) = wᵀx + b%s, quadratic cost, closed form:\n",
                product ? " with x = (x₁, x₂, x₁x₂)" : "");
    std::printf("    w = [");
    for (std::size_t i = 0; i < h.w.size(); ++i)
        std::printf("%s%s", i ? ", " : "", fixed4(h.w[i]).c_str());
    std::printf("], b = %s, R̂ = %.4f\n", fixed4(h.b).c_str(), redes::empirical_risk(h, Xx, y_xor));
    if (!product)
        std::printf("    exact up to rounding: max|w_i| = %.1e, |b − 1/2| = %.1e\n",
                    redes::norm_inf(h.w), std::abs(h.b - 0.5));
    std::printf("    (x₁, x₂)   y   f(x₁, x₂)\n");
    const Vector pred = h(Xx);
    for (std::size_t m = 0; m < 4; ++m)
        std::printf("    (%g, %g)     %g   %s\n", X_xor(0, m), X_xor(1, m), y_xor[m],
                    fixed4(pred[m]).c_str());

    // f over the square, the four points coloured by class, each labelled with f(x_m).
    const int G = 61;
    std::vector<double> grid(G);
    for (int i = 0; i < G; ++i) grid[i] = -0.25 + 1.5 * i / (G - 1);
    Matrix Z(G, G);
    for (int i = 0; i < G; ++i)
        for (int j = 0; j < G; ++j) {
            const Vector x0{grid[j], grid[i]};
            Z(i, j) = h(product ? Vector{grid[j], grid[i], grid[j] * grid[i]} : x0);
        }
    auto fig2 = ctx.figure("xor", std::string("XOR with a linear model: f(x) = wᵀx + b") +
                                      (product ? " on (x_1, x_2, x_1x_2)" : " ≡ 0.5"));
    fig2.xlabel("x_1")
        .ylabel("x_2")
        .cblabel("f(x_1, x_2)")
        .equal_axes()
        .legend("outside right top")
        .size(880, 600);
    fig2.xrange(-0.25, 1.25).yrange(-0.25, 1.25).raw("set cbrange [-0.25:1.25]");
    fig2.heatmap(grid, grid, Z);
    fig2.points("y = 0 (XOR false)", std::vector<double>{0, 1}, std::vector<double>{0, 1},
                "points pt 7 ps 2.5 lc rgb '#1f77b4'");
    fig2.points("y = 1 (XOR true)", std::vector<double>{0, 1}, std::vector<double>{1, 0},
                "points pt 5 ps 2.5 lc rgb '#d62728'");
    for (std::size_t m = 0; m < 4; ++m)
        fig2.raw("set label " + std::to_string(m + 1) + " 'f = " + fixed4(pred[m]) + "' at " +
                 num(X_xor(0, m)) + "," + num(X_xor(1, m) + 0.09) +
                 " center front font ',12' textcolor rgb 'white'");
    ctx.save(fig2);
}

}  // namespace ch04
