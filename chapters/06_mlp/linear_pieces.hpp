#pragma once
// The linear pieces of a network with one input and one output whose activations are piecewise
// linear with their kink at 0 (ReLU, LeakyReLU, |x|, identity). Such a network is a continuous
// piecewise-affine function: f(x) = a_k x + c_k on consecutive intervals [t_{k−1}, t_k].
//
// Exact method, layer by layer: on an interval where x_{ℓ−1}(x) = A x + C (A, C ∈ R^{N_{ℓ−1}}),
//   z_ℓ(x) = W_ℓ x_{ℓ−1}(x) + b_ℓ = (W_ℓ A) x + (W_ℓ C + b_ℓ)
// is affine; unit i changes side of its kink where [z_ℓ]_i = 0, at x = −[W_ℓ C + b_ℓ]_i / [W_ℓ A]_i.
// Between those points every unit keeps its side, and σ(z) = σ′(z) z there, so
//   x_ℓ(x) = σ′(z_ℓ) ⊙ z_ℓ(x)   (σ′ read at the interval's midpoint).
// Header-only: the chapter program and its test use the same code.
#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "redes/activations/activation.hpp"
#include "redes/error.hpp"
#include "redes/linalg.hpp"
#include "redes/models/mlp.hpp"

namespace ch06 {

// f(x) = slope·x + intercept on [lo, hi].
struct Piece {
    double lo, hi, slope, intercept;
};

inline bool piecewise_linear_with_kink_at_0(const redes::Activation& s) {
    using K = redes::ActivationKind;
    return s.kind() == K::relu || s.kind() == K::leaky_relu || s.kind() == K::abs ||
           s.kind() == K::identity;
}

// The affine pieces of f on [lo, hi], neighbours with the same slope (relative 1e-9) merged.
inline std::vector<Piece> linear_pieces(const redes::MLP& net, double lo, double hi) {
    if (net.input_size() != 1 || net.output_size() != 1)
        throw redes::ShapeError("linear_pieces: network " + std::to_string(net.input_size()) +
                                " → " + std::to_string(net.output_size()) + ", needs 1 → 1");
    if (!(lo < hi))
        throw redes::ValueError("linear_pieces: interval [" + std::to_string(lo) + ", " +
                                std::to_string(hi) + "] is empty");
    struct Span {
        double lo, hi;
        redes::Vector A, C;  // x_ℓ(x) = A x + C on [lo, hi]
    };
    std::vector<Span> spans{{lo, hi, redes::Vector{1.0}, redes::Vector{0.0}}};  // x_0 = x
    for (std::size_t ell = 1; ell <= net.L(); ++ell) {
        const redes::Activation& sigma = net.sigma(ell);
        if (!piecewise_linear_with_kink_at_0(sigma))
            throw redes::ValueError("linear_pieces: layer " + std::to_string(ell) +
                                    " has σ = " + sigma.name() + ", not piecewise linear");
        std::vector<Span> next;
        for (const Span& s : spans) {
            // z_ℓ(x) = (W_ℓ A) x + (W_ℓ C + b_ℓ)
            const redes::Vector a = net.W(ell) * s.A;
            const redes::Vector c = net.W(ell) * s.C + net.b(ell);
            std::vector<double> t{s.lo, s.hi};
            for (std::size_t i = 0; i < a.size(); ++i)
                if (a[i] != 0.0) {
                    const double root = -c[i] / a[i];  // [z_ℓ]_i = 0
                    if (root > s.lo && root < s.hi) t.push_back(root);
                }
            std::sort(t.begin(), t.end());
            t.erase(std::unique(t.begin(), t.end()), t.end());
            for (std::size_t k = 0; k + 1 < t.size(); ++k) {
                const double mid = 0.5 * (t[k] + t[k + 1]);
                redes::Vector A(a.size()), C(a.size());
                for (std::size_t i = 0; i < a.size(); ++i) {
                    const double d =
                        sigma.sigma_prime(a[i] * mid + c[i]);  // σ(z) = σ′(z) z off the kink
                    A[i] = d * a[i];
                    C[i] = d * c[i];
                }
                next.push_back(Span{t[k], t[k + 1], A, C});
            }
        }
        spans = std::move(next);
    }
    std::vector<Piece> pieces;
    for (const Span& s : spans) {
        const double slope = s.A[0], intercept = s.C[0];
        if (!pieces.empty()) {
            Piece& p = pieces.back();
            const double scale = std::max({std::abs(p.slope), std::abs(slope), 1e-300});
            if (std::abs(p.slope - slope) <= 1e-9 * scale) {  // the same line continues
                p.hi = s.hi;
                continue;
            }
        }
        pieces.push_back(Piece{s.lo, s.hi, slope, intercept});
    }
    return pieces;
}

// Telgarsky's sawtooth: the tent map t(x) = 2 ReLU(x) − 4 ReLU(x − ½) (= 2x on [0, ½],
// 2 − 2x on [½, 1]) composed H times, written as an MLP with H hidden layers of width 2 and a
// linear output. On [0, 1] it has 2^H linear pieces, while a single hidden layer of width N has
// at most N + 1: depth multiplies pieces, width adds them.
inline redes::MLP sawtooth(std::size_t H) {
    using redes::Activation;
    using redes::Matrix;
    using redes::Vector;
    if (H == 0) throw redes::ValueError("sawtooth: needs at least one hidden layer, H = 0");
    std::vector<redes::Layer> layers;
    // layer 1: (ReLU(x), ReLU(x − ½))
    layers.push_back(redes::Layer{Matrix{{1.0}, {1.0}}, Vector{0.0, -0.5}, Activation::relu()});
    // layers 2…H: t = 2h₁ − 4h₂ fed to (ReLU(t), ReLU(t − ½))
    for (std::size_t l = 2; l <= H; ++l)
        layers.push_back(
            redes::Layer{Matrix{{2.0, -4.0}, {2.0, -4.0}}, Vector{0.0, -0.5}, Activation::relu()});
    // output: t = 2h₁ − 4h₂
    layers.push_back(redes::Layer{Matrix{{2.0, -4.0}}, Vector{0.0}, Activation::identity()});
    return redes::MLP(std::move(layers));
}

}  // namespace ch06
