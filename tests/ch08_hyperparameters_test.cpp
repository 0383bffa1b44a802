// Chapter 08 — Hiperparámetros: σ_ℓ, N_ℓ and L are the designer's, chosen by trial and error
// on a validation part. The data pipeline (training statistics only), the score (R̂ on the
// validation part), the grid, the random draws (seeded; H uniform, widths log-uniform), the
// selection by validation risk, and the chapter's finding that width 2 is far worse than 32.
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

#include "../chapters/08_hyperparameters/search.hpp"
#include "../chapters/08_hyperparameters/sections.hpp"
#include "chapter_runner.hpp"
#include "redes/data/csv.hpp"
#include "redes/linalg.hpp"
#include "redes/risk/empirical_risk.hpp"

namespace tt = boost::test_tools;

namespace {

const redes::data::DataSet& digits() {
    static const redes::data::DataSet d = redes::data::load_digits();
    return d;
}

// The default run's grid (make chapter-08, seed 1, output/default.txt), recomputed the way
// grid_search draws it: the split from the seed, the trainings from the first ctx.rng.split().
const std::vector<ch08::Score>& default_grid() {
    static const std::vector<ch08::Score> scores = [] {
        const auto& d = digits();
        const ch08::Settings s;
        const ch08::Prepared p =
            ch08::prepare(d, redes::data::stratified_split_indices(d.labels, d.K, s.train_fraction,
                                                                   s.validation_fraction, 1));
        redes::Rng root(1);
        redes::Rng grid_rng = root.split();
        std::vector<ch08::Score> out;
        for (const ch08::Config& c : ch08::grid(s.sigmas, s.depths, s.widths))
            out.push_back(ch08::train_and_score(c, p, s.train, grid_rng));
        return out;
    }();
    return scores;
}

// R̂_val of (σ, H, N) in the default grid
double cell(const std::string& sigma, std::size_t H, std::size_t N) {
    for (const ch08::Score& sc : default_grid())
        if (sc.config.sigma == sigma && sc.config.hidden == std::vector<std::size_t>(H, N))
            return sc.validation_risk;
    throw std::logic_error("no cell " + sigma);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(ch08_hyperparameters)

// Every part is standardised with μ, s of the training part only: changing the validation and
// test samples changes nothing in (μ, s) nor in the standardised training part.
BOOST_AUTO_TEST_CASE(standardised_with_training_statistics_only) {
    const auto& d = digits();
    const auto idx = redes::data::stratified_split_indices(d.labels, d.K, 0.6, 0.2, 1);
    const ch08::Prepared p = ch08::prepare(d, idx);
    // the training part ends with mean 0 and s 1 in each non-constant feature
    const redes::data::Standardizer again = redes::data::Standardizer::fit(p.train.X);
    for (std::size_t i = 0; i < d.N(); ++i) {
        BOOST_TEST(std::abs(again.mean()[i]) <= 1e-12);
        const bool constant = std::count(p.standardizer.constant_features().begin(),
                                         p.standardizer.constant_features().end(), i) > 0;
        if (!constant) BOOST_TEST(again.stddev()[i] == 1.0, tt::tolerance(1e-12));
    }
    // blacken every validation and test pixel: the statistics and the training part do not move
    redes::data::DataSet changed = d;
    for (auto part : {&idx.validation, &idx.test})
        for (std::size_t m : *part)
            for (std::size_t i = 0; i < d.N(); ++i) changed.X(i, m) = 16.0;
    const ch08::Prepared q = ch08::prepare(changed, idx);
    BOOST_TEST((q.standardizer.mean() == p.standardizer.mean()));
    BOOST_TEST((q.standardizer.stddev() == p.standardizer.stddev()));
    BOOST_TEST((q.train.X == p.train.X));
    BOOST_TEST((q.validation.X != p.validation.X));
}

// Samuelson's inequality: standardised with its own μ and (population) s, no sample of the
// training part can be further than √(M − 1) from 0. The validation part has no such bound: a
// pixel that is almost always blank in training (s = 0.03) becomes x̃ ≈ 263 on a validation
// digit with ink there (seed 5). A bounded σ (tanh) saturates there; a ReLU net passes it on,
// which is why the ReLU rows of the grid are the worst and most erratic.
BOOST_AUTO_TEST_CASE(validation_features_are_not_bounded_like_training_ones) {
    const auto& d = digits();
    const auto idx = redes::data::stratified_split_indices(d.labels, d.K, 0.6, 0.2, 5);
    const ch08::Prepared p = ch08::prepare(d, idx);
    const double samuelson = std::sqrt(double(p.train.M()) - 1.0);
    BOOST_TEST(redes::max_abs(p.train.X) <= samuelson * (1 + 1e-12));
    BOOST_TEST(redes::max_abs(p.validation.X) > samuelson);
    BOOST_TEST(redes::max_abs(p.validation.X) > 100.0);
}

// The score is the notes' empirical risk on the validation part, R̂_val = (1/M) Σ J(f(x_m); y_m),
// and the accuracy counts argmax hits; the net is trained on the training part only.
BOOST_AUTO_TEST_CASE(score_is_the_empirical_risk_on_validation) {
    const auto& d = digits();
    const auto idx = redes::data::stratified_split_indices(d.labels, d.K, 0.6, 0.2, 2);
    const ch08::Prepared p = ch08::prepare(d, idx);
    const ch08::Config c{{8, 8}, "tanh"};
    ch08::TrainOptions o;
    o.epochs = 2;
    redes::Rng rng(3);
    const redes::MLP net = ch08::train(c, p.train, o, rng);
    BOOST_TEST(net.num_parameters() ==
               64u * 8 + 8 + 8 * 8 + 8 + 8 * 10 + 10);  // D = Σ N_ℓ(N_{ℓ−1} + 1)
    const ch08::Evaluation e = ch08::evaluate(net, p.validation, o.cost);
    BOOST_TEST(e.risk == redes::empirical_risk(net, redes::Cost::quadratic(), p.validation.X,
                                               p.validation.Y),
               tt::tolerance(1e-12));
    std::size_t hits = 0;
    for (std::size_t m = 0; m < p.validation.M(); ++m) {
        const redes::Vector x_L = net.forward(p.validation.X.col(m));
        hits += std::max_element(x_L.begin(), x_L.end()) - x_L.begin() ==
                std::ptrdiff_t(p.validation.labels[m]);
    }
    BOOST_TEST(e.accuracy == double(hits) / double(p.validation.M()), tt::tolerance(1e-15));
    // the same configuration and seed give the same score
    redes::Rng r1(9), r2(9);
    BOOST_TEST(ch08::train_and_score(c, p, o, r1).validation_risk ==
               ch08::train_and_score(c, p, o, r2).validation_risk);
}

// The grid: |σ| · |H| · |N| configurations, all hidden layers alike, in the order σ, H, N.
BOOST_AUTO_TEST_CASE(grid_enumerates_every_combination) {
    const auto g = ch08::grid({"relu", "tanh"}, {1, 3}, {2, 4, 8});
    BOOST_TEST(g.size() == 12u);
    BOOST_TEST(g[0].describe() == "relu 2 (L = 2)");
    BOOST_TEST(g[5].describe() == "relu 8-8-8 (L = 4)");
    BOOST_TEST(g[11].describe() == "tanh 8-8-8 (L = 4)");
    BOOST_TEST(ch08::widths(g[4], 64, 10) == (std::vector<std::size_t>{64, 4, 4, 4, 10}));
}

// Random search: H ~ U{1…3}, each N_ℓ = round(2^u), u ~ U[1, 5], σ ~ U{3 names}. Monte Carlo with
// 20 000 draws: each frequency within 4 standard errors √(p(1−p)/n) of its probability;
// P(N_ℓ ≤ 8) = P(2^u < 8.5) = (log₂ 8.5 − 1)/4 = 0.522 (log-uniform: as many narrow as wide).
BOOST_AUTO_TEST_CASE(random_configurations_follow_the_search_space) {
    ch08::SearchSpace s;  // H 1…3, N 2…32, relu/tanh/sigmoid
    redes::Rng rng(12);
    const std::size_t n = 20000;
    std::map<std::size_t, double> H_count;
    std::map<std::string, double> sigma_count;
    double narrow = 0, widths_drawn = 0;
    for (std::size_t t = 0; t < n; ++t) {
        const ch08::Config c = ch08::draw_config(s, rng);
        H_count[c.hidden.size()] += 1;
        sigma_count[c.sigma] += 1;
        for (std::size_t N : c.hidden) {
            BOOST_TEST_REQUIRE((N >= 2 && N <= 32));
            narrow += N <= 8;
            widths_drawn += 1;
        }
    }
    auto within = [](double freq, double p, double count) {
        return std::abs(freq - p) <= 4 * std::sqrt(p * (1 - p) / count);
    };
    for (std::size_t H : {1u, 2u, 3u})
        BOOST_TEST(within(H_count[H] / n, 1.0 / 3, n), "H = " << H << ": " << H_count[H] / n);
    BOOST_TEST(H_count.size() == 3u);
    for (const std::string& sg : s.sigmas) BOOST_TEST(within(sigma_count[sg] / n, 1.0 / 3, n), sg);
    const double p_narrow = (std::log2(8.5) - 1.0) / 4.0;
    BOOST_TEST(within(narrow / widths_drawn, p_narrow, widths_drawn),
               narrow / widths_drawn << " vs " << p_narrow);
    // seeded: the same seed draws the same configurations
    redes::Rng a(3), b(3);
    for (int t = 0; t < 10; ++t)
        BOOST_TEST(ch08::draw_config(s, a).describe() == ch08::draw_config(s, b).describe());
    ch08::SearchSpace empty;
    empty.H_max = 0;
    BOOST_CHECK_THROW(ch08::draw_config(empty, a), redes::ValueError);
}

// The selection looks at the validation risk only (not the training risk).
BOOST_AUTO_TEST_CASE(best_is_the_smallest_validation_risk) {
    std::vector<ch08::Score> s(3);
    s[0].validation_risk = 0.5, s[0].train_risk = 0.01;
    s[1].validation_risk = 0.2, s[1].train_risk = 0.30;
    s[2].validation_risk = 0.2, s[2].train_risk = 0.10;
    BOOST_TEST(ch08::best(s) == 1u);  // the first of the ties
    BOOST_CHECK_THROW(ch08::best({}), redes::ValueError);
}

// The chapter's first finding: a hidden layer of 2 units is a bottleneck for 10 classes. With
// σ = tanh, one hidden layer, 3 epochs, seeds 1…8 gave R̂_val 0.77…0.88 at N = 2 and 0.30…0.36
// at N = 32; the claim asks for a gap of 0.3 on three seeds.
BOOST_AUTO_TEST_CASE(width_two_is_a_bottleneck) {
    const auto& d = digits();
    ch08::TrainOptions o;
    o.epochs = 3;
    for (std::uint64_t seed : {1u, 2u, 3u}) {
        const ch08::Prepared p =
            ch08::prepare(d, redes::data::stratified_split_indices(d.labels, d.K, 0.6, 0.2, seed));
        redes::Rng rng(seed);
        const ch08::Score narrow = ch08::train_and_score({{2}, "tanh"}, p, o, rng);
        const ch08::Score wide = ch08::train_and_score({{32}, "tanh"}, p, o, rng);
        BOOST_TEST(wide.validation_risk < narrow.validation_risk - 0.3,
                   "seed " << seed << ": N = 32 " << wide.validation_risk << ", N = 2 "
                           << narrow.validation_risk);
        BOOST_TEST(wide.validation_accuracy > narrow.validation_accuracy + 0.3);
    }
}

// The recomputed grid is the record's: its best cell prints as the record's 0.139.
BOOST_AUTO_TEST_CASE(default_grid_is_the_recorded_one) {
    const std::vector<ch08::Score>& g = default_grid();
    BOOST_TEST_REQUIRE(g.size() == 45u);
    const ch08::Score& b = g[ch08::best(g)];
    BOOST_TEST(b.config.describe() == "tanh 32-32-32 (L = 4)");
    BOOST_TEST(ch08::fmt(b.validation_risk, "%.3f") == "0.139");
}

// README "Width first": N = 2 is the worst column for every σ and depth (R̂_val ≥ 0.77), N = 32
// the best (every cell ≤ 0.32).
BOOST_AUTO_TEST_CASE(default_grid_narrow_column_is_worst_wide_column_best) {
    for (const std::string sigma : {"relu", "tanh", "sigmoid"})
        for (std::size_t H : {1, 2, 3}) {
            BOOST_TEST(cell(sigma, H, 2) >= 0.77, sigma << " H = " << H);
            BOOST_TEST(cell(sigma, H, 32) <= 0.32, sigma << " H = " << H);
        }
}

// README "Depth helps once the layers are wide" and the tanh heatmap: for tanh R̂_val falls with
// width in every row, and with depth in every column but N = 2; at N = 4 a deeper sigmoid or
// ReLU net is worse than the one-layer net.
BOOST_AUTO_TEST_CASE(default_grid_depth_helps_only_once_layers_are_wide) {
    const std::vector<std::size_t> widths{2, 4, 8, 16, 32};
    for (std::size_t H : {1, 2, 3})
        for (std::size_t j = 1; j < widths.size(); ++j)
            BOOST_TEST(cell("tanh", H, widths[j]) < cell("tanh", H, widths[j - 1]),
                       "H = " << H << " N = " << widths[j]);
    for (std::size_t j = 1; j < widths.size(); ++j) {
        BOOST_TEST(cell("tanh", 2, widths[j]) < cell("tanh", 1, widths[j]), "N = " << widths[j]);
        BOOST_TEST(cell("tanh", 3, widths[j]) < cell("tanh", 2, widths[j]), "N = " << widths[j]);
    }
    BOOST_TEST(cell("tanh", 2, 2) > cell("tanh", 1, 2));
    for (const std::string sigma : {"relu", "sigmoid"})
        for (std::size_t H : {2, 3}) BOOST_TEST(cell(sigma, H, 4) > cell(sigma, 1, 4), sigma);
}

// README "σ matters": from N = 4 on, each column's best cell is a tanh net; ReLU is the worst σ
// in most (H, N) cells.
BOOST_AUTO_TEST_CASE(default_grid_tanh_leads_every_column_relu_trails_most_cells) {
    int relu_worst = 0;
    for (std::size_t N : {2, 4, 8, 16, 32}) {
        double best_tanh = 1e9, best_other = 1e9;
        for (std::size_t H : {1, 2, 3}) {
            best_tanh = std::min(best_tanh, cell("tanh", H, N));
            best_other = std::min({best_other, cell("relu", H, N), cell("sigmoid", H, N)});
            relu_worst += cell("relu", H, N) > std::max(cell("tanh", H, N), cell("sigmoid", H, N));
        }
        if (N >= 4) BOOST_TEST(best_tanh < best_other, "N = " << N);
    }
    BOOST_TEST(relu_worst > 15 / 2);
}

BOOST_AUTO_TEST_CASE(quick_run_draws_every_plot) {
    const auto r = redes_test::run_chapter("08_hyperparameters", "--quick");
    BOOST_TEST(r.exit_code == 0, r.err);
    for (const std::string p :
         {"ch08_grid_relu", "ch08_grid_tanh", "ch08_random_search", "ch08_risk_vs_parameters"})
        BOOST_TEST(r.has_plot(p), p);
    BOOST_TEST(r.out.find("scored once on the") != std::string::npos);
    std::filesystem::remove_all(r.folder);
}

BOOST_AUTO_TEST_CASE(bad_options_are_one_clear_line) {
    for (const std::string& args :
         {std::string("--quick --epochs 0"), std::string("--quick --widths 2,x"),
          std::string("--quick --data mnist"), std::string("--quick --activation relu,identity"),
          std::string("--quick --validation-fraction 0.5")}) {
        const auto r = redes_test::run_chapter("08_hyperparameters", args);
        BOOST_TEST(r.exit_code == 2, args);
        const std::size_t at = args.find("--", 2);
        const std::string option = args.substr(at, args.find(' ', at) - at);
        BOOST_TEST(r.err.find("option " + option) != std::string::npos, args << " → " << r.err);
        BOOST_TEST(std::count(r.err.begin(), r.err.end(), '\n') == 1, r.err);
        std::filesystem::remove_all(r.folder);
    }
}

BOOST_AUTO_TEST_SUITE_END()
