// Exercise 07 — write σ′ for every activation and the Jacobian G_σ′ yourself, then run
// `make exercise-07`. The checker compares each σ′ with the library's on random z (negative
// ones included, kinks excluded) and where sigmoid and tanh saturate, and G_σ′ entry by entry.
//
// You may call sigma.sigma(z) (σ itself) but not sigma.sigma_prime(z): that is the answer.
// Useful: std::exp, std::tanh, std::cosh (<cmath>); redes::Matrix(N, N) is N×N zeros, A(i, j).
#include "exercise.hpp"

#include <cmath>

#include "redes/error.hpp"

namespace exercise07 {

double sigma_prime(const redes::Activation& sigma, double z) {
    (void)z;
    switch (sigma.kind()) {
        case redes::ActivationKind::relu:
            // TODO: ReLU(x) = max{0, x}
            throw redes::NotImplemented("exercise07::sigma_prime: ReLU′ still has its TODO");
        case redes::ActivationKind::leaky_relu:
            // TODO: LeakyReLU(x) = max{0, x} + α min{0, x}, α = sigma.alpha()
            throw redes::NotImplemented("exercise07::sigma_prime: LeakyReLU′ still has its TODO");
        case redes::ActivationKind::abs:
            // TODO: |x|
            throw redes::NotImplemented("exercise07::sigma_prime: |x|′ still has its TODO");
        case redes::ActivationKind::sigmoid:
            // TODO: σ(x) = 1/(1 + exp(−x)); mind z = −800, where exp(−z) overflows
            throw redes::NotImplemented("exercise07::sigma_prime: sigmoid′ still has its TODO");
        case redes::ActivationKind::tanh:
            // TODO: σ(x) = tanh(x)
            throw redes::NotImplemented("exercise07::sigma_prime: tanh′ still has its TODO");
        case redes::ActivationKind::identity:
            // TODO: σ(x) = x
            throw redes::NotImplemented("exercise07::sigma_prime: identity′ still has its TODO");
    }
    throw redes::NotImplemented("exercise07::sigma_prime: an activation kind it does not know");
}

// [G_σ′(z)]_ij = ∂σ(z_i)/∂z_j
redes::Matrix G_sigma_prime(const std::function<double(double)>& sigma_prime,
                            const redes::Vector& z) {
    // TODO: an N×N matrix, N = z.size(); which entries depend on z_j, and how?
    (void)sigma_prime;
    (void)z;
    throw redes::NotImplemented("exercise07::G_sigma_prime still has its TODO");
}

}  // namespace exercise07
