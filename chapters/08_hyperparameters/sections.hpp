#pragma once
// Chapter 08's experiments, one function each: study.cpp (the data and its split),
// grid_search.cpp, random_search.cpp, risk_vs_parameters.cpp, final_test.cpp. The pieces they
// share (configurations, training, scoring) are in search.hpp.
#include <string>
#include <vector>

#include "redes/app/chapter.hpp"
#include "redes/app/format.hpp"
#include "redes/data/dataset.hpp"
#include "redes/data/split.hpp"
#include "search.hpp"

namespace ch08 {

// The chapter's options after parsing (defaults as in `make chapter-08`).
struct Settings {
    std::string data_name = "digits";
    std::vector<std::size_t> depths{1, 2, 3};          // grid: hidden layers H
    std::vector<std::size_t> widths{2, 4, 8, 16, 32};  // grid: width N of every hidden layer
    std::vector<std::string> sigmas{"relu", "tanh", "sigmoid"};
    std::string sigmas_text = "relu,tanh,sigmoid";  // as typed, for the printout
    int trials = 15;                                // random search draws (0: none)
    TrainOptions train;                             // epochs, M′, η, J
    double train_fraction = 0.6, validation_fraction = 0.2;
};

// The data set, its stratified split and the parts standardised with the training statistics.
struct Study {
    redes::data::DataSet d;
    redes::data::SplitIndices idx;
    Prepared data;
};

// Numbers as the chapter prints them: risks "%.3f", accuracies "%.2f" or "%.3f".
using redes::app::fmt;

// Loads --data, splits it (seeded by ctx.seed), standardises, checks the parts against the
// options and prints the setup (study.cpp).
Study prepare_study(const redes::app::Context& ctx, const Settings& s);

// Every (σ, H, N) trained and scored on validation; the table and one heatmap per σ
// (plots ch08_grid_<σ>). Draws from one ctx.rng.split().
std::vector<Score> grid_search(redes::app::Context& ctx, const Settings& s, const Study& st);

// s.trials random configurations trained and scored; plot ch08_random_search against the grid's
// best. Draws from two ctx.rng.split() (also when s.trials = 0, so later streams do not move).
std::vector<Score> random_search(redes::app::Context& ctx, const Settings& s, const Study& st,
                                 const std::vector<Score>& grid_scores);

// Every configuration tried: R̂_val against the parameter count D (plot ch08_risk_vs_parameters).
void risk_vs_parameters(const redes::app::Context& ctx, const Settings& s,
                        const std::vector<Score>& grid_scores,
                        const std::vector<Score>& random_scores);

// The chosen configuration retrained on training ∪ validation and scored once on the test part.
// Returns the test evaluation. Draws from one ctx.rng.split().
Evaluation final_test(redes::app::Context& ctx, const Settings& s, const Study& st,
                      const std::vector<Score>& grid_scores,
                      const std::vector<Score>& random_scores);

}  // namespace ch08
