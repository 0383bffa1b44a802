// Grid search over (σ, H, N), all hidden layers of width N: every configuration is trained on
// the training part and scored by R̂_val = (1/M_val) Σ_{m∈val} J(f(x_m; Θ); y_m).
#include <algorithm>
#include <cstdio>
#include <limits>
#include <string>
#include <vector>

#include "sections.hpp"

using redes::Matrix;

namespace ch08 {

std::vector<Score> grid_search(redes::app::Context& ctx, const Settings& s, const Study& st) {
    const std::vector<Config> configs = grid(s.sigmas, s.depths, s.widths);
    std::vector<Score> scores;
    redes::Rng grid_rng = ctx.rng.split();
    for (const Config& c : configs)
        scores.push_back(train_and_score(c, st.data, s.train, grid_rng));

    std::printf(
        "\ngrid search: %zu configurations; R̂_val (validation accuracy) by σ, H hidden layers (L = H + 1), width N:\n",
        configs.size());
    double lo = std::numeric_limits<double>::infinity(), hi = 0;
    for (const auto& sc : scores)
        lo = std::min(lo, sc.validation_risk), hi = std::max(hi, sc.validation_risk);
    std::size_t k = 0;
    for (const std::string& sigma : s.sigmas) {
        std::printf("  σ = %-8s", sigma.c_str());
        for (std::size_t N : s.widths) std::printf("   %12s", ("N = " + std::to_string(N)).c_str());
        std::printf("\n");
        Matrix Z(s.depths.size(), s.widths.size());
        auto fig =
            ctx.figure("grid_" + sigma,
                       "Hyperparameters: grid search, validation risk R̂_{val}, σ = " + sigma);
        std::vector<double> xs, ys;
        std::string xtics = "set xtics (", ytics = "set ytics (";
        for (std::size_t j = 0; j < s.widths.size(); ++j) {
            xs.push_back(static_cast<double>(j));
            xtics += (j ? ", " : "") + std::string("'") + std::to_string(s.widths[j]) + "' " +
                     std::to_string(j);
        }
        for (std::size_t i = 0; i < s.depths.size(); ++i) {
            ys.push_back(static_cast<double>(i));
            ytics += (i ? ", " : "") + std::string("'") + std::to_string(s.depths[i]) +
                     " (L = " + std::to_string(s.depths[i] + 1) + ")' " + std::to_string(i);
            std::printf("    H = %zu     ", s.depths[i]);
            for (std::size_t j = 0; j < s.widths.size(); ++j, ++k) {
                const Score& sc = scores[k];
                Z(i, j) = sc.validation_risk;
                std::printf("   %s (%s)", fmt(sc.validation_risk, "%.3f").c_str(),
                            fmt(sc.validation_accuracy, "%.2f").c_str());
                // the value written in its cell, dark text on the light (high-risk) cells
                const bool light = sc.validation_risk > lo + 0.6 * (hi - lo);
                fig.raw("set label '" + fmt(sc.validation_risk, "%.3f") + "' at " +
                        std::to_string(j) + "," + std::to_string(i) +
                        " center front textcolor rgb '" + (light ? "black" : "white") + "'");
            }
            std::printf("\n");
        }
        fig.heatmap(xs, ys, Z)
            .xlabel("width N_ℓ of every hidden layer")
            .ylabel("hidden layers H")
            .cblabel("R̂_{val} (J = " + s.train.cost + ")")
            .legend("off")
            .raw(xtics + ")")
            .raw(ytics + ")")
            .raw("unset grid")
            .raw("set cbrange [" + fmt(lo, "%.6g") + ":" + fmt(hi, "%.6g") + "]")
            .xrange(-0.5, static_cast<double>(s.widths.size()) - 0.5)
            .yrange(-0.5, static_cast<double>(s.depths.size()) - 0.5);
        ctx.save(fig);
    }
    const std::size_t g_best = best(scores);
    std::printf("  grid's best: %s, R̂_val = %s, accuracy %s\n",
                scores[g_best].config.describe().c_str(),
                fmt(scores[g_best].validation_risk, "%.3f").c_str(),
                fmt(scores[g_best].validation_accuracy, "%.3f").c_str());
    return scores;
}

}  // namespace ch08
