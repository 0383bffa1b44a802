#pragma once
// The whole library in one include, `#include <redes/redes.hpp>` (after make install; -Isrc
// in this repository). Every header under redes/ is listed here, grouped by folder; a program
// that wants less includes the one header it needs (see docs/api.md, "Where things are").

// redes/error.hpp: typed errors
#include "redes/error.hpp"
#include "redes/text.hpp"

// redes/linalg/: vectors, matrices, the 3-index tensor, products and solves
#include "redes/linalg.hpp"  // the five below in one include
#include "redes/linalg/checked_indexing.hpp"
#include "redes/linalg/gemm.hpp"
#include "redes/linalg/matrix.hpp"
#include "redes/linalg/select.hpp"
#include "redes/linalg/solve.hpp"
#include "redes/linalg/tensor3.hpp"
#include "redes/linalg/vector.hpp"

// redes/activations/: σ, σ′ and the Jacobian G_σ′(z)
#include "redes/activations/activation.hpp"
#include "redes/activations/tanh_kernel.hpp"

// redes/risk/: costs J, g_J′ and the empirical risk
#include "redes/risk/cost.hpp"
#include "redes/risk/empirical_risk.hpp"

// redes/models/: perceptron, MLP, least squares, classification, model files
#include "redes/models/classify.hpp"
#include "redes/models/least_squares.hpp"
#include "redes/models/mlp.hpp"
#include "redes/models/model_io.hpp"
#include "redes/models/perceptron.hpp"

// redes/backprop/: the literal and the efficient backpropagation, finite differences, gradient checks
#include "redes/backprop/batch_workspace.hpp"
#include "redes/backprop/checks.hpp"
#include "redes/backprop/efficient.hpp"
#include "redes/backprop/finite_differences.hpp"
#include "redes/backprop/gradient_check.hpp"
#include "redes/backprop/literal.hpp"

// redes/init/: initialisers of W_ℓ and b_ℓ
#include "redes/init/bias_init.hpp"
#include "redes/init/initializer.hpp"
#include "redes/init/random_mlp.hpp"

// redes/optim/: gradient descent, SGD, momentum, AdaGrad, RMSProp, Adam, schedules, objectives
#include "redes/optim/adagrad.hpp"
#include "redes/optim/adam.hpp"
#include "redes/optim/batch_gradient_noise.hpp"
#include "redes/optim/checks.hpp"
#include "redes/optim/defaults.hpp"
#include "redes/optim/delta_placement.hpp"
#include "redes/optim/descent_path.hpp"
#include "redes/optim/distance_to_minimum.hpp"
#include "redes/optim/effective_rate.hpp"
#include "redes/optim/fit_mlp.hpp"
#include "redes/optim/least_squares_objective.hpp"
#include "redes/optim/make_optimizer.hpp"
#include "redes/optim/mlp_objective.hpp"
#include "redes/optim/momentum.hpp"
#include "redes/optim/momentum_rate.hpp"
#include "redes/optim/objective.hpp"
#include "redes/optim/optimizer.hpp"
#include "redes/optim/optimizer_path.hpp"
#include "redes/optim/rmsprop.hpp"
#include "redes/optim/schedule.hpp"
#include "redes/optim/schedule_sums_at.hpp"
#include "redes/optim/sgd.hpp"
#include "redes/optim/sgd_progress.hpp"
#include "redes/optim/test_functions.hpp"
#include "redes/optim/threaded_objective.hpp"

// redes/data/: data sets, CSV/IDX loaders, splits, standardisation, shift
#include "redes/data/csv.hpp"
#include "redes/data/dataset.hpp"
#include "redes/data/idx.hpp"
#include "redes/data/input_file.hpp"
#include "redes/data/shift.hpp"
#include "redes/data/split.hpp"
#include "redes/data/standardize.hpp"

// redes/stats/: the seeded Rng, Monte Carlo, summaries, quantiles
#include "redes/stats/grid.hpp"
#include "redes/stats/monte_carlo.hpp"
#include "redes/stats/normal_moments.hpp"
#include "redes/stats/quantile.hpp"
#include "redes/stats/rng.hpp"
#include "redes/stats/running_mean.hpp"
#include "redes/stats/sample_sizes.hpp"
#include "redes/stats/summary.hpp"
#include "redes/stats/unit_stats.hpp"

// redes/plot/: figures → PNG + CSV + gnuplot script
#include "redes/plot/figure.hpp"
#include "redes/plot/gnuplot_text.hpp"
#include "redes/plot/landscape.hpp"
#include "redes/plot/log_axis.hpp"
#include "redes/plot/palette.hpp"

// redes/io/: files written atomically
#include "redes/io/atomic_write.hpp"

// redes/app/: what the chapter programs and train share: options, formats, exercises
#include "redes/app/chapter.hpp"
#include "redes/app/exercise.hpp"
#include "redes/app/format.hpp"
#include "redes/app/option_lists.hpp"
#include "redes/app/output_checks.hpp"
#include "redes/app/require_known.hpp"
#include "redes/app/risk_plot.hpp"
#include "redes/app/show.hpp"
#include "redes/app/train_command.hpp"
#include "redes/app/train_data.hpp"
#include "redes/app/train_loop.hpp"
#include "redes/app/train_options.hpp"
#include "redes/app/train_outputs.hpp"
#include "redes/app/train_parts.hpp"
#include "redes/app/train_print.hpp"
#include "redes/app/train_regression.hpp"
#include "redes/app/train_results.hpp"
#include "redes/app/train_settings.hpp"
#include "redes/app/train_setup.hpp"
#include "redes/app/train_use.hpp"

/// \namespace redes
/// \brief The library: the lecture's objects (vectors and matrices, activations σ, costs J,
/// the multilayer perceptron, backpropagation, the optimizers) as plain C++17, named with the
/// lecture's symbols (docs/notation.md).
namespace redes {}
