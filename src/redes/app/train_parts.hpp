#pragma once
// Step 1 of `train` (src/redes/app/train_command.hpp): the data and its parts.
//   read the labelled CSV (fitted to a --load'ed model), split it stratified into training,
//   validation and test parts (or take --test FILE), check M′ ≤ M_train, and standardise
//   x̃ = (x − μ)/s with μ, s of the training part (or the model's stored μ, s); a regression's
//   targets likewise, ỹ = (y − μ_y)/s_y (undone on every output: RMSE, R², --predict).
#include <iosfwd>
#include <optional>

#include "redes/app/train_options.hpp"
#include "redes/data/dataset.hpp"
#include "redes/data/standardize.hpp"
#include "redes/models/model_io.hpp"

namespace redes::app {

struct TrainData {
    data::DataSet all, train, validation, test;  // validation, test may be empty (M = 0)
    std::optional<data::Standardizer> st;        // none: raw inputs
    Matrix X_train, X_val;                       // the standardised inputs SGD sees
    // a regression's ỹ = (y − μ_y)/s_y, μ_y and s_y of the training part (or the model's)
    std::optional<data::Standardizer> target_st;
    Matrix Y_train, Y_val;  // the targets SGD sees: ỹ for a regression, else Y (one-hot)
    // x̃ of any part (X itself without standardisation)
    Matrix standardized(const Matrix& X) const { return st ? st->transform(X) : X; }
};

// Reads, splits and standardises as the options say, printing what it did; warnings first.
TrainData read_train_data(const TrainOptions& o, const std::optional<MLPFile>& loaded,
                          std::ostream& out);

// The standardisation a model file stores (none when it has no μ, s).
std::optional<data::Standardizer> model_standardizer(const ModelMetadata& meta);
// A regression model's standardisation of its targets (state target_mean, target_stddev;
// none when it has none).
std::optional<data::Standardizer> model_target_standardizer(const ModelMetadata& meta);

}  // namespace redes::app
