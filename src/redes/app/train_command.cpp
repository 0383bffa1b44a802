#include "redes/app/train_command.hpp"

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <memory>
#include <optional>
#include <sstream>

#include "redes/app/chapter.hpp"
#include "redes/app/output_checks.hpp"
#include "redes/app/risk_plot.hpp"
#include "redes/data/csv.hpp"
#include "redes/data/split.hpp"
#include "redes/data/standardize.hpp"
#include "redes/error.hpp"
#include "redes/init/initializer.hpp"
#include "redes/models/model_io.hpp"
#include "redes/optim/adagrad.hpp"
#include "redes/optim/adam.hpp"
#include "redes/optim/fit_mlp.hpp"
#include "redes/optim/momentum.hpp"
#include "redes/optim/rmsprop.hpp"
#include "redes/optim/schedule.hpp"

namespace redes::app {

namespace {

std::string g(double v, const char* f = "%.4g") {
    char buf[48];
    std::snprintf(buf, sizeof buf, f, v);
    return buf;
}

std::string widths_str(const std::vector<std::size_t>& N) {
    std::string s;
    for (std::size_t l = 0; l < N.size(); ++l) s += (l ? " → " : "") + std::to_string(N[l]);
    return s;
}

std::string hidden_str(const std::vector<std::size_t>& hidden) {
    std::string s;
    for (std::size_t w : hidden) s += (s.empty() ? "" : ",") + std::to_string(w);
    return s.empty() ? "none" : s;
}

// The optimizer with the constants of the options (the notes' names), and a description.
std::unique_ptr<Optimizer> configured_optimizer(const TrainOptions& o, std::string& about) {
    const std::string eta = "η = " + g(o.eta);
    auto delta_or = [&](double d) { return o.delta > 0.0 ? o.delta : d; };
    if (o.optimizer == "gd") {
        about = "gd " + eta;
        return std::make_unique<GradientDescent>(o.eta);
    }
    if (o.optimizer == "momentum" || o.optimizer == "momentum_pytorch") {
        about = o.optimizer + " " + eta + ", α = " + g(o.alpha);
        return std::make_unique<Momentum>(o.eta, o.alpha,
                                          o.optimizer == "momentum" ? MomentumForm::notes
                                                                    : MomentumForm::pytorch);
    }
    if (o.optimizer == "adagrad") {
        about = "adagrad " + eta + ", δ = " + g(delta_or(1e-7));
        return std::make_unique<AdaGrad>(o.eta, delta_or(1e-7));
    }
    if (o.optimizer == "rmsprop" || o.optimizer == "rmsprop_pytorch") {
        about = o.optimizer + " " + eta + ", ρ = " + g(o.rho) + ", δ = " + g(delta_or(1e-6));
        return std::make_unique<RMSProp>(o.eta, o.rho, delta_or(1e-6),
                                         o.optimizer == "rmsprop" ? DeltaPlacement::inside_sqrt
                                                                  : DeltaPlacement::outside_sqrt);
    }
    about = "adam " + eta + ", ρ₁ = " + g(o.rho1) + ", ρ₂ = " + g(o.rho2) +
            ", δ = " + g(delta_or(1e-8));
    return std::make_unique<Adam>(o.eta, o.rho1, o.rho2, delta_or(1e-8));
}

// η_k for step k; nullptr for a constant η (the optimizer's own).
std::unique_ptr<Schedule> configured_schedule(const TrainOptions& o, std::size_t steps_per_epoch,
                                              std::string& about) {
    if (o.schedule == "linear") {
        const double eta_tau = o.eta_tau > 0.0 ? o.eta_tau : o.eta / 100.0;
        const std::size_t tau =
            o.tau > 0 ? o.tau : std::max<std::size_t>(1, o.epochs * steps_per_epoch);
        auto s = std::make_unique<LinearDecay>(o.eta, eta_tau, tau);
        about = s->name();
        return s;
    }
    if (o.schedule == "inverse") {
        const double k0 = o.k0 > 0.0 ? o.k0 : static_cast<double>(steps_per_epoch);
        auto s = std::make_unique<InverseDecay>(o.eta, k0, o.p);
        about = s->name();
        return s;
    }
    about = "constant η";
    return nullptr;
}

std::string accuracy_str(const Evaluation& e) {
    return g(100.0 * e.accuracy(), "%.2f") + " % (" + std::to_string(e.confusion.correct()) + "/" +
           std::to_string(e.confusion.total()) + ")";
}

void print_confusion(std::ostream& out, const ConfusionMatrix& C) {
    out << "confusion matrix C(k, j) = #{true class k, predicted j}:\n      ";
    for (std::size_t j = 0; j < C.K; ++j) out << g(static_cast<double>(j), "%6.0f");
    out << "   recall\n";
    for (std::size_t k = 0; k < C.K; ++k) {
        out << g(static_cast<double>(k), "%6.0f");
        for (std::size_t j = 0; j < C.K; ++j) out << g(static_cast<double>(C(k, j)), "%6.0f");
        out << "   " << g(100.0 * C.recall(k), "%5.1f") << " %\n";
    }
}

// A note of a loaded model, or "" when missing.
std::string note(const ModelMetadata& meta, const std::string& key) {
    const auto it = meta.notes.find(key);
    return it == meta.notes.end() ? "" : it->second;
}

long long note_int(const ModelMetadata& meta, const std::string& key, long long fallback) {
    const std::string v = note(meta, key);
    if (v.empty()) return fallback;
    try {
        return std::stoll(v);
    } catch (const std::exception&) {
        return fallback;
    }
}

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

Evaluation evaluate_on(const MLP& net, const Cost& J, const std::optional<data::Standardizer>& st,
                       const data::DataSet& d) {
    return evaluate_classifier(net, J, st ? st->transform(d.X) : d.X, d.Y, d.labels);
}

}  // namespace

TrainReport run_train(const TrainOptions& o, std::ostream& out) {
    TrainReport report;

    // ---- Where the results go, checked before any work ------------------------------------
    if (!o.save.empty()) require_output_file("save", o.save);
    if (!o.plot.empty()) {
        const std::filesystem::path parent = std::filesystem::path(o.plot).parent_path();
        require_output_folder("plot", parent.empty() ? "." : parent.string());
    }

    // ---- A loaded model, if any: its network, standardisation and notes ------------------
    std::optional<MLPFile> loaded;
    if (!o.load.empty()) {
        loaded = load_mlp(o.load);
        check_against_model(o, loaded->net, o.load);
    }
    const ModelMetadata no_meta;
    const ModelMetadata& meta = loaded ? loaded->meta : no_meta;

    // ---- The data ----------------------------------------------------------------------
    data::CsvOptions csv;
    csv.label_column = o.label_column_given
                           ? o.label_column
                           : static_cast<int>(note_int(meta, "label_column", o.label_column));
    csv.header_lines = o.header_lines_given
                           ? o.header_lines
                           : static_cast<std::size_t>(note_int(meta, "header_lines", 0));
    data::DataSet d = data::load_csv(o.data, csv);
    if (loaded) {
        const MLP& net = loaded->net;
        if (d.N() != net.input_size())
            throw ShapeError("train: " + o.data + " has N = " + std::to_string(d.N()) +
                             " features per sample, the model " + o.load +
                             " takes N_0 = " + std::to_string(net.input_size()));
        if (d.K > net.output_size())
            throw ValueError("train: " + o.data + " has labels up to " + std::to_string(d.K - 1) +
                             ", the model " + o.load +
                             " knows K = " + std::to_string(net.output_size()) + " classes");
        // a file that lacks the last classes still has the model's K
        if (d.K < net.output_size())
            d = data::make_dataset(d.X, d.labels, net.output_size(), d.source);
    }
    report.M = d.M();
    out << o.data << ": M = " << d.M() << " samples, N = " << d.N() << " features, K = " << d.K
        << " classes\n";
    if (!loaded && d.K < 2)
        throw ValueError("train: " + o.data + " has a single class (K = 1): nothing to tell apart");

    const Cost J =
        Cost::from_name(o.cost_given || note(meta, "cost").empty() ? o.cost : note(meta, "cost"));

    // ---- --evaluate: the loaded model on every sample -----------------------------------
    if (o.evaluate) {
        const MLP& net = loaded->net;
        const auto st = model_standardizer(meta);
        out << "model " << o.load << ": " << widths_str(net.N()) << " ("
            << (net.L() >= 2 ? net.sigma(1).name() + ", " : "") << net.sigma(net.L()).name()
            << " output), cost " << J.name() << ", "
            << (st ? "inputs standardised with the stored μ, s" : "raw inputs")
            << (note(meta, "epochs").empty() ? "" : ", trained " + note(meta, "epochs") + " epochs")
            << "\n";
        report.evaluated_only = true;
        report.all = evaluate_on(net, J, st, d);
        out << "all         R̂ = " << g(report.all.R_hat) << "   accuracy "
            << accuracy_str(report.all) << "\n";
        if (d.K <= 20) print_confusion(out, report.all.confusion);
        return report;
    }

    // ---- Training and validation parts ----------------------------------------------------
    data::DataSet train = d, validation;
    if (o.validation_share > 0.0) {
        data::Split sp =
            data::stratified_split(d, 1.0 - o.validation_share, o.validation_share, o.seed);
        train = std::move(sp.train);
        validation = std::move(sp.validation);
        require(validation.M() > 0, "validation-share", g(o.validation_share),
                "large enough to hold out at least one of the M = " + std::to_string(d.M()) +
                    " samples");
    }
    report.M_train = train.M();
    report.M_validation = validation.M();
    require(o.batch_size <= train.M(), "batch-size", std::to_string(o.batch_size),
            "at most the number of training samples M = " + std::to_string(train.M()));

    // x̃ = (x − μ)/s with μ, s of the training part (or those stored in a loaded model)
    std::optional<data::Standardizer> st;
    if (loaded) st = model_standardizer(meta);
    else if (o.standardize) st = data::Standardizer::fit(train.X);
    out << train.M() << " samples for training, " << validation.M()
        << " for validation (stratified, seed " << o.seed << "); "
        << (!st      ? "raw inputs"
            : loaded ? "inputs standardised with the model's μ, s"
                     : "inputs standardised with μ, s of the training part")
        << "\n";

    // ---- The network and θ_0 --------------------------------------------------------------
    Rng rng(o.seed);
    MLP net;
    std::size_t epochs_before = 0;
    if (loaded) {
        net = loaded->net;
        epochs_before = static_cast<std::size_t>(std::max(0LL, note_int(meta, "epochs", 0)));
        out << "network " << widths_str(net.N()) << " from " << o.load << " (" << epochs_before
            << " epochs so far)";
    } else {
        std::vector<std::size_t> N{d.N()};
        N.insert(N.end(), o.hidden.begin(), o.hidden.end());
        N.push_back(d.K);
        const Activation sigma = Activation::from_name(o.activation);
        net = MLP(N, sigma, Activation::from_name(o.output_activation));
        const init::WeightInit w = init::WeightInit::from_name(o.init, o.init_scale);
        const double bias =
            o.bias_given ? o.bias : init::suggested_bias(N.size() > 2 ? sigma : net.sigma(1));
        init::initialize(net, w, bias, rng);
        out << "network " << widths_str(N) << " (σ " << o.activation << ", output "
            << o.output_activation << "), θ_0: W " << w.name() << ", b = " << g(bias);
    }
    out << ", D = " << net.num_parameters() << " parameters, cost " << J.name() << "\n";

    // ---- Optimizer, schedule, SGD -----------------------------------------------------------
    std::string opt_about, sched_about;
    std::unique_ptr<Optimizer> optimizer = configured_optimizer(o, opt_about);
    const std::size_t spe = steps_per_epoch(train.M(), o.batch_size, LastBatch::keep);
    std::unique_ptr<Schedule> schedule = configured_schedule(o, spe, sched_about);
    out << opt_about << ", schedule " << sched_about << ", M′ = " << o.batch_size << ", "
        << o.epochs << (o.epochs == 1 ? " epoch" : " epochs") << " of " << spe
        << (spe == 1 ? " step" : " steps") << "\n";

    SGDOptions sgd;
    sgd.epochs = o.epochs;
    sgd.batch_size = o.batch_size;
    sgd.schedule = schedule.get();
    sgd.progress = o.progress == "quiet"   ? Progress::quiet
                   : o.progress == "lines" ? Progress::lines
                                           : Progress::automatic;
    sgd.out = &out;
    const Matrix X_train = st ? st->transform(train.X) : train.X;
    const Matrix X_val =
        validation.M() > 0 ? (st ? st->transform(validation.X) : validation.X) : Matrix();
    const auto t0 = std::chrono::steady_clock::now();
    report.history = fit_mlp(net, J, X_train, train.Y, *optimizer, rng, sgd,
                             validation.M() > 0 ? &X_val : nullptr,
                             validation.M() > 0 ? &validation.Y : nullptr);
    report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();

    // ---- Results ------------------------------------------------------------------------------
    report.train = evaluate_classifier(net, J, X_train, train.Y, train.labels);
    if (validation.M() > 0)
        report.validation = evaluate_classifier(net, J, X_val, validation.Y, validation.labels);
    report.all = evaluate_on(net, J, st, d);
    out << "trained in " << g(report.seconds, "%.2f") << " s\n";
    out << "training    R̂ = " << g(report.train.R_hat) << "   accuracy "
        << accuracy_str(report.train) << "\n";
    if (validation.M() > 0)
        out << "validation  R̂ = " << g(report.validation.R_hat) << "   accuracy "
            << accuracy_str(report.validation) << "\n";
    out << "all         R̂ = " << g(report.all.R_hat) << "   accuracy " << accuracy_str(report.all)
        << "\n";

    if (!o.save.empty()) {
        ModelMetadata m;
        m.num_classes = net.output_size();
        if (st) {
            m.mean = st->mean();
            m.stddev = st->stddev();
        }
        m.notes = meta.notes;  // keep what a loaded model said, then update
        m.notes["cost"] = J.name();
        m.notes["epochs"] = std::to_string(epochs_before + o.epochs);
        m.notes["label_column"] = std::to_string(csv.label_column);
        m.notes["header_lines"] = std::to_string(csv.header_lines);
        m.notes["data"] = std::filesystem::path(o.data).filename().string();
        m.notes["optimizer"] =
            opt_about + ", " + sched_about + ", M′ = " + std::to_string(o.batch_size);
        m.notes["seed"] = std::to_string(o.seed);
        m.notes["validation_share"] = g(o.validation_share);
        save_mlp(o.save, net, m);
        out << "saved the model to " << o.save << "\n";
    }
    if (!o.plot.empty()) {
        std::filesystem::path stem(o.plot);
        if (stem.extension() == ".png") stem.replace_extension();
        const std::string dir = stem.parent_path().empty() ? "." : stem.parent_path().string();
        const std::string name = stem.filename().string();
        require(!name.empty() && name != "." && name != "..", "plot", "'" + o.plot + "'",
                "a path stem ending in a file name, e.g. runs/iris");
        plot::Figure fig =
            risk_curves_figure(name,
                               "Empirical risk R̂ per epoch: " +
                                   std::filesystem::path(o.data).filename().string() + ", " +
                                   widths_str(net.N()) + ", " + o.optimizer,
                               report.history);
        fig.ylabel("empirical risk R̂ (" + J.name() + ")");
        out << "plot: " << fig.save(dir) << "\n";
    }
    return report;
}

int train_main(int argc, const char* const* argv, std::ostream& out, std::ostream& err) {
    TrainOptions o;
    try {
        o = parse_train_options(argc, argv);
    } catch (const boost::program_options::error& e) {
        err << "train: bad command line: " << e.what() << " (see --help)\n";
        return 2;
    } catch (const ValueError& e) {
        err << "train: " << e.what() << "\n";
        return 2;
    }
    if (o.help) {
        out << train_help();
        return 0;
    }
    try {
        run_train(o, out);
        return 0;
    } catch (const ValueError& e) {
        err << "train: " << e.what() << "\n";
        return 2;
    } catch (const std::exception& e) {
        err << "train: error: " << e.what() << "\n";
        return 1;
    }
}

int train_main(int argc, char** argv) { return train_main(argc, argv, std::cout, std::cerr); }

}  // namespace redes::app
