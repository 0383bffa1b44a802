#include "redes/app/train_options.hpp"

#include <cmath>
#include <functional>
#include <sstream>

#include "redes/activations/activation.hpp"
#include "redes/app/chapter.hpp"
#include "redes/app/option_lists.hpp"
#include "redes/app/output_checks.hpp"
#include "redes/app/require_known.hpp"
#include "redes/error.hpp"
#include "redes/init/initializer.hpp"
#include "redes/optim/make_optimizer.hpp"
#include "redes/risk/cost.hpp"
#include "redes/text.hpp"

namespace redes::app {

namespace po = boost::program_options;

namespace {

// --delimiter: a name or one character that cannot be part of a number or a line.
char parse_delimiter(const std::string& text) {
    if (text == "tab") return '\t';
    if (text == "space") return ' ';
    if (text == "semicolon") return ';';
    require(text.size() == 1 &&
                std::string("0123456789.+-eE\r\n\"").find(text[0]) == std::string::npos,
            "delimiter", "'" + text + "'",
            "one character that is not part of a number (not a digit, '.', '+', '-', 'e'), or tab, "
            "space, semicolon");
    return text[0];
}

bool positive(double v) { return v > 0.0 && std::isfinite(v); }
bool unit_interval(double v) { return v >= 0.0 && v < 1.0; }

}  // namespace

po::options_description train_options_description(TrainOptions& o) {
    po::options_description data("data");
    // clang-format off
    data.add_options()
        ("data", po::value(&o.data), "CSV file (or .gz) with one sample per line (also the first argument)")
        ("task", po::value(&o.task)->default_value(o.task),
         "classification (the label column holds classes) or regression (it holds a real target: "
         "identity output, quadratic cost, RMSE and R²)")
        ("label-column", po::value(&o.label_column)->default_value(o.label_column),
         "column of the class label (or regression target), 0-based; negative counts from the end")
        ("header-lines", po::value<long long>()->default_value(0),
         "lines to skip at the top of the file")
        ("delimiter", po::value<std::string>()->default_value(","),
         "the field separator: one character, or tab, space, semicolon")
        ("validation-share", po::value(&o.validation_share)->default_value(o.validation_share, "0.2"),
         "share of the samples held out for validation (stratified; 0: none)")
        ("test-share", po::value(&o.test_share)->default_value(o.test_share, "0"),
         "share held out as a test part, evaluated once at the end (stratified; 0: none)")
        ("test", po::value(&o.test), "a labelled CSV (same layout) evaluated once at the end")
        ("no-standardize", "feed the raw features (default: (x − μ)/s with μ, s of the training part; "
         "a regression's targets likewise, undone on its outputs)");
    // clang-format on
    po::options_description net("network");
    // clang-format off
    net.add_options()
        ("widths", po::value<std::string>()->default_value("32"),
         "hidden widths N_1,…,N_{L−1}, e.g. 64,32 (none: no hidden layer)")
        ("activation", po::value(&o.activation)->default_value(o.activation),
         ("σ of the hidden layers: " + join(Activation::names()) + " (leaky_relu:0.1 sets α)").c_str())
        ("output-activation", po::value(&o.output_activation)->default_value(o.output_activation),
         "σ of the output layer")
        ("cost", po::value(&o.cost)->default_value(o.cost),
         "cross_entropy (softmax of the output) or quadratic (one-hot targets; the only cost of a "
         "regression, and its default)")
        ("init", po::value(&o.init)->default_value(o.init), ("weights θ_0: " + join(init::WeightInit::names())).c_str())
        ("init-scale", po::value(&o.init_scale)->default_value(o.init_scale, "1.414 = √2"),
         "s of normal/uniform, or the gain of the fan_in kinds (s_ℓ = gain/√N_{ℓ−1})")
        ("bias", po::value(&o.bias), "initial b_ℓ (default: 0.1 for relu/leaky_relu, else 0)");
    // clang-format on
    po::options_description opt("optimizer");
    // clang-format off
    opt.add_options()
        ("optimizer", po::value(&o.optimizer)->default_value(o.optimizer), join(optimizer_names()).c_str())
        ("eta", po::value(&o.eta), "learning rate η (default: 0.001 for adam and rmsprop, 0.01 for the others)")
        ("alpha", po::value(&o.alpha)->default_value(o.alpha, "0.9"), "momentum α, v ← αv − ηg")
        ("rho", po::value(&o.rho)->default_value(o.rho, "0.9"), "RMSProp ρ, r ← ρr + (1 − ρ) g⊙g")
        ("rho1", po::value(&o.rho1)->default_value(o.rho1, "0.9"), "Adam ρ₁ (first moment s)")
        ("rho2", po::value(&o.rho2)->default_value(o.rho2, "0.999"), "Adam ρ₂ (second moment r)")
        ("delta", po::value(&o.delta), "δ of adagrad (1e-7), rmsprop (1e-6), adam (1e-8)")
        ("schedule", po::value(&o.schedule)->default_value(o.schedule),
         "η_k: constant; linear (η → η_τ at step τ); inverse (η/(1 + k/k₀)^p)")
        ("eta-tau", po::value(&o.eta_tau), "linear: final η_τ (default η/100)")
        ("tau", po::value<long long>(), "linear: τ in steps (default: every step of the run)")
        ("k0", po::value(&o.k0), "inverse: k₀ in steps (default: one epoch)")
        ("p", po::value(&o.p)->default_value(o.p, "1"), "inverse: the power p");
    // clang-format on
    po::options_description sgd("SGD");
    // clang-format off
    sgd.add_options()
        ("batch-size", po::value<long long>()->default_value(32), "M′, samples per step")
        ("epochs", po::value<long long>()->default_value(20), "passes over the training samples (at most 1000000)")
        ("seed", po::value<std::string>()->default_value("1"), "seed of the split, θ_0 and the batches")
        ("patience", po::value<long long>()->default_value(0),
         "stop when the validation R̂ (training R̂ without validation) has not improved for this "
         "many epochs, and keep θ of the best epoch (0: never stop early)")
        ("memory-budget", po::value(&o.memory_budget)->default_value(o.memory_budget, "4"),
         "GiB a run may need: 8 bytes × (8 D + 2 M Σ N_ℓ + 4 M′ Σ N_ℓ), checked before anything "
         "is allocated")
        ("progress", po::value(&o.progress)->default_value(o.progress),
         "auto (a live line on a terminal, plain lines otherwise), lines, quiet");
    // clang-format on
    po::options_description model("model");
    // clang-format off
    model.add_options()
        ("save", po::value(&o.save), "write the trained model (text, with the standardisation) to this file")
        ("load", po::value(&o.load), "start from this model file: continue training, or --evaluate it")
        ("evaluate", "only evaluate the --load'ed model on the data (risk, accuracy, confusion matrix)")
        ("plot", po::value(&o.plot), "draw the risk curves into PATH-STEM.png (with .csv and .gp)")
        ("predict", po::value(&o.predict),
         "with --load: an unlabelled CSV (N_0 numbers a line); writes class and probabilities "
         "(names with a comma or quote in \"quotes\"), or the values of a regression")
        ("predict-out", po::value(&o.predict_out), "the CSV --predict writes (default: standard output)")
        ("overwrite", "replace existing --save, --plot, --predict-out files (never an input file)")
        ("help,h", "print this help and exit");
    // clang-format on
    po::options_description all;
    all.add(data).add(net).add(opt).add(sgd).add(model);
    return all;
}

std::string train_help() {
    TrainOptions o;
    std::ostringstream s;
    s << "train — fit a multilayer perceptron to a CSV of labelled samples with SGD, save it, evaluate it\n"
      << "(a class in the label column, or a real target with --task regression)\n\n"
      << "usage: train DATA.csv[.gz] [options]\n"
      << "       train DATA.csv --load model.txt --evaluate\n"
      << "       train --load model.txt --predict NEW.csv [--predict-out P.csv]\n\n"
      << "Outputs never overwrite an input; existing files are replaced only with --overwrite\n"
      << "(a --save onto a redes model file, e.g. the --load'ed one, replaces it atomically).\n"
      << "Training stops with exit 1 and saves nothing when it diverges: R̂ or a parameter not\n"
      << "finite, or R̂ above 100 · max(R̂(θ_0), 1). Exit 2: a bad option; 1: anything else.\n"
      << "A --load'ed model continues with its remembered settings (seed, split, optimizer and\n"
      << "its state, schedule, M′) unless the command line changes them.\n"
      << train_options_description(o) << "\n"
      << "examples:\n"
      << "  train data/iris.csv --header-lines 1 --widths 16 --epochs 100 --save iris-model.txt --plot iris\n"
      << "  train data/iris.csv --load iris-model.txt --evaluate\n"
      << "  train data/iris.csv --load iris-model.txt --epochs 50 --save iris-model.txt   (train further)\n"
      << "  train prices.csv --header-lines 1 --task regression --widths 32 --save price-model.txt\n"
      << "      (RMSE and R² of each part; targets are used as they are, in their own units)\n";
    return s.str();
}

TrainOptions parse_train_options(int argc, const char* const* argv) {
    TrainOptions o;
    po::options_description all = train_options_description(o);
    po::positional_options_description pos;
    pos.add("data", 1);
    po::variables_map vm;
    po::store(po::command_line_parser(argc, argv).options(all).positional(pos).run(), vm);
    po::notify(vm);
    if (vm.count("help")) {
        o.help = true;
        return o;
    }
    auto given = [&](const char* name) { return vm.count(name) > 0 && !vm[name].defaulted(); };
    for (const auto& [name, value] : vm)
        if (!value.defaulted()) o.given.push_back(name);
    // A whole number ≥ least (read as signed, so that -5 is reported, not wrapped around).
    auto count = [&](const char* name, long long least) {
        const long long v = vm[name].as<long long>();
        require(v >= least, name, std::to_string(v), "at least " + std::to_string(least));
        return static_cast<std::size_t>(v);
    };
    o.header_lines = count("header-lines", 0);
    o.label_column_given = given("label-column");
    o.header_lines_given = given("header-lines");
    o.hidden_given = given("widths");
    o.activation_given = given("activation");
    o.output_activation_given = given("output-activation");
    o.cost_given = given("cost");
    o.standardize = vm.count("no-standardize") == 0;
    o.evaluate = vm.count("evaluate") > 0;
    o.overwrite = vm.count("overwrite") > 0;
    o.delimiter = parse_delimiter(vm["delimiter"].as<std::string>());
    o.hidden = parse_hidden_widths("widths", vm["widths"].as<std::string>());

    require(!o.evaluate || !o.load.empty(), "evaluate", "(set)", "used with --load MODEL");
    require(o.validation_share >= 0.0 && o.validation_share < 1.0, "validation-share",
            num(o.validation_share), "in [0, 1)");
    require(o.test_share >= 0.0 && o.test_share + o.validation_share < 1.0, "test-share",
            num(o.test_share),
            "in [0, 1 − validation share) = [0, " + num(1.0 - o.validation_share) + ")");
    require(o.test.empty() || o.test_share == 0.0, "test", o.test, "left out with --test-share");
    require(!given("predict") || !o.load.empty(), "predict", o.predict, "used with --load MODEL");
    require(!given("predict-out") || !o.predict.empty(), "predict-out", o.predict_out,
            "used with --predict FILE");
    require(o.predict.empty() || !o.evaluate, "predict", o.predict, "left out with --evaluate");
    require(std::isfinite(o.memory_budget) && o.memory_budget > 0.0, "memory-budget",
            num(o.memory_budget), "positive and finite (GiB)");
    require_known("activation", o.activation, Activation::names(),
                  [](const std::string& n) { Activation::from_name(n); });
    require_known("output-activation", o.output_activation, Activation::names(),
                  [](const std::string& n) { Activation::from_name(n); });
    require_known("cost", o.cost, {"cross_entropy", "quadratic"},
                  [](const std::string& n) { Cost::from_name(n); });
    require_known("task", o.task, {"classification", "regression"}, [](const std::string& n) {
        if (n != "classification" && n != "regression") throw ValueError("task " + n);
    });
    if (o.regression() && !o.cost_given) o.cost = "quadratic";
    require(!o.regression() || o.cost == "quadratic", "cost", o.cost,
            "quadratic with --task regression (J = ‖y − f(x)‖² on real targets)");
    require_known("init", o.init, init::WeightInit::names(),
                  [](const std::string& n) { init::WeightInit::from_name(n, 1.0); });
    require(std::isfinite(o.init_scale) &&
                (o.init_scale > 0.0 || o.init == "zero" || o.init == "constant"),
            "init-scale", num(o.init_scale), "positive and finite");
    o.bias_given = given("bias");
    require(!o.bias_given || std::isfinite(o.bias), "bias", num(o.bias), "finite");

    require_known("optimizer", o.optimizer, optimizer_names(),
                  [](const std::string& n) { make_optimizer(n, 1.0); });
    if (!given("eta"))
        o.eta = (o.optimizer == "adam" || o.optimizer.rfind("rmsprop", 0) == 0) ? 0.001 : 0.01;
    require(positive(o.eta), "eta", num(o.eta), "positive and finite (the learning rate η)");
    require(unit_interval(o.alpha), "alpha", num(o.alpha), "in [0, 1) (momentum α)");
    require(unit_interval(o.rho), "rho", num(o.rho), "in [0, 1) (RMSProp ρ)");
    require(unit_interval(o.rho1), "rho1", num(o.rho1), "in [0, 1) (Adam ρ₁)");
    require(unit_interval(o.rho2), "rho2", num(o.rho2), "in [0, 1) (Adam ρ₂)");
    if (given("delta")) require(positive(o.delta), "delta", num(o.delta), "positive and finite");

    require(o.schedule == "constant" || o.schedule == "linear" || o.schedule == "inverse",
            "schedule", "'" + o.schedule + "'", "one of constant, linear, inverse");
    if (given("eta-tau"))
        require(positive(o.eta_tau), "eta-tau", num(o.eta_tau), "positive and finite");
    if (given("tau")) o.tau = count("tau", 1);
    if (given("k0")) require(positive(o.k0), "k0", num(o.k0), "positive and finite");
    require(positive(o.p), "p", num(o.p), "positive and finite");

    o.seed = parse_seed("seed", vm["seed"].as<std::string>());
    o.batch_size = count("batch-size", 1);
    o.epochs = count("epochs", 1);
    require(o.epochs <= max_epochs, "epochs", std::to_string(o.epochs),
            "at most " + std::to_string(max_epochs));
    o.patience = count("patience", 0);
    require(o.progress == "auto" || o.progress == "lines" || o.progress == "quiet", "progress",
            "'" + o.progress + "'", "one of auto, lines, quiet");
    require(!given("save") || !o.save.empty(), "save", "''", "a file name");
    require(!given("plot") || !o.plot.empty(), "plot", "''", "a path stem, e.g. runs/iris");
    require(!o.data.empty() || !o.predict.empty(), "data", "''",
            "given: the CSV file to train on or to evaluate (see --help)");
    return o;
}

}  // namespace redes::app
