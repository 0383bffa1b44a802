// 05 — Perceptrón aprende XOR.
// The notes' hand-set network f(x; Θ) = w₂ᵀ σ(W₁x + b₁) + b₂ with
//   W₁ = [[1, 1], [1, 1]], b₁ = [0, −1], w₂ = [1, −2], b₂ = 0, σ = ReLU
// computes XOR on {0, 1}²: a perceptron followed by a linear function is enough.
// It is an MLP with L = 2: layer 1 = (W₁, b₁, σ), layer 2 = (w₂ᵀ, b₂, identity).
// forward.cpp prints the forward pass, pictures.cpp draws the decision map and the hidden space.
#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <string>

#include "redes/activations/activation.hpp"
#include "redes/app/chapter.hpp"
#include "redes/error.hpp"
#include "sections.hpp"

namespace po = boost::program_options;
using redes::Activation;

int main(int argc, char** argv) {
    redes::app::Chapter ch("05", "perceptron_xor",
                           "the hand-set network f(x;Θ) = w₂ᵀσ(W₁x + b₁) + b₂ computes XOR");
    std::string activation = "relu", w2_text = "1,-2";
    double b2_value = 0.0;
    int grid_points = 121;
    // clang-format off
    ch.options().add_options()
        ("activation", po::value(&activation)->default_value(activation),
         "σ of the hidden layer: relu, leaky_relu[:α], abs, sigmoid, tanh, identity")
        ("w2", po::value(&w2_text)->default_value(w2_text), "w₂ as two numbers 'a,b'")
        ("b2", po::value(&b2_value)->default_value(b2_value), "b₂")
        ("grid", po::value(&grid_points)->default_value(grid_points), "points per side of the decision map (≥ 11)");
    // clang-format on

    return ch.run(argc, argv, [&](redes::app::Context& ctx) {
        redes::app::require(grid_points >= 11 && grid_points <= 2001, "grid",
                            std::to_string(grid_points), "between 11 and 2001");
        std::size_t grid = static_cast<std::size_t>(grid_points);
        const Activation sigma = [&] {
            try {
                return Activation::from_name(activation);
            } catch (const redes::ValueError& e) {
                throw redes::ValueError(std::string("option --activation: ") + e.what());
            }
        }();
        if (ctx.quick) grid = std::min<std::size_t>(grid, 41);
        double w21 = 0, w22 = 0;
        {
            char* end = nullptr;
            w21 = std::strtod(w2_text.c_str(), &end);
            const bool first = end != w2_text.c_str() && *end == ',';
            const char* rest = first ? end + 1 : end;
            w22 = std::strtod(rest, &end);
            redes::app::require(first && end != rest && *end == '\0' && std::isfinite(w21) &&
                                    std::isfinite(w22),
                                "w2", "'" + w2_text + "'", "two finite numbers 'a,b'");
        }
        redes::app::require(std::isfinite(b2_value), "b2", std::to_string(b2_value), "finite");
        const redes::MLP net = ch05::xor_network(sigma, w21, w22, b2_value);
        ch05::forward(net, sigma, w21, w22, b2_value);
        ch05::pictures(ctx, net, sigma, grid);
    });
}
