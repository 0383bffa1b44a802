#pragma once
// The data `train` reads: the labelled CSV (--data, --test) with the layout options
// (--label-column, --header-lines, --delimiter), labels that are numbers 0…K−1 or class names
// (kept in the model as notes class.k) or, with --task regression, real targets, checked against a --load'ed model (N_0, K, names);
// and the unlabelled CSV of --predict.
#include <string>
#include <vector>

#include "redes/app/train_options.hpp"
#include "redes/data/dataset.hpp"
#include "redes/linalg/matrix.hpp"
#include "redes/models/model_io.hpp"

namespace redes::app {

// The task a model was trained for: its note setting.task, "classification" for files written
// before regression existed (they have none).
std::string model_task(const ModelMetadata& meta);

// The class names a model keeps (notes class.0, class.1, …); empty when its labels were numbers.
std::vector<std::string> model_class_names(const ModelMetadata& meta);
void set_model_class_names(ModelMetadata& meta, const std::vector<std::string>& names);

// The labelled file at path (o's layout), fitted to a loaded model when given (same N_0; K of
// the model; its class names). Appends warnings (e.g. labels 1…K with class 0 empty).
data::DataSet load_labelled(const std::string& path, const TrainOptions& o, const MLPFile* loaded,
                            std::vector<std::string>& warnings);

// The inputs of --predict: every column a feature, N_0 of them (the model's).
Matrix load_unlabelled(const std::string& path, const TrainOptions& o, const MLPFile& model);

}  // namespace redes::app
