#pragma once
// The risk curves of a training run (sgd()'s history) as a figure: R̂ on the training part and
// on the validation part after every epoch, and the batch risk R̂_B of every step averaged over
// a window (the noisy estimate SGD actually follows), on a log scale (points with R̂ = 0, which a
// log axis cannot draw, are left out).
// Used by the capstone chapter and by the `train` command (--plot).
#include <string>

#include "redes/optim/sgd.hpp"
#include "redes/plot/figure.hpp"

namespace redes::app {

// name: the file stem (e.g. "ch18_digits_risk"); title: what was trained.
plot::Figure risk_curves_figure(const std::string& name, const std::string& title,
                                const SGDHistory& h);

}  // namespace redes::app
