#pragma once
// Chapter 18's experiments, one function each: the digits (digits.cpp) and Fashion-MNIST
// (fashion.cpp), each trained, reported (report.cpp) and tested on shifted images (shift.cpp).
#include <cstddef>
#include <string>
#include <vector>

#include "experiment.hpp"
#include "redes/app/chapter.hpp"
#include "redes/data/dataset.hpp"
#include "redes/plot/figure.hpp"

namespace ch18 {

// The options of a run, checked by main.cpp; both data sets share optimizer, η, M′ and inputs.
struct RunOptions {
    std::vector<std::size_t> digits_hidden;  // N_1 … N_{L−1} of the digits network
    std::size_t digits_epochs = 30;
    std::size_t fashion_samples = 40000;  // training + validation images; 0 skips Fashion-MNIST
    std::size_t width = 32;               // N_1 of the Fashion-MNIST network
    std::size_t epochs = 2;               // on Fashion-MNIST
    std::size_t fashion_test = 10000, shift_samples = 2000, max_shift = 3, batch_size = 32;
    std::string optimizer = "adam";
    double eta = 1e-3;
    bool standardise = true;  // x̃ = (x − μ)/s, else x̃ = x / pixel_max
    std::string digits_file, fashion_dir;
};

// The two figures every data set adds a curve to: accuracy against the translation and against
// the noise level f.
struct ShiftFigures {
    redes::plot::Figure translation, noise;
};

// f = 0 first (the clean test part), then noise levels spread over decades.
const std::vector<double>& noise_fractions();

// Reports a trained model: time, risks, accuracy, the most frequent confusion; draws its risk
// curves, confusion matrix and misclassified test images (plots ch18_TAG_*). target: the
// accuracy the chapter aims at; names: the K class names.
void report(redes::app::Context& ctx, const std::string& tag, const std::string& name,
            const Result& r, const Parts& parts, const std::string& optimizer, std::size_t rows,
            std::size_t cols, double pixel_max, double target,
            const std::vector<std::string>& names);

// The model on shifted copies of its test part: translated by 0 … t_max pixels, and with noise
// s = f · pixel_max for each f of noise_f (noise_f[0] = 0: the clean images). Prints the
// accuracies and adds a curve (point style, colour) to each figure.
void shift_experiment(const redes::app::Context& ctx, const Result& r,
                      const redes::data::DataSet& test, std::size_t rows, std::size_t cols,
                      double pixel_max, std::size_t t_max, const std::vector<double>& noise_f,
                      const std::string& label, const std::string& point, const std::string& colour,
                      ShiftFigures& figs);

// The empty shift figures, and the chance level, labels and scales added once both curves are in.
ShiftFigures shift_figures(const redes::app::Context& ctx);
void finish_shift_figures(ShiftFigures& figs, std::size_t max_shift);

// The 1797 digits of 8×8 (pixels 0…16), split 60/20/20: trained, reported, shifted.
void digits_experiment(redes::app::Context& ctx, const RunOptions& o, ShiftFigures& figs);

// The first o.fashion_samples Fashion-MNIST training images (5/6 train, 1/6 validation) and
// o.fashion_test test images of 28×28 (pixels 0…1): trained, reported, shifted.
void fashion_experiment(redes::app::Context& ctx, const RunOptions& o, ShiftFigures& figs);

}  // namespace ch18
