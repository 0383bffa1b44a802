// 05 — Perceptrón aprende XOR.
// The notes' hand-set network f(x; Θ) = w₂ᵀ σ(W₁x + b₁) + b₂ with
//   W₁ = [[1, 1], [1, 1]], b₁ = [0, −1], w₂ = [1, −2], b₂ = 0, σ = ReLU
// computes XOR on {0, 1}²: a perceptron followed by a linear function is enough.
// It is an MLP with L = 2: layer 1 = (W₁, b₁, σ), layer 2 = (w₂ᵀ, b₂, identity).
#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "redes/activations/activation.hpp"
#include "redes/app/chapter.hpp"
#include "redes/error.hpp"
#include "redes/linalg.hpp"
#include "redes/models/mlp.hpp"
#include "redes/stats/grid.hpp"

namespace po = boost::program_options;
using redes::Activation;
using redes::Matrix;
using redes::MLP;
using redes::Vector;

namespace {

// f(x; Θ) = w₂ᵀ σ(W₁x + b₁) + b₂ with the notes' W₁ = [[1, 1], [1, 1]], b₁ = [0, −1] and a chosen
// σ, w₂, b₂ (the notes: σ = ReLU, w₂ = [1, −2], b₂ = 0).
MLP xor_network(const Activation& sigma, double w21, double w22, double b2) {
    const Matrix W1{{1, 1}, {1, 1}};
    const Vector b1{0, -1};
    const Matrix w2T{{w21, w22}};  // w₂ᵀ, a 1×2 matrix
    return MLP(
        {redes::Layer{W1, b1, sigma}, redes::Layer{w2T, Vector{b2}, Activation::identity()}});
}

using redes::linspace;

void print_matrix(const std::string& label, const Matrix& A) {
    std::cout << "  " << label << " = ";
    std::ostringstream s;
    s << A;
    std::string text = s.str();
    for (std::size_t p = text.find('\n'); p != std::string::npos; p = text.find('\n', p + 1))
        text.insert(p + 1, "    ");
    std::cout << text << "\n";
}

}  // namespace

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
        const MLP net = xor_network(sigma, w21, w22, b2_value);
        const Matrix& W1 = net.W(1);
        const Vector& b1 = net.b(1);

        // The four inputs as the columns of X = [x_1 x_2 x_3 x_4] and their XOR.
        const Matrix X{{0, 0, 1, 1}, {0, 1, 0, 1}};
        const std::vector<double> y{0, 1, 1, 0};

        std::cout << "f(x; Θ) = w₂ᵀ σ(W₁x + b₁) + b₂, σ = " << sigma.name() << ", w₂ = (" << w21
                  << ", " << w22 << "), b₂ = " << b2_value << "\n";
        std::cout << "sample by sample:\n";
        int correct = 0;
        for (std::size_t m = 0; m < 4; ++m) {
            const Vector x_m = X.col(m);
            const double f = net.forward(x_m)[0];
            correct += (f == y[m]);
            std::cout << "  x_" << m + 1 << " = (" << x_m[0] << ", " << x_m[1] << ")  f = " << f
                      << "  XOR = " << y[m] << "\n";
        }

        std::cout << "as a batch, samples as columns:\n";
        print_matrix("X", X);
        const Matrix Z1 = redes::add_to_columns(W1 * X, b1);  // W₁X + b₁1ᵀ
        print_matrix("W₁X + b₁", Z1);
        const Matrix H = sigma.sigma(Z1);  // σ(W₁X + b₁1ᵀ), elementwise
        print_matrix("σ(W₁X + b₁)", H);
        const Matrix F = net.forward(X);  // w₂ᵀ σ(·) + b₂
        print_matrix("w₂ᵀσ(W₁X + b₁) + b₂", F);
        std::cout << "XOR reproduced exactly: " << (correct == 4 ? "yes" : "no") << " (" << correct
                  << " of 4)\n";
        std::cout << "hidden points h_m = σ(W₁x_m + b₁): ";
        for (std::size_t m = 0; m < 4; ++m)
            std::cout << "(" << H(0, m) << "," << H(1, m) << ")" << (m < 3 ? " " : "\n");
        int separated = 0;  // w₂ᵀh_m + b₂ > ½ exactly for the samples with XOR = 1
        for (std::size_t m = 0; m < 4; ++m) separated += ((F(0, m) > 0.5) == (y[m] == 1));
        std::cout << "the line w₂ᵀh + b₂ = ½ separates the classes in the hidden plane: "
                  << (separated == 4 ? "yes" : "no") << " (" << separated
                  << " of 4 on their side)\n";

        // Decision map: f over [−0.5, 1.5]², Z(i, j) = f(x[j], y[i]).
        const std::vector<double> gx = linspace(-0.5, 1.5, grid);
        const std::vector<double>& gy = gx;  // the same grid on both axes
        Matrix Fmap(grid, grid);
        Matrix inputs(2, grid * grid);
        for (std::size_t i = 0; i < grid; ++i)
            for (std::size_t j = 0; j < grid; ++j) {
                inputs(0, i * grid + j) = gx[j];
                inputs(1, i * grid + j) = gy[i];
            }
        const Matrix Fgrid = net.forward(inputs);
        for (std::size_t k = 0; k < grid * grid; ++k) Fmap(k / grid, k % grid) = Fgrid(0, k);
        // The boundary f = ½: where f − ½ changes sign between neighbours of a row, interpolated.
        std::vector<double> bx, by;
        for (std::size_t i = 0; i < grid; ++i)
            for (std::size_t j = 0; j + 1 < grid; ++j) {
                const double a = Fmap(i, j) - 0.5, c = Fmap(i, j + 1) - 0.5;
                if ((a < 0) != (c < 0)) {
                    bx.push_back(gx[j] + (gx[j + 1] - gx[j]) * a / (a - c));
                    by.push_back(gy[i]);
                }
            }
        std::vector<double> x0, y0, x1, y1;  // inputs with XOR 0 and XOR 1
        for (std::size_t m = 0; m < 4; ++m) {
            (y[m] == 0 ? x0 : x1).push_back(X(0, m));
            (y[m] == 0 ? y0 : y1).push_back(X(1, m));
        }
        auto fig = ctx.figure("decision_map",
                              "Perceptrón aprende XOR: f(x; Θ) = w₂ᵀσ(W₁x + b₁) + b₂, σ = " +
                                  sigma.name());
        fig.xlabel("x₁")
            .ylabel("x₂")
            .cblabel("f(x; Θ)")
            .equal_axes()
            .xrange(-0.5, 1.5)
            .yrange(-0.5, 1.5)
            .legend("outside bottom center horizontal")
            .size(760, 760)
            .heatmap(gx, gy, Fmap)
            .points("f(x; Θ) = ½", bx, by, "points pt 7 ps 0.25 lc rgb 'white'")
            .points("XOR = 0", x0, y0, "points pt 7 ps 2.5 lc rgb 'black'")
            .points("XOR = 1", x1, y1, "points pt 5 ps 2.5 lc rgb 'red'");
        for (std::size_t m = 0; m < 4; ++m) {
            std::ostringstream lab;
            lab << "set label " << m + 1 << " 'x_" << m + 1 << "' at " << X(0, m) << "," << X(1, m)
                << " offset 1.6,1.2 front textcolor rgb 'white'";
            fig.raw(lab.str());
        }
        ctx.save(fig);

        // Hidden space: h = σ(W₁x + b₁). Every x of the map lands on the set drawn in gray.
        std::vector<double> hx, hy;
        const Matrix Hgrid = sigma.sigma(redes::add_to_columns(W1 * inputs, b1));
        for (std::size_t k = 0; k < Hgrid.cols(); k += 7) {
            hx.push_back(Hgrid(0, k));
            hy.push_back(Hgrid(1, k));
        }
        std::vector<double> h0x, h0y, h1x, h1y;
        for (std::size_t m = 0; m < 4; ++m) {
            (y[m] == 0 ? h0x : h1x).push_back(H(0, m));
            (y[m] == 0 ? h0y : h1y).push_back(H(1, m));
        }
        // The separating line w₂ᵀh + b₂ = ½ in the hidden plane.
        const Matrix& w2T = net.W(2);
        const double b2 = net.b(2)[0];
        double hlo = 0, hhi = 0, vlo = 0, vhi = 0;
        for (std::size_t k = 0; k < Hgrid.cols(); ++k) {
            hlo = std::min(hlo, Hgrid(0, k));
            hhi = std::max(hhi, Hgrid(0, k));
            vlo = std::min(vlo, Hgrid(1, k));
            vhi = std::max(vhi, Hgrid(1, k));
        }
        const double pad = 0.3;
        std::vector<double> lx, ly;
        if (w2T(0, 1) != 0.0) {
            for (double h1 : {hlo - pad, hhi + pad}) {
                lx.push_back(h1);
                ly.push_back((0.5 - b2 - w2T(0, 0) * h1) / w2T(0, 1));
            }
        } else {
            lx = {(0.5 - b2) / w2T(0, 0), (0.5 - b2) / w2T(0, 0)};
            ly = {vlo - pad, vhi + pad};
        }
        auto hid =
            ctx.figure("hidden_space",
                       "XOR in the hidden space h = σ(W₁x + b₁), cut by the line w₂ᵀh + b₂ = ½");
        hid.xlabel("h₁ = [σ(W₁x + b₁)]₁")
            .ylabel("h₂ = [σ(W₁x + b₁)]₂")
            .equal_axes()
            .xrange(hlo - pad, hhi + pad)
            .yrange(vlo - pad, vhi + pad)
            .legend("bottom right")
            .points("h(x) for x on the grid of [−0.5, 1.5]²", hx, hy,
                    "points pt 7 ps 0.3 lc rgb 'gray70'")
            .line("w₂ᵀh + b₂ = ½", lx, ly, "lines lw 2 dashtype 2 lc rgb 'black'")
            .points("XOR = 0", h0x, h0y, "points pt 7 ps 2.5 lc rgb 'black'")
            .points("XOR = 1", h1x, h1y, "points pt 5 ps 2.5 lc rgb 'red'");
        for (std::size_t m = 0; m < 4; ++m) {
            std::ostringstream lab;
            lab << "set label " << m + 1 << " 'x_" << m + 1 << " = (" << X(0, m) << "," << X(1, m)
                << ")' at " << H(0, m) << "," << H(1, m) << " offset 1.5," << (m == 2 ? -1.2 : 0.9);
            hid.raw(lab.str());
        }
        ctx.save(hid);
    });
}
