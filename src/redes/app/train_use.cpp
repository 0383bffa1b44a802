#include "redes/app/train_use.hpp"

#include <algorithm>
#include <cmath>
#include <ostream>

#include "redes/app/train_data.hpp"
#include "redes/app/train_parts.hpp"
#include "redes/app/train_print.hpp"
#include "redes/app/train_regression.hpp"
#include "redes/app/train_results.hpp"
#include "redes/error.hpp"

namespace redes::app {

Evaluation evaluate_part(const MLP& net, const Cost& J, const Matrix& X, const data::DataSet& d,
                         const std::string& what) {
    Evaluation e = evaluate_classifier(net, J, X, d.Y, d.labels);
    if (!std::isfinite(e.R_hat))
        throw DivergenceError(
            "the model gives R̂ = " + (std::isnan(e.R_hat) ? std::string("nan") : g(e.R_hat)) +
            " on " + what + " (its outputs overflow: the model diverged or does not fit " +
            "these inputs)");
    return e;
}

void print_result(std::ostream& out, const std::string& part, const Evaluation& e) {
    std::string head = part;
    head.resize(std::max<std::size_t>(head.size(), 12), ' ');
    out << head << "R̂ = " << g(e.R_hat) << "   accuracy " << accuracy_str(e) << "\n";
}

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
        << " output), " << (o.regression() ? "regression, " : "") << "cost " << J.name() << ", "
        << (st ? "inputs standardised with the stored μ, s" : "raw inputs")
        << (epochs == model.meta.notes.end() ? "" : ", trained " + epochs->second + " epochs")
        << "\n";
    const Matrix X = st ? st->transform(d.X) : d.X;
    if (o.regression()) {
        const auto y_st = model_target_standardizer(model.meta);
        report.all_fit = regression_fit(net, J, X, d.Y, y_st ? &*y_st : nullptr, o.data);
        print_fit(out, "all", report.all_fit);
        return report;
    }
    report.all = evaluate_part(net, J, X, d, o.data);
    print_result(out, "all", report.all);
    if (d.K <= 20) print_confusion(out, report.all.confusion, d.class_names);
    return report;
}

}  // namespace redes::app
