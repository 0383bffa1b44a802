// The notes' forward pass of the XOR network, sample by sample and as one batch.
#include <iostream>
#include <string>
#include <vector>

#include "redes/app/show.hpp"
#include "sections.hpp"

using redes::Activation;
using redes::Matrix;
using redes::MLP;
using redes::Vector;

namespace ch05 {

MLP xor_network(const Activation& sigma, double w21, double w22, double b2) {
    const Matrix W1{{1, 1}, {1, 1}};
    const Vector b1{0, -1};
    const Matrix w2T{{w21, w22}};  // w₂ᵀ, a 1×2 matrix
    return MLP(
        {redes::Layer{W1, b1, sigma}, redes::Layer{w2T, Vector{b2}, Activation::identity()}});
}

Matrix xor_inputs() { return Matrix{{0, 0, 1, 1}, {0, 1, 0, 1}}; }

std::vector<double> xor_labels() { return {0, 1, 1, 0}; }

void forward(const MLP& net, const Activation& sigma, double w21, double w22, double b2) {
    const Matrix& W1 = net.W(1);
    const Vector& b1 = net.b(1);
    const Matrix X = xor_inputs();
    const std::vector<double> y = xor_labels();

    std::cout << "f(x; Θ) = w₂ᵀ σ(W₁x + b₁) + b₂, σ = " << sigma.name() << ", w₂ = (" << w21 << ", "
              << w22 << "), b₂ = " << b2 << "\n";
    std::cout << "sample by sample:\n";
    int correct = 0;
    for (std::size_t m = 0; m < 4; ++m) {
        const Vector x_m = X.col(m);
        const double f = net.forward(x_m)[0];
        correct += (f == y[m]);
        std::cout << "  x_" << m + 1 << " = (" << x_m[0] << ", " << x_m[1] << ")  f = " << f
                  << "  XOR = " << y[m] << "\n";
    }

    std::cout << "as a batch, samples as columns:\n";
    redes::app::show("X", X);
    const Matrix Z1 = redes::add_to_columns(W1 * X, b1);  // W₁X + b₁1ᵀ
    redes::app::show("W₁X + b₁", Z1);
    const Matrix H = sigma.sigma(Z1);  // σ(W₁X + b₁1ᵀ), elementwise
    redes::app::show("σ(W₁X + b₁)", H);
    const Matrix F = net.forward(X);  // w₂ᵀ σ(·) + b₂
    redes::app::show("w₂ᵀσ(W₁X + b₁) + b₂", F);
    std::cout << "XOR reproduced exactly: " << (correct == 4 ? "yes" : "no") << " (" << correct
              << " of 4)\n";
    std::cout << "hidden points h_m = σ(W₁x_m + b₁): ";
    for (std::size_t m = 0; m < 4; ++m)
        std::cout << "(" << H(0, m) << "," << H(1, m) << ")" << (m < 3 ? " " : "\n");
    int separated = 0;  // w₂ᵀh_m + b₂ > ½ exactly for the samples with XOR = 1
    for (std::size_t m = 0; m < 4; ++m) separated += ((F(0, m) > 0.5) == (y[m] == 1));
    std::cout << "the line w₂ᵀh + b₂ = ½ separates the classes in the hidden plane: "
              << (separated == 4 ? "yes" : "no") << " (" << separated << " of 4 on their side)\n";
}

}  // namespace ch05
