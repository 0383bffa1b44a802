#pragma once
// Chapter 11, second half: a perceptron f(x) = σ(W₁x + b₁) with N = 2, N₁ = 1 learns to separate
// two classes by gradient descent θ_{k+1} ← θ_k − η ∇R̂(θ_k), with ∇R̂ from the literal product
// g_J′ᵀ G_σ′ᵀ ∂{W₁x_m + b₁}/∂W₁ of the first half.
#include <cstddef>
#include <vector>

#include "redes/activations/activation.hpp"
#include "redes/app/chapter.hpp"
#include "redes/linalg/matrix.hpp"
#include "redes/models/mlp.hpp"
#include "redes/stats/rng.hpp"

namespace ch11 {

struct TrainingOptions {
    redes::Activation sigma = redes::Activation::sigmoid();
    double eta = 2.0;        // η
    std::size_t steps = 0;   // gradient descent steps
    std::size_t M = 0;       // samples, half of each class
    std::size_t grid = 161;  // points per side of the decision map
};

// What gradient descent did, step by step (k = 0 … steps).
struct Training {
    redes::Matrix X, Y;         // the two classes: y = 0 around (−1, −1), y = 1 around (1, 1)
    redes::MLP net;             // the perceptron after the last step
    redes::Matrix W1_start;     // W₁ at θ_0 (b₁ = 0 there)
    std::vector<double> R_hat;  // R̂(θ_k)
    std::vector<double> W1_norm;  // ‖W₁‖_F at θ_k: the slope of z = W₁x + b₁ across the boundary
};

// Draws the data and a random start W₁ ~ N(0, 1), b₁ = 0 from rng, then opt.steps steps of
// gradient descent with the literal gradient. Throws DivergenceError when R̂ stops being finite.
Training train(const TrainingOptions& opt, redes::Rng& rng);

// train, then prints what it found and saves ch11_risk and ch11_decision_boundary.
void train_and_plot(const redes::app::Context& ctx, const TrainingOptions& opt, redes::Rng& rng);

}  // namespace ch11
