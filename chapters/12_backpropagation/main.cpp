// 12 — Regla de la cadena, Backpropagation.
// The gradient of R̂ for a multilayer perceptron by the chain rule, computed two ways:
//   literal    the forward pass stores the slide's tuple (z_ℓm, x_ℓm, G_σ′(z_ℓm), ∂z_ℓm/∂W_ℓ, ∂z_ℓm/∂b_ℓ)
//              and the backward pass multiplies g_J′ᵀ G_Lᵀ W_L ⋯ G_ℓᵀ · ∂z_ℓ/∂W_ℓ, ℓ = L … 1
//   efficient  batched, δ_ℓ = (W_{ℓ+1}ᵀ δ_{ℓ+1}) ⊙ σ′(Z_ℓ), ∂R̂/∂W_ℓ = (1/M) δ_ℓ X_{ℓ−1}ᵀ
// Both are shown equal to each other and to finite differences for every activation, their cost
// is measured against the width, and an MLP learns XOR with them (two_paths.cpp, cost.cpp,
// xor_run.cpp).
#include <cmath>
#include <iostream>
#include <string>
#include <vector>

#include "redes/activations/activation.hpp"
#include "redes/app/chapter.hpp"
#include "redes/error.hpp"
#include "sections.hpp"
#include "xor.hpp"

namespace po = boost::program_options;

int main(int argc, char** argv) {
    redes::app::Chapter ch(
        "12", "backpropagation",
        "backpropagation two ways (literal tensors, efficient batches): equal, checked, timed; XOR");
    const ch12::XorSettings defaults;
    std::string activation = defaults.activation, path = "efficient";
    int width = static_cast<int>(defaults.width), steps = static_cast<int>(defaults.steps);
    int max_width = 128, samples = 8, runs = 200;
    double eta = defaults.eta;
    // clang-format off
    ch.options().add_options()
        ("eta", po::value(&eta)->default_value(eta, "0.1"), "η, learning rate of the XOR training (> 0)")
        ("steps", po::value(&steps)->default_value(steps), "gradient descent steps of the XOR training (1…100000)")
        ("width", po::value(&width)->default_value(width), "N₁, hidden units of the XOR network (1…64)")
        ("activation", po::value(&activation)->default_value(activation),
         "σ of the XOR network's hidden layer: relu, leaky_relu[:α], abs, sigmoid, tanh, identity")
        ("path", po::value(&path)->default_value(path), "backprop path of the XOR training: efficient or literal")
        ("max-width", po::value(&max_width)->default_value(max_width),
         "largest width N of the timing experiment, a power of 2 (8…128)")
        ("samples", po::value(&samples)->default_value(samples),
         "M, samples of the batch in the equality and gradient checks (1…100)")
        ("runs", po::value(&runs)->default_value(runs),
         "random starts of the XOR training whose final risks are compared (2…10000)");
    // clang-format on

    return ch.run(argc, argv, [&](redes::app::Context& ctx) {
        redes::app::require(eta > 0.0 && std::isfinite(eta), "eta", std::to_string(eta),
                            "positive and finite");
        redes::app::require(steps >= 1 && steps <= 100000, "steps", std::to_string(steps),
                            "between 1 and 100000");
        redes::app::require(width >= 1 && width <= 64, "width", std::to_string(width),
                            "between 1 and 64");
        redes::app::require(path == "efficient" || path == "literal", "path", path,
                            "efficient or literal");
        redes::app::require(max_width >= 8 && max_width <= 128 &&
                                (max_width & (max_width - 1)) == 0,
                            "max-width", std::to_string(max_width),
                            "a power of 2 between 8 and 128");
        redes::app::require(samples >= 1 && samples <= 100, "samples", std::to_string(samples),
                            "between 1 and 100");
        redes::app::require(runs >= 2 && runs <= 10000, "runs", std::to_string(runs),
                            "between 2 and 10000");
        try {
            redes::Activation::from_name(activation);
        } catch (const redes::ValueError& e) {
            throw redes::ValueError(std::string("option --activation: ") + e.what());
        }
        std::cout.precision(4);
        ch12::XorSettings xor_settings;
        xor_settings.width = static_cast<std::size_t>(width);
        xor_settings.activation = activation;
        xor_settings.eta = eta;
        xor_settings.steps = static_cast<std::size_t>(steps);
        xor_settings.seed = ctx.seed;
        // The XOR start is drawn from its own stream (xor_stream), not from ctx.rng.

        ch12::two_paths(ctx, static_cast<std::size_t>(samples));
        ch12::memory_refusal();
        ch12::cost_vs_width(ctx, ctx.quick ? 8 : static_cast<std::size_t>(max_width));
        ch12::xor_experiment(ctx, xor_settings,
                             path == "literal" ? ch12::Path::literal : ch12::Path::efficient);
        std::vector<std::size_t> widths{2};
        if (xor_settings.width != 2) widths.push_back(xor_settings.width);
        ch12::risk_over_seeds(ctx, xor_settings, widths,
                              ctx.quick ? 10 : static_cast<std::size_t>(runs));
    });
}
