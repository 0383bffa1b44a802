#pragma once
// Chapter 05's network and its two parts: the forward pass printed sample by sample and as a
// batch (forward.cpp), and the two pictures of why it works (pictures.cpp).
#include <cstddef>
#include <vector>

#include "redes/activations/activation.hpp"
#include "redes/app/chapter.hpp"
#include "redes/linalg.hpp"
#include "redes/models/mlp.hpp"

namespace ch05 {

// f(x; Θ) = w₂ᵀ σ(W₁x + b₁) + b₂ with the notes' W₁ = [[1, 1], [1, 1]], b₁ = [0, −1] and a chosen
// σ, w₂ = (w21, w22), b₂ (the notes: σ = ReLU, w₂ = [1, −2], b₂ = 0): an MLP with L = 2,
// layer 1 = (W₁, b₁, σ), layer 2 = (w₂ᵀ, b₂, identity).
redes::MLP xor_network(const redes::Activation& sigma, double w21, double w22, double b2);

// The four inputs as the columns of X = [x_1 x_2 x_3 x_4] and their XOR.
redes::Matrix xor_inputs();
std::vector<double> xor_labels();

// f on each sample, then on the batch X with every intermediate matrix of the notes (W₁X + b₁,
// σ(W₁X + b₁), w₂ᵀσ(·) + b₂), whether XOR is reproduced and whether the line w₂ᵀh + b₂ = ½
// separates the hidden points. Prints all of it.
void forward(const redes::MLP& net, const redes::Activation& sigma, double w21, double w22,
             double b2);

// f over [−0.5, 1.5]² on grid × grid points with its boundary f = ½ (plot ch05_decision_map),
// and where the grid lands in the hidden space h = σ(W₁x + b₁), cut by w₂ᵀh + b₂ = ½ (plot
// ch05_hidden_space).
void pictures(const redes::app::Context& ctx, const redes::MLP& net, const redes::Activation& sigma,
              std::size_t grid);

}  // namespace ch05
