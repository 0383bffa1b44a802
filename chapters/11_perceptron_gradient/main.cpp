// 11 — Gradiente Descendente para un Perceptrón.
// For one perceptron f(x_m; W₁, b₁) = σ(W₁x_m + b₁) and the cost J(x₁ₘ) = ‖y_m − x₁ₘ‖², the notes
// write the gradient of R̂ as a product of real matrices and a tensor:
//   ∂R̂/∂W₁ = (1/M) Σ_m g_J′(x₁ₘ)ᵀ G_σ′(z₁ₘ)ᵀ ∂{W₁x_m + b₁}/∂W₁   (1×N₁)(N₁×N₁)(N₁×N₁×N) → N₁×N
//   ∂R̂/∂b₁ = (1/M) Σ_m g_J′(x₁ₘ)ᵀ G_σ′(z₁ₘ)ᵀ I
// This program builds every factor for one sample (backprop/literal.hpp), prints it, multiplies
// them, and compares the product with the closed form −2(y_m − x₁ₘ) ⊙ σ′(z₁ₘ) x_mᵀ and with
// central finite differences. Then it trains a perceptron by gradient descent with that gradient
// (training.cpp).
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "redes/activations/activation.hpp"
#include "redes/app/chapter.hpp"
#include "redes/backprop/efficient.hpp"
#include "redes/backprop/finite_differences.hpp"
#include "redes/backprop/gradient_check.hpp"
#include "redes/backprop/literal.hpp"
#include "redes/error.hpp"
#include "redes/linalg.hpp"
#include "redes/models/perceptron.hpp"
#include "redes/risk/cost.hpp"
#include "show.hpp"
#include "training.hpp"

namespace po = boost::program_options;
using ch11::show;
using redes::Activation;
using redes::Matrix;
using redes::Tensor3;
using redes::Vector;

namespace {

// A number rounded to one decimal, so the printed tensor is easy to read.
double tenth(double v) { return std::round(10.0 * v) / 10.0; }

// max_ij |a_ij − b_ij| / max_ij |b_ij|
double max_rel_diff(const Matrix& a, const Matrix& b) {
    return redes::max_abs(a - b) / std::max(redes::max_abs(b), 1e-300);
}

// The tensor's N₁ slices side by side as heatmaps; slice i has x_mᵀ in its row j = i.
void plot_slices(const redes::app::Context& ctx, const Tensor3& T) {
    const std::size_t N1 = T.dim0(), N = T.dim2();
    auto fig = ctx.figure(
        "dz_dW_slices",
        "∂\\{W_1x_m + b_1\\}/∂W_1 ∈ R^{N_1×N_1×N}: slice i holds x_m^T in its row j = i");
    fig.xlabel("k (column of W_1);  the entries of slice i are [∂z_i/∂W_1]_{jk}")
        .ylabel("j (row of W_1)")
        .cblabel("[∂\\{W_1x_m + b_1\\}/∂W_1]_{ijk}")
        .size(static_cast<int>(260 * N1 + 200), 420)
        .legend("off");
    std::ostringstream xt;
    xt << "set xtics (";
    for (std::size_t i = 0; i < N1; ++i) {
        const double offset = static_cast<double>(i * (N + 1));
        std::vector<double> gx(N), gy(N1);
        for (std::size_t k = 0; k < N; ++k) gx[k] = offset + static_cast<double>(k + 1);
        for (std::size_t j = 0; j < N1; ++j) gy[j] = static_cast<double>(j + 1);
        fig.heatmap(gx, gy, T.slice(i));
        for (std::size_t k = 0; k < N; ++k)
            xt << (i || k ? ", " : "") << "'" << k + 1 << "' " << gx[k];
        std::ostringstream title;
        title << "set label 'slice i = " << i + 1 << "' at "
              << offset + 0.5 * static_cast<double>(N + 1) << ",0.25 center front";
        fig.raw(title.str());
        for (std::size_t j = 0; j < N1; ++j)
            for (std::size_t k = 0; k < N; ++k) {
                std::ostringstream lab;
                lab << "set label '" << T(i, j, k) << "' at " << gx[k] << "," << gy[j]
                    << " center front textcolor rgb 'white'";
                fig.raw(lab.str());
            }
    }
    xt << ")";
    fig.raw(xt.str());
    std::ostringstream yr;
    yr << "set yrange [" << static_cast<double>(N1) + 0.5 << ":-0.1]";
    fig.raw(yr.str());
    std::ostringstream xr;
    xr << "set xrange [0.4:" << static_cast<double>(N1 * (N + 1)) - 0.4 << "]";
    fig.raw(xr.str());
    fig.raw("set ytics 1, 1, " + std::to_string(N1));
    fig.raw("unset grid");
    ctx.save(fig);
}

}  // namespace

int main(int argc, char** argv) {
    redes::app::Chapter ch(
        "11", "perceptron_gradient",
        "the perceptron's gradient g_J′ᵀ G_σ′ᵀ ∂{W₁x_m + b₁}/∂W₁, factor by factor");
    std::string activation = "sigmoid";
    int N = 4, N1 = 3, M = 5, steps = 1000, train_samples = 100;
    double eta = 2.0;
    // clang-format off
    ch.options().add_options()
        ("activation", po::value(&activation)->default_value(activation),
         "σ of the perceptron: relu, leaky_relu[:α], abs, sigmoid, tanh, identity")
        ("inputs", po::value(&N)->default_value(N), "N, the size of x_m (1…8)")
        ("outputs", po::value(&N1)->default_value(N1), "N₁, the size of f(x_m) (1…6)")
        ("samples", po::value(&M)->default_value(M), "M, samples in the gradient check (1…1000)")
        ("eta", po::value(&eta)->default_value(eta), "η, the learning rate of gradient descent (> 0)")
        ("steps", po::value(&steps)->default_value(steps), "gradient descent steps (1…100000)")
        ("train-samples", po::value(&train_samples)->default_value(train_samples),
         "samples of the two classes the perceptron learns to separate (2…10000)");
    // clang-format on

    return ch.run(argc, argv, [&](redes::app::Context& ctx) {
        redes::app::require(N >= 1 && N <= 8, "inputs", std::to_string(N), "between 1 and 8");
        redes::app::require(N1 >= 1 && N1 <= 6, "outputs", std::to_string(N1), "between 1 and 6");
        redes::app::require(M >= 1 && M <= 1000, "samples", std::to_string(M),
                            "between 1 and 1000");
        redes::app::require(eta > 0.0 && std::isfinite(eta), "eta", std::to_string(eta),
                            "positive and finite");
        redes::app::require(steps >= 1 && steps <= 100000, "steps", std::to_string(steps),
                            "between 1 and 100000");
        redes::app::require(train_samples >= 2 && train_samples <= 10000, "train-samples",
                            std::to_string(train_samples), "between 2 and 10000");
        const Activation sigma = [&] {
            try {
                return Activation::from_name(activation);
            } catch (const redes::ValueError& e) {
                throw redes::ValueError(std::string("option --activation: ") + e.what());
            }
        }();
        std::cout.precision(4);
        // The training data are drawn from their own stream, taken first: changing N, N₁ or M
        // of the first half does not change them.
        redes::Rng train_rng = ctx.rng.split();
        const std::size_t n = static_cast<std::size_t>(N), n1 = static_cast<std::size_t>(N1),
                          m_count = static_cast<std::size_t>(M);

        // The perceptron and M samples; inputs and targets rounded to tenths to read them easily.
        redes::Rng& rng = ctx.rng;
        const Matrix W1 = Matrix::from_function(n1, n, [&](std::size_t, std::size_t) {
            return rng.normal(0.0, 1.0 / std::sqrt(static_cast<double>(n)));
        });
        const Vector b1 =
            Vector::from_function(n1, [&](std::size_t) { return rng.normal(0.0, 0.3); });
        const Matrix X = Matrix::from_function(n, m_count, [&](std::size_t, std::size_t) {
            return tenth(rng.normal());
        });
        const Matrix Y = Matrix::from_function(n1, m_count, [&](std::size_t, std::size_t) {
            return tenth(rng.uniform());
        });
        const redes::Perceptron p(W1, b1, sigma);
        const redes::MLP net = p.to_mlp();  // the same function as an MLP with L = 1
        const redes::Cost J = redes::Cost::quadratic();

        std::cout << "perceptron f(x_m; W₁, b₁) = σ(W₁x_m + b₁), N = " << n << ", N₁ = " << n1
                  << ", σ = " << sigma.name() << ", J = ‖y_m − x₁ₘ‖², M = " << m_count << "\n";
        show("W₁", W1);
        show("b₁", b1);

        // ---- one sample, factor by factor -------------------------------------------------
        const Vector x_m = X.col(0), y_m = Y.col(0);
        const redes::LiteralSample s = redes::literal_forward(net, J, x_m, y_m);
        const redes::LiteralLayer& t = s.layer(1);
        std::cout
            << "\nsample m = 1, the slide's tuple (z₁ₘ, x₁ₘ, G_σ′(z₁ₘ), ∂z₁ₘ/∂W₁, ∂z₁ₘ/∂b₁):\n";
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
            [&](const Vector& w) { return redes::reshape(w, n1, n) * x_m + b1; },
            redes::flatten(W1));
        double tensor_err = 0.0;
        for (std::size_t i = 0; i < n1; ++i)
            for (std::size_t j = 0; j < n1; ++j)
                for (std::size_t k = 0; k < n; ++k)
                    tensor_err =
                        std::max(tensor_err, std::abs(t.dz_dW(i, j, k) - jac(i, j * n + k)));
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
        const Vector e = redes::hadamard(-2.0 * (y_m - t.x), sigma.sigma_prime(t.z));
        const Matrix closed = redes::outer(e, x_m);
        show("closed form −2(y_m − x₁ₘ) ⊙ σ′(z₁ₘ) x_mᵀ", closed);
        std::printf(
            "  literal product vs closed form: max relative difference %.1e (∂/∂W₁), %.1e (∂/∂b₁)\n",
            max_rel_diff(dJ_dW, closed),
            max_rel_diff(Matrix::from_columns({dJ_db}), Matrix::from_columns({e})));

        // ---- all M samples: the average, against finite differences ------------------------
        // ∂R̂/∂W₁ = (1/M) Σ_m g_J′ᵀ G_σ′ᵀ ∂{W₁x_m + b₁}/∂W₁
        const redes::MLPGradient g = redes::literal_backprop(net, J, X, Y);
        const redes::MLPGradient g_eff = redes::efficient_backprop(net, J, X, Y);
        std::cout << "\nover the M = " << m_count << " samples, (1/M) Σ_m of the product:\n";
        show("∂R̂/∂W₁", g.dW[0]);
        show("∂R̂/∂b₁", g.db[0]);
        std::printf("  literal vs efficient path: max relative difference %.1e\n",
                    std::max(max_rel_diff(g.dW[0], g_eff.dW[0]),
                             max_rel_diff(Matrix::from_columns({g.db[0]}),
                                          Matrix::from_columns({g_eff.db[0]}))));
        // The gradient checker (backprop/gradient_check.hpp): g against central differences.
        const redes::GradientCheck check = redes::check_gradient(net, J, X, Y, g);
        std::cout << "\n" << check;
        std::cout << "  entry by entry (relative error |a − n| / (|a| + |n|)):\n"
                  << "    entry      analytic a       numeric n        rel. error\n";
        for (std::size_t q = 0; q < check.analytic.size(); ++q) {
            char name[64];
            if (q < n1 * n) std::snprintf(name, sizeof name, "[W₁]_%zu%zu", q / n + 1, q % n + 1);
            else std::snprintf(name, sizeof name, "[b₁]_%zu  ", q - n1 * n + 1);
            std::printf("    %-10s %+.8e  %+.8e  %.1e\n", name, check.analytic[q], check.numeric[q],
                        redes::relative_error(check.analytic[q], check.numeric[q]));
        }
        plot_slices(ctx, t.dz_dW);

        // ---- gradient descent with this gradient --------------------------------------------
        ch11::TrainingOptions opt;
        opt.sigma = sigma;
        opt.eta = eta;
        opt.steps = static_cast<std::size_t>(ctx.quick ? std::min(steps, 60) : steps);
        opt.M = static_cast<std::size_t>(ctx.quick ? std::min(train_samples, 40) : train_samples);
        opt.grid = ctx.quick ? 41 : 161;
        ch11::train_and_plot(ctx, opt, train_rng);
    });
}
