#include "training.hpp"

#include <cmath>
#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

#include "redes/app/show.hpp"
#include "redes/backprop/efficient.hpp"
#include "redes/backprop/literal.hpp"
#include "redes/error.hpp"
#include "redes/linalg.hpp"
#include "redes/models/perceptron.hpp"
#include "redes/optim/optimizer.hpp"
#include "redes/risk/cost.hpp"
#include "redes/risk/empirical_risk.hpp"
#include "redes/text.hpp"

using redes::Matrix;
using redes::Vector;

namespace ch11 {

namespace {

std::vector<double> linspace(double lo, double hi, std::size_t n) {
    std::vector<double> v(n);
    for (std::size_t i = 0; i < n; ++i)
        v[i] = lo + (hi - lo) * static_cast<double>(i) / static_cast<double>(n - 1);
    return v;
}

// Where f − ½ changes sign between grid neighbours (along rows and along columns), interpolated:
// the points of the boundary f(x) = ½.
void boundary_points(const std::vector<double>& g, const Matrix& F, std::vector<double>& bx,
                     std::vector<double>& by) {
    const std::size_t n = g.size();
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = 0; j + 1 < n; ++j) {
            double a = F(i, j) - 0.5, c = F(i, j + 1) - 0.5;  // along x₁
            if ((a < 0) != (c < 0)) {
                bx.push_back(g[j] + (g[j + 1] - g[j]) * a / (a - c));
                by.push_back(g[i]);
            }
            a = F(j, i) - 0.5;  // along x₂
            c = F(j + 1, i) - 0.5;
            if ((a < 0) != (c < 0)) {
                bx.push_back(g[i]);
                by.push_back(g[j] + (g[j + 1] - g[j]) * a / (a - c));
            }
        }
}

}  // namespace

Training train(const TrainingOptions& opt, redes::Rng& rng) {
    // Two classes in the plane: y = 0 around (−1, −1), y = 1 around (1, 1), standard deviation 1.
    const std::size_t M = opt.M;
    Matrix X(2, M), Y(1, M);
    for (std::size_t m = 0; m < M; ++m) {
        const double c = (m % 2 == 0) ? -1.0 : 1.0;
        X(0, m) = rng.normal(c, 1.0);
        X(1, m) = rng.normal(c, 1.0);
        Y(0, m) = (m % 2 == 0) ? 0.0 : 1.0;
    }
    // A random start W₁ ~ N(0, 1), b₁ = 0.
    const Matrix W1{{rng.normal(), rng.normal()}};
    redes::MLP net = redes::Perceptron(W1, Vector{0.0}, opt.sigma).to_mlp();
    const redes::Cost J = redes::Cost::quadratic();
    Training t{X, Y, net, W1, {}, {}};
    redes::GradientDescent gd(opt.eta);
    Vector theta = t.net.parameters();
    for (std::size_t k = 0;; ++k) {
        const double R = redes::empirical_risk(t.net, J, X, Y);
        if (!std::isfinite(R))
            throw redes::DivergenceError("gradient descent: R̂ = " + std::to_string(R) +
                                         " at step " + std::to_string(k) +
                                         " with η = " + std::to_string(opt.eta) + "; lower --eta");
        t.R_hat.push_back(R);
        t.W1_norm.push_back(redes::frobenius_norm(t.net.W(1)));
        if (k == opt.steps) break;
        // ∇R̂ from the literal product, sample by sample.
        const Vector g = redes::literal_backprop(t.net, J, X, Y).flatten();
        gd.step(theta, g);  // θ_{k+1} ← θ_k − η g_k
        t.net.set_parameters(theta);
    }
    return t;
}

void train_and_plot(const redes::app::Context& ctx, const TrainingOptions& opt, redes::Rng& rng) {
    std::cout << "\ngradient descent θ_{k+1} ← θ_k − η ∇R̂(θ_k) on a perceptron N = 2 → N₁ = 1, σ = "
              << opt.sigma.name() << ", η = " << opt.eta << ", M = " << opt.M
              << " samples of two classes\n";
    const Training t = train(opt, rng);  // prints nothing: a run that diverges only throws
    redes::app::show("W₁ at the start", t.W1_start);
    const Matrix& X = t.X;
    const Matrix& Y = t.Y;
    const redes::MLP& net = t.net;
    const std::vector<double>& R_hat = t.R_hat;
    const std::size_t M = opt.M;
    const redes::Cost J = redes::Cost::quadratic();
    std::vector<double> k_axis;
    for (std::size_t k = 0; k < R_hat.size(); ++k) k_axis.push_back(static_cast<double>(k));
    for (std::size_t k = 0; k <= opt.steps; k += (opt.steps >= 5 ? opt.steps / 5 : 1))
        std::printf("  step %6zu  R̂ = %.6f\n", k, R_hat[k]);
    if (opt.steps % (opt.steps >= 5 ? opt.steps / 5 : 1) != 0)
        std::printf("  step %6zu  R̂ = %.6f\n", opt.steps, R_hat.back());
    const Matrix F = net.forward(X);
    std::size_t correct = 0;
    for (std::size_t m = 0; m < M; ++m) correct += ((F(0, m) > 0.5) == (Y(0, m) == 1.0));
    redes::app::show("W₁ after training", net.W(1));
    redes::app::show("b₁ after training", net.b(1));
    const Vector g_end = redes::literal_backprop(net, J, X, Y).flatten();
    const Vector g_eff = redes::efficient_backprop(net, J, X, Y).flatten();
    std::printf("  ‖∇R̂‖ at the end = %.3e (literal vs efficient: max |difference| %.1e)\n",
                redes::norm(g_end), redes::norm_inf(g_end - g_eff));
    std::printf("  classified correctly (f > ½ ⇔ y = 1): %zu of %zu\n", correct, M);

    auto risk =
        ctx.figure("risk", "Gradient descent on a perceptron σ(W_1x + b_1): R̂(θ_k) vs step");
    risk.xlabel("step k")
        .ylabel("R̂(θ_k) = (1/M) Σ_m ‖y_m − σ(W_1x_m + b_1)‖²")
        .logy()
        .line("η = " + redes::num(opt.eta) + ", σ = " + opt.sigma.name(), k_axis, R_hat);
    ctx.save(risk);

    const std::vector<double> g = linspace(-4.0, 4.0, opt.grid);
    Matrix grid_x(2, opt.grid * opt.grid);
    for (std::size_t i = 0; i < opt.grid; ++i)
        for (std::size_t j = 0; j < opt.grid; ++j) {
            grid_x(0, i * opt.grid + j) = g[j];
            grid_x(1, i * opt.grid + j) = g[i];
        }
    const Matrix f_grid = net.forward(grid_x);
    Matrix Fmap(opt.grid, opt.grid);
    for (std::size_t q = 0; q < f_grid.cols(); ++q) Fmap(q / opt.grid, q % opt.grid) = f_grid(0, q);
    std::vector<double> bx, by, x0, y0, x1, y1;
    boundary_points(g, Fmap, bx, by);
    for (std::size_t m = 0; m < M; ++m) {
        (Y(0, m) == 0.0 ? x0 : x1).push_back(X(0, m));
        (Y(0, m) == 0.0 ? y0 : y1).push_back(X(1, m));
    }
    auto map = ctx.figure("decision_boundary",
                          "A perceptron trained by gradient descent: f(x) = σ(W_1x + b_1), σ = " +
                              opt.sigma.name());
    map.xlabel("x_1")
        .ylabel("x_2")
        .cblabel("f(x)")
        .equal_axes()
        .xrange(-4, 4)
        .yrange(-4, 4)
        .size(760, 760)
        .legend("outside bottom center horizontal")
        .heatmap(g, g, Fmap);
    // No boundary inside the square (f on one side of ½ everywhere, e.g. a dead ReLU): none drawn.
    if (!bx.empty())
        map.points("f(x) = ½ (white dots)", bx, by, "points pt 7 ps 0.3 lc rgb 'white'");
    map.points("", x0, y0, "points pt 7 ps 1.3 lc rgb 'white'")
        .points("y_m = 0", x0, y0, "points pt 6 ps 1.3 lw 1.5 lc rgb 'black'")
        .points("y_m = 1", x1, y1, "points pt 5 ps 1.2 lc rgb 'red'");
    ctx.save(map);
}

}  // namespace ch11
