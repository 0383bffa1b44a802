// The final risk over many random starts. The notes: the risk of a network is not convex in θ
// ("en casos no-convexos … hay que tener cuidado"; "el lugar random donde yo inicialice mis
// parámetros va a afectar el llegar a uno u otro mínimo local"). The same XOR training as
// xor_run.cpp (xor.hpp: N = {2, N₁, 1}, gradient descent, the same η and steps) from `runs`
// starts, seeds --seed, --seed + 1, …: run 0 is the chapter's XOR run. For a convex R̂ every
// start would end at the same R̂; here the final values spread over decades, and some starts
// stop at a plateau (R̂ ≈ 1/12 … 1/4: points misclassified) while others reach R̂ ≈ 0.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <string>
#include <vector>

#include "redes/backprop/efficient.hpp"
#include "redes/linalg.hpp"
#include "redes/stats/quantile.hpp"
#include "sections.hpp"

namespace ch12 {

std::vector<XorEnd> final_risks(const XorSettings& s, std::size_t width, std::size_t runs) {
    const redes::Activation sigma = redes::Activation::from_name(s.activation);
    std::vector<XorEnd> out;
    for (std::size_t r = 0; r < runs; ++r) {
        redes::Rng rng = xor_stream(s.seed + r);
        const redes::MLP start = xor_start(width, sigma, rng);
        try {
            const XorTraining t = train_xor(start, s.eta, s.steps, Path::efficient);
            const redes::Vector g =
                redes::risk_and_gradient(t.net, redes::Cost::quadratic(), xor_X(), xor_Y())
                    .gradient.flatten();
            out.push_back({t.R_hat.back(), redes::norm(g)});
        } catch (const redes::DivergenceError&) {  // a large η: this start diverged
            const double inf = std::numeric_limits<double>::infinity();
            out.push_back({inf, inf});
        }
    }
    return out;
}

void risk_over_seeds(const redes::app::Context& ctx, const XorSettings& s,
                     const std::vector<std::size_t>& widths, std::size_t runs) {
    std::printf(
        "\nfinal R̂ of the XOR training (σ = %s, η = %g, %zu steps) from %zu random starts "
        "(seeds %llu … %llu):\n"
        "     N_1   min        10 %%       median     90 %%       max        R̂ > 0.01 (of %zu), their "
        "largest ‖∇R̂(θ_K)‖\n",
        s.activation.c_str(), s.eta, s.steps, runs, static_cast<unsigned long long>(s.seed),
        static_cast<unsigned long long>(s.seed + runs - 1), runs);
    auto f = ctx.figure("risk_over_seeds",
                        "The risk is not convex: final R̂ of the XOR training over random starts");
    f.xlabel("rank of the run, final R̂ sorted (fraction of the " + std::to_string(runs) +
             " starts)")
        .ylabel("R̂(θ_K) after K = " + std::to_string(s.steps) + " steps")
        .logy()
        .legend("bottom right");  // sorted curves: the smallest values sit at the left
    double lowest = 1.0;
    const char* colours[] = {"#d62728", "#1f77b4", "#2ca02c", "#9467bd"};
    for (std::size_t i = 0; i < widths.size(); ++i) {
        const std::vector<XorEnd> ends = final_risks(s, widths[i], runs);
        std::vector<double> R;
        std::size_t stuck = 0, diverged = 0;
        double stuck_gradient = 0.0;
        for (const XorEnd& e : ends) {
            if (!std::isfinite(e.R_hat)) {
                ++diverged;
                continue;
            }
            R.push_back(e.R_hat);
            if (e.R_hat > 0.01) {  // far above the ≈ 0 of a start that learnt XOR
                ++stuck;
                stuck_gradient = std::max(stuck_gradient, e.gradient_norm);
            }
        }
        if (R.empty()) {
            std::printf("  %6zu   all %zu runs diverged\n", widths[i], diverged);
            continue;
        }
        std::printf("  %6zu   %.3e  %.3e  %.3e  %.3e  %.3e  %zu", widths[i],
                    *std::min_element(R.begin(), R.end()), redes::stats::quantile(R, 0.1),
                    redes::stats::median(R), redes::stats::quantile(R, 0.9),
                    *std::max_element(R.begin(), R.end()), stuck);
        if (stuck > 0) std::printf(", %.1e", stuck_gradient);
        if (diverged > 0) std::printf("; %zu diverged (left out)", diverged);
        std::printf("\n");
        std::sort(R.begin(), R.end());
        std::vector<double> rank(R.size()), Rp;
        std::vector<double> rank_p;
        for (std::size_t r = 0; r < R.size(); ++r) {
            // a log axis cannot show R̂ = 0: floor at the smallest positive double's scale
            rank_p.push_back((static_cast<double>(r) + 0.5) / static_cast<double>(R.size()));
            Rp.push_back(std::max(R[r], 1e-300));
            lowest = std::min(lowest, Rp.back());
        }
        f.line("N_1 = " + std::to_string(widths[i]) + " hidden units", rank_p, Rp,
               std::string("linespoints lw 2 pt 7 ps 0.4 lc rgb '") + colours[i % 4] + "'");
    }
    f.yrange(lowest / 10.0, 10.0);  // room above R̂ = 1/4
    f.line("R̂ = 1/4: f ≡ ½, the best linear fit", std::vector<double>{0.0, 1.0},
           std::vector<double>{0.25, 0.25}, "lines dashtype 2 lw 1.5 lc rgb 'black'");
    ctx.save(f);
}

}  // namespace ch12
