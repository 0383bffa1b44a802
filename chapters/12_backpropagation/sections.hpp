#pragma once
// Chapter 12's experiments, one function each (two_paths.cpp, cost.cpp, xor_run.cpp,
// risk_over_seeds.cpp).
#include <cstddef>
#include <string>
#include <vector>

#include "redes/activations/activation.hpp"
#include "redes/app/chapter.hpp"
#include "redes/app/show.hpp"
#include "redes/init/random_mlp.hpp"
#include "redes/linalg/matrix.hpp"
#include "redes/models/mlp.hpp"
#include "redes/plot/gnuplot_text.hpp"
#include "redes/stats/rng.hpp"
#include "xor.hpp"

namespace ch12 {

// A random MLP: [W_ℓ]_jk ~ N(0, 1/N_{ℓ−1}), [b_ℓ]_j ~ N(0, 0.3²), drawn W_ℓ then b_ℓ per layer.
inline redes::MLP random_mlp(const std::vector<std::size_t>& N,
                             const std::vector<redes::Activation>& sigmas, redes::Rng& rng) {
    return redes::init::random_mlp(N, sigmas, redes::init::WeightInit::normal_fan_in(1.0),
                                   redes::init::BiasInit::normal(0.3), rng);
}

inline redes::Matrix random_matrix(std::size_t rows, std::size_t cols, redes::Rng& rng) {
    return redes::Matrix::from_function(rows, cols,
                                        [&](std::size_t, std::size_t) { return rng.normal(); });
}

// Literal = efficient on one net, factor by factor; then the gradient check of both paths for
// every activation (plot ch12_gradient_check). M: samples of the batch.
void two_paths(redes::app::Context& ctx, std::size_t M);

// The literal path's memory refusal on a 512-wide layer with 64 inputs.
void memory_refusal();

// Time per sample of both paths against the width N of a net {N, N, N, 1} (plots
// ch12_cost_vs_width, ch12_memory_vs_width); widths 4, 8, …, max_width.
void cost_vs_width(redes::app::Context& ctx, std::size_t max_width);

// XOR learnt by backprop and gradient descent (plots ch12_xor_risk, ch12_xor_decision_map).
void xor_experiment(const redes::app::Context& ctx, const XorSettings& s, Path path);

// Final R̂ of the XOR training (s's σ, η, steps) from `runs` starts, seeds s.seed, s.seed + 1, …,
// each drawn as the XOR run draws its start (xor_stream, xor_start) with N₁ = width.
struct XorEnd {
    double R_hat = 0.0;          // R̂(θ_K) after the last step
    double gradient_norm = 0.0;  // ‖∇R̂(θ_K)‖: near 0 at a stationary point
};
std::vector<XorEnd> final_risks(const XorSettings& s, std::size_t width, std::size_t runs);

// The distribution of those final risks for each N₁ in widths: quantiles printed, the sorted
// values plotted (plot ch12_risk_over_seeds).
void risk_over_seeds(const redes::app::Context& ctx, const XorSettings& s,
                     const std::vector<std::size_t>& widths, std::size_t runs);

}  // namespace ch12
