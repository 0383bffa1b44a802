#pragma once
// The perceptron of the notes:
//   f(x) = σ(W x + b),  W ∈ R^{N₁×N}, b ∈ R^{N₁}, σ: R → R applied to each entry
// It is the multilayer perceptron with L = 1: to_mlp() returns that MLP (layer 1 = W, b, σ),
// so the backprop paths (backprop/literal.hpp, backprop/efficient.hpp) and the gradient
// checker apply to a perceptron unchanged. This class only gives the one-layer names.
#include "redes/activations/activation.hpp"
#include "redes/linalg/matrix.hpp"
#include "redes/linalg/vector.hpp"
#include "redes/models/mlp.hpp"

namespace redes {

class Perceptron {
public:
    // Checks b.size() = W.rows() > 0 and W.cols() > 0; ShapeError otherwise.
    Perceptron(Matrix W, Vector b, Activation sigma);

    std::size_t input_size() const { return W_.cols(); }   // N
    std::size_t output_size() const { return W_.rows(); }  // N₁
    Matrix& W() { return W_; }
    const Matrix& W() const { return W_; }
    Vector& b() { return b_; }
    const Vector& b() const { return b_; }
    const Activation& sigma() const { return sigma_; }

    // z = W x + b, the pre-activation
    Vector z(const Vector& x) const;
    // f(x) = σ(W x + b)
    Vector forward(const Vector& x) const;
    // F(X) = σ(W X + b 1ᵀ), samples as columns (N×M → N₁×M)
    Matrix forward(const Matrix& X) const;

    // The same function as an MLP with L = 1.
    MLP to_mlp() const;

private:
    Matrix W_;
    Vector b_;
    Activation sigma_;
};

}  // namespace redes
