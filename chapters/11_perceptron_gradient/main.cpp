// 11 — Gradiente Descendente para un Perceptrón.
// For one perceptron f(x_m; W₁, b₁) = σ(W₁x_m + b₁) and the cost J(x₁ₘ) = ‖y_m − x₁ₘ‖², the notes
// write the gradient of R̂ as a product of real matrices and a tensor:
//   ∂R̂/∂W₁ = (1/M) Σ_m g_J′(x₁ₘ)ᵀ G_σ′(z₁ₘ)ᵀ ∂{W₁x_m + b₁}/∂W₁   (1×N₁)(N₁×N₁)(N₁×N₁×N) → N₁×N
//   ∂R̂/∂b₁ = (1/M) Σ_m g_J′(x₁ₘ)ᵀ G_σ′(z₁ₘ)ᵀ I
// This program builds every factor for one sample (backprop/literal.hpp), prints it, multiplies
// them, and compares the product with the closed form −2(y_m − x₁ₘ) ⊙ σ′(z₁ₘ) x_mᵀ and with
// central finite differences. Then it trains a perceptron by gradient descent with that gradient
// (one_sample.cpp, all_samples.cpp, slices_plot.cpp, training.cpp).
#include <algorithm>
#include <cmath>
#include <iostream>
#include <string>

#include "redes/activations/activation.hpp"
#include "redes/app/chapter.hpp"
#include "redes/app/show.hpp"
#include "redes/error.hpp"
#include "sections.hpp"

namespace po = boost::program_options;
using redes::Activation;

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

        const ch11::Problem p = ch11::draw_problem(n, n1, m_count, sigma, ctx.rng);
        std::cout << "perceptron f(x_m; W₁, b₁) = σ(W₁x_m + b₁), N = " << n << ", N₁ = " << n1
                  << ", σ = " << sigma.name() << ", J = ‖y_m − x₁ₘ‖², M = " << m_count << "\n";
        redes::app::show("W₁", p.W1);
        redes::app::show("b₁", p.b1);
        const redes::Tensor3 T = ch11::one_sample(p);
        ch11::all_samples(p);
        ch11::plot_slices(ctx, T);

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
