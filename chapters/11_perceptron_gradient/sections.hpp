#pragma once
// Chapter 11's experiments, one function each (problem.cpp, one_sample.cpp, all_samples.cpp,
// slices_plot.cpp, training.cpp).
#include <cstddef>

#include "redes/activations/activation.hpp"
#include "redes/app/chapter.hpp"
#include "redes/linalg/matrix.hpp"
#include "redes/linalg/tensor3.hpp"
#include "redes/linalg/vector.hpp"
#include "redes/models/mlp.hpp"
#include "redes/stats/rng.hpp"
#include "training.hpp"

namespace ch11 {

// One perceptron f(x) = σ(W₁x + b₁) and M samples, drawn in this order from rng:
// [W₁]_jk ~ N(0, 1/N), [b₁]_j ~ N(0, 0.3²), x_m ~ N(0, I) and y_m ~ U(0, 1), both rounded to
// tenths so the printed numbers are easy to read.
struct Problem {
    redes::Matrix W1;
    redes::Vector b1;
    redes::Matrix X, Y;  // N×M inputs, N₁×M targets (columns are samples)
    redes::Activation sigma = redes::Activation::sigmoid();

    // f as an MLP with L = 1 (the same function), for the literal and efficient paths.
    redes::MLP net() const;
};
Problem draw_problem(std::size_t N, std::size_t N1, std::size_t M, const redes::Activation& sigma,
                     redes::Rng& rng);

// max_ij |a_ij − b_ij| / max_ij |b_ij|
double max_rel_diff(const redes::Matrix& a, const redes::Matrix& b);

// Sample m = 1, factor by factor: the slide's tuple, the tensor against central differences,
// the product g_J′ᵀ G_σ′ᵀ ∂{W₁x_m + b₁}/∂W₁ against the closed form. Returns the tensor.
redes::Tensor3 one_sample(const Problem& p);

// All M samples: the mean of the products, literal against efficient, the gradient checker.
void all_samples(const Problem& p);

// The tensor's N₁ slices side by side as heatmaps (plot ch11_dz_dW_slices).
void plot_slices(const redes::app::Context& ctx, const redes::Tensor3& T);

}  // namespace ch11
