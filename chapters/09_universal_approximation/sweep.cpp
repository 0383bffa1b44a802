// Sup error ε = max_x |f(x) − f(x; Θ)| against the width N₁, for every target: the trained
// network (full-batch Adam from init_spread) next to the proof's network built by hand
// (constructive_network), and in short the trained nets' best width and the built nets' rate.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

#include "sections.hpp"

using redes::Matrix;

namespace ch09 {

Sweep width_sweep(const redes::app::Context& ctx, const Settings& s,
                  const std::vector<Target>& targets, const Grids& g,
                  const redes::Activation& sigma) {
    const std::vector<std::size_t>& widths = s.widths;
    Sweep sw;
    sw.sigma = sigma;
    std::printf("\nσ = %s: sup error, trained / built\n      N₁", sigma.name().c_str());
    for (const Target& t : targets)
        std::printf("  %22s", (t.name + (t.N == 2 ? " (2-D)" : "")).c_str());
    std::printf("\n");
    sw.trained.resize(targets.size());
    sw.built.resize(targets.size());
    sw.nets.resize(targets.size());
    for (std::size_t k = 0; k < targets.size(); ++k) {
        const Target& T = targets[k];
        redes::Rng rng =
            stream(ctx.seed, sigma.name() + "/" + T.name);  // the same whatever else runs
        const Matrix& X_train = T.N == 1 ? g.X_train_1 : g.X_train_2;
        const Matrix& X_eval = T.N == 1 ? g.X_eval_1 : g.X_eval_2;
        for (std::size_t N1 : widths) {
            Fit fit = fit_target(T, N1, sigma, X_train, X_eval, s.fit, rng);
            sw.trained[k].push_back(fit.sup_error);
            sw.nets[k].push_back(std::move(fit.net));
            sw.built[k].push_back(
                T.N == 1 ? sup_error(constructive_network(T, N1, sigma), T, X_eval) : -1.0);
        }
    }
    for (std::size_t j = 0; j < widths.size(); ++j) {
        std::string row = fmt(static_cast<double>(widths[j]), "  %6.0f");
        for (std::size_t k = 0; k < targets.size(); ++k) {
            const double b = sw.built[k][j];
            const std::string bs = b < 0 ? "—" : b < exact_below ? "exact" : fmt(b, "%.3g");
            row += "  " + fmt(sw.trained[k][j], "%11.3g") + " / " + bs;
            if (k + 1 < targets.size()) row += std::string(bs.size() < 8 ? 8 - bs.size() : 0, ' ');
        }
        std::printf("%s\n", row.c_str());  // no trailing blanks: records match line for line
    }

    // In short: the trained nets' best width, and the rate of the built ones (a least-squares
    // slope of log error against log N₁ over N₁ ≥ 16, where the construction is in its regime).
    for (std::size_t k = 0; k < targets.size(); ++k) {
        const std::vector<double>& tr = sw.trained[k];
        const std::size_t jb =
            static_cast<std::size_t>(std::min_element(tr.begin(), tr.end()) - tr.begin());
        std::printf("  %-7s trained: %s at N₁ = %zu, best %s at N₁ = %zu", targets[k].name.c_str(),
                    fmt(tr[0], "%.3g").c_str(), widths[0], fmt(tr[jb], "%.3g").c_str(), widths[jb]);
        double sx = 0, sy = 0, sxx = 0, sxy = 0, n = 0;
        bool exact = false;
        for (std::size_t j = 0; j < widths.size(); ++j) {
            if (targets[k].N != 1 || widths[j] < 16) continue;
            if (sw.built[k][j] < exact_below) {
                exact = true;
                continue;
            }
            const double lx = std::log(double(widths[j])), ly = std::log(sw.built[k][j]);
            sx += lx, sy += ly, sxx += lx * lx, sxy += lx * ly, n += 1;
        }
        if (exact) std::printf("; built: exact");
        else if (n >= 2)
            std::printf("; built: ∝ N₁^%s",
                        fmt((n * sxy - sx * sy) / (n * sxx - sx * sx), "%.2f").c_str());
        std::printf("\n");
    }
    return sw;
}

}  // namespace ch09
