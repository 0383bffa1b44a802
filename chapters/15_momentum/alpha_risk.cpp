// Section 2: R̂ along the iterations for several α at the same η.
#include <algorithm>
#include <cmath>
#include <iostream>
#include <string>
#include <vector>

#include "sections.hpp"

namespace ch15 {

using redes::DescentPath;
using redes::Vector;
using redes::app::fmt;

void alpha_risk(const redes::app::Context& ctx, const Settings& s, const Ravine& rv) {
    const redes::Quadratic& q = rv.q;
    const double lmin = rv.lmin, lmax = rv.lmax, kappa = rv.kappa;
    const Vector& theta0 = rv.theta0;
    const redes::MomentumOptimum& best = rv.best;
    const auto eta = s.eta;
    const auto alpha = s.alpha;
    const std::size_t K = rv.K;
    redes::PathOptions po;
    po.steps = K;
    redes::Momentum polyak(best.eta, best.alpha);
    // at this η, the α where the rate ρ(α) = max over λ_min, λ_max of the largest root is lowest
    double alpha_best = 0.0, rate_best = HUGE_VAL;
    for (int i = 0; i < 9990; ++i) {
        const double a = i / 10000.0, rho = redes::momentum_rate(eta, a, lmin, lmax);
        if (rho < rate_best) rate_best = rho, alpha_best = a;
    }
    if (rate_best < 1)
        std::cout << "  at η = " << fmt(eta)
                  << " the rate is lowest at α = " << fmt(alpha_best, "%.3f")
                  << ": ρ = " << fmt(rate_best)
                  << " (gradient descent: " << fmt(redes::momentum_rate(eta, 0.0, lmin, lmax))
                  << ")\n";
    else  // ηλ_max ≥ 2(1 + α) for every α < 1
        std::cout << "  at η = " << fmt(eta)
                  << " no α < 1 converges: η ≥ 4/λ_max = " << fmt(4 / lmax) << "\n";
    auto frisk =
        ctx.figure("risk", "R̂(θ_k) with momentum v_{k+1} = αv_k − ηg_k for several α, η = " +
                               fmt(eta) + ", κ = " + fmt(kappa));
    frisk.xlabel("step k").ylabel("R̂(θ_k)").logy().legend("outside right top").size(960, 560);
    const double alpha_shown =
        std::min(0.99, std::round(alpha_best * 100) / 100);  // α_best, to two digits
    std::vector<double> alphas{0.0, 0.5, 0.9, 0.99};
    if (rate_best < 1) alphas.push_back(alpha_shown);
    if (std::find(alphas.begin(), alphas.end(), alpha) == alphas.end()) alphas.push_back(alpha);
    std::sort(alphas.begin(), alphas.end());
    alphas.erase(std::unique(alphas.begin(), alphas.end()), alphas.end());
    for (std::size_t i = 0; i < alphas.size(); ++i) {
        redes::Momentum m(eta, alphas[i]);
        const DescentPath p = redes::descent_path(q, m, theta0, po);
        const redes::plot::Points kR = redes::plot::positive_points(p.value);
        std::string label = alphas[i] == 0 ? "α = 0 (gradient descent)" : "α = " + fmt(alphas[i]);
        if (rate_best < 1 && alphas[i] == alpha_shown) label += " (lowest rate at this η)";
        if (p.diverged()) label += ", diverged at step " + std::to_string(p.diverged_step);
        frisk.line(label, kR.x, kR.y, "lines lw 2 " + redes::plot::line_colour(i));
    }
    {
        const DescentPath p = redes::descent_path(q, polyak, theta0, po);
        const redes::plot::Points kR = redes::plot::positive_points(p.value);
        frisk.line("Polyak α* = " + fmt(best.alpha, "%.3g") + ", η* = " + fmt(best.eta, "%.3g"),
                   kR.x, kR.y, "lines lw 2 dashtype 2 lc rgb 'black'");
    }
    ctx.save(frisk);
}

}  // namespace ch15
