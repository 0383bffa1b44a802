// 06 — Perceptrón multicapa.
//   f(x; Θ) = x_L,  x_ℓ = σ_ℓ(W_ℓ x_{ℓ−1} + b_ℓ),  ℓ = 1…L,  x_0 = x
// Random networks with one input and one output: H hidden layers of width N with σ = ReLU or
// tanh, then a linear output layer (σ_L = identity, as w₂ᵀσ(·) + b₂ in the XOR network), so the
// notes' L is H + 1. We draw the functions they compute as depth and width grow, and count the
// linear pieces of the ReLU ones exactly.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "linear_pieces.hpp"
#include "redes/activations/activation.hpp"
#include "redes/app/chapter.hpp"
#include "redes/app/format.hpp"
#include "redes/error.hpp"
#include "redes/linalg.hpp"
#include "redes/models/mlp.hpp"
#include "redes/stats/rng.hpp"

namespace po = boost::program_options;
using redes::Activation;
using redes::Matrix;
using redes::MLP;
using redes::Vector;

namespace {

// widths {N_0 = 1, N, …, N (H times), N_L = 1}
std::vector<std::size_t> widths(std::size_t N, std::size_t H) {
    std::vector<std::size_t> w{1};
    for (std::size_t h = 0; h < H; ++h) w.push_back(N);
    w.push_back(1);
    return w;
}

// [W_ℓ]_ij ~ N(0, gain²/N_{ℓ−1}), [b_ℓ]_i ~ N(0, bias_scale²): the scale keeps the size of
// W_ℓ x_{ℓ−1} comparable from layer to layer (gain √2 for ReLU, which zeroes half of its input).
MLP random_mlp(std::size_t N, std::size_t H, const Activation& sigma, double gain,
               double bias_scale, redes::Rng& rng) {
    MLP net(widths(N, H), sigma, Activation::identity());
    for (std::size_t ell = 1; ell <= net.L(); ++ell) {
        Matrix& W = net.W(ell);
        const double s = gain / std::sqrt(static_cast<double>(W.cols()));
        for (std::size_t k = 0; k < W.size(); ++k) W.data()[k] = rng.normal(0.0, s);
        Vector& b = net.b(ell);
        for (std::size_t i = 0; i < b.size(); ++i) b[i] = rng.normal(0.0, bias_scale);
    }
    return net;
}

// "1,2,4,8" → {1, 2, 4, 8}, each in [lo, hi]
std::vector<std::size_t> parse_list(const std::string& option, const std::string& text, int lo,
                                    int hi) {
    std::vector<std::size_t> v;
    std::stringstream ss(text);
    std::string item;
    while (std::getline(ss, item, ',')) {
        std::size_t used = 0;
        int n = 0;
        try {
            n = std::stoi(item, &used);
        } catch (const std::exception&) {
            used = 0;
        }
        redes::app::require(used == item.size() && used > 0 && n >= lo && n <= hi, option,
                            "'" + text + "'",
                            "a comma-separated list of integers in [" + std::to_string(lo) + ", " +
                                std::to_string(hi) + "]");
        v.push_back(static_cast<std::size_t>(n));
    }
    redes::app::require(!v.empty(), option, "'" + text + "'", "a non-empty list");
    return v;
}

using redes::app::fmt;

// V = Σ_p |f(x_{p+1}) − f(x_p)|: how far f travels up and down along the curve.
double variation(const Matrix& F) {
    double v = 0;
    for (std::size_t p = 0; p + 1 < F.cols(); ++p) v += std::abs(F(0, p + 1) - F(0, p));
    return v;
}

const char* color(std::size_t k) {
    static const char* c[] = {"#1f77b4", "#ff7f0e", "#2ca02c", "#d62728",
                              "#9467bd", "#8c564b", "#e377c2", "#17becf"};
    return c[k % 8];
}

}  // namespace

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
        const std::vector<std::size_t> depths = parse_list("depths", depths_text, 1, 16);
        const std::vector<std::size_t> widths_list = parse_list("widths", widths_text, 1, 256);
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
        if (ctx.quick) {
            draws = std::min(draws, 3);
            points = std::min(points, 201);
        }
        const std::size_t P = static_cast<std::size_t>(points);
        // the inputs as one batch, samples as columns: X = [x_1 ⋯ x_P]
        Matrix X(1, P);
        std::vector<double> xs(P);
        for (std::size_t p = 0; p < P; ++p)
            xs[p] = X(0, p) =
                -x_max + 2 * x_max * static_cast<double>(p) / static_cast<double>(P - 1);

        const Activation relu = Activation::relu(), tanh = Activation::tanh();
        struct Family {
            const Activation& sigma;
            double gain;
        };
        const Family families[] = {{relu, gain_relu}, {tanh, gain_tanh}};

        // 1. The functions: depth grows at width N, then width grows at depth H.
        std::cout << "one random network per curve, x ∈ [−" << fmt(x_max) << ", " << fmt(x_max)
                  << "]:\n";
        for (const Family& fam : families) {
            redes::Rng rng = ctx.rng.split();
            const std::string sname = fam.sigma.name();
            auto fd = ctx.figure(sname + "_depth", "Perceptrón multicapa, σ = " + sname +
                                                       ", N_ℓ = " + std::to_string(width) +
                                                       ": random f(x; Θ) as depth grows");
            fd.xlabel("x").ylabel("f(x; Θ)").legend("outside right top");
            for (std::size_t k = 0; k < depths.size(); ++k) {
                const MLP net = random_mlp(static_cast<std::size_t>(width), depths[k], fam.sigma,
                                           fam.gain, bias_scale, rng);
                const Matrix F = net.forward(X);  // f(x_p; Θ) for every x_p at once
                std::ostringstream line;
                line << "  σ = " << sname << ", N = " << width << ", H = " << depths[k]
                     << " (L = " << depths[k] + 1 << ", " << net.num_parameters()
                     << " parameters): f ∈ [" << fmt(*std::min_element(F.data(), F.data() + P))
                     << ", " << fmt(*std::max_element(F.data(), F.data() + P)) << "], variation "
                     << fmt(variation(F));
                if (fam.sigma.kind() == redes::ActivationKind::relu)
                    line << ", " << ch06::linear_pieces(net, -x_max, x_max).size()
                         << " linear pieces";
                std::cout << line.str() << "\n";
                fd.line("H = " + std::to_string(depths[k]) +
                            " (L = " + std::to_string(depths[k] + 1) + ")",
                        xs, std::vector<double>(F.data(), F.data() + P),
                        std::string("lines lw 2 lc rgb '") + color(k) + "'");
            }
            ctx.save(fd);

            auto fw =
                ctx.figure(sname + "_width", "Perceptrón multicapa, σ = " + sname +
                                                 ", H = " + std::to_string(depth) +
                                                 " hidden layers: random f(x; Θ) as width grows");
            fw.xlabel("x").ylabel("f(x; Θ)").legend("outside right top");
            for (std::size_t k = 0; k < widths_list.size(); ++k) {
                const MLP net = random_mlp(widths_list[k], static_cast<std::size_t>(depth),
                                           fam.sigma, fam.gain, bias_scale, rng);
                const Matrix F = net.forward(X);
                fw.line("N_ℓ = " + std::to_string(widths_list[k]), xs,
                        std::vector<double>(F.data(), F.data() + P),
                        std::string("lines lw 2 lc rgb '") + color(k) + "'");
            }
            ctx.save(fw);
        }

        // 2. Linear pieces of random ReLU networks vs depth, against the sawtooth's 2^H.
        const std::size_t H_max = *std::max_element(depths.begin(), depths.end());
        std::cout << "linear pieces of random ReLU networks on [−" << fmt(x_max) << ", "
                  << fmt(x_max) << "], mean ± s.e. over " << draws
                  << " draws (sawtooth: 2^H on [0, 1]):\n";
        std::printf("  H ");
        for (std::size_t N : widths_list)
            std::printf("  %14s", ("N = " + std::to_string(N)).c_str());
        std::printf("  %8s\n", "sawtooth");
        auto fpc =
            ctx.figure("relu_pieces",
                       "Linear pieces of a ReLU perceptrón multicapa vs depth (1 input, 1 output)");
        fpc.xlabel("hidden layers H (L = H + 1)")
            .ylabel("number of linear pieces")
            .logy()
            .legend("top left")
            .xrange(0.5, static_cast<double>(H_max) + 0.5);
        std::vector<std::vector<double>> mean(widths_list.size()), se(widths_list.size());
        std::vector<double> Hs, saw;
        redes::Rng rng = ctx.rng.split();
        for (std::size_t H = 1; H <= H_max; ++H) {
            Hs.push_back(static_cast<double>(H));
            std::printf("  %-2zu", H);
            for (std::size_t k = 0; k < widths_list.size(); ++k) {
                double s = 0, s2 = 0;
                for (int d = 0; d < draws; ++d) {
                    const MLP net = random_mlp(widths_list[k], H, relu, gain_relu, bias_scale, rng);
                    const double n =
                        static_cast<double>(ch06::linear_pieces(net, -x_max, x_max).size());
                    s += n;
                    s2 += n * n;
                }
                const double m = s / draws;
                const double sd =
                    draws > 1 ? std::sqrt(std::max(0.0, (s2 - draws * m * m) / (draws - 1))) : 0.0;
                mean[k].push_back(m);
                se[k].push_back(sd / std::sqrt(static_cast<double>(draws)));
                std::printf("  %6.1f ± %-5.1f", m, se[k].back());
            }
            saw.push_back(
                static_cast<double>(ch06::linear_pieces(ch06::sawtooth(H), 0.0, 1.0).size()));
            std::printf("  %8.0f\n", saw.back());
        }
        for (std::size_t k = 0; k < widths_list.size(); ++k) {
            fpc.errorbars("random, N_ℓ = " + std::to_string(widths_list[k]), Hs, mean[k], se[k],
                          std::string("yerrorlines lw 2 pt 7 ps 0.8 lc rgb '") + color(k) + "'");
        }
        for (std::size_t k = 0; k < widths_list.size(); ++k) {
            std::vector<double> units;  // N_ℓ·H, the number of hidden units
            for (double H : Hs) units.push_back(H * static_cast<double>(widths_list[k]));
            fpc.line(k == 0 ? "N_ℓ·H: the number of hidden units" : "", Hs, units,
                     std::string("lines lw 1 dashtype 3 lc rgb '") + color(k) + "'");
        }
        fpc.line("sawtooth (N_ℓ = 2, built by hand): 2^H", Hs, saw,
                 "linespoints lw 2 dashtype 2 pt 5 lc rgb 'black'");
        ctx.save(fpc);

        // 3. The sawtooth itself: depth doubles the pieces.
        auto fs = ctx.figure(
            "sawtooth",
            "Depth multiplies pieces: the tent map composed H times (N_ℓ = 2), 2^H pieces");
        fs.xlabel("x").ylabel("f(x; Θ)").legend("outside right top").yrange(-0.05, 1.3);
        const std::size_t Q =
            ctx.quick ? 65
                      : 1025;  // 2^k + 1 points: the peaks at odd multiples of 2^−H are on the grid
        Matrix U(1, Q);
        std::vector<double> us(Q);
        for (std::size_t p = 0; p < Q; ++p)
            us[p] = U(0, p) = static_cast<double>(p) / static_cast<double>(Q - 1);
        for (std::size_t H = 1; H <= std::min<std::size_t>(4, H_max); ++H) {
            const Matrix F = ch06::sawtooth(H).forward(U);
            fs.line("H = " + std::to_string(H) + ": " + std::to_string(1u << H) + " pieces", us,
                    std::vector<double>(F.data(), F.data() + Q),
                    std::string("lines lw 2 lc rgb '") + color(H - 1) + "'");
        }
        ctx.save(fs);
    });
}
