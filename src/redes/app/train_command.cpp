#include "redes/app/train_command.hpp"

#include <unistd.h>

#include <chrono>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <memory>
#include <optional>

#include "redes/app/chapter.hpp"
#include "redes/app/train_data.hpp"
#include "redes/app/train_outputs.hpp"
#include "redes/app/train_print.hpp"
#include "redes/app/train_results.hpp"
#include "redes/app/train_settings.hpp"
#include "redes/app/train_setup.hpp"
#include "redes/data/split.hpp"
#include "redes/data/standardize.hpp"
#include "redes/error.hpp"
#include "redes/init/initializer.hpp"
#include "redes/linalg/gemm.hpp"
#include "redes/optim/sgd.hpp"

namespace redes::app {

namespace {

// Checks that the options describing the network agree with a loaded one.
void check_against_model(const TrainOptions& o, const MLP& net, const std::string& path) {
    std::vector<std::size_t> hidden(net.N().begin() + 1, net.N().end() - 1);
    require(!o.hidden_given || o.hidden == hidden, "widths", hidden_str(o.hidden),
            "left out or equal to the hidden widths " + hidden_str(hidden) +
                " of the loaded model " + path);
    if (net.L() >= 2)
        require(!o.activation_given || Activation::from_name(o.activation) == net.sigma(1),
                "activation", o.activation,
                "left out or equal to the loaded model's " + net.sigma(1).name());
    require(!o.output_activation_given ||
                Activation::from_name(o.output_activation) == net.sigma(net.L()),
            "output-activation", o.output_activation,
            "left out or equal to the loaded model's " + net.sigma(net.L()).name());
}

// The standardisation of a loaded model (none when it has no μ, s).
std::optional<data::Standardizer> model_standardizer(const ModelMetadata& meta) {
    if (meta.mean.empty()) return std::nullopt;
    return data::Standardizer(meta.mean, meta.stddev);
}

Matrix standardized(const std::optional<data::Standardizer>& st, const Matrix& X) {
    return st ? st->transform(X) : X;
}

// The classifier judged on a labelled set; a risk that is not finite is an error, never printed
// as "nan" with exit 0 (e.g. a model whose outputs overflow on these inputs).
Evaluation evaluate(const MLP& net, const Cost& J, const Matrix& X, const data::DataSet& d,
                    const std::string& what) {
    Evaluation e = evaluate_classifier(net, J, X, d.Y, d.labels);
    if (!std::isfinite(e.R_hat))
        throw DivergenceError("the model gives R̂ = " + (std::isnan(e.R_hat) ? "nan" : g(e.R_hat)) +
                              " on " + what +
                              " (its outputs overflow: the model diverged or does not fit " +
                              "these inputs)");
    return e;
}

void print_result(std::ostream& out, const std::string& part, const Evaluation& e) {
    std::string head = part;
    head.resize(std::max<std::size_t>(head.size(), 12), ' ');
    out << head << "R̂ = " << g(e.R_hat) << "   accuracy " << accuracy_str(e) << "\n";
}

// θ_0 of a new network N_0 → hidden widths → K, as the options say.
MLP new_network(const TrainOptions& o, std::vector<std::size_t> N, Rng& rng, std::ostream& out) {
    const Activation sigma = Activation::from_name(o.activation);
    MLP net(N, sigma, Activation::from_name(o.output_activation));
    const init::WeightInit w = init::WeightInit::from_name(o.init, o.init_scale);
    const double bias =
        o.bias_given ? o.bias : init::suggested_bias(N.size() > 2 ? sigma : net.sigma(1));
    init::initialize(net, w, bias, rng);
    out << "network " << widths_str(N) << " (σ " << o.activation << ", output "
        << o.output_activation << "), θ_0: W " << w.name() << ", b = " << g(bias);
    return net;
}

// --evaluate and --predict: the loaded model on a file, no training.
TrainReport use_model(const TrainOptions& o, const MLPFile& model, const Cost& J,
                      std::ostream& out) {
    TrainReport report;
    report.evaluated_only = true;
    if (!o.predict.empty()) {
        write_predictions(o, model, load_unlabelled(o.predict, o, model), out);
        return report;
    }
    std::vector<std::string> warnings;
    const data::DataSet d = load_labelled(o.data, o, &model, warnings);
    report.M = d.M();
    const MLP& net = model.net;
    const auto st = model_standardizer(model.meta);
    const auto epochs = model.meta.notes.find("epochs");
    out << "model " << o.load << ": " << widths_str(net.N()) << " ("
        << (net.L() >= 2 ? net.sigma(1).name() + ", " : "") << net.sigma(net.L()).name()
        << " output), cost " << J.name() << ", "
        << (st ? "inputs standardised with the stored μ, s" : "raw inputs")
        << (epochs == model.meta.notes.end() ? "" : ", trained " + epochs->second + " epochs")
        << "\n";
    report.all = evaluate(net, J, standardized(st, d.X), d, o.data);
    print_result(out, "all", report.all);
    if (d.K <= 20) print_confusion(out, report.all.confusion, d.class_names);
    return report;
}

}  // namespace

// The algorithm of the run, in the notes' order: data → split → standardise → θ_0 → SGD by
// epochs (divergence rule, patience) → evaluate → save, plot.
TrainReport run_train(const TrainOptions& o, std::ostream& out) {
    // ---- Where the results go, checked before any work ------------------------------------
    for (const std::string& w : check_train_outputs(o)) out << w << "\n";

    // ---- A loaded model, if any: its network, standardisation, notes, classes ------------
    std::optional<MLPFile> loaded;
    if (!o.load.empty()) {
        loaded = load_mlp(o.load);
        check_against_model(o, loaded->net, o.load);
    }
    const ModelMetadata no_meta;
    const ModelMetadata& meta = loaded ? loaded->meta : no_meta;
    const Cost J = Cost::from_name(o.cost);
    if (o.evaluate || !o.predict.empty()) return use_model(o, *loaded, J, out);

    // ---- The data, and the parts: training, validation, test -----------------------------
    TrainReport report;
    std::vector<std::string> warnings;
    const data::DataSet d = load_labelled(o.data, o, loaded ? &*loaded : nullptr, warnings);
    for (const std::string& w : warnings) out << w << "\n";
    report.M = d.M();
    out << o.data << ": M = " << d.M() << " samples, N = " << d.N() << " features, K = " << d.K
        << " classes\n";
    if (!loaded && d.K < 2)
        throw ValueError(o.data + " has a single class (K = 1): nothing to tell apart");
    const data::Split sp =
        data::stratified_split(d, 1.0 - o.validation_share - o.test_share, o.validation_share,
                               o.seed);
    const data::DataSet& train = o.validation_share > 0.0 || o.test_share > 0.0 ? sp.train : d;
    const data::DataSet& validation = sp.validation;
    data::DataSet test = sp.test;
    if (!o.test.empty()) test = load_labelled(o.test, o, loaded ? &*loaded : nullptr, warnings);
    require(o.validation_share == 0.0 || validation.M() > 0, "validation-share",
            g(o.validation_share),
            "large enough to hold out at least one of the M = " + std::to_string(d.M()) +
                " samples");
    require(o.test_share == 0.0 || test.M() > 0, "test-share", g(o.test_share),
            "large enough to hold out at least one of the M = " + std::to_string(d.M()) +
                " samples");
    report.M_train = train.M();
    report.M_validation = validation.M();
    require(o.batch_size <= train.M(), "batch-size", std::to_string(o.batch_size),
            "at most the number of training samples M = " + std::to_string(train.M()));

    // ---- x̃ = (x − μ)/s with μ, s of the training part (or those stored in a loaded model) ---
    std::optional<data::Standardizer> st;
    if (loaded) st = model_standardizer(meta);
    else if (o.standardize) st = data::Standardizer::fit(train.X, o.data);
    out << train.M() << " samples for training, " << validation.M() << " for validation"
        << (test.M() > 0 ? ", " + std::to_string(test.M()) + " for the test" : "")
        << " (stratified, seed " << o.seed << "); "
        << (!st      ? "raw inputs"
            : loaded ? "inputs standardised with the model's μ, s"
                     : "inputs standardised with μ, s of the training part")
        << "\n";

    // ---- The network and θ_0, within the memory budget ----------------------------------------
    std::vector<std::size_t> N{d.N()};
    N.insert(N.end(), o.hidden.begin(), o.hidden.end());
    N.push_back(d.K);
    check_memory_budget(o, loaded ? loaded->net.N() : N, std::max(d.M(), test.M()));
    Rng rng(o.seed);
    MLP net;
    const std::size_t epochs_before = loaded ? count_note(meta.notes, "epochs", o.load) : 0;
    const std::size_t steps_before = loaded ? count_note(meta.notes, "steps", o.load) : 0;
    if (loaded) {
        net = loaded->net;
        out << "network " << widths_str(net.N()) << " from " << o.load << " (" << epochs_before
            << " epochs so far)";
    } else {
        net = new_network(o, N, rng, out);
    }
    out << ", D = " << net.num_parameters() << " parameters, cost " << J.name() << "\n";

    // ---- Optimizer (its saved state), schedule ------------------------------------------------
    std::string opt_about, sched_about;
    std::unique_ptr<Optimizer> optimizer = configured_optimizer(o, opt_about);
    if (loaded && !restore_optimizer_state(*optimizer, meta, net.num_parameters(), o.load))
        out << "the model holds no " << o.optimizer << " state: it starts from 0\n";
    const std::size_t spe = steps_per_epoch(train.M(), o.batch_size, LastBatch::keep);
    std::unique_ptr<Schedule> schedule =
        configured_schedule(o, spe, (epochs_before + o.epochs) * spe, sched_about);
    out << opt_about << ", schedule " << sched_about << ", M′ = " << o.batch_size << ", "
        << o.epochs << (o.epochs == 1 ? " epoch" : " epochs") << " of " << spe
        << (spe == 1 ? " step" : " steps")
        << (o.patience ? ", patience " + std::to_string(o.patience) : "") << "\n";

    // ---- SGD, epoch by epoch ----------------------------------------------------------------
    const Matrix X_train = standardized(st, train.X);
    const Matrix X_val = validation.M() > 0 ? standardized(st, validation.X) : Matrix();
    TrainParts parts{&X_train, &train.Y, nullptr, nullptr, nullptr};
    if (validation.M() > 0) {
        parts.X_val = &X_val;
        parts.Y_val = &validation.Y;
        parts.labels_val = &validation.labels;
    }
    EpochLoopSettings loop;
    loop.epochs = o.epochs;
    loop.batch_size = o.batch_size;
    loop.patience = o.patience;
    loop.seed = o.seed;
    loop.epochs_before = epochs_before;
    loop.steps_before = steps_before;
    loop.schedule = schedule.get();
    loop.live = o.progress == "auto" && &out == &std::cout && ::isatty(STDOUT_FILENO) == 1;
    std::ostream null_out(nullptr);
    const auto t0 = std::chrono::steady_clock::now();
    const EpochLoopResult r =
        train_epochs(net, J, parts, *optimizer, loop, o.progress == "quiet" ? null_out : out);
    report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    const std::string watched = validation.M() > 0 ? "validation" : "training";
    if (r.stopped_early)
        out << "early stop after epoch " << r.epochs_run << ": no better " << watched << " R̂ for "
            << o.patience << " epochs\n";
    if (r.restored_best) out << "kept θ of epoch " << r.best_epoch << ", the best " << watched << " R̂\n";
    report.history.epochs = r.epochs_run;
    report.history.steps = r.steps;
    report.history.steps_per_epoch = spe;
    report.history.epoch_train_risk = r.train_risk;
    report.history.epoch_validation_risk = r.validation_risk;
    report.validation_accuracy = r.validation_accuracy;

    // ---- Results ----------------------------------------------------------------------------
    report.train = evaluate(net, J, X_train, train, "the training part");
    out << "trained in " << g(report.seconds, "%.2f") << " s\n";
    print_result(out, "training", report.train);
    if (validation.M() > 0) {
        report.validation = evaluate(net, J, X_val, validation, "the validation part");
        print_result(out, "validation", report.validation);
    }
    if (test.M() > 0) {
        report.test = evaluate(net, J, standardized(st, test.X), test, "the test part");
        print_result(out, "test", report.test);
    }
    report.all = evaluate(net, J, standardized(st, d.X), d, o.data);
    print_result(out, "all", report.all);

    if (!o.save.empty()) {
        TrainOptions resolved = o;  // the τ and k₀ actually used, so a resumed run uses them too
        if (const auto* lin = dynamic_cast<const LinearDecay*>(schedule.get())) {
            resolved.tau = lin->tau();
            resolved.eta_tau = lin->eta_tau();
        }
        if (const auto* inv = dynamic_cast<const InverseDecay*>(schedule.get()))
            resolved.k0 = inv->k0();
        TrainedModelInfo info;
        info.before = loaded ? &meta : nullptr;
        info.standardizer = st;
        info.class_names = d.class_names;
        info.optimizer = r.restored_best ? nullptr : optimizer.get();
        info.epochs = epochs_before + r.epochs_run;
        info.steps = steps_before + r.steps;
        info.about = opt_about + ", " + sched_about + ", M′ = " + std::to_string(o.batch_size);
        save_trained_model(resolved, net, info);
        out << "saved the model to " << o.save << "\n";
    }
    if (!o.plot.empty())
        out << "plot: " << draw_training_plot(o, r, epochs_before, widths_str(net.N()), J.name())
            << "\n";
    return report;
}

namespace {

// One line on err; the exit code: 2 for a bad command line or option value (require's
// "option --NAME: …"), 1 for anything else (files, data, divergence, environment).
int report_error(const std::exception& e, std::ostream& err) {
    if (dynamic_cast<const boost::program_options::error*>(&e)) {
        err << "train: bad command line: " << e.what() << " (see --help)\n";
        return 2;
    }
    const bool option = dynamic_cast<const ValueError*>(&e) &&
                        std::string(e.what()).rfind("option --", 0) == 0;
    err << "train: " << (option ? "" : "error: ") << e.what() << "\n";
    return option ? 2 : 1;
}

}  // namespace

int train_main(int argc, const char* const* argv, std::ostream& out, std::ostream& err) {
    try {
        gemm_threads();  // REDES_THREADS is checked now, not after minutes of training
        TrainOptions o = parse_train_options(argc, argv);
        if (o.help) {
            out << train_help();
            return 0;
        }
        // a --load'ed model brings back its settings for the options argv lacks
        if (!o.load.empty())
            o = parse_train_options_with(argc, argv, load_mlp(o.load).meta.notes, o.load);
        run_train(o, out);
        return 0;
    } catch (const std::exception& e) {
        return report_error(e, err);
    }
}

int train_main(int argc, char** argv) { return train_main(argc, argv, std::cout, std::cerr); }

}  // namespace redes::app
