#pragma once
// Chapter 06's experiments, one function each (functions.cpp, pieces.cpp), the shared random
// network, and the settings read from the command line.
#include <cstddef>
#include <vector>

#include "redes/activations/activation.hpp"
#include "redes/app/chapter.hpp"
#include "redes/linalg.hpp"
#include "redes/models/mlp.hpp"
#include "redes/stats/rng.hpp"

namespace ch06 {

struct Settings {
    std::vector<std::size_t> depths{1, 2, 4, 8};  // H of the depth figures and of the table
    std::vector<std::size_t> widths{2, 8, 32};    // N of the width figures and of the table
    std::size_t width = 8;                        // N of the depth figures
    std::size_t depth = 2;                        // H of the width figures
    double gain_relu = 1.4142135623730951, gain_tanh = 1.0, bias_scale = 0.5, x_max = 3.0;
    int draws = 20;             // random networks per (N, H) in the table
    std::size_t points = 1001;  // points per curve
};

// widths {N_0 = 1, N, …, N (H times), N_L = 1}
std::vector<std::size_t> widths(std::size_t N, std::size_t H);

// 1 → N → … → N (H hidden layers, σ) → 1 (identity) with [W_ℓ]_ij ~ N(0, gain²/N_{ℓ−1}) and
// [b_ℓ]_i ~ N(0, bias_scale²), drawn W_ℓ then b_ℓ layer by layer (init::random_mlp). The scale
// keeps the size of W_ℓ x_{ℓ−1} comparable from layer to layer (gain √2 for ReLU, which zeroes
// half of its input).
redes::MLP random_mlp(std::size_t N, std::size_t H, const redes::Activation& sigma, double gain,
                      double bias_scale, redes::Rng& rng);

// V = Σ_p |f(x_{p+1}) − f(x_p)| over the columns of F (1×P): how far f travels up and down.
double variation(const redes::Matrix& F);

// One random network per curve: ReLU and tanh, depth growing at width s.width (printed, with the
// pieces of the ReLU ones), then width growing at depth s.depth (plots ch06_{relu,tanh}_{depth,
// width}). X = [x_1 ⋯ x_P] on [−x_max, x_max].
void functions(redes::app::Context& ctx, const Settings& s, const redes::Matrix& X);

// Mean ± s.e. of the linear pieces of s.draws random ReLU nets for every H ≤ max(depths) and N in
// s.widths, beside the sawtooth's 2^H (printed; plot ch06_relu_pieces), then the sawtooth itself
// (plot ch06_sawtooth).
void pieces(const redes::app::Context& ctx, const Settings& s, redes::Rng& rng);

}  // namespace ch06
