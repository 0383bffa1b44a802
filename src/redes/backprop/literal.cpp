#include "redes/backprop/literal.hpp"

#include <limits>
#include <string>

#include "redes/backprop/checks.hpp"
#include "redes/error.hpp"
#include "redes/text.hpp"

namespace redes {

namespace {
std::string megabytes(std::size_t bytes) {
    return num(static_cast<double>(bytes) / 1e6, "%.1f MB");
}

// a + b, or LimitError when it does not fit in a size_t
std::size_t add_bytes(std::size_t a, std::size_t b) {
    if (b > std::numeric_limits<std::size_t>::max() - a)
        throw LimitError("literal_backprop: the tuples do not fit in memory");
    return a + b;
}

void require_memory(const MLP& net, std::size_t limit) {
    const std::size_t total = literal_memory_bytes(net);
    if (total <= limit) return;
    std::size_t worst = 1;
    for (std::size_t ell = 2; ell <= net.L(); ++ell)
        if (literal_layer_bytes(net, ell) > literal_layer_bytes(net, worst)) worst = ell;
    const std::size_t n = net.N()[worst], n_prev = net.N()[worst - 1];
    const std::string ell = std::to_string(worst);
    throw LimitError(
        "literal_backprop: one sample's tuples need " + megabytes(total) + " (layer " + ell +
        ": ∂z_" + ell + "/∂W_" + ell + " alone is " + std::to_string(n) + "×" + std::to_string(n) +
        "×" + std::to_string(n_prev) + " doubles = " + megabytes(Tensor3::bytes_for(n, n, n_prev)) +
        "), above the limit of " + megabytes(limit) +
        "; raise memory_limit_bytes or use efficient_backprop, which never builds ∂z/∂W");
}
}  // namespace

const LiteralLayer& LiteralSample::layer(std::size_t ell) const {
    if (ell < 1 || ell > layers.size())
        throw IndexError("LiteralSample::layer: ℓ = " + std::to_string(ell) + " outside 1…" +
                         std::to_string(layers.size()));
    return layers[ell - 1];
}

// [∂z/∂W]_ijk = [x_prev]_k if i = j, else 0
Tensor3 dz_dW(const Vector& x_prev, std::size_t N_ell) {
    Tensor3 T(N_ell, N_ell, x_prev.size());
    for (std::size_t i = 0; i < N_ell; ++i)
        for (std::size_t j = 0; j < N_ell; ++j)
            for (std::size_t k = 0; k < x_prev.size(); ++k) T(i, j, k) = (i == j) ? x_prev[k] : 0.0;
    return T;
}

// 8 (N_ℓ² N_{ℓ−1} + 2 N_ℓ² + 2 N_ℓ)
std::size_t literal_layer_bytes(const MLP& net, std::size_t ell) {
    if (ell < 1 || ell > net.L())
        throw IndexError("literal_layer_bytes: ℓ = " + std::to_string(ell) + " outside 1…" +
                         std::to_string(net.L()));
    const std::size_t n = net.N()[ell], n_prev = net.N()[ell - 1];
    std::size_t bytes = Tensor3::bytes_for(n, n, n_prev);   // ∂z/∂W
    bytes = add_bytes(bytes, Tensor3::bytes_for(2, n, n));  // G_σ′ and I
    return add_bytes(bytes, Tensor3::bytes_for(2, n, 1));   // z and x
}

std::size_t literal_memory_bytes(const MLP& net) {
    std::size_t total = 0;
    for (std::size_t ell = 1; ell <= net.L(); ++ell)
        total = add_bytes(total, literal_layer_bytes(net, ell));
    return total;
}

LiteralSample literal_forward(const MLP& net, const Cost& cost, const Vector& x_m,
                              const Vector& y_m, std::size_t memory_limit_bytes) {
    if (x_m.size() != net.input_size() || y_m.size() != net.output_size())
        throw ShapeError("literal_forward: sample of size " + std::to_string(x_m.size()) +
                         " and target of size " + std::to_string(y_m.size()) + " for a network " +
                         std::to_string(net.input_size()) + " → " +
                         std::to_string(net.output_size()));
    require_memory(net, memory_limit_bytes);
    LiteralSample s;
    s.x_0 = x_m;
    const Vector* x_prev = &s.x_0;
    s.layers.reserve(net.L());
    for (std::size_t ell = 1; ell <= net.L(); ++ell) {
        LiteralLayer t;
        t.z = net.W(ell) * *x_prev + net.b(ell);              // z_ℓm = W_ℓ x_(ℓ−1)m + b_ℓ
        t.x = net.sigma(ell).sigma(t.z);                      // x_ℓm = σ(z_ℓm)
        t.G_sigma_prime = net.sigma(ell).G_sigma_prime(t.z);  // G_σ′(z_ℓm)
        t.dz_dW = dz_dW(*x_prev, net.N()[ell]);               // ∂z_ℓm/∂W_ℓ
        t.dz_db = Matrix::identity(net.N()[ell]);             // ∂z_ℓm/∂b_ℓ = I
        s.layers.push_back(std::move(t));
        x_prev = &s.layers.back().x;
    }
    s.J = cost.J(s.layers.back().x, y_m);                  // J(x_Lm)
    s.g_J_prime = cost.g_J_prime(s.layers.back().x, y_m);  // g_J′(x_Lm)
    return s;
}

PerLayer<Vector> literal_rows(const MLP& net, const LiteralSample& s) {
    if (s.layers.size() != net.L())
        throw ShapeError("literal_rows: a sample with " + std::to_string(s.layers.size()) +
                         " layers for a network of L = " + std::to_string(net.L()));
    PerLayer<Vector> r(net.L());  // r(ℓ) = r_ℓ
    // r_Lᵀ = g_J′ᵀ G_σ′(z_L)ᵀ
    r(net.L()) = vecmat(s.g_J_prime, transpose(s.layer(net.L()).G_sigma_prime));
    for (std::size_t ell = net.L() - 1; ell >= 1; --ell) {
        // r_ℓᵀ = r_{ℓ+1}ᵀ W_{ℓ+1} G_σ′(z_ℓ)ᵀ
        const Vector through_W = vecmat(r(ell + 1), net.W(ell + 1));
        r(ell) = vecmat(through_W, transpose(s.layer(ell).G_sigma_prime));
    }
    return r;
}

MLPGradient literal_backward(const MLP& net, const LiteralSample& s) {
    const PerLayer<Vector> r = literal_rows(net, s);
    MLPGradient g;
    g.dW.resize(net.L());
    g.db.resize(net.L());
    for (std::size_t ell = net.L(); ell >= 1; --ell) {
        g.dW(ell) = contract(r(ell), s.layer(ell).dz_dW);  // ∂J/∂W_ℓ = r_ℓᵀ ∂z_ℓ/∂W_ℓ
        g.db(ell) = vecmat(r(ell), s.layer(ell).dz_db);  // ∂J/∂b_ℓ = r_ℓᵀ I
    }
    return g;
}

MLPGradient literal_backprop(const MLP& net, const Cost& cost, const Matrix& X, const Matrix& Y,
                             std::size_t memory_limit_bytes) {
    backprop_check::batch_shape("literal_backprop", net, X, Y);
    backprop_check::finite("literal_backprop", "input X", X);
    backprop_check::finite("literal_backprop", "target Y", Y);
    require_memory(net, memory_limit_bytes);
    const std::size_t M = X.cols();
    MLPGradient sum = net.zero_gradient();
    for (std::size_t m = 0; m < M; ++m) {
        const LiteralSample s = literal_forward(net, cost, X.col(m), Y.col(m), memory_limit_bytes);
        const MLPGradient g = literal_backward(net, s);
        for (std::size_t ell = 1; ell <= net.L(); ++ell) {
            sum.dW(ell) += g.dW(ell);
            sum.db(ell) += g.db(ell);
        }
    }
    // ∂R̂/∂θ = (1/M) Σ_m ∂J(x_Lm)/∂θ
    for (std::size_t ell = 1; ell <= net.L(); ++ell) {
        sum.dW(ell) /= static_cast<double>(M);
        sum.db(ell) /= static_cast<double>(M);
    }
    return sum;
}

}  // namespace redes
