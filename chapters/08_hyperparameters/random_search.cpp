// Random search: configurations drawn from the search space with a seeded Rng,
//   H ~ U{H_min … H_max},  each N_ℓ log-uniform on [N_min, N_max],  σ ~ U{sigmas}
// (search.hpp's draw_config), each trained and scored like the grid's.
#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

#include "sections.hpp"

namespace ch08 {

std::vector<Score> random_search(redes::app::Context& ctx, const Settings& s, const Study& st,
                                 const std::vector<Score>& grid_scores) {
    SearchSpace space;
    space.H_min = *std::min_element(s.depths.begin(), s.depths.end());
    space.H_max = *std::max_element(s.depths.begin(), s.depths.end());
    space.N_min = *std::min_element(s.widths.begin(), s.widths.end());
    space.N_max = *std::max_element(s.widths.begin(), s.widths.end());
    space.sigmas = s.sigmas;
    std::vector<Score> scores;
    redes::Rng draw_rng = ctx.rng.split(), random_rng = ctx.rng.split();
    if (s.trials <= 0) return scores;
    std::printf(
        "\nrandom search: %d configurations, H ~ U{%zu…%zu}, each N_ℓ log-uniform on [%zu, %zu], σ ~ U{%s}:\n",
        s.trials, space.H_min, space.H_max, space.N_min, space.N_max, s.sigmas_text.c_str());
    for (int t = 0; t < s.trials; ++t) {
        const Config c = draw_config(space, draw_rng);
        scores.push_back(train_and_score(c, st.data, s.train, random_rng));
        std::printf("  %2d  %-28s D = %6zu   R̂_val = %s (accuracy %s)\n", t + 1,
                    c.describe().c_str(), scores.back().parameters,
                    fmt(scores.back().validation_risk, "%.3f").c_str(),
                    fmt(scores.back().validation_accuracy, "%.2f").c_str());
    }
    const std::size_t r_best = best(scores);
    std::printf("  random search's best: %s, R̂_val = %s, accuracy %s\n",
                scores[r_best].config.describe().c_str(),
                fmt(scores[r_best].validation_risk, "%.3f").c_str(),
                fmt(scores[r_best].validation_accuracy, "%.3f").c_str());

    const double grid_best = grid_scores[best(grid_scores)].validation_risk;
    auto fr = ctx.figure("random_search",
                         "Hyperparameters: random search, validation risk of each trial");
    std::vector<double> t_axis, r, running;
    for (std::size_t t = 0; t < scores.size(); ++t) {
        t_axis.push_back(static_cast<double>(t + 1));
        r.push_back(scores[t].validation_risk);
        running.push_back(t ? std::min(running.back(), r.back()) : r.back());
    }
    fr.points("trial t: R̂_{val} of the configuration drawn", t_axis, r,
              "points pt 7 ps 1.2 lc rgb '#1f77b4'")
        .line("best of the first t trials", t_axis, running, "steps lw 2 lc rgb '#d62728'")
        .line("best of the grid (" + std::to_string(grid_scores.size()) + " configurations)",
              std::vector<double>{0.5, static_cast<double>(s.trials) + 0.5},
              std::vector<double>{grid_best, grid_best}, "lines dashtype 2 lw 2 lc rgb 'black'")
        .xlabel("trial t")
        .ylabel("R̂_{val} (J = " + s.train.cost + ")")
        .xrange(0.5, static_cast<double>(s.trials) + 0.5)
        .yrange(0.0, 1.4 * std::max(*std::max_element(r.begin(), r.end()), grid_best))
        .legend("top right");
    ctx.save(fr);
    return scores;
}

}  // namespace ch08
