#pragma once
// 09 — Teorema Universal de Aproximación: the pieces of the experiment, shared by the chapter
// program and its tests (tests/ch09_universal_approximation_test.cpp).
//
// The theorem's network, one hidden layer of width N₁ and a linear output:
//   f(x; Θ) = w₂ᵀ σ(W₁ x + b₁) + b₂,   W₁ ∈ R^{N₁×N}, b₁, w₂ ∈ R^{N₁}, b₂ ∈ R
// (the notes have no output bias b₂; we keep one, as every library does: it is one more
// parameter and only helps, and the bound below counts it). It is an MLP with widths
// {N, N₁, 1}, σ₁ = σ and σ₂ = identity.
//
// A target f ∈ C([0, 1]^N) is fitted on a grid of M training points by full-batch Adam for a
// fixed number of steps, and judged by the maximum error on a much finer grid,
//   ‖f − f(·; Θ)‖_∞ ≈ max_{x ∈ grid} |f(x) − f(x; Θ)|,
// the ε of the theorem's |f(x) − f(x; Θ)| ≤ ε for every x ∈ [0, 1]^N.
#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "redes/activations/activation.hpp"
#include "redes/error.hpp"
#include "redes/linalg/matrix.hpp"
#include "redes/linalg/vector.hpp"
#include "redes/models/mlp.hpp"
#include "redes/optim/adam.hpp"
#include "redes/optim/mlp_objective.hpp"
#include "redes/optim/objective.hpp"
#include "redes/risk/cost.hpp"
#include "redes/stats/grid.hpp"
#include "redes/stats/rng.hpp"

namespace ch09 {

using redes::Activation;
using redes::Matrix;
using redes::MLP;
using redes::Vector;

// A continuous target f: [0, 1]^N → R.
struct Target {
    std::string name;     // "smooth", "kink", "step", "bump", "identity"
    std::string formula;  // for titles and output, gnuplot enhanced text
    std::size_t N = 1;    // input dimension
    std::function<double(const Vector&)> f;
};

// The targets of the chapter: three on [0, 1] and one on [0, 1]².
inline std::vector<std::string> target_names() { return {"smooth", "kink", "step", "bump"}; }

// smooth  f(x) = sin(2πx)
// kink    f(x) = |x − ½|
// step    f(x) = 1/(1 + exp(−k(x − ½)))        (a steep sigmoid, k = steepness)
// bump    f(x) = exp(−8‖x − (½, ½)‖²)          on [0, 1]²
// identity f(x) = x,  square f(x) = x²        (for the compact-set experiment)
inline Target make_target(const std::string& name, double steepness = 50.0) {
    const double pi = std::acos(-1.0);
    if (name == "smooth")
        return {name, "sin(2πx)", 1, [pi](const Vector& x) { return std::sin(2 * pi * x[0]); }};
    if (name == "kink")
        return {name, "|x − ½|", 1, [](const Vector& x) { return std::abs(x[0] - 0.5); }};
    if (name == "step") {
        char buf[64];
        std::snprintf(buf, sizeof buf, "1/(1 + e^{−%g(x − ½)})", steepness);
        return {name, buf, 1, [steepness](const Vector& x) {
                    return 1.0 / (1.0 + std::exp(-steepness * (x[0] - 0.5)));
                }};
    }
    if (name == "bump")
        return {name, "exp(−8‖x − (½,½)‖²)", 2, [](const Vector& x) {
                    const double d0 = x[0] - 0.5, d1 = x[1] - 0.5;
                    return std::exp(-8.0 * (d0 * d0 + d1 * d1));
                }};
    if (name == "identity") return {name, "x", 1, [](const Vector& x) { return x[0]; }};
    if (name == "square") return {name, "x²", 1, [](const Vector& x) { return x[0] * x[0]; }};
    throw redes::ValueError("make_target: unknown target '" + name +
                            "' (known: smooth, kink, step, bump, identity, square)");
}

// [f(x_1) ⋯ f(x_P)] for the points in the columns of X (1 × P)
inline Matrix target_values(const Target& target, const Matrix& X) {
    Matrix Y(1, X.cols());
    for (std::size_t p = 0; p < X.cols(); ++p) Y(0, p) = target.f(X.col(p));
    return Y;
}

// f(x; Θ) = w₂ᵀ σ(W₁ x + b₁) + b₂: widths {N, N₁, 1}, σ then identity; parameters zero.
inline MLP theorem_network(std::size_t N, std::size_t N1, const Activation& sigma) {
    return MLP({N, N1, 1}, sigma, Activation::identity());
}

// θ_0 with every hidden unit's switch inside the cube (where the target lives):
//   [W₁]_i ~ N(0, s² I),  c_i ~ U[0, 1]^N,  [b₁]_i = −[W₁]_i c_i   (unit i switches where [W₁]_i (x − c_i) = 0)
//   w₂ = 0,  b₂ = 0                                                 (training starts from f(x; Θ_0) = 0)
// With the library's constant biases every unit would switch at x = 0, on the border of the
// cube; spreading the switches over the cube is what the theorem's proof does by hand.
inline void init_spread(MLP& net, double s, redes::Rng& rng) {
    Matrix& W1 = net.W(1);
    Vector& b1 = net.b(1);
    for (std::size_t i = 0; i < W1.rows(); ++i) {
        double wc = 0.0;
        for (std::size_t j = 0; j < W1.cols(); ++j) {
            W1(i, j) = rng.normal(0.0, s);
            wc += W1(i, j) * rng.uniform();  // [W₁]_i c_i with c_i ~ U[0, 1]^N
        }
        b1[i] = -wc;
    }
    net.W(2) = Matrix(1, W1.rows());
    net.b(2) = Vector(1);
}

// An Rng for one experiment, seeded by the run's seed and the experiment's name (FNV-1a hash),
// so that its numbers do not depend on which other experiments ran before it.
inline redes::Rng stream(std::uint64_t seed, const std::string& name) {
    std::uint64_t h = 14695981039346656037ull;  // FNV-1a offset basis
    for (unsigned char c : name) h = (h ^ c) * 1099511628211ull;
    return redes::Rng(seed ^ h);
}

// The training points: M = n points of [0, 1] (N = 1) or an n × n grid of [0, 1]² (N = 2).
inline Matrix training_points(std::size_t N, std::size_t n) { return redes::unit_cube_grid(N, n); }

struct FitOptions {
    std::size_t steps = 400;   // full-batch Adam steps (M′ = M: one step per epoch)
    double eta = 0.03;         // Adam's η
    double init_scale = 20.0;  // s in [W₁]_i ~ N(0, s² I)
};

struct Fit {
    MLP net;                  // f(·; Θ) after training
    double train_risk = 0.0;  // R̂(θ) = (1/M) Σ_m (y_m − f(x_m; θ))² on the training points
    double sup_error = 0.0;   // max over the evaluation grid of |f(x) − f(x; Θ)|
};

// max_{x ∈ X_eval} |f(x) − f(x; Θ)|, the sup norm of the error on a fine grid
inline double sup_error(const MLP& net, const Target& target, const Matrix& X_eval) {
    const Matrix F = net.forward(X_eval);
    double e = 0.0;
    for (std::size_t p = 0; p < X_eval.cols(); ++p)
        e = std::max(e, std::abs(target.f(X_eval.col(p)) - F(0, p)));
    return e;
}

// Trains the theorem's network of width N₁ on the target at the points X_train by full-batch
// Adam (every step sees all M points, so a step is an epoch), then measures the sup error on
// X_eval. θ_0 from rng. The loop is sgd() with M′ = M minus its per-epoch bookkeeping (a second
// forward pass per step to record R̂), which would cost a third of the time here.
inline Fit fit_target(const Target& target, std::size_t N1, const Activation& sigma,
                      const Matrix& X_train, const Matrix& X_eval, const FitOptions& o,
                      redes::Rng& rng) {
    MLP net = theorem_network(target.N, N1, sigma);
    init_spread(net, o.init_scale, rng);
    // R̂(θ) = (1/M) Σ_m (y_m − f(x_m; θ))², the notes' quadratic cost
    const redes::MLPObjective R(net, redes::Cost::quadratic(), X_train,
                                target_values(target, X_train));
    const std::vector<std::size_t> all = redes::all_samples(R.M());
    Vector theta = net.parameters(), g;
    redes::Adam adam(o.eta);
    double R_hat = 0.0;
    for (std::size_t k = 0; k < o.steps; ++k) {
        // g_k = ∇R̂(θ_k) on all M points; θ_{k+1} ← Adam step
        R_hat = R.risk_and_gradient(theta, all, g);
        if (!std::isfinite(R_hat) || !redes::all_finite(g))
            throw redes::DivergenceError(
                "fit_target: step " + std::to_string(k) + " (N₁ = " + std::to_string(N1) +
                ", target " + target.name + "): R̂ = " + std::to_string(R_hat) +
                " or its gradient is not finite; lower the learning rate η = " +
                std::to_string(o.eta));
        adam.step(theta, g);
    }
    net.set_parameters(theta);
    return {net, R.empirical_risk(theta), sup_error(net, target, X_eval)};
}

// The existence side of the theorem, built by hand for N = 1 (no training): the proof's networks.
//
// σ = sigmoid: a staircase of N₁ steep steps at the midpoints s_i = (i − ½)/N₁ of the cells
// [t_{i−1}, t_i], t_i = i/N₁, each as high as f rises across its cell:
//   f(x; Θ) = f(0) + Σ_{i=1}^{N₁} [f(t_i) − f(t_{i−1})] σ(k (x − s_i)),   k = 10 N₁
// so |f(x) − f(x; Θ)| ≤ ω(f, 1/N₁) + tails: of the order of L/N₁ for a slope |f′| ≤ L.
// σ = tanh: the same, since σ_sigmoid(z) = (1 + tanh(z/2))/2.
// σ = ReLU: the piecewise-linear interpolant of f at the knots t_i = i/N₁, i = 0 … N₁−1:
//   f(x; Θ) = f(0) + Σ_{i=0}^{N₁−1} (m_i − m_{i−1}) ReLU(x − t_i),
//   m_i = N₁ [f(t_{i+1}) − f(t_i)] (the slope on cell i), m_{−1} = 0
// exact at every knot; between knots |f − f(·; Θ)| ≤ max|f″| / (8 N₁²) for a smooth f.
inline MLP constructive_network(const Target& target, std::size_t N1, const Activation& sigma) {
    if (target.N != 1)
        throw redes::ValueError("constructive_network: target '" + target.name +
                                "' has N = " + std::to_string(target.N) +
                                "; the construction is written for N = 1");
    if (N1 == 0) throw redes::ValueError("constructive_network: width N₁ = 0");
    MLP net = theorem_network(1, N1, sigma);
    const double n = static_cast<double>(N1);
    auto f = [&target](double x) { return target.f(Vector{x}); };
    Matrix& W1 = net.W(1);
    Vector& b1 = net.b(1);
    Matrix& w2 = net.W(2);
    double& b2 = net.b(2)[0];
    b2 = f(0.0);
    const redes::ActivationKind kind = sigma.kind();
    if (kind == redes::ActivationKind::sigmoid || kind == redes::ActivationKind::tanh) {
        const double k = 10.0 * n;
        for (std::size_t i = 1; i <= N1; ++i) {
            const double s_i = (static_cast<double>(i) - 0.5) / n;
            const double rise = f(static_cast<double>(i) / n) - f(static_cast<double>(i - 1) / n);
            if (kind == redes::ActivationKind::sigmoid) {
                // rise · σ(k (x − s_i))
                W1(i - 1, 0) = k;
                b1[i - 1] = -k * s_i;
                w2(0, i - 1) = rise;
            } else {
                // rise · (1 + tanh(k (x − s_i)/2))/2
                W1(i - 1, 0) = k / 2;
                b1[i - 1] = -k * s_i / 2;
                w2(0, i - 1) = rise / 2;
                b2 += rise / 2;
            }
        }
    } else if (kind == redes::ActivationKind::relu) {
        double m_prev = 0.0;  // m_{−1} = 0
        for (std::size_t i = 0; i < N1; ++i) {
            const double t_i = static_cast<double>(i) / n;
            const double m_i = n * (f(static_cast<double>(i + 1) / n) - f(t_i));
            // (m_i − m_{i−1}) ReLU(x − t_i)
            W1(i, 0) = 1.0;
            b1[i] = -t_i;
            w2(0, i) = m_i - m_prev;
            m_prev = m_i;
        }
    } else {
        throw redes::ValueError("constructive_network: no construction for σ = " + sigma.name() +
                                " (sigmoid, tanh, relu)");
    }
    return net;
}

// sup_z |σ(z)| for a bounded σ (sigmoid 1, tanh 1); ValueError for an unbounded one.
inline double sigma_sup(const Activation& sigma) {
    if (sigma.kind() == redes::ActivationKind::sigmoid ||
        sigma.kind() == redes::ActivationKind::tanh)
        return 1.0;
    throw redes::ValueError("sigma_sup: σ = " + sigma.name() + " is not bounded");
}

// |f(x; Θ)| ≤ Σ_i |[w₂]_i| sup|σ| + |b₂| for every x ∈ R^N: a sum of bounded units is bounded.
inline double output_bound(const MLP& net) {
    const double s = sigma_sup(net.sigma(1));
    double B = std::abs(net.b(2)[0]);
    for (std::size_t i = 0; i < net.W(2).cols(); ++i) B += std::abs(net.W(2)(0, i)) * s;
    return B;
}

// A ReLU net grows at most linearly: |f(x; Θ)| ≤ Σ_i |[w₂]_i| (‖[W₁]_i‖₁ ‖x‖_∞ + |[b₁]_i|) + |b₂|.
// Returns the slope A = Σ_i |[w₂]_i| ‖[W₁]_i‖₁ and the offset C = Σ_i |[w₂]_i| |[b₁]_i| + |b₂|.
struct LinearBound {
    double A = 0.0, C = 0.0;
};
inline LinearBound relu_growth_bound(const MLP& net) {
    LinearBound g;
    g.C = std::abs(net.b(2)[0]);
    for (std::size_t i = 0; i < net.W(1).rows(); ++i) {
        double row = 0.0;
        for (std::size_t j = 0; j < net.W(1).cols(); ++j) row += std::abs(net.W(1)(i, j));
        const double w = std::abs(net.W(2)(0, i));
        g.A += w * row;
        g.C += w * std::abs(net.b(1)[i]);
    }
    return g;
}

// The network's derivative with respect to its input, for N = 1 (chain rule through one layer):
//   dŷ/dx = Σ_i [w₂]_i σ′([W₁]_i x + [b₁]_i) [W₁]_i
inline double input_derivative(const MLP& net, double x) {
    if (net.W(1).cols() != 1)
        throw redes::ValueError("input_derivative: the net has N = " +
                                std::to_string(net.W(1).cols()) + " inputs; written for N = 1");
    const Activation& sigma = net.sigma(1);
    double d = 0.0;
    for (std::size_t i = 0; i < net.W(1).rows(); ++i)
        d += net.W(2)(0, i) * sigma.sigma_prime(net.W(1)(i, 0) * x + net.b(1)[i]) * net.W(1)(i, 0);
    return d;
}

// max over the points xs of |f′(x) − dŷ/dx|: the sup error of the derivative.
inline double sup_derivative_error(const MLP& net, const std::function<double(double)>& f_prime,
                                   const std::vector<double>& xs) {
    double e = 0.0;
    for (double x : xs) e = std::max(e, std::abs(f_prime(x) - input_derivative(net, x)));
    return e;
}

}  // namespace ch09
