#include "redes/models/perceptron.hpp"

#include <string>

#include "redes/error.hpp"

namespace redes {

Perceptron::Perceptron(Matrix W, Vector b, Activation sigma)
    : W_(std::move(W)), b_(std::move(b)), sigma_(sigma) {
    if (W_.rows() == 0 || W_.cols() == 0 || b_.size() != W_.rows())
        throw ShapeError("Perceptron: W " + shape_str(W_.rows(), W_.cols()) + " and b of size " +
                         std::to_string(b_.size()) + " (need b of size N₁ = rows of W > 0)");
}

// z = W x + b
Vector Perceptron::z(const Vector& x) const {
    if (x.size() != input_size())
        throw ShapeError("Perceptron::forward: input of size " + std::to_string(x.size()) + ", W " +
                         shape_str(W_.rows(), W_.cols()) +
                         " takes N = " + std::to_string(input_size()));
    return W_ * x + b_;
}

// f(x) = σ(W x + b)
Vector Perceptron::forward(const Vector& x) const { return sigma_.sigma(z(x)); }

// F(X) = σ(W X + b 1ᵀ)
Matrix Perceptron::forward(const Matrix& X) const {
    if (X.rows() != input_size())
        throw ShapeError("Perceptron::forward: batch " + shape_str(X.rows(), X.cols()) +
                         " has samples of size " + std::to_string(X.rows()) + ", W " +
                         shape_str(W_.rows(), W_.cols()) +
                         " takes N = " + std::to_string(input_size()));
    return sigma_.sigma(add_to_columns(W_ * X, b_));
}

MLP Perceptron::to_mlp() const { return MLP(std::vector<Layer>{Layer{W_, b_, sigma_}}); }

}  // namespace redes
