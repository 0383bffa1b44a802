// σ(z) and σ′(z) of every activation on one grid of z (plots ch07_sigma, ch07_sigma_prime).
#include <algorithm>
#include <string>
#include <vector>

#include "redes/app/format.hpp"
#include "redes/plot/gnuplot_text.hpp"
#include "sections.hpp"

using redes::Activation;

namespace ch07 {

void curves(const redes::app::Context& ctx, const std::vector<Activation>& acts,
            const std::vector<double>& z, double alpha, double z_max) {
    const char* styles[] = {"lines lw 3 lc rgb '#1f77b4'",
                            "lines lw 2 dashtype 2 lc rgb '#ff7f0e'",
                            "lines lw 2 dashtype 3 lc rgb '#2ca02c'",
                            "lines lw 2 lc rgb '#d62728'",
                            "lines lw 2 lc rgb '#9467bd'",
                            "lines lw 1 dashtype 4 lc rgb 'black'"};
    auto fs = ctx.figure("sigma", "Activation functions: σ(z)");
    auto fp = ctx.figure("sigma_prime", "Derivatives of the activations: σ′(z)");
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
        const std::string label =
            acts[k].kind() == redes::ActivationKind::leaky_relu
                ? redes::plot::literal_text("leaky_relu") + ", α = " + redes::app::fmt(alpha, "%g")
                : acts[k].name();
        fs.line(label, z, s, styles[k % 6]);
        fp.line(label, z, d, styles[k % 6]);
    }
    ctx.save(fs);
    ctx.save(fp);
}

}  // namespace ch07
