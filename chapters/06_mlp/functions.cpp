// Random MLPs with one input and one output, and the functions they draw as depth and width grow.
#include <algorithm>
#include <cmath>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "linear_pieces.hpp"
#include "redes/app/format.hpp"
#include "redes/init/random_mlp.hpp"
#include "redes/plot/palette.hpp"
#include "sections.hpp"

using redes::Activation;
using redes::Matrix;
using redes::MLP;
using redes::app::fmt;

namespace ch06 {

std::vector<std::size_t> widths(std::size_t N, std::size_t H) {
    std::vector<std::size_t> w{1};
    for (std::size_t h = 0; h < H; ++h) w.push_back(N);
    w.push_back(1);
    return w;
}

MLP random_mlp(std::size_t N, std::size_t H, const Activation& sigma, double gain,
               double bias_scale, redes::Rng& rng) {
    return redes::init::random_mlp(widths(N, H), sigma, Activation::identity(),
                                   redes::init::WeightInit::normal_fan_in(gain),
                                   redes::init::BiasInit::normal(bias_scale), rng);
}

double variation(const Matrix& F) {
    double v = 0;
    for (std::size_t p = 0; p + 1 < F.cols(); ++p) v += std::abs(F(0, p + 1) - F(0, p));
    return v;
}

void functions(redes::app::Context& ctx, const Settings& s, const Matrix& X) {
    const std::size_t P = X.cols();
    const std::vector<double> xs(X.data(), X.data() + P);
    const Activation relu = Activation::relu(), tanh = Activation::tanh();
    struct Family {
        const Activation& sigma;
        double gain;
    };
    const Family families[] = {{relu, s.gain_relu}, {tanh, s.gain_tanh}};

    std::cout << "one random network per curve, x ∈ [−" << fmt(s.x_max) << ", " << fmt(s.x_max)
              << "]:\n";
    for (const Family& fam : families) {
        redes::Rng rng = ctx.rng.split();
        const std::string sname = fam.sigma.name();
        auto fd = ctx.figure(sname + "_depth", "Multilayer perceptron, σ = " + sname +
                                                   ", N_ℓ = " + std::to_string(s.width) +
                                                   ": random f(x; Θ) as depth grows");
        fd.xlabel("x").ylabel("f(x; Θ)").legend("outside right top");
        for (std::size_t k = 0; k < s.depths.size(); ++k) {
            const MLP net =
                random_mlp(s.width, s.depths[k], fam.sigma, fam.gain, s.bias_scale, rng);
            const Matrix F = net.forward(X);  // f(x_p; Θ) for every x_p at once
            std::ostringstream line;
            line << "  σ = " << sname << ", N = " << s.width << ", H = " << s.depths[k]
                 << " (L = " << s.depths[k] + 1 << ", " << net.num_parameters()
                 << " parameters): f ∈ [" << fmt(*std::min_element(F.data(), F.data() + P)) << ", "
                 << fmt(*std::max_element(F.data(), F.data() + P)) << "], variation "
                 << fmt(variation(F));
            if (fam.sigma.kind() == redes::ActivationKind::relu)
                line << ", " << linear_pieces(net, -s.x_max, s.x_max).size() << " linear pieces";
            std::cout << line.str() << "\n";
            fd.line("H = " + std::to_string(s.depths[k]) +
                        " (L = " + std::to_string(s.depths[k] + 1) + ")",
                    xs, std::vector<double>(F.data(), F.data() + P),
                    "lines lw 2 " + redes::plot::line_colour(k));
        }
        ctx.save(fd);

        auto fw = ctx.figure(sname + "_width", "Multilayer perceptron, σ = " + sname +
                                                   ", H = " + std::to_string(s.depth) +
                                                   " hidden layers: random f(x; Θ) as width grows");
        fw.xlabel("x").ylabel("f(x; Θ)").legend("outside right top");
        for (std::size_t k = 0; k < s.widths.size(); ++k) {
            const MLP net =
                random_mlp(s.widths[k], s.depth, fam.sigma, fam.gain, s.bias_scale, rng);
            const Matrix F = net.forward(X);
            fw.line("N_ℓ = " + std::to_string(s.widths[k]), xs,
                    std::vector<double>(F.data(), F.data() + P),
                    "lines lw 2 " + redes::plot::line_colour(k));
        }
        ctx.save(fw);
    }
}

}  // namespace ch06
