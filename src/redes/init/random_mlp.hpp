#pragma once
// A network with random parameters θ_0, drawn layer by layer: for ℓ = 1 … L, W_ℓ row by row
// from the weight rule, then b_ℓ from the bias rule. The chapters that look at random networks
// (06, 12) and the tests that need one all draw in this order, so one seed gives one network.
//   Rng rng(seed);
//   MLP net = random_mlp({2, 8, 8, 1}, Activation::tanh(), Activation::identity(),
//                        WeightInit::normal_fan_in(1.0), BiasInit::normal(0.3), rng);
//   // [W_ℓ]_jk ~ N(0, 1/N_{ℓ−1}),  [b_ℓ]_j ~ N(0, 0.3²)
#include <vector>

#include "redes/activations/activation.hpp"
#include "redes/init/bias_init.hpp"
#include "redes/init/initializer.hpp"
#include "redes/models/mlp.hpp"
#include "redes/stats/rng.hpp"

namespace redes::init {

// W_ℓ from w, then b_ℓ from b, for ℓ = 1 … L. With a constant b this draws exactly what
// initialize(net, w, c, rng) draws.
void initialize(MLP& net, const WeightInit& w, const BiasInit& b, Rng& rng);

// An MLP with widths N = (N_0, …, N_L) and one σ per layer, initialised as above.
MLP random_mlp(const std::vector<std::size_t>& N, const std::vector<Activation>& sigmas,
               const WeightInit& w, const BiasInit& b, Rng& rng);

// The same with σ on every hidden layer and sigma_out on the output layer.
MLP random_mlp(const std::vector<std::size_t>& N, const Activation& sigma,
               const Activation& sigma_out, const WeightInit& w, const BiasInit& b, Rng& rng);

}  // namespace redes::init
