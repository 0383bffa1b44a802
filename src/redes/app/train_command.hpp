#pragma once
// The `train` command (build/release/bin/train, `make train ARGS="..."`): the capstone's
// pipeline for any CSV of labelled samples, driven from the command line.
//
//   train data.csv --widths 64,32 --epochs 30 --save model.txt --plot runs/data
//     reads the CSV (plain or .gz; --label-column, --header-lines), holds out a stratified
//     validation share, standardises on the training part (μ, s go into the model file),
//     builds N_0 → widths → K, trains by SGD with the chosen optimizer, schedule, M′ and epochs,
//     shows the progress (epoch, risk, η, a live line on a terminal), prints the risk and the
//     accuracy on each part, saves the model and draws the risk curves.
//   train data.csv --load model.txt --evaluate
//     the saved model (and its standardisation) on every sample of the file.
//   train data.csv --load model.txt --epochs 10 --save model.txt
//     trains the saved model further, exactly as if the first run had been longer: the model
//     remembers its settings (split, seed, optimizer, schedule, M′) and the optimizer's state.
//   train new.csv --load model.txt --predict new.csv --predict-out p.csv
//     the class and the probabilities of each unlabelled line.
//   train houses.csv --task regression --widths 32 --save m.txt
//     a real target (the label column): identity output, quadratic cost, RMSE and R² of each
//     part (train_regression.hpp); --predict then writes the predicted values.
//
// Safety (train_outputs.hpp): no output is ever an input, existing files are replaced only with
// --overwrite, saves are atomic. Training that diverges (train_loop.hpp's rule) stops with
// exit 1 and saves nothing. Memory is checked against --memory-budget before allocating.
//
// Errors are one line on stderr and a non-zero exit: 2 for a bad command line or option value
// (naming the option and why), 1 for anything else (a missing file, divergence, bad data, …).
#include <cstddef>
#include <iosfwd>
#include <vector>

#include "redes/app/train_options.hpp"
#include "redes/app/train_regression.hpp"
#include "redes/models/classify.hpp"
#include "redes/optim/sgd.hpp"

namespace redes::app {

struct TrainReport {
    bool evaluated_only = false;  // --evaluate: only `all` is filled in
    std::size_t M = 0, M_train = 0, M_validation = 0;
    SGDHistory history;
    Evaluation train, validation, test, all;  // validation, test only when they have samples
    // --task regression: these instead of the Evaluations above
    RegressionFit train_fit, validation_fit, test_fit, all_fit;
    std::vector<double> validation_accuracy;  // per epoch e = 0 … (empty without validation);
                                              // R² for a regression
    double seconds = 0.0;                     // wall time of the training
};

// Does what the options say, printing on out. Throws redes::Error (ValueError for an option
// value that does not fit the data, e.g. --batch-size larger than M).
TrainReport run_train(const TrainOptions& options, std::ostream& out);

// The whole program: parse, run, turn errors into one line on err. Returns the exit code.
int train_main(int argc, const char* const* argv, std::ostream& out, std::ostream& err);
int train_main(int argc, char** argv);

}  // namespace redes::app
