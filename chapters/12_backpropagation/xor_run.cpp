// XOR learnt by backpropagation and gradient descent from a random start (xor.hpp), its risk
// curve and its decision map over [−0.5, 1.5]².
#include <cstdio>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "redes/backprop/efficient.hpp"
#include "redes/backprop/gradient_check.hpp"
#include "redes/backprop/literal.hpp"
#include "redes/linalg.hpp"
#include "sections.hpp"

using redes::Matrix;
using redes::MLP;

namespace ch12 {

void xor_experiment(const redes::app::Context& ctx, const XorSettings& s, Path path) {
    const redes::Activation sigma = redes::Activation::from_name(s.activation);
    redes::Rng rng = xor_stream(ctx.seed);
    const MLP start = xor_start(s.width, sigma, rng);
    const Matrix X = xor_X(), Y = xor_Y();
    const redes::Cost J = redes::Cost::quadratic();
    std::printf(
        "\nXOR by backprop and gradient descent: N = {2, %zu, 1}, σ = %s then identity, η = %g, "
        "%zu steps, %s path, random start from seed %llu\n",
        s.width, sigma.name().c_str(), s.eta, s.steps,
        path == Path::literal ? "literal" : "efficient", static_cast<unsigned long long>(ctx.seed));
    const double paths = redes::relative_error(redes::literal_backprop(start, J, X, Y).flatten(),
                                               redes::efficient_backprop(start, J, X, Y).flatten());
    std::printf("  at the start, literal vs efficient gradient: relative difference %.1e\n", paths);

    const XorTraining t = train_xor(start, s.eta, s.steps, path);
    const std::size_t every = s.steps >= 5 ? s.steps / 5 : 1;
    for (std::size_t k = 0; k <= s.steps; k += every)
        std::printf("  step %6zu  R̂ = %.3e\n", k, t.R_hat[k]);
    if (s.steps % every != 0) std::printf("  step %6zu  R̂ = %.3e\n", s.steps, t.R_hat.back());
    const Matrix F = t.net.forward(X);
    std::size_t correct = 0;
    std::cout << "  f(x_m; Θ) after training:";
    for (std::size_t m = 0; m < 4; ++m) {
        correct += (F(0, m) > 0.5) == (Y(0, m) == 1.0);
        std::printf("  (%g, %g) → %.4f", X(0, m), X(1, m), F(0, m));
    }
    std::printf("\n  classified correctly (f > ½ ⇔ XOR = 1): %zu of 4, final R̂ = %.3e\n", correct,
                t.R_hat.back());
    // The hidden layer: a row that is 0 at all four points is a unit that no longer takes part.
    redes::app::show("hidden layer X_1 = σ(W_1X + b_1 1ᵀ), one column per point",
                     redes::batch_forward(t.net, X).X[1]);

    // R̂ vs step on a log axis (an R̂ of exactly 0 cannot be drawn there and is left out).
    std::vector<double> k_axis, R;
    for (std::size_t k = 0; k < t.R_hat.size(); ++k)
        if (t.R_hat[k] > 0.0) {
            k_axis.push_back(static_cast<double>(k));
            R.push_back(t.R_hat[k]);
        }
    char label[96];
    std::snprintf(label, sizeof label, "N_1 = %zu, σ = %s, η = %g", s.width,
                  redes::plot::literal_text(sigma.name()).c_str(), s.eta);
    auto risk =
        ctx.figure("xor_risk", "An MLP learns XOR by backpropagation and gradient descent: R̂(θ_k)");
    risk.xlabel("step k")
        .ylabel("R̂(θ_k) = (1/4) Σ_m ‖y_m − f(x_m; θ_k)‖²")
        .logy()
        .legend("bottom left")
        .line(label, k_axis, R)
        .line("R̂ = 1/4: the best linear fit (f ≡ ½)",
              std::vector<double>{0.0, static_cast<double>(s.steps)},
              std::vector<double>{0.25, 0.25}, "lines dashtype 2 lw 1.5 lc rgb 'black'");
    ctx.save(risk);

    const std::size_t grid = ctx.quick ? 41 : 161;
    std::vector<double> g(grid);
    for (std::size_t i = 0; i < grid; ++i)
        g[i] = -0.5 + 2.0 * static_cast<double>(i) / static_cast<double>(grid - 1);
    Matrix inputs(2, grid * grid);
    for (std::size_t i = 0; i < grid; ++i)
        for (std::size_t j = 0; j < grid; ++j) {
            inputs(0, i * grid + j) = g[j];
            inputs(1, i * grid + j) = g[i];
        }
    const Matrix f_grid = t.net.forward(inputs);
    Matrix Fmap(grid, grid);
    for (std::size_t q = 0; q < f_grid.cols(); ++q) Fmap(q / grid, q % grid) = f_grid(0, q);
    // The boundary f = ½: where f − ½ changes sign between neighbours, along rows and columns.
    std::vector<double> bx, by;
    for (std::size_t i = 0; i < grid; ++i)
        for (std::size_t j = 0; j + 1 < grid; ++j) {
            double a = Fmap(i, j) - 0.5, c = Fmap(i, j + 1) - 0.5;
            if ((a < 0) != (c < 0)) {
                bx.push_back(g[j] + (g[j + 1] - g[j]) * a / (a - c));
                by.push_back(g[i]);
            }
            a = Fmap(j, i) - 0.5;
            c = Fmap(j + 1, i) - 0.5;
            if ((a < 0) != (c < 0)) {
                bx.push_back(g[i]);
                by.push_back(g[j] + (g[j + 1] - g[j]) * a / (a - c));
            }
        }
    std::vector<double> x0, y0, x1, y1;
    for (std::size_t m = 0; m < 4; ++m) {
        (Y(0, m) == 0.0 ? x0 : x1).push_back(X(0, m));
        (Y(0, m) == 0.0 ? y0 : y1).push_back(X(1, m));
    }
    auto map = ctx.figure("xor_decision_map",
                          "XOR learnt by backprop: f(x; Θ) = W_2σ(W_1x + b_1) + b_2, σ = " +
                              redes::plot::literal_text(sigma.name()) +
                              ", N_1 = " + std::to_string(s.width));
    map.xlabel("x_1")
        .ylabel("x_2")
        .cblabel("f(x; Θ)")
        .equal_axes()
        .xrange(-0.5, 1.5)
        .yrange(-0.5, 1.5)
        .size(760, 760)
        .legend("outside bottom center horizontal")
        .heatmap(g, g, Fmap);
    // No boundary inside the square (f on one side of ½ everywhere): none drawn.
    if (!bx.empty())
        map.points("f(x; Θ) = ½ (white dots)", bx, by, "points pt 7 ps 0.3 lc rgb 'white'");
    map.points("XOR = 0", x0, y0, "points pt 7 ps 2.5 lc rgb 'black'")
        .points("XOR = 1", x1, y1, "points pt 5 ps 2.5 lc rgb 'red'");
    for (std::size_t m = 0; m < 4; ++m) {
        std::ostringstream lab;
        lab << "set label " << m + 1 << " sprintf('f = %.3f', " << F(0, m) << ") at " << X(0, m)
            << "," << X(1, m) << " offset 1.5,1.3 front textcolor rgb 'white'";
        map.raw(lab.str());
    }
    ctx.save(map);
}

}  // namespace ch12
