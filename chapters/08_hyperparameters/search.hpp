#pragma once
// 08 — Hiperparámetros: the pieces of the search, shared by the chapter program and its tests
// (tests/ch08_hyperparameters_test.cpp).
//
// A configuration is what the designer chooses (the notes' hiperparámetros): the number of
// layers L, the widths N_ℓ of the hidden layers and the activation σ. Here a network has
// H = L − 1 hidden layers of widths N_1 … N_H with σ, then a linear output layer of K units
// (σ_L = identity, one output per class), so L = H + 1.
// The parameters Θ = {(W_ℓ, b_ℓ)} are what training learns for a given configuration; the
// configuration itself is scored by the empirical risk on a validation part the training
// never saw:
//   R̂_val(Θ) = (1/M_val) Σ_{m ∈ val} J(f(x_m; Θ); y_m)
#include <cmath>
#include <cstddef>
#include <string>
#include <vector>

#include "redes/activations/activation.hpp"
#include "redes/data/dataset.hpp"
#include "redes/data/split.hpp"
#include "redes/data/standardize.hpp"
#include "redes/error.hpp"
#include "redes/init/initializer.hpp"
#include "redes/models/classify.hpp"
#include "redes/models/mlp.hpp"
#include "redes/optim/adam.hpp"
#include "redes/optim/mlp_objective.hpp"
#include "redes/optim/sgd.hpp"
#include "redes/risk/cost.hpp"
#include "redes/stats/rng.hpp"

namespace ch08 {

using redes::Activation;
using redes::MLP;
using redes::data::DataSet;

// The designer's choices for one network.
struct Config {
    std::vector<std::size_t> hidden;  // N_1 … N_H (H = L − 1 hidden layers)
    std::string sigma;                // σ of the hidden layers: "relu", "tanh", "sigmoid", …

    std::size_t L() const { return hidden.size() + 1; }
    // e.g. "tanh 16-8 (L = 3)"
    std::string describe() const {
        std::string s = sigma + " ";
        for (std::size_t i = 0; i < hidden.size(); ++i)
            s += (i ? "-" : "") + std::to_string(hidden[i]);
        return s + " (L = " + std::to_string(L()) + ")";
    }
};

// widths {N_0, N_1, …, N_H, K}: N_0 inputs, the hidden widths, K outputs
inline std::vector<std::size_t> widths(const Config& c, std::size_t N0, std::size_t K) {
    std::vector<std::size_t> N{N0};
    N.insert(N.end(), c.hidden.begin(), c.hidden.end());
    N.push_back(K);
    return N;
}

// The network of a configuration with θ_0 drawn: W_ℓ ~ N(0, gain²/N_{ℓ−1}) (gain √2 for ReLU,
// 1 otherwise: chapter 17) and b_ℓ = suggested_bias(σ) (0.1 for ReLU, else 0).
inline MLP build(const Config& c, std::size_t N0, std::size_t K, redes::Rng& rng) {
    if (c.hidden.empty())
        throw redes::ValueError("ch08::build: a configuration with no hidden layer");
    const Activation sigma = Activation::from_name(c.sigma);
    MLP net(widths(c, N0, K), sigma, Activation::identity());
    const bool relu_like = sigma.kind() == redes::ActivationKind::relu ||
                           sigma.kind() == redes::ActivationKind::leaky_relu;
    redes::init::initialize(net,
                            redes::init::WeightInit::normal_fan_in(relu_like ? std::sqrt(2.0)
                                                                             : 1.0),
                            redes::init::suggested_bias(sigma), rng);
    return net;
}

// The data as the search sees it: each part standardised with the statistics (μ, s) of the
// training part only, x̃ = (x − μ)/s, so nothing about the validation or test samples leaks
// into training.
struct Prepared {
    DataSet train, validation, test;
    redes::data::Standardizer standardizer;  // fitted on train
};

inline Prepared prepare(const DataSet& d, const redes::data::SplitIndices& idx) {
    Prepared p;
    const DataSet train = d.subset(idx.train);
    p.standardizer = redes::data::Standardizer::fit(train);  // μ, s of the training part only
    p.train = p.standardizer.transform(train);
    p.validation = p.standardizer.transform(d.subset(idx.validation));
    p.test = p.standardizer.transform(d.subset(idx.test));
    return p;
}

// For the final model, once the configuration is chosen: training ∪ validation becomes the
// training part (standardised with its own statistics) and the test part is standardised with
// them; validation is empty.
inline Prepared prepare_final(const DataSet& d, const redes::data::SplitIndices& idx) {
    std::vector<std::size_t> both = idx.train;
    both.insert(both.end(), idx.validation.begin(), idx.validation.end());
    const DataSet train = d.subset(both);
    Prepared p;
    p.standardizer = redes::data::Standardizer::fit(train);
    p.train = p.standardizer.transform(train);
    p.test = p.standardizer.transform(d.subset(idx.test));
    return p;
}

// The training of every configuration: minibatch Adam on the training part.
struct TrainOptions {
    std::size_t epochs = 8;
    std::size_t batch_size = 32;  // M′
    double eta = 0.01;            // Adam's η
    std::string cost = "quadratic";
};

struct Score {
    Config config;
    std::size_t parameters = 0;    // D = Σ_ℓ N_ℓ (N_{ℓ−1} + 1)
    double train_risk = 0.0;       // R̂ on the training part after the last epoch
    double validation_risk = 0.0;  // R̂_val: the score of the configuration
    double validation_accuracy = 0.0;
};

// Trains the configuration on `train` (θ_0 and the batches from rng) and returns the network.
inline MLP train(const Config& c, const DataSet& train, const TrainOptions& o, redes::Rng& rng) {
    MLP net = build(c, train.N(), train.K, rng);
    const redes::MLPObjective R(net, redes::Cost::from_name(o.cost), train.X, train.Y);
    redes::Vector theta = net.parameters();
    redes::Adam adam(o.eta);
    redes::SGDOptions so;
    so.epochs = o.epochs;
    so.batch_size = std::min(o.batch_size, train.M());
    so.progress = redes::Progress::quiet;
    redes::sgd(R, theta, adam, rng, so);
    net.set_parameters(theta);
    return net;
}

// R̂ = (1/M) Σ_m J(f(x_m; Θ); y_m) and the accuracy on a data set.
struct Evaluation {
    double risk = 0.0, accuracy = 0.0;
};
inline Evaluation evaluate(const MLP& net, const DataSet& d, const std::string& cost) {
    const redes::Matrix X_L = net.forward(d.X);
    Evaluation e;
    e.risk = redes::Cost::from_name(cost).J_sum(X_L, d.Y) / static_cast<double>(d.M());
    e.accuracy = redes::accuracy(redes::argmax_columns(X_L), d.labels);
    return e;
}

// Train on the training part, score on the validation part.
inline Score train_and_score(const Config& c, const Prepared& data, const TrainOptions& o,
                             redes::Rng& rng) {
    const MLP net = train(c, data.train, o, rng);
    const Evaluation tr = evaluate(net, data.train, o.cost),
                     val = evaluate(net, data.validation, o.cost);
    return {c, net.num_parameters(), tr.risk, val.risk, val.accuracy};
}

// Grid search: every (σ, H, N) with all hidden layers of width N, in the order σ, H, N.
inline std::vector<Config> grid(const std::vector<std::string>& sigmas,
                                const std::vector<std::size_t>& depths,
                                const std::vector<std::size_t>& widths_list) {
    std::vector<Config> g;
    for (const std::string& s : sigmas)
        for (std::size_t H : depths)
            for (std::size_t N : widths_list) g.push_back({std::vector<std::size_t>(H, N), s});
    return g;
}

// The ranges random search draws from.
struct SearchSpace {
    std::size_t H_min = 1, H_max = 3;   // hidden layers H (L = H + 1), uniform on {H_min … H_max}
    std::size_t N_min = 2, N_max = 32;  // each width N_ℓ, log-uniform on [N_min, N_max]
    std::vector<std::string> sigmas{"relu", "tanh", "sigmoid"};  // σ, uniform
};

// One random configuration:
//   H ~ U{H_min … H_max},  N_ℓ = round(2^u_ℓ), u_ℓ ~ U[log₂ N_min, log₂ N_max] for each ℓ,  σ ~ U{sigmas}
// The widths are drawn on a log scale, so 2…4 is as likely as 16…32, and every layer gets its
// own width (the grid only tries equal widths).
inline Config draw_config(const SearchSpace& s, redes::Rng& rng) {
    if (s.H_min < 1 || s.H_max < s.H_min || s.N_min < 1 || s.N_max < s.N_min || s.sigmas.empty())
        throw redes::ValueError("ch08::draw_config: empty search space (H " +
                                std::to_string(s.H_min) + "…" + std::to_string(s.H_max) + ", N " +
                                std::to_string(s.N_min) + "…" + std::to_string(s.N_max) + ", " +
                                std::to_string(s.sigmas.size()) + " activations)");
    Config c;
    const std::size_t H = s.H_min + rng.index(s.H_max - s.H_min + 1);
    const double lo = std::log2(static_cast<double>(s.N_min)),
                 hi = std::log2(static_cast<double>(s.N_max));
    for (std::size_t l = 0; l < H; ++l) {
        const double u = rng.uniform(lo, hi);
        c.hidden.push_back(static_cast<std::size_t>(std::lround(std::exp2(u))));
    }
    c.sigma = s.sigmas[rng.index(s.sigmas.size())];
    return c;
}

// The position of the smallest validation risk (the first one on ties): the selected configuration.
inline std::size_t best(const std::vector<Score>& scores) {
    if (scores.empty()) throw redes::ValueError("ch08::best: no scores");
    std::size_t b = 0;
    for (std::size_t i = 1; i < scores.size(); ++i)
        if (scores[i].validation_risk < scores[b].validation_risk) b = i;
    return b;
}

}  // namespace ch08
