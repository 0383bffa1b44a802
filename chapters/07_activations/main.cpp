// 07 — Funciones de activación.
// Every activation of the notes, σ and σ′:
//   ReLU(x) = max{0, x},  LeakyReLU(x) = max{0, x} + α min{0, x},  |x|,
//   sigmoid σ(x) = 1/(1 + exp(−x)),  tanh(x),  identity (a linear output layer).
// σ′ is checked against central differences away from the kink at 0 (derivatives.cpp); the
// Jacobian of the elementwise map z ↦ σ(z), G_σ′(z) = ∂σ/∂z, is shown to be the diagonal matrix
// diag(σ′(z)) against numerical_jacobian (jacobian.cpp); σ and σ′ are drawn (curves.cpp); and
// what σ costs per element is measured, tanh and sigmoid against ReLU (cost.cpp).
#include <cmath>
#include <string>
#include <vector>

#include "redes/app/chapter.hpp"
#include "redes/app/format.hpp"
#include "redes/error.hpp"
#include "sections.hpp"

namespace po = boost::program_options;
using redes::Activation;
using redes::app::fmt;

int main(int argc, char** argv) {
    redes::app::Chapter ch("07", "activations",
                           "σ and σ′ of every activation; G_σ′(z) is diagonal");
    double alpha = 0.1, z_max = 4.0, h = 1e-5;
    int N = 6, runs = 7;
    std::string activation = "tanh";
    // clang-format off
    ch.options().add_options()
        ("alpha", po::value(&alpha)->default_value(alpha, "0.1"), "α of LeakyReLU(x) = max{0,x} + α min{0,x}")
        ("z-max", po::value(&z_max)->default_value(z_max, "4"), "plots cover z ∈ [−z_max, z_max]")
        ("h", po::value(&h)->default_value(h, "1e-5"), "step of the central differences")
        ("N", po::value(&N)->default_value(N), "size of the sample z for G_σ′(z) (1…16)")
        ("activation", po::value(&activation)->default_value(activation),
         "σ whose G_σ′(z) is printed and drawn: relu, leaky_relu[:α], abs, sigmoid, tanh, identity")
        ("runs", po::value(&runs)->default_value(runs), "runs of the cost measurement (1…50; 0 skips it)");
    // clang-format on

    return ch.run(argc, argv, [&](redes::app::Context& ctx) {
        redes::app::require(std::isfinite(alpha) && std::abs(alpha) <= 10, "alpha", fmt(alpha),
                            "finite, |α| ≤ 10");
        redes::app::require(z_max > 0 && z_max <= 50, "z-max", fmt(z_max), "in (0, 50]");
        redes::app::require(h > 0 && h <= 0.1, "h", fmt(h), "in (0, 0.1]");
        redes::app::require(N >= 1 && N <= 16, "N", std::to_string(N), "between 1 and 16");
        redes::app::require(runs >= 0 && runs <= 50, "runs", std::to_string(runs),
                            "between 0 and 50");
        const Activation chosen = [&] {
            try {
                return activation == "leaky_relu" ? Activation::leaky_relu(alpha)
                                                  : Activation::from_name(activation);
            } catch (const redes::ValueError& e) {
                throw redes::ValueError(std::string("option --activation: ") + e.what());
            }
        }();
        const std::vector<Activation> acts = ch07::all_activations(alpha);
        const std::vector<double> z = ch07::z_grid(ctx.quick ? 201 : 801, z_max);

        ch07::derivative_check(acts, z, z_max, h);
        ch07::jacobian(ctx, chosen, static_cast<std::size_t>(N), h, ctx.rng);
        ch07::curves(ctx, acts, z, alpha, z_max);
        if (runs > 0) {
            redes::Rng rng = ctx.rng.split();  // after G_σ′'s draws: those stay as they were
            ch07::activation_cost(ctx, ctx.quick ? 4096 : 65536,
                                  ctx.quick ? std::min(runs, 3) : runs, ctx.quick ? 0.002 : 0.02,
                                  rng);
        }
    });
}
