#pragma once
// fit_mlp: the whole training recipe of the notes' summary in one call ("optimizar sobre
// parámetros ⇒ gradiente estocástico descendente + backpropagation"): θ_0 from the network,
// SGD with the given optimizer over the MLP's empirical risk
//   R̂(θ) = (1/M) Σ_m J(f(x_m; θ); y_m),
// optionally watching R̂ on a validation set after every epoch, and θ written back into net.
//
//   MLP net({64, 128, 10}, Activation::relu(), Activation::identity());
//   init::initialize(net, init::WeightInit::normal_fan_in(std::sqrt(2.0)), 0.1, rng);
//   Adam adam(1e-3);
//   SGDHistory h = fit_mlp(net, Cost::cross_entropy(), X, Y, adam, rng, options, &X_val, &Y_val);
#include "redes/linalg/matrix.hpp"
#include "redes/models/mlp.hpp"
#include "redes/optim/optimizer.hpp"
#include "redes/optim/sgd.hpp"
#include "redes/risk/cost.hpp"
#include "redes/stats/rng.hpp"

namespace redes {

// Trains net in place by sgd() on (X, Y) (samples as columns, X: N_0×M, Y: N_L×M) and returns
// the history. With X_val and Y_val (both or neither), options.validation is set to the
// validation risk, recorded after every epoch. On an exception (e.g. DivergenceError) net keeps
// its θ_0: training is all or nothing.
SGDHistory fit_mlp(MLP& net, const Cost& J, const Matrix& X, const Matrix& Y, Optimizer& optimizer,
                   Rng& rng, SGDOptions options, const Matrix* X_val = nullptr,
                   const Matrix* Y_val = nullptr);

}  // namespace redes
