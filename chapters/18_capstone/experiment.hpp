#pragma once
// The capstone's pipeline, the same for the digits and for Fashion-MNIST:
//   standardise on the training part → MLP (σ = ReLU, softmax cross-entropy) → SGD with an
//   optimizer, R̂ on training and validation after every epoch → accuracy and confusion
//   matrix on the test part → the same model on shifted copies of the test part.
#include <cstddef>
#include <iosfwd>
#include <string>
#include <vector>

#include "redes/data/dataset.hpp"
#include "redes/data/standardize.hpp"
#include "redes/models/classify.hpp"
#include "redes/models/mlp.hpp"
#include "redes/optim/sgd.hpp"
#include "redes/stats/rng.hpp"

namespace ch18 {

struct Parts {
    redes::data::DataSet train, validation, test;  // raw pixels (not standardised)
};

struct Settings {
    std::vector<std::size_t> hidden;  // N_1 … N_{L−1}
    std::string optimizer;            // make_optimizer name
    double eta = 1e-3;
    std::size_t batch_size = 32;  // M′
    std::size_t epochs = 10;
    redes::Progress progress = redes::Progress::quiet;
    // true: x̃_i = (x_i − μ_i)/s_i with μ, s of the training part; false: x̃ = x / pixel_max
    bool standardise = true;
    double pixel_max = 1.0;
};

struct Result {
    redes::MLP net;
    redes::data::Standardizer standardizer;  // μ, s of the training part (or 0, pixel_max)
    redes::SGDHistory history;
    redes::Evaluation test;                        // on the standardised test part
    double wall_seconds = 0.0, cpu_seconds = 0.0;  // of the training alone
};

// Fits the standardisation on parts.train (or scales by pixel_max), builds and trains the network, evaluates it on the
// test part. Prints the network and the optimizer on out before training.
Result train_and_test(const Parts& parts, const Settings& s, redes::Rng& rng, std::ostream& out);

// "64 → 128 → 10"
std::string widths_string(const std::vector<std::size_t>& N);

// Test accuracy on copies translated by t = 0 … t_max pixels, each the mean over the four
// directions (right, left, down, up); background 0 fills what comes in at the edge.
std::vector<double> translation_accuracy(const Result& r, const redes::data::DataSet& test,
                                         std::size_t rows, std::size_t cols, std::size_t t_max);

// Test accuracy with Gaussian noise of standard deviation s = f · pixel_max added to the raw
// pixels, for each fraction f.
std::vector<double> noise_accuracy(const Result& r, const redes::data::DataSet& test,
                                   const std::vector<double>& fractions, double pixel_max,
                                   redes::Rng& rng);

// The most frequent confusion k → j (k ≠ j) as "true → predicted (count)".
std::string worst_confusion(const redes::ConfusionMatrix& C, const std::vector<std::string>& names);

}  // namespace ch18
