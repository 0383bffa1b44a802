#pragma once
// Chapter 12's XOR experiment: an MLP f(x; Θ) = W₂ σ(W₁x + b₁) + b₂ (N = {2, width, 1}, linear
// output as in the notes' XOR network) learns XOR from a random start by gradient descent
//   θ_{k+1} ← θ_k − η ∇R̂(θ_k),   R̂(θ) = (1/4) Σ_m ‖y_m − f(x_m; θ)‖²,
// with ∇R̂ from backpropagation (either path). tests/ch12_backpropagation_test.cpp includes this
// header to train the very same network from the chapter's default seed.
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "redes/activations/activation.hpp"
#include "redes/backprop/efficient.hpp"
#include "redes/backprop/literal.hpp"
#include "redes/error.hpp"
#include "redes/linalg/matrix.hpp"
#include "redes/models/mlp.hpp"
#include "redes/optim/optimizer.hpp"
#include "redes/risk/cost.hpp"
#include "redes/risk/empirical_risk.hpp"
#include "redes/stats/rng.hpp"

namespace ch12 {

// The chapter's defaults (its --width, --activation, --eta, --steps, --seed).
struct XorSettings {
    std::size_t width = 4;            // N₁, hidden units
    std::string activation = "tanh";  // σ of the hidden layer
    double eta = 0.1;                 // η
    std::size_t steps = 1000;         // gradient descent steps
    std::uint64_t seed = 1;           // --seed
};

// The four inputs as columns [x_1 x_2 x_3 x_4] and their XOR.
inline redes::Matrix xor_X() { return redes::Matrix{{0, 0, 1, 1}, {0, 1, 0, 1}}; }
inline redes::Matrix xor_Y() { return redes::Matrix{{0, 1, 1, 0}}; }

// The XOR start has its own stream: the first one split from Rng(seed), so the other
// experiments of the chapter do not change it.
inline redes::Rng xor_stream(std::uint64_t seed) { return redes::Rng(seed).split(); }

// A random start: [W_ℓ]_jk ~ N(0, 1/N_{ℓ−1}), [b_ℓ]_j ~ N(0, 0.1²) (not 0: a ReLU unit would
// sit on its kink at x = (0, 0)).
inline redes::MLP xor_start(std::size_t width, const redes::Activation& sigma, redes::Rng& rng) {
    redes::MLP net({2, width, 1}, sigma, redes::Activation::identity());
    for (std::size_t l = 1; l <= net.L(); ++l) {
        const double s = 1.0 / std::sqrt(static_cast<double>(net.N()[l - 1]));
        net.W(l) =
            redes::Matrix::from_function(net.N()[l], net.N()[l - 1], [&](std::size_t, std::size_t) {
                return rng.normal(0.0, s);
            });
        net.b(l) = redes::Vector::from_function(net.N()[l],
                                                [&](std::size_t) { return rng.normal(0.0, 0.1); });
    }
    return net;
}

enum class Path { efficient, literal };

struct XorTraining {
    redes::MLP net;             // Θ after the last step
    std::vector<double> R_hat;  // R̂(θ_k) for k = 0 … steps
};

// Gradient descent from net for `steps` steps; DivergenceError when R̂ stops being finite.
inline XorTraining train_xor(redes::MLP net, double eta, std::size_t steps, Path path) {
    const redes::Matrix X = xor_X(), Y = xor_Y();
    const redes::Cost J = redes::Cost::quadratic();
    redes::GradientDescent gd(eta);
    redes::Vector theta = net.parameters();
    XorTraining t;
    for (std::size_t k = 0;; ++k) {
        // R̂(θ_k) and ∇R̂(θ_k) by backpropagation
        double R = 0.0;
        redes::Vector g;
        if (path == Path::efficient) {
            const redes::RiskAndGradient rg = redes::risk_and_gradient(net, J, X, Y);
            R = rg.R_hat;
            g = rg.gradient.flatten();
        } else {
            R = redes::empirical_risk(net, J, X, Y);
            g = redes::literal_backprop(net, J, X, Y).flatten();
        }
        if (!std::isfinite(R))
            throw redes::DivergenceError("XOR gradient descent: R̂ = " + std::to_string(R) +
                                         " at step " + std::to_string(k) +
                                         " with η = " + std::to_string(eta) + "; lower --eta");
        t.R_hat.push_back(R);
        if (k == steps) break;
        gd.step(theta, g);  // θ_{k+1} ← θ_k − η ∇R̂(θ_k)
        net.set_parameters(theta);
    }
    t.net = std::move(net);
    return t;
}

}  // namespace ch12
