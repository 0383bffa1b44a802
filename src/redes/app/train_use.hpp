#pragma once
// Judging a classifier in `train`: the risk and accuracy of a part (a risk that is not finite
// is a DivergenceError, never "nan" with exit 0), and the runs that only use a saved model:
// --evaluate (risk, accuracy, confusion matrix; R̂, RMSE, R² for a regression) and --predict
// (class and probabilities; the values for a regression).
#include <iosfwd>
#include <string>

#include "redes/app/train_command.hpp"
#include "redes/data/dataset.hpp"
#include "redes/models/classify.hpp"
#include "redes/models/model_io.hpp"
#include "redes/risk/cost.hpp"

namespace redes::app {

// The classifier on a labelled part (X already standardised); what: the part, for messages.
Evaluation evaluate_part(const MLP& net, const Cost& J, const Matrix& X, const data::DataSet& d,
                         const std::string& what);

// "training    R̂ = 0.0328   accuracy 99.17 % (119/120)"
void print_result(std::ostream& out, const std::string& part, const Evaluation& e);

// --evaluate or --predict with the loaded model: no training.
TrainReport use_model(const TrainOptions& o, const MLPFile& model, const Cost& J,
                      std::ostream& out);

}  // namespace redes::app
