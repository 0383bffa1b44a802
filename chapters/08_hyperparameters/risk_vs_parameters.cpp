// Every configuration tried, grid and random: its validation risk R̂_val against its number of
// parameters D = Σ_ℓ N_ℓ(N_{ℓ−1} + 1), one colour per σ.
#include <string>
#include <vector>

#include "redes/plot/palette.hpp"
#include "sections.hpp"

namespace ch08 {

void risk_vs_parameters(const redes::app::Context& ctx, const Settings& s,
                        const std::vector<Score>& grid_scores,
                        const std::vector<Score>& random_scores) {
    auto fp = ctx.figure("risk_vs_parameters",
                         "Hyperparameters: validation risk against the size of the network");
    for (std::size_t si = 0; si < s.sigmas.size(); ++si) {
        for (int kind = 0; kind < 2; ++kind) {
            const std::vector<Score>& scores = kind == 0 ? grid_scores : random_scores;
            std::vector<double> D, r;
            for (const auto& sc : scores)
                if (sc.config.sigma == s.sigmas[si])
                    D.push_back(static_cast<double>(sc.parameters)),
                        r.push_back(sc.validation_risk);
            if (D.empty()) continue;
            fp.points(s.sigmas[si] + (kind == 0 ? ", grid" : ", random"), D, r,
                      std::string(kind == 0 ? "points pt 7 ps 1.1" : "points pt 6 ps 1.6 lw 2") +
                          " " + redes::plot::line_colour(si));
        }
    }
    fp.xlabel("parameters D = Σ_ℓ N_ℓ(N_{ℓ−1} + 1)")
        .ylabel("R̂_{val} (J = " + s.train.cost + ")")
        .logx()
        .legend("top right");
    ctx.save(fp);
}

}  // namespace ch08
