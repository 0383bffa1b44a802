// 3. stability: why too large a start blows up. Gradient descent multiplies the error along an
// eigenvector of the Hessian with curvature λ by (1 − ηλ) per step, so it diverges when
// η > 2/λ_max. The experiment measures λ_max of ∇²R̂ at θ_0 against the scale s, and trains
// every s with two learning rates: the blow-ups are where η > 2/λ_max, not where R̂(θ_0) is large.
#include <cmath>
#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

#include "redes/app/format.hpp"
#include "redes/error.hpp"
#include "redes/init/initializer.hpp"
#include "redes/optim/make_optimizer.hpp"
#include "redes/optim/mlp_objective.hpp"
#include "redes/optim/sgd.hpp"
#include "sections.hpp"

namespace ch17 {

using redes::MLP;
using redes::Vector;
using redes::app::fmt;
namespace init = redes::init;

StabilityResult stability(const redes::app::Context& ctx, const Settings& st, const Digits& d) {
    const redes::Activation sigma = redes::Activation::from_name(st.activation);
    const std::size_t E = ctx.quick ? 1 : static_cast<std::size_t>(st.epochs);
    const std::size_t P = ctx.quick ? 4 : static_cast<std::size_t>(st.points);
    const std::vector<double> etas{st.eta, st.small_eta};
    StabilityResult out;
    out.s = logspace(st.scale_min, st.scale_max, P);
    out.etas = etas;
    std::cout << "4. stability: the same nets (first run of each s); λ_max = largest eigenvalue of "
                 "∇²R̂(θ_0) by power iteration; "
              << st.optimizer << " for K = " << E
              << " epochs with two η; \"blew up\": R̂ after K epochs above R̂(θ_0)\n";
    std::cout << "        s    λ_max(θ_0)    2/λ_max";
    for (double eta : etas) {
        char head[64];
        std::snprintf(head, sizeof head, "   η = %-6s R̂(θ_K)", fmt(eta).c_str());
        std::cout << head;
    }
    std::cout << "\n";
    for (double s : out.s) {
        MLP net({64, d.N1, d.N1, 10}, sigma, redes::Activation::identity());
        redes::Rng rng(ctx.seed);  // the same θ_0 as the sweep's first run
        init::initialize(net, init::WeightInit::normal(s), 0.0, rng);
        const redes::MLPObjective R(net, redes::Cost::quadratic(), d.train.X, d.train.Y);
        const Vector theta0 = net.parameters();
        const double lambda = top_curvature(R, theta0, ctx.seed + 60, ctx.quick ? 10 : 50);
        out.lambda_max.push_back(lambda);
        char line[200];
        std::snprintf(line, sizeof line, "  %7.3g   %11.4g   %8.3g", s, lambda, 2.0 / lambda);
        std::cout << line;
        std::vector<bool> blew(etas.size());
        for (std::size_t i = 0; i < etas.size(); ++i) {
            Vector theta = theta0;
            redes::Rng shuffle(ctx.seed + 1);  // the sweep's shuffles of its first run
            double r = 0.0;
            try {
                const auto h = redes::sgd(R, theta, *redes::make_optimizer(st.optimizer, etas[i]),
                                          shuffle, quiet(E, d.Mp));
                r = h.epoch_train_risk.back();
                blew[i] = r > h.epoch_train_risk.front();
            } catch (const redes::DivergenceError&) {
                r = HUGE_VAL;  // overflowed
                blew[i] = true;
            }
            std::snprintf(line, sizeof line, "   %10.4g%-7s", r, blew[i] ? " blew" : "");
            std::cout << line;
        }
        out.blew_up.push_back(blew);
        std::cout << "\n";
    }
    // the quadratic theory's condition η > 2/λ_max(θ_0) against what happened
    std::size_t unstable = 0, blown = 0, blown_unstable = 0;
    for (std::size_t k = 0; k < out.s.size(); ++k)
        for (std::size_t i = 0; i < etas.size(); ++i) {
            const bool over = etas[i] > 2.0 / out.lambda_max[k];
            unstable += over;
            blown += out.blew_up[k][i];
            blown_unstable += over && out.blew_up[k][i];
        }
    std::cout << "  runs with η > 2/λ_max(θ_0): " << unstable << " of "
              << out.s.size() * etas.size() << "; runs that blew up: " << blown
              << ", all of them with η > 2/λ_max(θ_0): " << (blown_unstable == blown ? "yes" : "no")
              << "\n";

    auto f = ctx.figure("stability",
                        "Too large a start: the step size 2/λ_{max}(θ_0) against the "
                        "scale s, and which learning rates blew up");
    f.xlabel("initial scale s")
        .ylabel("learning rate η")
        .logx()
        .logy()
        .yrange(5e-4, 3)
        .legend("top right");
    std::vector<double> crit;
    for (double l : out.lambda_max) crit.push_back(2.0 / l);
    f.line("2/λ_{max}(θ_0): gradient descent on a quadratic diverges above it", out.s, crit,
           "linespoints lw 2 pt 7 lc rgb '#1f77b4'");
    const char* colours[] = {"#d62728", "#2ca02c"};
    for (std::size_t i = 0; i < etas.size(); ++i) {
        std::vector<double> sb, eb, sk, ek;
        for (std::size_t k = 0; k < out.s.size(); ++k)
            (out.blew_up[k][i] ? sb : sk).push_back(out.s[k]),
                (out.blew_up[k][i] ? eb : ek).push_back(etas[i]);
        const std::string c = colours[i % 2];
        f.line("", std::vector<double>{out.s.front(), out.s.back()},
               std::vector<double>{etas[i], etas[i]}, "lines lw 1 dashtype 2 lc rgb '" + c + "'");
        if (!sk.empty())
            f.points("η = " + fmt(etas[i]) + ": trained", sk, ek,
                     "points pt 6 ps 1.5 lw 2 lc rgb '" + c + "'");
        if (!sb.empty())
            f.points("η = " + fmt(etas[i]) + ": blew up (R̂ grew)", sb, eb,
                     "points pt 2 ps 2 lw 3 lc rgb '" + c + "'");
    }
    ctx.save(f);
    return out;
}

}  // namespace ch17
