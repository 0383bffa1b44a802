#include "redes/app/train_command.hpp"

#include <unistd.h>

#include <chrono>
#include <iostream>
#include <limits>
#include <memory>
#include <optional>

#include "redes/app/chapter.hpp"
#include "redes/app/train_data.hpp"
#include "redes/app/train_outputs.hpp"
#include "redes/app/train_parts.hpp"
#include "redes/app/train_print.hpp"
#include "redes/app/train_results.hpp"
#include "redes/app/train_settings.hpp"
#include "redes/app/train_setup.hpp"
#include "redes/app/train_use.hpp"
#include "redes/error.hpp"
#include "redes/init/initializer.hpp"
#include "redes/linalg/gemm.hpp"
#include "redes/optim/sgd.hpp"

namespace redes::app {

namespace {

// Checks that the options describing the network agree with a loaded one.
void check_against_model(const TrainOptions& o, const MLPFile& model, const std::string& path) {
    const MLP& net = model.net;
    require_model_task(o, model.meta.notes, path);
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

// The --load'ed model, checked against the options that describe a network.
std::optional<MLPFile> load_model(const TrainOptions& o) {
    if (o.load.empty()) return std::nullopt;
    MLPFile f = load_mlp(o.load);
    check_against_model(o, f, o.load);
    return f;
}

// Where a run starts: the network with θ_0 (new, or the loaded one), and the epochs and steps
// taken before (a loaded model's notes).
struct Start {
    MLP net;
    std::size_t epochs_before = 0, steps_before = 0;
};

// θ_0: a new network N_0 → hidden widths → K as the options say (within the memory budget), or
// the loaded one.
Start network_and_theta0(const TrainOptions& o, const TrainData& t,
                         const std::optional<MLPFile>& loaded, const Cost& J, std::ostream& out) {
    std::vector<std::size_t> N{t.all.N()};
    N.insert(N.end(), o.hidden.begin(), o.hidden.end());
    N.push_back(t.all.Y.rows());  // K classes, or the T real targets of a regression
    check_memory_budget(o, loaded ? loaded->net.N() : N, std::max(t.all.M(), t.test.M()));
    Start s;
    if (loaded) {
        s.net = loaded->net;
        s.epochs_before = count_note(loaded->meta.notes, "epochs", o.load);
        s.steps_before = count_note(loaded->meta.notes, "steps", o.load);
        out << "network " << widths_str(s.net.N()) << " from " << o.load << " (" << s.epochs_before
            << " epochs so far)";
    } else {
        Rng rng(o.seed);
        const Activation sigma = Activation::from_name(o.activation);
        s.net = MLP(N, sigma, Activation::from_name(o.output_activation));
        const init::WeightInit w = init::WeightInit::from_name(o.init, o.init_scale);
        const double bias =
            o.bias_given ? o.bias : init::suggested_bias(N.size() > 2 ? sigma : s.net.sigma(1));
        init::initialize(s.net, w, bias, rng);
        out << "network " << widths_str(N) << " (σ " << o.activation << ", output "
            << o.output_activation << "), θ_0: W " << w.name() << ", b = " << g(bias);
    }
    out << ", D = " << s.net.num_parameters() << " parameters, cost " << J.name() << "\n";
    return s;
}

// The optimizer (with a loaded model's state) and the schedule η_k over the model's life.
struct Method {
    std::unique_ptr<Optimizer> optimizer;
    std::unique_ptr<Schedule> schedule;  // nullptr: constant η
    std::size_t steps_per_epoch = 0;
    std::string about;  // "adam η = 0.001, …, constant η, M′ = 32"
};

// epochs · steps per epoch, saturating instead of wrapping around (a model file may claim
// 10¹⁸ epochs: the linear decay's τ must then be "never", not a small wrapped number)
std::size_t total_steps(std::size_t epochs, std::size_t steps_per_epoch) {
    const std::size_t max = std::numeric_limits<std::size_t>::max();
    return steps_per_epoch != 0 && epochs > max / steps_per_epoch ? max : epochs * steps_per_epoch;
}

Method optimizer_and_schedule(const TrainOptions& o, const TrainData& t, const Start& s,
                              const std::optional<MLPFile>& loaded, std::ostream& out) {
    Method m;
    std::string opt_about, sched_about;
    m.optimizer = configured_optimizer(o, opt_about);
    if (loaded &&
        !restore_optimizer_state(*m.optimizer, loaded->meta, s.net.num_parameters(), o.load))
        out << "the model holds no " << o.optimizer << " state: it starts from 0\n";
    m.steps_per_epoch = steps_per_epoch(t.train.M(), o.batch_size, LastBatch::keep);
    m.schedule = configured_schedule(o, m.steps_per_epoch,
                                     total_steps(s.epochs_before + o.epochs, m.steps_per_epoch),
                                     sched_about);
    const std::size_t spe = m.steps_per_epoch;
    out << opt_about << ", schedule " << sched_about << ", M′ = " << o.batch_size << ", "
        << o.epochs << (o.epochs == 1 ? " epoch" : " epochs") << " of " << spe
        << (spe == 1 ? " step" : " steps")
        << (o.patience ? ", patience " + std::to_string(o.patience) : "") << "\n";
    m.about = opt_about + ", " + sched_about + ", M′ = " + std::to_string(o.batch_size);
    return m;
}

// SGD by epochs (train_loop.hpp: divergence rule, patience, validation accuracy).
EpochLoopResult run_epochs(const TrainOptions& o, const TrainData& t, Start& s, Method& m,
                           const Cost& J, std::ostream& out) {
    TrainParts parts{&t.X_train, &t.Y_train, nullptr, nullptr, nullptr, o.regression()};
    if (t.validation.M() > 0) {
        parts.X_val = &t.X_val;
        parts.Y_val = &t.Y_val;
        parts.labels_val = &t.validation.labels;
    }
    EpochLoopSettings loop;
    loop.epochs = o.epochs;
    loop.batch_size = o.batch_size;
    loop.patience = o.patience;
    loop.seed = o.seed;
    loop.epochs_before = s.epochs_before;
    loop.steps_before = s.steps_before;
    loop.schedule = m.schedule.get();
    loop.live = o.progress == "auto" && &out == &std::cout && ::isatty(STDOUT_FILENO) == 1;
    std::ostream null_out(nullptr);
    EpochLoopResult r =
        train_epochs(s.net, J, parts, *m.optimizer, loop, o.progress == "quiet" ? null_out : out);
    const std::string watched = t.validation.M() > 0 ? "validation" : "training";
    if (r.stopped_early)
        out << "early stop after epoch " << r.epochs_run << ": no better " << watched << " R̂ for "
            << o.patience << " epochs\n";
    if (r.restored_best)
        out << "kept θ of epoch " << r.best_epoch << ", the best " << watched << " R̂\n";
    return r;
}

// A regression's R̂, RMSE and R² of each part and of all the data.
void judge_regression(const TrainData& t, const MLP& net, const Cost& J, const TrainOptions& o,
                      TrainReport& report, std::ostream& out) {
    const data::Standardizer* y_st = t.target_st ? &*t.target_st : nullptr;
    report.train_fit = regression_fit(net, J, t.X_train, t.train.Y, y_st, "the training part");
    print_fit(out, "training", report.train_fit);
    if (t.validation.M() > 0) {
        report.validation_fit =
            regression_fit(net, J, t.X_val, t.validation.Y, y_st, "the validation part");
        print_fit(out, "validation", report.validation_fit);
    }
    if (t.test.M() > 0) {
        report.test_fit =
            regression_fit(net, J, t.standardized(t.test.X), t.test.Y, y_st, "the test part");
        print_fit(out, "test", report.test_fit);
    }
    report.all_fit = regression_fit(net, J, t.standardized(t.all.X), t.all.Y, y_st, o.data);
    print_fit(out, "all", report.all_fit);
}

// The risk and accuracy of each part and of all the data.
void judge(const TrainData& t, const MLP& net, const Cost& J, const TrainOptions& o,
           TrainReport& report, std::ostream& out) {
    report.M = t.all.M();
    report.M_train = t.train.M();
    report.M_validation = t.validation.M();
    out << "trained in " << g(report.seconds, "%.2f") << " s\n";
    if (o.regression()) return judge_regression(t, net, J, o, report, out);
    report.train = evaluate_part(net, J, t.X_train, t.train, "the training part");
    print_result(out, "training", report.train);
    if (t.validation.M() > 0) {
        report.validation = evaluate_part(net, J, t.X_val, t.validation, "the validation part");
        print_result(out, "validation", report.validation);
    }
    if (t.test.M() > 0) {
        report.test = evaluate_part(net, J, t.standardized(t.test.X), t.test, "the test part");
        print_result(out, "test", report.test);
    }
    report.all = evaluate_part(net, J, t.standardized(t.all.X), t.all, o.data);
    print_result(out, "all", report.all);
}

// --save: θ with everything needed to use it and to continue the run exactly.
void save_model(const TrainOptions& o, const TrainData& t, const Start& s, const Method& m,
                const EpochLoopResult& r, const std::optional<MLPFile>& loaded) {
    TrainOptions resolved = o;  // the τ, η_τ and k₀ actually used, so a resumed run uses them too
    if (const auto* lin = dynamic_cast<const LinearDecay*>(m.schedule.get())) {
        resolved.tau = lin->tau();
        resolved.eta_tau = lin->eta_tau();
    }
    if (const auto* inv = dynamic_cast<const InverseDecay*>(m.schedule.get()))
        resolved.k0 = inv->k0();
    TrainedModelInfo info;
    info.before = loaded ? &loaded->meta : nullptr;
    info.standardizer = t.st;
    info.target_standardizer = t.target_st;
    info.class_names = t.all.class_names;
    info.optimizer = r.restored_best ? nullptr : m.optimizer.get();  // its state fits the last θ
    info.epochs = s.epochs_before + r.epochs_run;
    info.steps = s.steps_before + r.steps;
    info.about = m.about;
    save_trained_model(resolved, s.net, info);
}

}  // namespace

// The run as the notes' recipe: the data and its parts → θ_0 → optimizer and schedule → SGD by
// epochs → the risk and accuracy of each part → save, plot. Every output is checked first.
TrainReport run_train(const TrainOptions& o, std::ostream& out) {
    for (const std::string& w : check_train_outputs(o)) out << w << "\n";
    const std::optional<MLPFile> loaded = load_model(o);
    const Cost J = Cost::from_name(o.cost);
    if (o.evaluate || !o.predict.empty()) return use_model(o, *loaded, J, out);

    const TrainData t = read_train_data(o, loaded, out);
    Start s = network_and_theta0(o, t, loaded, J, out);
    Method m = optimizer_and_schedule(o, t, s, loaded, out);

    TrainReport report;
    const auto t0 = std::chrono::steady_clock::now();
    const EpochLoopResult r = run_epochs(o, t, s, m, J, out);
    report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    report.history.epochs = r.epochs_run;
    report.history.steps = r.steps;
    report.history.steps_per_epoch = m.steps_per_epoch;
    report.history.epoch_train_risk = r.train_risk;
    report.history.epoch_validation_risk = r.validation_risk;
    report.validation_accuracy = r.validation_accuracy;
    judge(t, s.net, J, o, report, out);

    if (!o.save.empty()) {
        save_model(o, t, s, m, r, loaded);
        out << "saved the model to " << o.save << "\n";
    }
    if (!o.plot.empty())
        out << "plot: "
            << draw_training_plot(o, r, s.epochs_before, widths_str(s.net.N()), J.name()) << "\n";
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
    const bool option =
        dynamic_cast<const ValueError*>(&e) && std::string(e.what()).rfind("option --", 0) == 0;
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
