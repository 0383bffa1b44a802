#include "redes/app/train_results.hpp"

#include <filesystem>
#include <ostream>
#include <sstream>

#include "redes/app/train_data.hpp"
#include "redes/app/train_parts.hpp"
#include "redes/app/train_print.hpp"
#include "redes/app/train_settings.hpp"
#include "redes/app/train_setup.hpp"
#include "redes/data/csv.hpp"
#include "redes/error.hpp"
#include "redes/io/atomic_write.hpp"
#include "redes/models/classify.hpp"
#include "redes/plot/figure.hpp"
#include "redes/risk/cost.hpp"

namespace redes::app {

void save_trained_model(const TrainOptions& o, const MLP& net, const TrainedModelInfo& info) {
    ModelMetadata m;
    if (info.before) m.notes = info.before->notes;  // keep what a loaded model said, then update
    for (auto it = m.notes.begin(); it != m.notes.end();)  // settings of this run replace them
        it = it->first.rfind("setting.", 0) == 0 ? m.notes.erase(it) : std::next(it);
    m.notes.erase("adam_k");
    m.num_classes = o.regression() ? 0 : net.output_size();  // 0: not recorded (no classes)
    if (info.standardizer) {
        m.mean = info.standardizer->mean();
        m.stddev = info.standardizer->stddev();
    }
    if (info.target_standardizer) {
        m.state["target_mean"] = info.target_standardizer->mean();
        m.state["target_stddev"] = info.target_standardizer->stddev();
    }
    set_model_class_names(m, info.class_names);
    for (const auto& [name, value] : remembered_settings(o)) m.notes["setting." + name] = value;
    m.notes["epochs"] = std::to_string(info.epochs);
    m.notes["steps"] = std::to_string(info.steps);
    m.notes["data"] = std::filesystem::path(o.data).filename().string();
    m.notes["optimizer"] = info.about;
    if (info.optimizer) save_optimizer_state(*info.optimizer, m);
    save_mlp(o.save, net, m);
}

std::string draw_training_plot(const TrainOptions& o, const EpochLoopResult& r,
                               std::size_t epochs_before, const std::string& about_net,
                               const std::string& cost_name) {
    std::string cost_label = cost_name;  // "cross entropy": '_' would be a subscript in gnuplot
    for (char& c : cost_label)
        if (c == '_') c = ' ';
    std::filesystem::path stem(o.plot);
    if (stem.extension() == ".png") stem.replace_extension();
    const std::string dir = stem.parent_path().empty() ? "." : stem.parent_path().string();
    plot::Figure fig(stem.filename().string(),
                     "Empirical risk R̂ per epoch: " +
                         std::filesystem::path(o.data).filename().string() + ", " + about_net +
                         ", " + o.optimizer);
    fig.xlabel("epoch e (one pass over the M training samples)")
        .ylabel("empirical risk R̂ (" + cost_label + ")")
        .logy()
        .legend("below")        // under the axes: never over a curve, whatever the run looks like
        .raw("set bmargin 7");  // room for the x label and the legend under it
    std::vector<double> e;
    for (std::size_t i = 0; i < r.train_risk.size(); ++i)
        e.push_back(static_cast<double>(epochs_before + i));
    fig.line("R̂ on the training part", e, r.train_risk,
             "linespoints lw 2 pt 7 ps 0.6 lc rgb '#1f77b4'");
    if (!r.validation_risk.empty())
        fig.line("R̂ on the validation part", e, r.validation_risk,
                 "linespoints lw 2 pt 5 ps 0.6 lc rgb '#d62728'");
    if (!r.validation_risk.empty() && !o.regression()) {  // a regression: the risk curves only
        std::vector<double> pct;
        for (double a : r.validation_accuracy) pct.push_back(100.0 * a);
        fig.raw("set y2label 'validation accuracy (%)'");
        fig.raw("set y2tics");
        fig.raw("set y2range [0:100]");  // accuracy is a percentage, also when it stays put
        fig.raw("set ytics nomirror");
        fig.line("validation accuracy (right axis)", e, pct,
                 "linespoints lw 1 dt 2 pt 6 ps 0.6 lc rgb '#2ca02c' axes x1y2");
    }
    return fig.save(dir);
}

namespace {

// The class and the probabilities (or outputs) of each column of F = f(X).
void write_classes(std::ostream& csv, const MLPFile& model, const MLP& net, const Matrix& X,
                   const Matrix& F) {
    const std::vector<std::string> names = model_class_names(model.meta);
    const auto cost = model.meta.notes.find("setting.cost");
    const bool probabilities = cost == model.meta.notes.end() || cost->second == "cross_entropy";
    auto class_name = [&](std::size_t k) {
        return k < names.size() ? names[k] : std::to_string(k);
    };
    // RFC 4180: a name with a comma or a quote is written "in quotes" (data::load_csv reads it)
    csv << "class";
    for (std::size_t k = 0; k < F.rows(); ++k)
        csv << "," << data::csv_field((probabilities ? "p_" : "f_") + class_name(k));
    csv << "\n";
    const std::vector<std::size_t> predicted = predict_labels(net, X);
    for (std::size_t m = 0; m < F.cols(); ++m) {
        const Vector f = F.col(m);
        const Vector p = probabilities ? softmax(f) : f;
        csv << data::csv_field(class_name(predicted[m]));
        for (std::size_t k = 0; k < p.size(); ++k) csv << "," << g(p[k], "%.6g");
        csv << "\n";
    }
}

}  // namespace

void write_predictions(const TrainOptions& o, const MLPFile& model, const Matrix& X_raw,
                       std::ostream& out) {
    const MLP& net = model.net;
    const Matrix X = model.meta.mean.empty()
                         ? X_raw
                         : data::Standardizer(model.meta.mean, model.meta.stddev).transform(X_raw);
    const Matrix F = net.forward(X);  // N_L × M outputs
    if (!all_finite(F))
        throw DivergenceError("the model " + o.load + " gives outputs that are not finite on " +
                              o.predict + " (they overflow: the model does not fit these inputs)");
    std::ostringstream csv;
    if (model_task(model.meta) == "regression") {  // the values y = s_y f(x̃) + μ_y
        const auto y_st = model_target_standardizer(model.meta);
        const Matrix Y = y_st ? y_st->inverse_transform(F) : F;
        for (std::size_t t = 0; t < F.rows(); ++t)
            csv << (t ? "," : "")
                << (F.rows() == 1 ? "prediction" : "prediction_" + std::to_string(t));
        csv << "\n";
        for (std::size_t m = 0; m < F.cols(); ++m)
            for (std::size_t t = 0; t < F.rows(); ++t)
                csv << g(Y(t, m), "%.17g") << (t + 1 < F.rows() ? "," : "\n");
    } else {
        write_classes(csv, model, net, X, F);
    }
    if (o.predict_out.empty()) out << csv.str();
    else io::write_file_atomic(o.predict_out, csv.str());
}

}  // namespace redes::app
