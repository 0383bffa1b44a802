// Sample m = 1 factor by factor: the slide's tuple, the tensor, the product and the closed form.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <iostream>

#include "redes/app/show.hpp"
#include "redes/backprop/finite_differences.hpp"
#include "redes/backprop/literal.hpp"
#include "redes/linalg.hpp"
#include "redes/risk/cost.hpp"
#include "sections.hpp"

using redes::Matrix;
using redes::Tensor3;
using redes::Vector;
using redes::app::show;

namespace ch11 {

Tensor3 one_sample(const Problem& p) {
    const std::size_t n = p.X.rows(), n1 = p.W1.rows();
    const Matrix& W1 = p.W1;
    const Vector& b1 = p.b1;
    const redes::MLP net = p.net();
    const redes::Cost J = redes::Cost::quadratic();
    const Vector x_m = p.X.col(0), y_m = p.Y.col(0);
    const redes::LiteralSample s = redes::literal_forward(net, J, x_m, y_m);
    const redes::LiteralLayer& t = s.layer(1);
    std::cout << "\nsample m = 1, the slide's tuple (z₁ₘ, x₁ₘ, G_σ′(z₁ₘ), ∂z₁ₘ/∂W₁, ∂z₁ₘ/∂b₁):\n";
    show("x_m", x_m);
    show("y_m", y_m);
    show("z₁ₘ = W₁x_m + b₁", t.z);
    show("x₁ₘ = σ(z₁ₘ)", t.x);
    show("g_J′(x₁ₘ) = −2(y_m − x₁ₘ)", s.g_J_prime);
    show("G_σ′(z₁ₘ) = diag(σ′(z₁ₘ))", t.G_sigma_prime);
    show("∂{W₁x_m + b₁}/∂W₁", t.dz_dW);
    show("∂{W₁x_m + b₁}/∂b₁ = I", t.dz_db);

    // The tensor is the Jacobian of the linear map W₁ ↦ W₁x_m + b₁: central differences
    // over the N₁·N entries of W₁ (row by row) give [T]_ijk in column j·N + k.
    const Matrix jac = redes::numerical_jacobian(
        [&](const Vector& w) { return redes::reshape(w, n1, n) * x_m + b1; }, redes::flatten(W1));
    double tensor_err = 0.0;
    for (std::size_t i = 0; i < n1; ++i)
        for (std::size_t j = 0; j < n1; ++j)
            for (std::size_t k = 0; k < n; ++k)
                tensor_err = std::max(tensor_err, std::abs(t.dz_dW(i, j, k) - jac(i, j * n + k)));
    std::printf(
        "  the tensor against central differences of W₁ ↦ W₁x_m + b₁: max |difference| = %.1e\n",
        tensor_err);

    // g_J′ᵀ G_σ′ᵀ   (1×N₁)(N₁×N₁) → a row 1×N₁
    const Vector r = redes::vecmat(s.g_J_prime, redes::transpose(t.G_sigma_prime));
    show("g_J′ᵀ G_σ′ᵀ (a row, 1×N₁)", r);
    // ∂J/∂W₁ = g_J′ᵀ G_σ′ᵀ ∂{W₁x_m + b₁}/∂W₁   (1×N₁)(N₁×N₁×N) → N₁×N
    const Matrix dJ_dW = redes::contract(r, t.dz_dW);
    show("∂J/∂W₁ = g_J′ᵀ G_σ′ᵀ ∂{W₁x_m + b₁}/∂W₁", dJ_dW);
    // ∂J/∂b₁ = g_J′ᵀ G_σ′ᵀ I
    const Vector dJ_db = redes::vecmat(r, t.dz_db);
    show("∂J/∂b₁ = g_J′ᵀ G_σ′ᵀ I", dJ_db);
    // closed form: ∂J/∂W₁ = (−2(y_m − x₁ₘ) ⊙ σ′(z₁ₘ)) x_mᵀ,  ∂J/∂b₁ = −2(y_m − x₁ₘ) ⊙ σ′(z₁ₘ)
    const Vector e = redes::hadamard(-2.0 * (y_m - t.x), p.sigma.sigma_prime(t.z));
    const Matrix closed = redes::outer(e, x_m);
    show("closed form −2(y_m − x₁ₘ) ⊙ σ′(z₁ₘ) x_mᵀ", closed);
    std::printf(
        "  literal product vs closed form: max relative difference %.1e (∂/∂W₁), %.1e (∂/∂b₁)\n",
        max_rel_diff(dJ_dW, closed),
        max_rel_diff(Matrix::from_columns({dJ_db}), Matrix::from_columns({e})));
    return t.dz_dW;
}

}  // namespace ch11
