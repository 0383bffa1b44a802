// Two paths through backprop, one gradient:
//   literal    ∂J/∂W_ℓ = g_J′ᵀ G_σ′(z_L)ᵀ W_L ⋯ W_{ℓ+1} G_σ′(z_ℓ)ᵀ · ∂z_ℓ/∂W_ℓ   (matrices, a tensor)
//   efficient  ∂R̂/∂W_ℓ = (1/M) δ_ℓ X_{ℓ−1}ᵀ,  δ_{ℓ−1} = (W_ℓᵀ δ_ℓ) ⊙ σ′(Z_{ℓ−1})    (G never built)
// and both against central finite differences, for every activation.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

#include "redes/backprop/efficient.hpp"
#include "redes/backprop/gradient_check.hpp"
#include "redes/backprop/literal.hpp"
#include "redes/linalg.hpp"
#include "redes/risk/cost.hpp"
#include "sections.hpp"

using redes::Activation;
using redes::Matrix;
using redes::MLP;
using redes::MLPGradient;
using redes::Vector;

namespace ch12 {

namespace {

// ‖a − b‖ / (‖a‖ + ‖b‖) for group ℓ's W (is_W) or b.
double group_difference(const MLPGradient& a, const MLPGradient& b, std::size_t l, bool is_W) {
    return is_W ? redes::relative_error(redes::flatten(a.dW[l]), redes::flatten(b.dW[l]))
                : redes::relative_error(a.db[l], b.db[l]);
}

double max_difference(const MLPGradient& a, const MLPGradient& b) {
    double e = 0.0;
    for (std::size_t l = 0; l < a.dW.size(); ++l)
        e = std::max({e, group_difference(a, b, l, true), group_difference(a, b, l, false)});
    return e;
}

std::string shape(std::size_t a, std::size_t b) {
    return std::to_string(a) + "×" + std::to_string(b);
}

}  // namespace

void two_paths(redes::app::Context& ctx, std::size_t M) {
    const std::vector<std::size_t> N{3, 5, 4, 2};
    const redes::Cost J = redes::Cost::quadratic();
    redes::Rng& rng = ctx.rng;
    const MLP net =
        random_mlp(N, {Activation::tanh(), Activation::tanh(), Activation::identity()}, rng);
    const Matrix X = random_matrix(N.front(), M, rng), Y = random_matrix(N.back(), M, rng);
    const std::size_t L = net.L();

    std::cout
        << "two paths through backprop: N = {3, 5, 4, 2}, σ = tanh, tanh, identity, J = ‖y − x_L‖², M = "
        << M << "\n";
    // Literal: the forward pass stores the slide's tuple for each layer of sample m = 1.
    const redes::LiteralSample s = redes::literal_forward(net, J, X.col(0), Y.col(0));
    std::cout
        << "literal, sample m = 1: the forward pass stores per layer (z, x, G_σ′(z), ∂z/∂W, ∂z/∂b = I)\n";
    for (std::size_t l = 1; l <= L; ++l) {
        const redes::LiteralLayer& t = s.layer(l);
        std::printf("  ℓ = %zu:  z, x ∈ R^%zu   G_σ′ %s   ∂z/∂W %zu×%zu×%zu   I %s   (%zu bytes)\n",
                    l, t.z.size(), shape(t.G_sigma_prime.rows(), t.G_sigma_prime.cols()).c_str(),
                    t.dz_dW.dim0(), t.dz_dW.dim1(), t.dz_dW.dim2(),
                    shape(t.dz_db.rows(), t.dz_db.cols()).c_str(),
                    redes::literal_layer_bytes(net, l));
    }
    std::cout << "  J(x_Lm) = " << s.J << ",  g_J′(x_Lm) = " << s.g_J_prime << "\n";
    // Backward: the rows r_ℓᵀ = g_J′ᵀ G_Lᵀ W_L ⋯ W_{ℓ+1} G_ℓᵀ, from ℓ = L down to 1.
    const std::vector<Vector> rows = redes::literal_rows(net, s);
    const redes::BatchForward cache = redes::batch_forward(net, X);
    const std::vector<Matrix> delta = redes::backward_deltas(net, J, cache, Y);
    std::cout
        << "  backward, r_ℓᵀ = g_J′ᵀ G_Lᵀ W_L ⋯ W_{ℓ+1} G_ℓᵀ = ∂J/∂z_ℓm, and column 1 of the efficient δ_ℓ:\n";
    for (std::size_t l = L; l >= 1; --l) {
        std::cout << "    r_" << l << " = " << rows[l - 1] << "\n"
                  << "    δ_" << l << "[:,1] = " << delta[l].col(0) << "\n";
    }
    const MLPGradient literal = redes::literal_backprop(net, J, X, Y);
    const MLPGradient efficient = redes::efficient_backprop(net, J, X, Y);
    redes::app::show("∂R̂/∂W_3, literal  ", literal.dW[2]);
    redes::app::show("∂R̂/∂W_3, efficient", efficient.dW[2]);
    std::cout
        << "  relative difference ‖literal − efficient‖ / (‖literal‖ + ‖efficient‖) per group:\n   ";
    for (std::size_t l = 0; l < L; ++l)
        std::printf(" W_%zu %.1e  b_%zu %.1e ", l + 1,
                    group_difference(literal, efficient, l, true), l + 1,
                    group_difference(literal, efficient, l, false));
    std::printf("\n  max relative difference literal vs efficient: %.1e\n",
                max_difference(literal, efficient));

    // The gradient checker in three lines (here for the efficient path of this net).
    std::cout << "\n";
    MLPGradient g = redes::efficient_backprop(net, J, X, Y);              // the gradient to test
    redes::GradientCheck check = redes::check_gradient(net, J, X, Y, g);  // vs central differences
    std::cout << check;                                                   // a line per W_ℓ, b_ℓ

    // Every activation in every layer: both paths against central differences.
    std::cout
        << "\ngradient check of both paths for each σ (N = {3, 5, 4, 2}, σ in every layer, M = "
        << M << ", h = 1e-5; entries whose difference crosses a kink are left out):\n"
        << "  σ              group  ‖∂R̂/∂θ‖   lit. vs eff.  eff. vs FD  lit. vs FD  near kink  verdict\n";
    const std::vector<Activation> sigmas{Activation::relu(), Activation::leaky_relu(0.1),
                                         Activation::abs(),  Activation::sigmoid(),
                                         Activation::tanh(), Activation::identity()};
    auto fig = ctx.figure(
        "gradient_check",
        "Gradient check: backprop vs central differences (filled: efficient path, open: literal)");
    fig.xlabel("parameter group")
        .ylabel("relative error ‖a − n‖ / (‖a‖ + ‖n‖)")
        .logy()
        .yrange(1e-14, 1e-4)
        .legend("outside right")
        .size(900, 520)
        .raw("set xtics ('W_1' 1, 'b_1' 2, 'W_2' 3, 'b_2' 4, 'W_3' 5, 'b_3' 6)")
        .raw("set xrange [0.4:6.6]");
    fig.line("tolerance 10^{-7}", std::vector<double>{0.4, 6.6}, std::vector<double>{1e-7, 1e-7},
             "lines dashtype 2 lw 2 lc rgb 'black'");
    const char* colours[] = {"#e41a1c", "#ff7f00", "#984ea3", "#377eb8", "#4daf4a", "#555555"};
    double worst = 0.0, worst_paths = 0.0;
    bool all_passed = true;
    for (std::size_t a = 0; a < sigmas.size(); ++a) {
        const MLP net_a = random_mlp(N, std::vector<Activation>(3, sigmas[a]), rng);
        const MLPGradient lit = redes::literal_backprop(net_a, J, X, Y);
        const MLPGradient eff = redes::efficient_backprop(net_a, J, X, Y);
        const redes::GradientCheck c_eff = redes::check_gradient(net_a, J, X, Y, eff);
        const redes::GradientCheck c_lit = redes::check_gradient(net_a, J, X, Y, lit);
        all_passed = all_passed && c_eff.passed() && c_lit.passed();
        std::vector<double> gx_eff, gy_eff, gx_lit, gy_lit;
        for (std::size_t q = 0; q < c_eff.groups.size(); ++q) {
            const redes::GroupCheck& ge = c_eff.groups[q];
            const redes::GroupCheck& gl = c_lit.groups[q];
            const double paths = group_difference(lit, eff, q / 2, q % 2 == 0);
            worst_paths = std::max(worst_paths, paths);
            worst = std::max({worst, ge.relative_error, gl.relative_error});
            // ‖a‖ of the group: the finite differences' rounding error is about ε R̂ / h per entry
            // whatever the group, so a small gradient shows a larger relative error.
            double a2 = 0.0;
            for (std::size_t i = ge.offset; i < ge.offset + ge.size; ++i)
                a2 += c_eff.analytic[i] * c_eff.analytic[i];
            std::printf("  %-14s %-5s  %8.1e  %10.1e  %10.1e  %10.1e  %9zu  %s\n",
                        q ? "" : sigmas[a].name().c_str(), ge.name.c_str(), std::sqrt(a2), paths,
                        ge.relative_error, gl.relative_error, ge.near_kink, ge.verdict().c_str());
            // Points on a log axis: an error of exactly 0 is drawn at the bottom edge.
            const double x = static_cast<double>(q + 1) + 0.09 * (static_cast<double>(a) - 2.5);
            gx_eff.push_back(x);
            gy_eff.push_back(std::max(ge.relative_error, 1e-14));
            gx_lit.push_back(x);
            gy_lit.push_back(std::max(gl.relative_error, 1e-14));
        }
        const std::string lc = std::string(" lc rgb '") + colours[a] + "'";
        fig.points("σ = " + redes::plot::literal_text(sigmas[a].name()), gx_eff, gy_eff,
                   "points pt 7 ps 1.4" + lc);
        fig.points("", gx_lit, gy_lit, "points pt 6 ps 2.2 lw 1.5" + lc);
    }
    std::printf(
        "  every group of every σ passed: %s; largest error vs FD %.1e; largest literal vs efficient %.1e\n",
        all_passed ? "yes" : "NO", worst, worst_paths);
    ctx.save(fig);
}

}  // namespace ch12
