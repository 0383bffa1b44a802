// 08 — Hiperparámetros.
// The designer chooses σ_ℓ, the widths N_ℓ and the number of layers L; training only learns
// Θ = {(W_ℓ, b_ℓ)}. The notes: the best hyperparameters are found by trial and error, and the
// search can be automated, at a cost. Here it is automated twice on the 8×8 digits (or iris):
// a grid search over (σ, H, N) and a random search over σ, H and a width per layer. Every
// configuration is trained on the training part and scored by R̂ on the validation part; the
// winner is retrained on training ∪ validation and scored once on the test part.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <iostream>
#include <limits>
#include <string>
#include <vector>

#include "redes/app/chapter.hpp"
#include "redes/app/option_lists.hpp"
#include "redes/data/csv.hpp"
#include "redes/data/split.hpp"
#include "search.hpp"

namespace po = boost::program_options;
using redes::Matrix;

namespace {

std::string fmt(double v, const char* f = "%.3f") {
    char buf[48];
    std::snprintf(buf, sizeof buf, f, v);
    return buf;
}

const char* color(std::size_t k) {
    static const char* c[] = {"#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b"};
    return c[k % 6];
}

}  // namespace

int main(int argc, char** argv) {
    redes::app::Chapter ch(
        "08", "hyperparameters",
        "grid and random search over depth L, widths N_ℓ and σ, scored on a validation split");
    std::string data_name = "digits", depths_text = "1,2,3", widths_text = "2,4,8,16,32",
                sigmas_text = "relu,tanh,sigmoid", cost = "quadratic";
    int epochs = 8, batch_size = 32, trials = 15;
    double eta = 0.01, train_fraction = 0.6, validation_fraction = 0.2;
    // clang-format off
    ch.options().add_options()
        ("data", po::value(&data_name)->default_value(data_name), "data set: digits (M = 1797, N = 64, K = 10) or iris (150, 4, 3)")
        ("depths", po::value(&depths_text)->default_value(depths_text), "grid: hidden layers H to try (L = H + 1), e.g. 1,2,3")
        ("widths", po::value(&widths_text)->default_value(widths_text), "grid: widths N_ℓ to try (all hidden layers alike)")
        ("activation", po::value(&sigmas_text)->default_value(sigmas_text), "σ to try: relu, tanh, sigmoid, leaky_relu, abs")
        ("trials", po::value(&trials)->default_value(trials), "random search: configurations drawn (0: no random search)")
        ("epochs", po::value(&epochs)->default_value(epochs), "epochs of minibatch Adam for every configuration")
        ("eta", po::value(&eta)->default_value(eta, "0.01"), "Adam's learning rate η")
        ("batch-size", po::value(&batch_size)->default_value(batch_size), "batch size M′")
        ("cost", po::value(&cost)->default_value(cost), "cost J: quadratic (the notes') or cross_entropy")
        ("train-fraction", po::value(&train_fraction)->default_value(train_fraction, "0.6"), "share of each class for training")
        ("validation-fraction", po::value(&validation_fraction)->default_value(validation_fraction, "0.2"),
         "share for validation (the rest is the test part)");
    // clang-format on

    return ch.run(argc, argv, [&](redes::app::Context& ctx) {
        using redes::app::require;
        require(data_name == "digits" || data_name == "iris", "data", data_name, "digits or iris");
        std::vector<std::size_t> depths = redes::app::parse_size_list("depths", depths_text, 1, 8);
        std::vector<std::size_t> widths =
            redes::app::parse_size_list("widths", widths_text, 1, 256);
        std::vector<std::string> sigmas =
            redes::app::parse_name_list("activation", sigmas_text,
                                        {"relu", "tanh", "sigmoid", "leaky_relu", "abs"});
        require(trials >= 0 && trials <= 1000, "trials", std::to_string(trials),
                "between 0 and 1000");
        require(epochs >= 1 && epochs <= 1000, "epochs", std::to_string(epochs),
                "between 1 and 1000");
        require(eta > 0 && eta <= 1, "eta", fmt(eta, "%g"), "in (0, 1]");
        require(batch_size >= 1, "batch-size", std::to_string(batch_size), "at least 1");
        require(cost == "quadratic" || cost == "cross_entropy", "cost", cost,
                "quadratic or cross_entropy");
        require(train_fraction > 0 && train_fraction < 1, "train-fraction",
                fmt(train_fraction, "%g"), "in (0, 1)");
        require(validation_fraction > 0 && train_fraction + validation_fraction < 1,
                "validation-fraction", fmt(validation_fraction, "%g"),
                "in (0, 1 − train-fraction)");
        if (ctx.quick) {  // a 2 × 2 × 2 grid, 2 epochs, 3 random trials
            epochs = std::min(epochs, 2);
            trials = std::min(trials, 3);
            depths.resize(std::min<std::size_t>(depths.size(), 2));
            widths.erase(widths.begin(),
                         widths.end() -
                             static_cast<std::ptrdiff_t>(std::min<std::size_t>(widths.size(), 2)));
            sigmas.resize(std::min<std::size_t>(sigmas.size(), 2));
        }

        // 1. The data: a stratified split, each part standardised with the training statistics.
        const redes::data::DataSet d =
            data_name == "digits" ? redes::data::load_digits() : redes::data::load_iris();
        const redes::data::SplitIndices idx =
            redes::data::stratified_split_indices(d.labels, d.K, train_fraction,
                                                  validation_fraction, ctx.seed);
        const ch08::Prepared data = ch08::prepare(d, idx);
        require(data.train.M() >= 1 && data.validation.M() >= 1 && data.test.M() >= 1,
                "validation-fraction", fmt(validation_fraction, "%g"),
                "such that training, validation and test parts are not empty");
        require(static_cast<std::size_t>(batch_size) <= data.train.M(), "batch-size",
                std::to_string(batch_size),
                "at most the " + std::to_string(data.train.M()) + " training samples");
        const ch08::TrainOptions topt{static_cast<std::size_t>(epochs),
                                      static_cast<std::size_t>(batch_size), eta, cost};
        std::printf(
            "%s: M = %zu samples, N = %zu features, K = %zu classes; training %zu, validation %zu, test %zu\n",
            data_name.c_str(), d.M(), d.N(), d.K, data.train.M(), data.validation.M(),
            data.test.M());
        std::printf(
            "standardised with the training part's μ and s only (%zu features constant there keep s = 1)\n",
            data.standardizer.constant_features().size());
        std::printf(
            "every configuration: %d epochs of Adam, η = %g, M′ = %d, J = %s; score R̂_val = mean J on validation\n",
            epochs, eta, batch_size, cost.c_str());

        // 2. Grid search over (σ, H, N): all hidden layers of width N.
        const std::vector<ch08::Config> grid = ch08::grid(sigmas, depths, widths);
        std::vector<ch08::Score> grid_scores;
        redes::Rng grid_rng = ctx.rng.split();
        for (const ch08::Config& c : grid)
            grid_scores.push_back(ch08::train_and_score(c, data, topt, grid_rng));

        std::printf(
            "\ngrid search: %zu configurations; R̂_val (validation accuracy) by σ, H hidden layers (L = H + 1), width N:\n",
            grid.size());
        double lo = std::numeric_limits<double>::infinity(), hi = 0;
        for (const auto& s : grid_scores)
            lo = std::min(lo, s.validation_risk), hi = std::max(hi, s.validation_risk);
        std::size_t k = 0;
        for (const std::string& sigma : sigmas) {
            std::printf("  σ = %-8s", sigma.c_str());
            for (std::size_t N : widths)
                std::printf("   %12s", ("N = " + std::to_string(N)).c_str());
            std::printf("\n");
            Matrix Z(depths.size(), widths.size());
            auto fig =
                ctx.figure("grid_" + sigma,
                           "Hiperparámetros: grid search, validation risk R̂_{val}, σ = " + sigma);
            std::vector<double> xs, ys;
            std::string xtics = "set xtics (", ytics = "set ytics (";
            for (std::size_t j = 0; j < widths.size(); ++j) {
                xs.push_back(static_cast<double>(j));
                xtics += (j ? ", " : "") + std::string("'") + std::to_string(widths[j]) + "' " +
                         std::to_string(j);
            }
            for (std::size_t i = 0; i < depths.size(); ++i) {
                ys.push_back(static_cast<double>(i));
                ytics += (i ? ", " : "") + std::string("'") + std::to_string(depths[i]) +
                         " (L = " + std::to_string(depths[i] + 1) + ")' " + std::to_string(i);
                std::printf("    H = %zu     ", depths[i]);
                for (std::size_t j = 0; j < widths.size(); ++j, ++k) {
                    const ch08::Score& s = grid_scores[k];
                    Z(i, j) = s.validation_risk;
                    std::printf("   %s (%s)", fmt(s.validation_risk).c_str(),
                                fmt(s.validation_accuracy, "%.2f").c_str());
                    // the value written in its cell, dark text on the light (high-risk) cells
                    const bool light = s.validation_risk > lo + 0.6 * (hi - lo);
                    fig.raw("set label '" + fmt(s.validation_risk) + "' at " + std::to_string(j) +
                            "," + std::to_string(i) + " center front textcolor rgb '" +
                            (light ? "black" : "white") + "'");
                }
                std::printf("\n");
            }
            fig.heatmap(xs, ys, Z)
                .xlabel("width N_ℓ of every hidden layer")
                .ylabel("hidden layers H")
                .cblabel("R̂_{val} (J = " + cost + ")")
                .legend("off")
                .raw(xtics + ")")
                .raw(ytics + ")")
                .raw("unset grid")
                .raw("set cbrange [" + fmt(lo, "%.6g") + ":" + fmt(hi, "%.6g") + "]")
                .xrange(-0.5, static_cast<double>(widths.size()) - 0.5)
                .yrange(-0.5, static_cast<double>(depths.size()) - 0.5);
            ctx.save(fig);
        }
        const std::size_t g_best = ch08::best(grid_scores);
        std::printf("  grid's best: %s, R̂_val = %s, accuracy %s\n",
                    grid_scores[g_best].config.describe().c_str(),
                    fmt(grid_scores[g_best].validation_risk).c_str(),
                    fmt(grid_scores[g_best].validation_accuracy, "%.3f").c_str());

        // 3. Random search: configurations drawn from the search space with a seeded Rng.
        ch08::SearchSpace space;
        space.H_min = *std::min_element(depths.begin(), depths.end());
        space.H_max = *std::max_element(depths.begin(), depths.end());
        space.N_min = *std::min_element(widths.begin(), widths.end());
        space.N_max = *std::max_element(widths.begin(), widths.end());
        space.sigmas = sigmas;
        std::vector<ch08::Score> random_scores;
        redes::Rng draw_rng = ctx.rng.split(), random_rng = ctx.rng.split();
        if (trials > 0) {
            std::printf(
                "\nrandom search: %d configurations, H ~ U{%zu…%zu}, each N_ℓ log-uniform on [%zu, %zu], σ ~ U{%s}:\n",
                trials, space.H_min, space.H_max, space.N_min, space.N_max, sigmas_text.c_str());
            for (int t = 0; t < trials; ++t) {
                const ch08::Config c = ch08::draw_config(space, draw_rng);
                random_scores.push_back(ch08::train_and_score(c, data, topt, random_rng));
                std::printf("  %2d  %-28s D = %6zu   R̂_val = %s (accuracy %s)\n", t + 1,
                            c.describe().c_str(), random_scores.back().parameters,
                            fmt(random_scores.back().validation_risk).c_str(),
                            fmt(random_scores.back().validation_accuracy, "%.2f").c_str());
            }
            const std::size_t r_best = ch08::best(random_scores);
            std::printf("  random search's best: %s, R̂_val = %s, accuracy %s\n",
                        random_scores[r_best].config.describe().c_str(),
                        fmt(random_scores[r_best].validation_risk).c_str(),
                        fmt(random_scores[r_best].validation_accuracy, "%.3f").c_str());

            auto fr = ctx.figure("random_search",
                                 "Hiperparámetros: random search, validation risk of each trial");
            std::vector<double> t_axis, r, running;
            for (std::size_t t = 0; t < random_scores.size(); ++t) {
                t_axis.push_back(static_cast<double>(t + 1));
                r.push_back(random_scores[t].validation_risk);
                running.push_back(t ? std::min(running.back(), r.back()) : r.back());
            }
            fr.points("trial t: R̂_{val} of the configuration drawn", t_axis, r,
                      "points pt 7 ps 1.2 lc rgb '#1f77b4'")
                .line("best of the first t trials", t_axis, running, "steps lw 2 lc rgb '#d62728'")
                .line("best of the grid (" + std::to_string(grid.size()) + " configurations)",
                      std::vector<double>{0.5, static_cast<double>(trials) + 0.5},
                      std::vector<double>{grid_scores[g_best].validation_risk,
                                          grid_scores[g_best].validation_risk},
                      "lines dashtype 2 lw 2 lc rgb 'black'")
                .xlabel("trial t")
                .ylabel("R̂_{val} (J = " + cost + ")")
                .xrange(0.5, static_cast<double>(trials) + 0.5)
                .yrange(0.0, 1.4 * std::max(*std::max_element(r.begin(), r.end()),
                                            grid_scores[g_best].validation_risk))
                .legend("top right");
            ctx.save(fr);
        }

        // Every configuration tried: validation risk against the number of parameters.
        auto fp = ctx.figure("risk_vs_parameters",
                             "Hiperparámetros: validation risk against the size of the network");
        for (std::size_t si = 0; si < sigmas.size(); ++si) {
            for (int kind = 0; kind < 2; ++kind) {
                const std::vector<ch08::Score>& scores = kind == 0 ? grid_scores : random_scores;
                std::vector<double> D, r;
                for (const auto& s : scores)
                    if (s.config.sigma == sigmas[si])
                        D.push_back(static_cast<double>(s.parameters)),
                            r.push_back(s.validation_risk);
                if (D.empty()) continue;
                fp.points(sigmas[si] + (kind == 0 ? ", grid" : ", random"), D, r,
                          std::string(kind == 0 ? "points pt 7 ps 1.1"
                                                : "points pt 6 ps 1.6 lw 2") +
                              " lc rgb '" + color(si) + "'");
            }
        }
        fp.xlabel("parameters D = Σ_ℓ N_ℓ(N_{ℓ−1} + 1)")
            .ylabel("R̂_{val} (J = " + cost + ")")
            .logx()
            .legend("top right");
        ctx.save(fp);

        // 4. The chosen configuration, retrained on training ∪ validation, scored once on test.
        std::vector<ch08::Score> all = grid_scores;
        all.insert(all.end(), random_scores.begin(), random_scores.end());
        const ch08::Score& chosen = all[ch08::best(all)];
        const ch08::Prepared final_data = ch08::prepare_final(d, idx);
        redes::Rng final_rng = ctx.rng.split();
        const redes::MLP final_net = ch08::train(chosen.config, final_data.train, topt, final_rng);
        const ch08::Evaluation test = ch08::evaluate(final_net, final_data.test, cost);
        std::printf(
            "\nchosen by R̂_val among %zu trainings: %s (D = %zu), R̂_val = %s, validation accuracy %s\n",
            all.size(), chosen.config.describe().c_str(), chosen.parameters,
            fmt(chosen.validation_risk).c_str(), fmt(chosen.validation_accuracy, "%.3f").c_str());
        std::printf(
            "retrained on training ∪ validation (%zu samples), scored once on the %zu test samples: "
            "R̂_test = %s, test accuracy %s\n",
            final_data.train.M(), final_data.test.M(), fmt(test.risk).c_str(),
            fmt(test.accuracy, "%.3f").c_str());
        std::printf(
            "(the test part is looked at once, after the choice: compared across configurations it would become a\n"
            " second validation part, and its minimum would be biased low like the best R̂_val. R̂_test may still differ\n"
            " from R̂_val: the final model trains on %zu samples instead of %zu, with more steps per epoch)\n",
            final_data.train.M(), data.train.M());
    });
}
