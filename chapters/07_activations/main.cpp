// 07 — Funciones de activación.
// Every activation of the notes, σ and σ′:
//   ReLU(x) = max{0, x},  LeakyReLU(x) = max{0, x} + α min{0, x},  |x|,
//   sigmoid σ(x) = 1/(1 + exp(−x)),  tanh(x),  identity (a linear output layer).
// σ′ is checked against central differences away from the kink at 0, and the Jacobian of the
// elementwise map z ↦ σ(z), G_σ′(z) = ∂σ/∂z, is shown to be the diagonal matrix diag(σ′(z)).
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "redes/activations/activation.hpp"
#include "redes/app/chapter.hpp"
#include "redes/error.hpp"
#include "redes/linalg.hpp"

namespace po = boost::program_options;
using redes::Activation;
using redes::Matrix;
using redes::Vector;

namespace {

// Every activation of the library, LeakyReLU with the chosen α.
std::vector<Activation> all_activations(double alpha) {
    std::vector<Activation> acts;
    for (const std::string& n : Activation::names())
        acts.push_back(n == "leaky_relu" ? Activation::leaky_relu(alpha)
                                         : Activation::from_name(n));
    return acts;
}

// σ′(z) ≈ (σ(z + h) − σ(z − h)) / 2h
double central_difference(const Activation& a, double z, double h) {
    return (a.sigma(z + h) - a.sigma(z - h)) / (2.0 * h);
}

// |a − n| / max(|a| + |n|, tiny)
double rel_err(double a, double n) {
    return std::abs(a - n) / std::max(std::abs(a) + std::abs(n), 1e-300);
}

std::string fmt(double v, const char* f = "%.4g") {
    char buf[32];
    std::snprintf(buf, sizeof buf, f, v);
    return buf;
}

// s padded with spaces to |width| characters (UTF-8 aware): on the left if width > 0.
std::string pad(const std::string& s, int width) {
    int chars = 0;
    for (unsigned char c : s) chars += (c & 0xC0) != 0x80;
    const std::string fill(static_cast<std::size_t>(std::max(0, std::abs(width) - chars)), ' ');
    return width > 0 ? fill + s : s + fill;
}

// The Jacobian of z ↦ σ(z) by central differences, column j from e_j: [J]_ij ≈ ∂σ(z)_i/∂z_j.
Matrix numerical_jacobian(const Activation& a, const Vector& z, double h) {
    Matrix J(z.size(), z.size());
    for (std::size_t j = 0; j < z.size(); ++j) {
        Vector zp = z, zm = z;
        zp[j] += h;
        zm[j] -= h;
        J.set_col(j, (a.sigma(zp) - a.sigma(zm)) / (2.0 * h));
    }
    return J;
}

}  // namespace

int main(int argc, char** argv) {
    redes::app::Chapter ch("07", "activations",
                           "σ and σ′ of every activation; G_σ′(z) is diagonal");
    double alpha = 0.1, z_max = 4.0, h = 1e-5;
    int N = 6;
    std::string activation = "tanh";
    // clang-format off
    ch.options().add_options()
        ("alpha", po::value(&alpha)->default_value(alpha, "0.1"), "α of LeakyReLU(x) = max{0,x} + α min{0,x}")
        ("z-max", po::value(&z_max)->default_value(z_max, "4"), "plots cover z ∈ [−z_max, z_max]")
        ("h", po::value(&h)->default_value(h, "1e-5"), "step of the central differences")
        ("N", po::value(&N)->default_value(N), "size of the sample z for G_σ′(z) (1…16)")
        ("activation", po::value(&activation)->default_value(activation),
         "σ whose G_σ′(z) is printed and drawn: relu, leaky_relu[:α], abs, sigmoid, tanh, identity");
    // clang-format on

    return ch.run(argc, argv, [&](redes::app::Context& ctx) {
        redes::app::require(std::isfinite(alpha) && std::abs(alpha) <= 10, "alpha", fmt(alpha),
                            "finite, |α| ≤ 10");
        redes::app::require(z_max > 0 && z_max <= 50, "z-max", fmt(z_max), "in (0, 50]");
        redes::app::require(h > 0 && h <= 0.1, "h", fmt(h), "in (0, 0.1]");
        redes::app::require(N >= 1 && N <= 16, "N", std::to_string(N), "between 1 and 16");
        const Activation chosen = [&] {
            try {
                return activation == "leaky_relu" ? Activation::leaky_relu(alpha)
                                                  : Activation::from_name(activation);
            } catch (const redes::ValueError& e) {
                throw redes::ValueError(std::string("option --activation: ") + e.what());
            }
        }();
        const std::vector<Activation> acts = all_activations(alpha);

        // σ′ against central differences on a grid of z, skipping |z| ≤ 2h where a kink at 0
        // would sit inside the difference.
        const std::size_t n = ctx.quick ? 201 : 801;
        std::vector<double> z(n);
        for (std::size_t i = 0; i < n; ++i)
            z[i] = -z_max + 2.0 * z_max * static_cast<double>(i) / static_cast<double>(n - 1);
        std::cout << "σ′ against central differences (h = " << fmt(h) << ") on " << n
                  << " points of [−" << fmt(z_max) << ", " << fmt(z_max)
                  << "], away from the kink at 0:\n";
        std::cout << "  " << pad("σ", -16) << pad("σ(−2)", 10) << pad("σ(2)", 10)
                  << pad("σ′(−2)", 10) << pad("σ′(2)", 10) << pad("max rel err", 13) << "\n";
        for (const Activation& a : acts) {
            double worst = 0;
            for (double zi : z)
                if (std::abs(zi) > 2 * h)
                    worst =
                        std::max(worst, rel_err(a.sigma_prime(zi), central_difference(a, zi, h)));
            std::printf("  %-16s %9.4f %9.4f %9.4f %9.4f %12.2e\n", a.name().c_str(), a.sigma(-2.0),
                        a.sigma(2.0), a.sigma_prime(-2.0), a.sigma_prime(2.0), worst);
        }
        std::cout
            << "at the kink z = 0 (no derivative): the code takes the right derivative, a central "
               "difference the mean of both sides:\n";
        for (const Activation& a : acts)
            if (a.is_kink(0.0))
                std::cout << "  " << a.name() << ": σ′(0) = " << a.sigma_prime(0.0)
                          << ", central difference = " << central_difference(a, 0.0, h) << "\n";

        // G_σ′(z) for a random z.
        Vector zs(static_cast<std::size_t>(N));
        for (std::size_t i = 0; i < zs.size(); ++i) zs[i] = ctx.rng.normal(0.0, 1.5);
        const Matrix G = chosen.G_sigma_prime(zs);
        const Matrix J = numerical_jacobian(chosen, zs, h);
        double off = 0, diag_err = 0;
        for (std::size_t i = 0; i < G.rows(); ++i)
            for (std::size_t j = 0; j < G.cols(); ++j) {
                if (i != j) off = std::max({off, std::abs(G(i, j)), std::abs(J(i, j))});
                else diag_err = std::max(diag_err, rel_err(G(i, i), J(i, i)));
            }
        std::cout << "G_σ′(z) = ∂σ/∂z for σ = " << chosen.name() << " and z ~ N(0, 1.5²) of size "
                  << N << ":\n";
        std::cout << "  z      = " << zs << "\n  σ′(z)  = " << chosen.sigma_prime(zs) << "\n";
        std::ostringstream gs;
        gs.precision(4);
        gs << G;
        std::string text = gs.str();
        for (std::size_t p = text.find('\n'); p != std::string::npos; p = text.find('\n', p + 1))
            text.insert(p + 1, "  ");
        std::cout << "  G_σ′(z) = " << text << "\n";
        std::cout << "  largest off-diagonal entry of G and of the numerical Jacobian: " << off
                  << "; diagonal vs numerical: max rel err " << fmt(diag_err, "%.2e") << "\n";

        // Plots: σ and σ′ of every activation.
        const char* styles[] = {"lines lw 3 lc rgb '#1f77b4'",
                                "lines lw 2 dashtype 2 lc rgb '#ff7f0e'",
                                "lines lw 2 dashtype 3 lc rgb '#2ca02c'",
                                "lines lw 2 lc rgb '#d62728'",
                                "lines lw 2 lc rgb '#9467bd'",
                                "lines lw 1 dashtype 4 lc rgb 'black'"};
        auto fs = ctx.figure("sigma", "Funciones de activación: σ(z)");
        auto fp = ctx.figure("sigma_prime", "Derivadas de las activaciones: σ′(z)");
        fs.xlabel("z")
            .ylabel("σ(z)")
            .legend("bottom right")
            .xrange(-z_max, z_max)
            .yrange(-std::min(z_max, 2.0), z_max);
        fp.xlabel("z").ylabel("σ′(z)").legend("top left").xrange(-z_max, z_max).yrange(-1.2, 1.5);
        for (std::size_t k = 0; k < acts.size(); ++k) {
            std::vector<double> s, d;
            for (double zi : z) {
                s.push_back(acts[k].sigma(zi));
                d.push_back(acts[k].sigma_prime(zi));
            }
            const std::string label = acts[k].kind() == redes::ActivationKind::leaky_relu
                                          ? "leaky\\_relu, α = " + fmt(alpha, "%g")
                                          : acts[k].name();
            fs.line(label, z, s, styles[k % 6]);
            fp.line(label, z, d, styles[k % 6]);
        }
        ctx.save(fs);
        ctx.save(fp);

        // G_σ′(z) as a heatmap: row i from the top, column j from the left.
        std::vector<double> idx;
        for (int i = 1; i <= N; ++i) idx.push_back(i);
        auto fg = ctx.figure("G_sigma_prime", "G_σ′(z) = ∂σ(z)/∂z for σ = " + chosen.name() +
                                                  ": diagonal, diag(σ′(z))");
        fg.xlabel("j (column: z_j)")
            .ylabel("i (row: σ(z)_i)")
            .cblabel("[G_σ′(z)]_{ij}")
            .equal_axes()
            .xrange(0.5, N + 0.5)
            .yrange(N + 0.5, 0.5)
            .legend("off")
            .size(700, 640)
            .raw("set xtics 1")
            .raw("set ytics 1")
            .raw("unset grid");
        fg.heatmap(idx, idx, G);
        const double gmax = redes::max_abs(G);
        for (int i = 0; i < N; ++i)
            for (int j = 0; j < N; ++j)
                fg.raw("set label '" + fmt(G(i, j), "%.3g") + "' at " + std::to_string(j + 1) +
                       "," + std::to_string(i + 1) + " center front textcolor rgb '" +
                       (G(i, j) > 0.6 * gmax ? "black" : "white") + "'");
        ctx.save(fg);
    });
}
