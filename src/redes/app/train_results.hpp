#pragma once
// What a `train` run leaves behind: the model file (--save), the risk curves (--plot) and the
// predictions of --predict.
#include <cstddef>
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include "redes/app/train_loop.hpp"
#include "redes/app/train_options.hpp"
#include "redes/data/standardize.hpp"
#include "redes/models/model_io.hpp"
#include "redes/optim/optimizer.hpp"

namespace redes::app {

// Everything save_trained_model writes besides θ.
struct TrainedModelInfo {
    const ModelMetadata* before = nullptr;  // a loaded model's metadata (its notes are kept)
    std::optional<data::Standardizer> standardizer;
    std::optional<data::Standardizer> target_standardizer;  // a regression's μ_y, s_y
    std::vector<std::string> class_names;                   // empty: classes are numbers
    const Optimizer* optimizer = nullptr;  // nullptr: its state is not saved (θ restored-best)
    std::size_t epochs = 0, steps = 0;     // over the model's life
    std::string about;                     // optimizer, schedule, M′ in words
};

// The model file at o.save: θ, μ and s, class names, the remembered settings of o, the
// epochs and steps so far and the optimizer's state (so that --load continues exactly).
void save_trained_model(const TrainOptions& o, const MLP& net, const TrainedModelInfo& info);

// The risk curves (training, validation) and the validation accuracy (right axis) per epoch,
// drawn into o.plot's folder; returns the PNG's path. epochs_before: x of the first entry.
std::string draw_training_plot(const TrainOptions& o, const EpochLoopResult& r,
                               std::size_t epochs_before, const std::string& about_net,
                               const std::string& cost_name);

// --predict: one line per input, "class,p_0,…,p_{K−1}" (softmax probabilities for the
// cross-entropy cost, the outputs f_k otherwise), with a header line; class names are CSV
// fields (data::csv_field: "a,b" in quotes). Writes o.predict_out
// atomically, or on out when it is empty.
void write_predictions(const TrainOptions& o, const MLPFile& model, const Matrix& X_raw,
                       std::ostream& out);

}  // namespace redes::app
