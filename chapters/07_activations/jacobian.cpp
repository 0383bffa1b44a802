// G_σ′(z) = ∂σ/∂z, the Jacobian of the elementwise map z ↦ σ(z): diag(σ′(z)), printed beside
// the numerical Jacobian and drawn as a heatmap.
#include <algorithm>
#include <cmath>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "redes/app/format.hpp"
#include "sections.hpp"

using redes::Activation;
using redes::Matrix;
using redes::Vector;
using redes::app::fmt;

namespace ch07 {

Matrix numerical_jacobian(const Activation& a, const Vector& z, double h) {
    Matrix J(z.size(), z.size());
    for (std::size_t j = 0; j < z.size(); ++j) {
        Vector zp = z, zm = z;
        zp[j] += h;
        zm[j] -= h;
        J.set_col(j, (a.sigma(zp) - a.sigma(zm)) / (2.0 * h));
    }
    return J;
}

void jacobian(const redes::app::Context& ctx, const Activation& chosen, std::size_t N, double h,
              redes::Rng& rng) {
    Vector zs(N);
    for (std::size_t i = 0; i < zs.size(); ++i) zs[i] = rng.normal(0.0, 1.5);
    const Matrix G = chosen.G_sigma_prime(zs);
    const Matrix J = numerical_jacobian(chosen, zs, h);
    double off = 0, diag_err = 0;
    for (std::size_t i = 0; i < G.rows(); ++i)
        for (std::size_t j = 0; j < G.cols(); ++j) {
            if (i != j) off = std::max({off, std::abs(G(i, j)), std::abs(J(i, j))});
            else diag_err = std::max(diag_err, rel_err(G(i, i), J(i, i)));
        }
    std::cout << "G_σ′(z) = ∂σ/∂z for σ = " << chosen.name() << " and z ~ N(0, 1.5²) of size " << N
              << ":\n";
    std::cout << "  z      = " << zs << "\n  σ′(z)  = " << chosen.sigma_prime(zs) << "\n";
    std::ostringstream gs;
    gs.precision(4);
    gs << G;
    std::string text = gs.str();
    for (std::size_t p = text.find('\n'); p != std::string::npos; p = text.find('\n', p + 1))
        text.insert(p + 1, "  ");
    std::cout << "  G_σ′(z) = " << text << "\n";
    std::cout << "  largest off-diagonal entry of G and of the numerical Jacobian: " << off
              << "; diagonal vs numerical: max rel err " << fmt(diag_err, "%.2e") << "\n";

    // G_σ′(z) as a heatmap: row i from the top, column j from the left.
    const int n = static_cast<int>(N);
    std::vector<double> idx;
    for (int i = 1; i <= n; ++i) idx.push_back(i);
    auto fg = ctx.figure("G_sigma_prime",
                         "G_σ′(z) = ∂σ(z)/∂z for σ = " + chosen.name() + ": diagonal, diag(σ′(z))");
    fg.xlabel("j (column: z_j)")
        .ylabel("i (row: σ(z)_i)")
        .cblabel("[G_σ′(z)]_{ij}")
        .equal_axes()
        .xrange(0.5, n + 0.5)
        .yrange(n + 0.5, 0.5)
        .legend("off")
        .size(700, 640)
        .raw("set xtics 1")
        .raw("set ytics 1")
        .raw("unset grid");
    fg.heatmap(idx, idx, G);
    const double gmax = redes::max_abs(G);
    for (int i = 0; i < n; ++i)
        for (int j = 0; j < n; ++j)
            fg.raw("set label '" + fmt(G(i, j), "%.3g") + "' at " + std::to_string(j + 1) + "," +
                   std::to_string(i + 1) + " center front textcolor rgb '" +
                   (G(i, j) > 0.6 * gmax ? "black" : "white") + "'");
    ctx.save(fg);
}

}  // namespace ch07
