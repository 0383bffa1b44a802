#pragma once
// Activations σ: R → R applied elementwise, with σ′ and the Jacobian G_σ′(z) = ∂σ/∂z.
//
// For a pointwise σ, [∂σ/∂z]_ij = ∂σ(z_i)/∂z_j = σ′(z_i) if i = j and 0 otherwise, so
// G_σ′(z) = diag(σ′(z)). (The notes write σ′([z]_j) for every entry and say every row is the
// same; tests/activation_test.cpp builds the Jacobian by finite differences and shows it is
// diagonal. See docs/errata.md.)
// Since G_σ′ is diagonal it is symmetric, so the notes' g_J′ᵀ G_σ′ᵀ equals the chain rule's g_J′ᵀ G_σ′.
#include <cstddef>
#include <string>
#include <vector>

#include "redes/linalg/matrix.hpp"
#include "redes/linalg/vector.hpp"

namespace redes {

enum class ActivationKind { identity, relu, leaky_relu, abs, sigmoid, tanh };

class Activation {
public:
    // ReLU(x) = max{0, x}
    static Activation relu();
    // LeakyReLU(x) = max{0, x} + α min{0, x}
    static Activation leaky_relu(double alpha = 0.01);
    // |x|
    static Activation abs();
    // σ(x) = 1 / (1 + exp(−x))
    static Activation sigmoid();
    // σ(x) = tanh(x)
    static Activation tanh();
    // σ(x) = x (a linear output layer)
    static Activation identity();
    // By name: "relu", "leaky_relu" (or "leaky_relu:0.1"), "abs", "sigmoid", "tanh", "identity".
    // Throws ValueError listing the known names.
    static Activation from_name(const std::string& name);
    static std::vector<std::string> names();

    ActivationKind kind() const { return kind_; }
    double alpha() const { return alpha_; }
    std::string name() const;

    // σ(z)
    double sigma(double z) const;
    // σ′(z); at a kink (ReLU, |x| at 0) the one-sided derivative from the right
    // (PyTorch takes 0 for ReLU there; tests and goldens keep every z away from kinks).
    double sigma_prime(double z) const;
    // True for σ with a point without derivative (ReLU, LeakyReLU, |x|: at z = 0).
    bool has_kink() const;
    // True where σ has no derivative (ReLU, LeakyReLU, |x| at 0).
    bool is_kink(double z) const;

    // x = σ(z), elementwise
    Vector sigma(const Vector& z) const;
    Matrix sigma(const Matrix& Z) const;
    // σ′(z), elementwise
    Vector sigma_prime(const Vector& z) const;
    Matrix sigma_prime(const Matrix& Z) const;
    // x_i = σ(z_i) and, when sigma_prime is not null, σ′(z_i), for i = 0…n−1 in one pass (the
    // training step's): tanh through tanh_and_derivative (tanh_kernel.hpp, a few ulp from
    // std::tanh), every other σ through σ(z) and σ′(z) above, the same bits.
    void sigma_and_prime(const double* z, std::size_t n, double* x, double* sigma_prime) const;
    // G_σ′(z) = ∂σ/∂z ∈ R^{N×N} = diag(σ′(z))
    Matrix G_sigma_prime(const Vector& z) const;

    friend bool operator==(const Activation& a, const Activation& b) {
        return a.kind_ == b.kind_ && a.alpha_ == b.alpha_;
    }

private:
    Activation(ActivationKind k, double alpha) : kind_(k), alpha_(alpha) {}
    ActivationKind kind_;
    double alpha_;
};

}  // namespace redes
