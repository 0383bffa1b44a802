#pragma once
// Chapter 11, second half: a perceptron f(x) = σ(W₁x + b₁) with N = 2, N₁ = 1 learns to separate
// two classes by gradient descent θ_{k+1} ← θ_k − η ∇R̂(θ_k), with ∇R̂ from the literal product
// g_J′ᵀ G_σ′ᵀ ∂{W₁x_m + b₁}/∂W₁ of the first half.
#include <cstddef>

#include "redes/activations/activation.hpp"
#include "redes/app/chapter.hpp"
#include "redes/stats/rng.hpp"

namespace ch11 {

struct TrainingOptions {
    redes::Activation sigma = redes::Activation::sigmoid();
    double eta = 2.0;        // η
    std::size_t steps = 0;   // gradient descent steps
    std::size_t M = 0;       // samples, half of each class
    std::size_t grid = 161;  // points per side of the decision map
};

// Trains from a random start drawn from rng, prints what it found, saves ch11_risk and
// ch11_decision_boundary.
void train_and_plot(const redes::app::Context& ctx, const TrainingOptions& opt, redes::Rng& rng);

}  // namespace ch11
