// The chosen configuration, argmin over every training of R̂_val, retrained on
// training ∪ validation and scored once on the test part (looked at once, after the choice).
#include <cstdio>
#include <vector>

#include "sections.hpp"

namespace ch08 {

Evaluation final_test(redes::app::Context& ctx, const Settings& s, const Study& st,
                      const std::vector<Score>& grid_scores,
                      const std::vector<Score>& random_scores) {
    std::vector<Score> all = grid_scores;
    all.insert(all.end(), random_scores.begin(), random_scores.end());
    const Score& chosen = all[best(all)];
    const Prepared final_data = prepare_final(st.d, st.idx);
    redes::Rng final_rng = ctx.rng.split();
    const redes::MLP final_net = train(chosen.config, final_data.train, s.train, final_rng);
    const Evaluation test = evaluate(final_net, final_data.test, s.train.cost);
    std::printf(
        "\nchosen by R̂_val among %zu trainings: %s (D = %zu), R̂_val = %s, validation accuracy %s\n",
        all.size(), chosen.config.describe().c_str(), chosen.parameters,
        fmt(chosen.validation_risk, "%.3f").c_str(),
        fmt(chosen.validation_accuracy, "%.3f").c_str());
    std::printf(
        "retrained on training ∪ validation (%zu samples), scored once on the %zu test samples: "
        "R̂_test = %s, test accuracy %s\n",
        final_data.train.M(), final_data.test.M(), fmt(test.risk, "%.3f").c_str(),
        fmt(test.accuracy, "%.3f").c_str());
    std::printf(
        "(the test part is looked at once, after the choice: compared across configurations it would become a\n"
        " second validation part, and its minimum would be biased low like the best R̂_val. R̂_test may still differ\n"
        " from R̂_val: the final model trains on %zu samples instead of %zu, with more steps per epoch)\n",
        final_data.train.M(), st.data.train.M());
    return test;
}

}  // namespace ch08
