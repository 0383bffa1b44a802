// Linear pieces of random ReLU networks against depth, beside the hand-built sawtooth whose
// pieces double with every layer.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

#include "linear_pieces.hpp"
#include "redes/app/format.hpp"
#include "redes/plot/palette.hpp"
#include "sections.hpp"

using redes::Activation;
using redes::Matrix;
using redes::MLP;
using redes::app::fmt;

namespace ch06 {

void pieces(const redes::app::Context& ctx, const Settings& s, redes::Rng& rng) {
    const Activation relu = Activation::relu();
    const int draws = s.draws;
    const std::size_t H_max = *std::max_element(s.depths.begin(), s.depths.end());
    std::cout << "linear pieces of random ReLU networks on [−" << fmt(s.x_max) << ", "
              << fmt(s.x_max) << "], mean ± s.e. over " << draws
              << " draws (sawtooth: 2^H on [0, 1]):\n";
    std::printf("  H ");
    for (std::size_t N : s.widths) std::printf("  %14s", ("N = " + std::to_string(N)).c_str());
    std::printf("  %8s\n", "sawtooth");
    auto fpc =
        ctx.figure("relu_pieces",
                   "Linear pieces of a ReLU multilayer perceptron vs depth (1 input, 1 output)");
    fpc.xlabel("hidden layers H (L = H + 1)")
        .ylabel("number of linear pieces")
        .logy()
        .legend("top left")
        .xrange(0.5, static_cast<double>(H_max) + 0.5);
    std::vector<std::vector<double>> mean(s.widths.size()), se(s.widths.size());
    std::vector<double> Hs, saw;
    for (std::size_t H = 1; H <= H_max; ++H) {
        Hs.push_back(static_cast<double>(H));
        std::printf("  %-2zu", H);
        for (std::size_t k = 0; k < s.widths.size(); ++k) {
            double sum = 0, sum2 = 0;
            for (int d = 0; d < draws; ++d) {
                const MLP net = random_mlp(s.widths[k], H, relu, s.gain_relu, s.bias_scale, rng);
                const double n = static_cast<double>(linear_pieces(net, -s.x_max, s.x_max).size());
                sum += n;
                sum2 += n * n;
            }
            const double m = sum / draws;
            const double sd =
                draws > 1 ? std::sqrt(std::max(0.0, (sum2 - draws * m * m) / (draws - 1))) : 0.0;
            mean[k].push_back(m);
            se[k].push_back(sd / std::sqrt(static_cast<double>(draws)));
            std::printf("  %6.1f ± %-5.1f", m, se[k].back());
        }
        saw.push_back(static_cast<double>(linear_pieces(sawtooth(H), 0.0, 1.0).size()));
        std::printf("  %8.0f\n", saw.back());
    }
    for (std::size_t k = 0; k < s.widths.size(); ++k)
        fpc.errorbars("random, N_ℓ = " + std::to_string(s.widths[k]), Hs, mean[k], se[k],
                      "yerrorlines lw 2 pt 7 ps 0.8 " + redes::plot::line_colour(k));
    for (std::size_t k = 0; k < s.widths.size(); ++k) {
        std::vector<double> units;  // N_ℓ·H, the number of hidden units
        for (double H : Hs) units.push_back(H * static_cast<double>(s.widths[k]));
        fpc.line(k == 0 ? "N_ℓ·H: the number of hidden units" : "", Hs, units,
                 "lines lw 1 dashtype 3 " + redes::plot::line_colour(k));
    }
    fpc.line("sawtooth (N_ℓ = 2, built by hand): 2^H", Hs, saw,
             "linespoints lw 2 dashtype 2 pt 5 lc rgb 'black'");
    ctx.save(fpc);

    // The sawtooth itself: depth doubles the pieces.
    auto fs =
        ctx.figure("sawtooth",
                   "Depth multiplies pieces: the tent map composed H times (N_ℓ = 2), 2^H pieces");
    fs.xlabel("x").ylabel("f(x; Θ)").legend("outside right top").yrange(-0.05, 1.3);
    // 2^k + 1 points: the peaks at odd multiples of 2^−H are on the grid
    const std::size_t Q = ctx.quick ? 65 : 1025;
    Matrix U(1, Q);
    std::vector<double> us(Q);
    for (std::size_t p = 0; p < Q; ++p)
        us[p] = U(0, p) = static_cast<double>(p) / static_cast<double>(Q - 1);
    for (std::size_t H = 1; H <= std::min<std::size_t>(4, H_max); ++H) {
        const Matrix F = sawtooth(H).forward(U);
        fs.line("H = " + std::to_string(H) + ": " + std::to_string(1u << H) + " pieces", us,
                std::vector<double>(F.data(), F.data() + Q),
                "lines lw 2 " + redes::plot::line_colour(H - 1));
    }
    ctx.save(fs);
}

}  // namespace ch06
