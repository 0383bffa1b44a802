#pragma once
// Shared fixtures for the backprop test suites: random networks and batches from a seeded Rng,
// one-hot targets, and the relative error of two gradients group by group.
#include <cmath>
#include <string>
#include <vector>

#include "redes/activations/activation.hpp"
#include "redes/backprop/gradient_check.hpp"
#include "redes/linalg/matrix.hpp"
#include "redes/models/mlp.hpp"
#include "redes/stats/rng.hpp"

namespace redes_test {

using namespace redes;

inline Matrix random_matrix(std::size_t rows, std::size_t cols, Rng& rng, double scale = 1.0) {
    return Matrix::from_function(rows, cols,
                                 [&](std::size_t, std::size_t) { return scale * rng.normal(); });
}

// Widths N, one σ per layer, W_ℓ ~ N(0, scale²/N_{ℓ−1}) and b_ℓ ~ N(0, 0.3²).
inline MLP random_mlp(const std::vector<std::size_t>& N, const std::vector<Activation>& sigmas,
                      Rng& rng, double scale = 1.5) {
    MLP net(N, sigmas);
    for (std::size_t l = 1; l <= net.L(); ++l) {
        net.W(l) = random_matrix(N[l], N[l - 1], rng, scale / std::sqrt(double(N[l - 1])));
        net.b(l) = Vector::from_function(N[l], [&](std::size_t) { return 0.3 * rng.normal(); });
    }
    return net;
}

// Every layer with the same σ.
inline MLP random_mlp(const std::vector<std::size_t>& N, const Activation& sigma, Rng& rng) {
    return random_mlp(N, std::vector<Activation>(N.size() - 1, sigma), rng);
}

// Column m is the one-hot vector of class m mod K.
inline Matrix one_hot(std::size_t K, std::size_t M) {
    return Matrix::from_function(K, M, [&](std::size_t i, std::size_t m) {
        return i == m % K ? 1.0 : 0.0;
    });
}

// Targets that fit the cost: one-hot for cross-entropy, N(0, 1) for the quadratic cost.
inline Matrix targets(const Cost& cost, std::size_t K, std::size_t M, Rng& rng) {
    return cost.kind() == CostKind::cross_entropy ? one_hot(K, M) : random_matrix(K, M, rng);
}

// The activations under test (LeakyReLU with α = 0.1 so its negative side matters).
inline std::vector<Activation> all_activations() {
    return {Activation::relu(),    Activation::leaky_relu(0.1), Activation::abs(),
            Activation::sigmoid(), Activation::tanh(),          Activation::identity()};
}

// The largest relative error ‖a − b‖ / max(‖a‖ + ‖b‖, tiny) over the groups W_ℓ, b_ℓ.
inline double max_group_error(const MLPGradient& a, const MLPGradient& b) {
    double e = 0.0;
    for (std::size_t l = 0; l < a.dW.size(); ++l) {
        e = std::max(e, relative_error(flatten(a.dW[l]), flatten(b.dW[l])));
        e = std::max(e, relative_error(a.db[l], b.db[l]));
    }
    return e;
}

}  // namespace redes_test
