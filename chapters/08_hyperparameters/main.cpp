// 08 — Hiperparámetros.
// The designer chooses σ_ℓ, the widths N_ℓ and the number of layers L; training only learns
// Θ = {(W_ℓ, b_ℓ)}. The notes: the best hyperparameters are found by trial and error, and the
// search can be automated, at a cost. Here it is automated twice on the 8×8 digits (or iris):
// a grid search over (σ, H, N) and a random search over σ, H and a width per layer. Every
// configuration is trained on the training part and scored by R̂ on the validation part; the
// winner is retrained on training ∪ validation and scored once on the test part
// (study.cpp, grid_search.cpp, random_search.cpp, risk_vs_parameters.cpp, final_test.cpp).
#include <algorithm>
#include <string>
#include <vector>

#include "redes/app/chapter.hpp"
#include "redes/app/option_lists.hpp"
#include "sections.hpp"

namespace po = boost::program_options;
using ch08::fmt;

int main(int argc, char** argv) {
    redes::app::Chapter ch(
        "08", "hyperparameters",
        "grid and random search over depth L, widths N_ℓ and σ, scored on a validation split");
    ch08::Settings s;
    std::string depths_text = "1,2,3", widths_text = "2,4,8,16,32";
    int epochs = 8, batch_size = 32;
    // clang-format off
    ch.options().add_options()
        ("data", po::value(&s.data_name)->default_value(s.data_name), "data set: digits (M = 1797, N = 64, K = 10) or iris (150, 4, 3)")
        ("depths", po::value(&depths_text)->default_value(depths_text), "grid: hidden layers H to try (L = H + 1), e.g. 1,2,3")
        ("widths", po::value(&widths_text)->default_value(widths_text), "grid: widths N_ℓ to try (all hidden layers alike)")
        ("activation", po::value(&s.sigmas_text)->default_value(s.sigmas_text), "σ to try: relu, tanh, sigmoid, leaky_relu, abs")
        ("trials", po::value(&s.trials)->default_value(s.trials), "random search: configurations drawn (0: no random search)")
        ("epochs", po::value(&epochs)->default_value(epochs), "epochs of minibatch Adam for every configuration")
        ("eta", po::value(&s.train.eta)->default_value(s.train.eta, "0.01"), "Adam's learning rate η")
        ("batch-size", po::value(&batch_size)->default_value(batch_size), "batch size M′")
        ("cost", po::value(&s.train.cost)->default_value(s.train.cost), "cost J: quadratic (the notes') or cross_entropy")
        ("train-fraction", po::value(&s.train_fraction)->default_value(s.train_fraction, "0.6"), "share of each class for training")
        ("validation-fraction", po::value(&s.validation_fraction)->default_value(s.validation_fraction, "0.2"),
         "share for validation (the rest is the test part)");
    // clang-format on

    return ch.run(argc, argv, [&](redes::app::Context& ctx) {
        using redes::app::require;
        require(s.data_name == "digits" || s.data_name == "iris", "data", s.data_name,
                "digits or iris");
        s.depths = redes::app::parse_size_list("depths", depths_text, 1, 8);
        s.widths = redes::app::parse_size_list("widths", widths_text, 1, 256);
        s.sigmas = redes::app::parse_name_list("activation", s.sigmas_text,
                                               {"relu", "tanh", "sigmoid", "leaky_relu", "abs"});
        require(s.trials >= 0 && s.trials <= 1000, "trials", std::to_string(s.trials),
                "between 0 and 1000");
        require(epochs >= 1 && epochs <= 1000, "epochs", std::to_string(epochs),
                "between 1 and 1000");
        require(s.train.eta > 0 && s.train.eta <= 1, "eta", fmt(s.train.eta, "%g"), "in (0, 1]");
        require(batch_size >= 1, "batch-size", std::to_string(batch_size), "at least 1");
        require(s.train.cost == "quadratic" || s.train.cost == "cross_entropy", "cost",
                s.train.cost, "quadratic or cross_entropy");
        require(s.train_fraction > 0 && s.train_fraction < 1, "train-fraction",
                fmt(s.train_fraction, "%g"), "in (0, 1)");
        require(s.validation_fraction > 0 && s.train_fraction + s.validation_fraction < 1,
                "validation-fraction", fmt(s.validation_fraction, "%g"),
                "in (0, 1 − train-fraction)");
        if (ctx.quick) {  // a 2 × 2 × 2 grid, 2 epochs, 3 random trials
            epochs = std::min(epochs, 2);
            s.trials = std::min(s.trials, 3);
            s.depths.resize(std::min<std::size_t>(s.depths.size(), 2));
            s.widths.erase(s.widths.begin(),
                           s.widths.end() - static_cast<std::ptrdiff_t>(
                                                std::min<std::size_t>(s.widths.size(), 2)));
            s.sigmas.resize(std::min<std::size_t>(s.sigmas.size(), 2));
        }
        s.train.epochs = static_cast<std::size_t>(epochs);
        s.train.batch_size = static_cast<std::size_t>(batch_size);

        const ch08::Study st = ch08::prepare_study(ctx, s);
        const std::vector<ch08::Score> grid_scores = ch08::grid_search(ctx, s, st);
        const std::vector<ch08::Score> random_scores = ch08::random_search(ctx, s, st, grid_scores);
        ch08::risk_vs_parameters(ctx, s, grid_scores, random_scores);
        ch08::final_test(ctx, s, st, grid_scores, random_scores);
    });
}
