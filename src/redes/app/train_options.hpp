#pragma once
// The options of the `train` command (src/redes/app/train_command.hpp): what to read, the
// network, the cost, the optimizer and its constants, the schedule, SGD's batches and epochs,
// and what to do with the model (save, load, evaluate, plot).
//
// parse_train_options() reads a command line into TrainOptions and checks every value it can
// check without the data (η > 0, 0 ≤ α < 1, known names, …); what depends on the data
// (M′ ≤ M, widths of a loaded model) is checked by run_train(). A bad value throws ValueError
// "option --NAME: VALUE must be …" (redes::app::require), a malformed command line throws
// boost::program_options::error.
#include <boost/program_options.hpp>
#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace redes::app {

// --epochs at most this: the per-epoch history stays small, and epochs · steps never wraps.
constexpr std::size_t max_epochs = 1000000;

struct TrainOptions {
    bool help = false;

    // Data: a CSV file (plain or gzip), one sample per line, one column holding the class
    // (--task classification) or a real target (--task regression: train_regression.hpp).
    std::string data;
    std::string task = "classification";
    bool regression() const { return task == "regression"; }
    int label_column = -1;  // 0-based; negative counts from the end (−1: the last column)
    std::size_t header_lines = 0;
    char delimiter = ',';  // --delimiter: one character, or "tab", "space", "semicolon"
    bool label_column_given = false, header_lines_given = false;  // else taken from a loaded model

    // Network: N_0 = features of the data, hidden widths N_1 … N_{L−1}, N_L = K classes.
    std::vector<std::size_t> hidden{32};
    std::string activation = "relu";  // σ of the hidden layers
    std::string output_activation = "identity";
    std::string cost = "cross_entropy";  // quadratic for --task regression (its only cost)
    bool hidden_given = false, activation_given = false, output_activation_given = false,
         cost_given = false;
    std::string init = "normal_fan_in";      // WeightInit::from_name
    double init_scale = 1.4142135623730951;  // √2: He for ReLU
    double bias = 0.0;                       // b_ℓ, when bias_given
    bool bias_given = false;                 // else init::suggested_bias(σ)
    bool standardize = true;                 // x̃ = (x − μ)/s, μ and s of the training part

    // Optimizer and its constants (the notes' names).
    std::string optimizer = "adam";
    double eta =
        0.0;  // η; 0: the optimizer's default (0.001 for adam, rmsprop; 0.01 for the others)
    double alpha = 0.9;               // momentum α
    double rho = 0.9;                 // RMSProp ρ
    double rho1 = 0.9, rho2 = 0.999;  // Adam ρ₁, ρ₂
    double delta = 0.0;               // δ; 0: the optimizer's default

    // Schedule η_k for step k.
    std::string schedule = "constant";  // constant, linear, inverse
    double eta_tau = 0.0;               // linear: η_τ (0: η/100)
    std::size_t tau = 0;                // linear: τ in steps (0: all the steps of the run)
    double k0 = 0.0;                    // inverse: k₀ in steps (0: one epoch)
    double p = 1.0;                     // inverse: η_k = η/(1 + k/k₀)^p

    // SGD
    std::size_t batch_size = 32;  // M′
    std::size_t epochs = 20;
    std::uint64_t seed = 1;
    double validation_share = 0.2;  // stratified; 0: train on everything
    double test_share = 0.0;        // stratified, evaluated once at the end; 0: none
    std::string test;               // a separate labelled file evaluated once at the end
    std::size_t patience = 0;       // stop after this many epochs without a better R̂; 0: never
    double memory_budget = 4.0;     // GiB a run may need (train_setup.hpp's estimate)
    std::string progress = "auto";  // auto, lines, quiet

    // What to do with the model
    std::string save;         // write the trained model here
    std::string load;         // start from this model (continue training, or --evaluate)
    bool evaluate = false;    // only evaluate the loaded model on the data
    std::string plot;         // PATH-STEM: PATH-STEM.png (.csv, .gp) with the risk curves
    std::string predict;      // unlabelled CSV: class and probabilities of each line (with --load)
    std::string predict_out;  // where the predictions go (CSV)
    bool overwrite = false;   // replace existing output files (never an input)

    // The options given on the command line (not defaulted), by name without "--".
    std::vector<std::string> given;
    bool was_given(const std::string& name) const;
};

// Every option with its help text, writing into o.
boost::program_options::options_description train_options_description(TrainOptions& o);

// Parses and checks argv (see above).
TrainOptions parse_train_options(int argc, const char* const* argv);

// The --help text: usage, every option, examples.
std::string train_help();

}  // namespace redes::app
