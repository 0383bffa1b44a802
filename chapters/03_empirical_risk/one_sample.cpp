// (1) R̂(θ) = (1/M) Σ J(f(x_m; θ)) from one sample of each size, drawn over R(θ).
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

#include "redes/error.hpp"
#include "redes/plot/palette.hpp"
#include "redes/text.hpp"
#include "sections.hpp"
#include "world.hpp"

namespace ch03 {

void one_sample_each_size(redes::app::Context& ctx, double a, double sigma, std::size_t M_max) {
    using redes::num;
    // R(θ) on a grid θ* ± 2
    const int G = 401;
    std::vector<double> theta(G), R_exact(G);
    for (int i = 0; i < G; ++i) {
        theta[i] = a - 2.0 + 4.0 * i / (G - 1);
        R_exact[i] = risk(theta[i], a, sigma);
    }
    const std::vector<std::size_t> shown{10, 100, M_max};
    std::printf(
        "\n(1) one sample of each size\n        M      argmin R̂    |θ̂ − θ*|       min R̂   R(argmin R̂)\n");
    std::vector<std::vector<double>> R_hats;
    std::vector<double> min_x, min_y;
    for (std::size_t M : shown) {
        const Sample d = draw_sample(M, a, sigma, ctx.rng);
        std::vector<double> R_hat(G);
        for (int i = 0; i < G; ++i) R_hat[i] = empirical_risk(theta[i], d);
        const double theta_hat = argmin_empirical_risk(d);
        // the grid's lowest point must sit next to the closed-form minimiser
        const double grid_min = theta[std::min_element(R_hat.begin(), R_hat.end()) - R_hat.begin()];
        if (std::abs(grid_min - theta_hat) > 4.0 / (G - 1) && std::abs(theta_hat - a) < 2.0)
            throw redes::Error("argmin of R̂ on the grid (" + num(grid_min) +
                               ") differs from Σyx/Σx² (" + num(theta_hat) + ")");
        std::printf("  %7zu  %12.4f  %10.4f  %10.4f  %12.4f\n", M, theta_hat,
                    std::abs(theta_hat - a), empirical_risk(theta_hat, d),
                    risk(theta_hat, a, sigma));
        R_hats.push_back(R_hat);
        min_x.push_back(theta_hat);
        min_y.push_back(empirical_risk(theta_hat, d));
    }

    // red, orange, blue: the palette's colours 3, 1, 0 (small M hot, large M cool)
    const std::size_t colour_of[] = {3, 1, 0};
    auto draw = [&](redes::plot::Figure& fig) {
        fig.xlabel("θ (f(x; θ) = θx)").ylabel("risk").legend("top center");
        fig.line("R(θ) = E[J(f(X; θ))]", theta, R_exact, "lines lw 3 lc rgb 'black'");
        for (std::size_t c = 0; c < shown.size(); ++c)
            fig.line("R̂(θ), M = " + std::to_string(shown[c]), theta, R_hats[c],
                     "lines lw 2 " + redes::plot::line_colour(colour_of[c]));
        // θ* = argmin R = a, where R(θ*) = σ²: a dashed vertical line and a black cross, drawn
        // before the dots so that no dot hides behind it
        fig.line("", std::vector<double>{a, a}, std::vector<double>{0.0, risk(a + 2.0, a, sigma)},
                 "lines dashtype 2 lw 1 lc rgb 'black'");
        fig.points("θ* = argmin R (risk minimiser)", std::vector<double>{a},
                   std::vector<double>{sigma * sigma}, "points pt 2 ps 2.5 lw 2 lc rgb 'black'");
        // each argmin R̂ as a dot in its curve's colour
        for (std::size_t c = 0; c < shown.size(); ++c)
            fig.points("argmin R̂, M = " + std::to_string(shown[c]), std::vector<double>{min_x[c]},
                       std::vector<double>{min_y[c]},
                       "points pt 7 ps 1.5 " + redes::plot::line_colour(colour_of[c]));
    };
    auto fig =
        ctx.figure("empirical_risk", "Empirical risk R̂(θ) = (1/M) Σ J(f(x_m; θ)) vs risk R(θ)");
    draw(fig);
    ctx.save(fig);

    // The same curves near θ*, where the minimisers sit: a window that holds every dot
    // (at least θ* ± 0.25), its y range from the lowest to the highest curve inside it.
    double half = 0.25;
    for (double x : min_x) half = std::max(half, 1.2 * std::abs(x - a));
    half = std::min(half, 2.0);
    double lo = sigma * sigma, hi = lo;
    for (int i = 0; i < G; ++i) {
        if (std::abs(theta[i] - a) > half) continue;
        for (const auto& R_hat : R_hats) lo = std::min(lo, R_hat[i]), hi = std::max(hi, R_hat[i]);
        hi = std::max(hi, R_exact[i]);
    }
    auto zoom =
        ctx.figure("empirical_risk_zoom", "Near the minimum: argmin R̂ for each M vs θ* = argmin R");
    draw(zoom);
    zoom.xrange(a - half, a + half).yrange(lo - 0.05 * (hi - lo), hi + 0.6 * (hi - lo));
    zoom.raw("set clip two");  // the θ* line's two ends lie outside the window: draw it anyway
    ctx.save(zoom);
}

}  // namespace ch03
