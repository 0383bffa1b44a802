// Chapter 04 — Ejemplo: Parametrización Lineal, and XOR with a linear model.
//   min_w (1/M) Σ_{m=1}^M (y_m − wᵀx_m)²   ⇒   w* = [Σ_m x_m x_mᵀ]⁻¹ [Σ_m y_m x_m]
// (1) Noisy line y = w x + b + ε: the closed form with a bias (x ↦ [x; 1]) recovers w and b
//     within error bars that shrink like σ/√M.
// (2) XOR: the same closed form gives w = 0, b = 1/2, so f(x) = 0.5 at all four points.
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

#include "redes/app/chapter.hpp"
#include "redes/app/format.hpp"
#include "redes/error.hpp"
#include "redes/linalg.hpp"
#include "redes/models/least_squares.hpp"
#include "redes/text.hpp"

namespace po = boost::program_options;
using redes::num;
using redes::LinearModel;
using redes::Matrix;
using redes::NormalEquationsSolver;
using redes::Vector;

namespace {


// "0.5000" through the shared fmt, with −0.0000 printed as 0.0000 (a rounding residue is not
// a sign): |v| < 5·10⁻⁵ rounds to zero at four decimals, so it is printed as 0.
std::string fixed4(double v) { return redes::app::fmt(std::abs(v) < 5e-5 ? 0.0 : v, "%.4f"); }

// The notes' XOR table as columns x_m = (x₁, x₂) and targets y_m.
const Matrix X_xor{{0, 0, 1, 1}, {0, 1, 0, 1}};
const Vector y_xor{0, 1, 1, 0};

// (x₁, x₂) ↦ (x₁, x₂, x₁x₂): a product feature, for the --xor-product variant.
Matrix with_product(const Matrix& X) {
    Matrix P(3, X.cols());
    for (std::size_t m = 0; m < X.cols(); ++m)
        P(0, m) = X(0, m), P(1, m) = X(1, m), P(2, m) = X(0, m) * X(1, m);
    return P;
}

}  // namespace

int main(int argc, char** argv) {
    redes::app::Chapter ch(
        "04", "linear",
        "linear least squares in closed form: a noisy line, and XOR (w = 0, b = 1/2)");
    std::size_t M = 50;
    double sigma = 0.5, w_true = 1.5, b_true = -1.0;
    std::string solver_opt = "lu";
    bool xor_product = false;
    // clang-format off
    ch.options().add_options()
        ("samples", po::value(&M)->default_value(M), "M, number of samples (x_m, y_m) of the noisy line (1…10⁶)")
        ("noise", po::value(&sigma)->default_value(sigma), "σ, standard deviation of ε in y = wx + b + ε (0…1000)")
        ("slope", po::value(&w_true)->default_value(w_true), "w of the true line (|w| ≤ 1000)")
        ("intercept", po::value(&b_true)->default_value(b_true), "b of the true line (|b| ≤ 1000)")
        ("solver", po::value(&solver_opt)->default_value(solver_opt), "normal equations solved by: lu, cholesky or inverse")
        ("xor-product", po::bool_switch(&xor_product), "give the XOR model a third feature x₁x₂");
    // clang-format on

    return ch.run(argc, argv, [&](redes::app::Context& ctx) {
        using redes::app::require;
        require(M >= 1 && M <= 1000000, "samples", std::to_string(M), "in [1, 10⁶]");
        require(sigma >= 0 && sigma <= 1000, "noise", num(sigma), "in [0, 1000]");
        require(std::isfinite(w_true) && std::abs(w_true) <= 1000, "slope", num(w_true),
                "in [−1000, 1000]");
        require(std::isfinite(b_true) && std::abs(b_true) <= 1000, "intercept", num(b_true),
                "in [−1000, 1000]");
        require(solver_opt == "lu" || solver_opt == "cholesky" || solver_opt == "inverse", "solver",
                solver_opt, "one of lu, cholesky, inverse");
        const NormalEquationsSolver solver = redes::solver_from_name(solver_opt);
        if (ctx.quick) M = std::min<std::size_t>(M, 30);

        // (1) The noisy line: x_m ∼ U[0, 4), y_m = w x_m + b + ε_m.
        Matrix X(1, M);
        Vector y(M);
        for (std::size_t m = 0; m < M; ++m) {
            X(0, m) = ctx.rng.uniform(0.0, 4.0);
            y[m] = w_true * X(0, m) + b_true + ctx.rng.normal(0.0, sigma);
        }
        std::printf("(1) y = %gx %s %g + ε, ε ~ N(0, %g²), M = %zu samples, x ~ U[0, 4)\n", w_true,
                    b_true < 0 ? "−" : "+", std::abs(b_true), sigma, M);
        const LinearModel f = redes::least_squares(X, y, true, solver);
        const Vector se = redes::coefficient_standard_errors(X, sigma);
        std::printf(
            "    closed form (%s): w = %.4f ± %.4f, b = %.4f ± %.4f   (± one standard error)\n",
            solver_opt.c_str(), f.w[0], se[0], f.b, se[1]);
        if (sigma > 0)
            std::printf("    off by %.2f SE in w and %.2f SE in b\n",
                        std::abs(f.w[0] - w_true) / se[0], std::abs(f.b - b_true) / se[1]);
        double spread = 0.0;
        for (auto other : {NormalEquationsSolver::lu, NormalEquationsSolver::cholesky,
                           NormalEquationsSolver::inverse}) {
            const LinearModel g = redes::least_squares(X, y, true, other);
            spread = std::max({spread, std::abs(g.w[0] - f.w[0]), std::abs(g.b - f.b)});
        }
        std::printf("    LU, Cholesky and the explicit inverse agree to %.1e\n", spread);
        const LinearModel truth{Vector{w_true}, b_true};
        std::printf(
            "    R̂ of the fit %.4f ≤ R̂ of the true line %.4f (the fit minimises R̂ on these samples)\n",
            redes::empirical_risk(f, X, y), redes::empirical_risk(truth, X, y));

        std::vector<double> gx{-0.2, 4.2}, g_fit{f(Vector{-0.2}), f(Vector{4.2})},
            g_true{truth(Vector{-0.2}), truth(Vector{4.2})};
        auto fig1 =
            ctx.figure("fit",
                       "Parametrización lineal: w* = [Σ x_m x_mᵀ]^{-1} [Σ y_m x_m], with a bias");
        fig1.xlabel("x").ylabel("y").legend("top left");
        fig1.points("samples (x_m, y_m), M = " + std::to_string(M), X.row(0).values(), y.values(),
                    "points pt 7 ps 0.8 lc rgb '#1f77b4'");
        fig1.line("true line y = " + num(w_true) + "x " + (b_true < 0 ? "− " : "+ ") +
                      num(std::abs(b_true)),
                  gx, g_true, "lines lw 2 dashtype 2 lc rgb 'black'");
        fig1.line("fit f(x) = " + fixed4(f.w[0]) + "x " + (f.b < 0 ? "− " : "+ ") +
                      fixed4(std::abs(f.b)),
                  gx, g_fit, "lines lw 2 lc rgb '#d62728'");
        ctx.save(fig1);

        // (2) XOR with the same closed form.
        const Matrix Xx = xor_product ? with_product(X_xor) : X_xor;
        const LinearModel h = redes::least_squares(Xx, y_xor, true, solver);
        std::printf("\n(2) XOR, f(x) = wᵀx + b%s, quadratic cost, closed form:\n",
                    xor_product ? " with x = (x₁, x₂, x₁x₂)" : "");
        std::printf("    w = [");
        for (std::size_t i = 0; i < h.w.size(); ++i)
            std::printf("%s%s", i ? ", " : "", fixed4(h.w[i]).c_str());
        std::printf("], b = %s, R̂ = %.4f\n", fixed4(h.b).c_str(),
                    redes::empirical_risk(h, Xx, y_xor));
        if (!xor_product)
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
                Z(i, j) = h(xor_product ? Vector{grid[j], grid[i], grid[j] * grid[i]} : x0);
            }
        auto fig2 = ctx.figure("xor", std::string("XOR with a linear model: f(x) = wᵀx + b") +
                                          (xor_product ? " on (x_1, x_2, x_1x_2)" : " ≡ 0.5"));
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
    });
}
