// 06 — Perceptrón multicapa.
//   f(x; Θ) = x_L,  x_ℓ = σ_ℓ(W_ℓ x_{ℓ−1} + b_ℓ),  ℓ = 1…L,  x_0 = x
// Random networks with one input and one output: H hidden layers of width N with σ = ReLU or
// tanh, then a linear output layer (σ_L = identity, as w₂ᵀσ(·) + b₂ in the XOR network), so the
// notes' L is H + 1, drawn by random_mlp (sections.hpp). We draw the functions they compute as
// depth and width grow (functions.cpp), and count the linear pieces of the ReLU ones exactly
// (pieces.cpp, linear_pieces.hpp).
#include <algorithm>
#include <cmath>
#include <string>

#include "redes/app/chapter.hpp"
#include "redes/app/format.hpp"
#include "redes/app/option_lists.hpp"
#include "sections.hpp"

namespace po = boost::program_options;
using redes::app::fmt;

int main(int argc, char** argv) {
    redes::app::Chapter ch("06", "mlp",
                           "random MLPs of growing depth and width and the functions they draw");
    std::string depths_text = "1,2,4,8", widths_text = "2,8,32";
    int width = 8, depth = 2, draws = 20, points = 1001;
    double gain_relu = std::sqrt(2.0), gain_tanh = 1.0, bias_scale = 0.5, x_max = 3.0;
    // clang-format off
    ch.options().add_options()
        ("depths", po::value(&depths_text)->default_value(depths_text), "hidden layers H to draw (L = H + 1), e.g. 1,2,4,8")
        ("widths", po::value(&widths_text)->default_value(widths_text), "widths N_ℓ to draw, e.g. 2,8,32")
        ("width", po::value(&width)->default_value(width), "width N_ℓ of the networks in the depth figures")
        ("depth", po::value(&depth)->default_value(depth), "hidden layers H of the networks in the width figures")
        ("gain-relu", po::value(&gain_relu)->default_value(gain_relu, "1.414"), "W_ℓ ~ N(0, gain²/N_{ℓ−1}) for ReLU nets")
        ("gain-tanh", po::value(&gain_tanh)->default_value(gain_tanh), "the same for tanh nets")
        ("bias-scale", po::value(&bias_scale)->default_value(bias_scale), "b_ℓ ~ N(0, bias_scale²)")
        ("x-max", po::value(&x_max)->default_value(x_max), "inputs x ∈ [−x_max, x_max]")
        ("draws", po::value(&draws)->default_value(draws), "random networks per (N, H) when counting pieces")
        ("points", po::value(&points)->default_value(points), "points per curve");
    // clang-format on

    return ch.run(argc, argv, [&](redes::app::Context& ctx) {
        ch06::Settings s;
        s.depths = redes::app::parse_size_list("depths", depths_text, 1, 16);
        s.widths = redes::app::parse_size_list("widths", widths_text, 1, 256);
        redes::app::require(width >= 1 && width <= 256, "width", std::to_string(width),
                            "between 1 and 256");
        redes::app::require(depth >= 1 && depth <= 16, "depth", std::to_string(depth),
                            "between 1 and 16");
        redes::app::require(gain_relu > 0 && gain_relu <= 10, "gain-relu", fmt(gain_relu),
                            "in (0, 10]");
        redes::app::require(gain_tanh > 0 && gain_tanh <= 10, "gain-tanh", fmt(gain_tanh),
                            "in (0, 10]");
        redes::app::require(bias_scale >= 0 && bias_scale <= 10, "bias-scale", fmt(bias_scale),
                            "in [0, 10]");
        redes::app::require(x_max > 0 && x_max <= 1000, "x-max", fmt(x_max), "in (0, 1000]");
        redes::app::require(draws >= 1 && draws <= 1000, "draws", std::to_string(draws),
                            "between 1 and 1000");
        redes::app::require(points >= 11 && points <= 100001, "points", std::to_string(points),
                            "between 11 and 100001");
        s.width = static_cast<std::size_t>(width);
        s.depth = static_cast<std::size_t>(depth);
        s.gain_relu = gain_relu;
        s.gain_tanh = gain_tanh;
        s.bias_scale = bias_scale;
        s.x_max = x_max;
        s.draws = ctx.quick ? std::min(draws, 3) : draws;
        s.points = static_cast<std::size_t>(ctx.quick ? std::min(points, 201) : points);

        // the inputs as one batch, samples as columns: X = [x_1 ⋯ x_P]
        redes::Matrix X(1, s.points);
        for (std::size_t p = 0; p < s.points; ++p)
            X(0, p) =
                -x_max + 2 * x_max * static_cast<double>(p) / static_cast<double>(s.points - 1);

        ch06::functions(ctx, s, X);  // 1. the functions as depth, then width, grow
        redes::Rng rng = ctx.rng.split();
        ch06::pieces(ctx, s, rng);  // 2. the pieces against depth, and the sawtooth
    });
}
