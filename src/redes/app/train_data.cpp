#include "redes/app/train_data.hpp"

#include "redes/data/csv.hpp"
#include "redes/error.hpp"

namespace redes::app {

std::string model_task(const ModelMetadata& meta) {
    const auto it = meta.notes.find("setting.task");
    return it == meta.notes.end() ? "classification" : it->second;
}

std::vector<std::string> model_class_names(const ModelMetadata& meta) {
    std::vector<std::string> names;
    for (std::size_t k = 0;; ++k) {
        const auto it = meta.notes.find("class." + std::to_string(k));
        if (it == meta.notes.end()) return names;
        names.push_back(it->second);
    }
}

void set_model_class_names(ModelMetadata& meta, const std::vector<std::string>& names) {
    for (std::size_t k = 0; k < names.size(); ++k)
        meta.notes["class." + std::to_string(k)] = names[k];
}

namespace {

data::CsvOptions layout(const TrainOptions& o) {
    data::CsvOptions csv;
    csv.label_column = o.label_column;
    csv.header_lines = o.header_lines;
    csv.delimiter = o.delimiter;
    csv.label_names = !o.regression();
    csv.real_targets = o.regression();
    return csv;
}

}  // namespace

data::DataSet load_labelled(const std::string& path, const TrainOptions& o, const MLPFile* loaded,
                            std::vector<std::string>& warnings) {
    data::CsvOptions csv = layout(o);
    if (loaded) csv.class_names = model_class_names(loaded->meta);
    data::DataSet d = data::load_csv(path, csv);
    if (loaded) {
        const MLP& net = loaded->net;
        if (d.N() != net.input_size())
            throw ShapeError(path + " has N = " + std::to_string(d.N()) +
                             " features per sample, the model " + o.load +
                             " takes N_0 = " + std::to_string(net.input_size()));
        if (o.regression() && d.Y.rows() != net.output_size())
            throw ShapeError(path + " has " + std::to_string(d.Y.rows()) +
                             " target per sample, the model " + o.load +
                             " gives N_L = " + std::to_string(net.output_size()) + " outputs");
        if (o.regression()) return d;
        if (d.K > net.output_size())
            throw ValueError(path + " has labels up to " + std::to_string(d.K - 1) +
                             ", the model " + o.load +
                             " knows K = " + std::to_string(net.output_size()) + " classes");
        if (csv.class_names.empty() && !d.class_names.empty())
            throw ValueError(path + " has class names as labels ('" + d.class_names.front() +
                             "', …), the model " + o.load + " was trained on class numbers");
        // a file that lacks the last classes still has the model's K
        if (d.K < net.output_size())
            d = data::make_dataset(d.X, d.labels, net.output_size(), d.source, d.class_names);
    } else if (d.class_names.empty() && d.K >= 2 && d.class_counts()[0] == 0) {
        warnings.push_back("warning: " + path + ": no sample has label 0 (labels 1…" +
                           std::to_string(d.K - 1) + "?): class 0 is empty, yet the network has " +
                           "K = largest label + 1 = " + std::to_string(d.K) + " outputs");
    }
    return d;
}

Matrix load_unlabelled(const std::string& path, const TrainOptions& o, const MLPFile& model) {
    data::CsvOptions csv = layout(o);
    csv.has_labels = false;
    const data::DataSet d = data::load_csv(path, csv);
    if (d.N() != model.net.input_size())
        throw ShapeError(path + " has " + std::to_string(d.N()) + " columns, the model " + o.load +
                         " takes N_0 = " + std::to_string(model.net.input_size()) +
                         " features (no label column)");
    return d.X;
}

}  // namespace redes::app
