// The theorem holds on the compact [0, 1]^N, not on R^N. A sigmoid net is bounded,
//   |f(x; Θ)| ≤ Σ_i |[w₂]_i| sup|σ| + |b₂|   for every x,
// so it cannot follow f(x) = x far from [0, 1]; a ReLU net grows at most linearly,
//   |f(x; Θ)| ≤ A|x| + C,
// so it cannot follow x².
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

#include "redes/stats/grid.hpp"
#include "sections.hpp"

using redes::Activation;
using redes::Matrix;
using redes::Vector;

namespace ch09 {

void compact_set(const redes::app::Context& ctx, const Settings& s, const Grids& g) {
    std::printf(
        "\nthe theorem holds on the compact [0,1]^N, not on R^N (N₁ = %zu, trained on [0,1] as above):\n",
        s.outside_width);
    const std::vector<double> x_out = redes::linspace(-4.0, 5.0, 901);
    Matrix X_out(1, x_out.size());
    for (std::size_t p = 0; p < x_out.size(); ++p) X_out(0, p) = x_out[p];
    {
        const Target T = make_target("identity");
        redes::Rng rng = stream(ctx.seed, "outside/sigmoid");
        const Fit fit = fit_target(T, s.outside_width, Activation::sigmoid(), g.X_train_1,
                                   g.X_eval_1, s.fit, rng);
        const double B = output_bound(fit.net), f_far = fit.net.forward(Vector{s.far_x})[0];
        std::printf(
            "  σ = sigmoid, f(x) = x: max error on [0,1] ε = %s; every x: |f(x; Θ)| ≤ Σ|w₂ᵢ|·sup σ + |b₂| = %s;\n"
            "    at x = %g: f(x; Θ) = %s, error %s ≥ x − %s\n",
            fmt(fit.sup_error, "%.3g").c_str(), fmt(B, "%.3g").c_str(), s.far_x,
            fmt(f_far, "%.3g").c_str(), fmt(std::abs(s.far_x - f_far), "%.3g").c_str(),
            fmt(B, "%.3g").c_str());
        auto fo_fig =
            ctx.figure("outside_sigmoid",
                       "Universal approximation theorem on a compact set: σ = sigmoid, N₁ = " +
                           std::to_string(s.outside_width) + ", fitted to f(x) = x on [0, 1]");
        fo_fig.line("target f(x) = x", x_out, x_out, "lines lw 5 lc rgb '#bbbbbb'")
            .line("f(x; Θ), trained on [0, 1]", x_out, row0(fit.net.forward(X_out)),
                  "lines lw 2 lc rgb '#1f77b4'")
            .line("±(Σ|w₂ᵢ| + |b₂|): the net can never leave this band", std::vector<double>{-4, 5},
                  std::vector<double>{B, B}, "lines dt 2 lw 2 lc rgb '#d62728'")
            .line("", std::vector<double>{-4, 5}, std::vector<double>{-B, -B},
                  "lines dt 2 lw 2 lc rgb '#d62728'")
            .raw(
                "set object 1 rect from 0, graph 0 to 1, graph 1 behind fc rgb '#e8f4e8' fs solid noborder")
            .raw("set label 1 '[0, 1]: trained here' at 0.5, graph 0.05 center")
            .xlabel("x")
            .ylabel("f(x), f(x; Θ)")
            .legend("top left");
        ctx.save(fo_fig);
    }
    {
        const Target T = make_target("square");
        redes::Rng rng = stream(ctx.seed, "outside/relu");
        const Fit fit =
            fit_target(T, s.outside_width, Activation::relu(), g.X_train_1, g.X_eval_1, s.fit, rng);
        const LinearBound gb = relu_growth_bound(fit.net);
        const double f_far = fit.net.forward(Vector{s.far_x})[0];
        std::printf(
            "  σ = ReLU (unbounded, outside the theorem's hypotheses), f(x) = x²: max error on [0,1] ε = %s;\n"
            "    |f(x; Θ)| ≤ %s|x| + %s grows at most linearly; at x = %g: f(x; Θ) = %s, error %s\n",
            fmt(fit.sup_error, "%.3g").c_str(), fmt(gb.A, "%.3g").c_str(),
            fmt(gb.C, "%.3g").c_str(), s.far_x, fmt(f_far, "%.3g").c_str(),
            fmt(std::abs(s.far_x * s.far_x - f_far), "%.3g").c_str());
        std::vector<double> sq;
        for (double x : x_out) sq.push_back(x * x);
        auto fr =
            ctx.figure("outside_relu",
                       "Universal approximation theorem on a compact set: σ = ReLU, N₁ = " +
                           std::to_string(s.outside_width) + ", fitted to f(x) = x² on [0, 1]");
        fr.line("target f(x) = x²", x_out, sq, "lines lw 5 lc rgb '#bbbbbb'")
            .line("f(x; Θ), trained on [0, 1]: linear outside its kinks", x_out,
                  row0(fit.net.forward(X_out)), "lines lw 2 lc rgb '#1f77b4'")
            .raw(
                "set object 1 rect from 0, graph 0 to 1, graph 1 behind fc rgb '#e8f4e8' fs solid noborder")
            .raw("set label 1 '[0, 1]: trained here' at 0.5, graph 0.5 center")
            .xlabel("x")
            .ylabel("f(x), f(x; Θ)")
            .legend("top center");
        ctx.save(fr);
    }
}

}  // namespace ch09
