// Section 2: the effective rates of AdaGrad, RMSProp and Adam on the ravine.
#include <algorithm>
#include <cmath>
#include <iostream>
#include <string>
#include <vector>

#include "redes/optim/adagrad.hpp"
#include "redes/optim/adam.hpp"
#include "redes/optim/effective_rate.hpp"
#include "redes/optim/rmsprop.hpp"
#include "sections.hpp"

namespace ch16 {

using redes::Vector;
using redes::app::fmt;

void effective_rates(const redes::app::Context& ctx, const Settings& s, const redes::Quadratic& q,
                     const Problem2D& ravine) {
    const Constants& c = s.c;
    const std::vector<double>& eta_ravine = s.eta_ravine;
    const std::size_t K_ravine = ravine.steps;
    redes::AdaGrad adagrad(eta_ravine[2], c.delta_adagrad);
    redes::RMSProp rmsprop(eta_ravine[3], c.rho, c.delta_rmsprop);
    redes::Adam adam(eta_ravine[4], c.rho1, c.rho2, c.delta_adam);
    Vector ta = ravine.theta0, tr = ta, tm = ta;
    std::vector<double> ks;
    std::vector<std::vector<double>> rate(6);  // AdaGrad θ₁, θ₂, RMSProp θ₁, θ₂, Adam θ₁, θ₂
    Vector ta_before = ta;                     // AdaGrad's θ_{K−1}
    for (std::size_t k = 0; k < K_ravine; ++k) {
        ta_before = ta;
        adagrad.step(ta, q.gradient(ta));
        rmsprop.step(tr, q.gradient(tr));
        adam.step(tm, q.gradient(tm));
        const Vector a = redes::effective_rate(adagrad), r = redes::effective_rate(rmsprop),
                     m = redes::effective_rate(adam);
        ks.push_back(static_cast<double>(k));
        for (std::size_t j = 0; j < 2; ++j) {
            rate[j].push_back(a[j]);
            rate[2 + j].push_back(r[j]);
            rate[4 + j].push_back(m[j]);
        }
    }
    auto rose = [](const std::vector<double>& v) {  // how far it climbed above its lowest value
        double lowest = v.front(), most = 1.0;
        for (double x : v) lowest = std::min(lowest, x), most = std::max(most, x / lowest);
        return most;
    };
    std::cout
        << "effective rates on the ravine (the factor of g_k in each coordinate; Adam's multiplies ŝ), after step 1 → step "
        << K_ravine << ":\n";
    const char* who[] = {"AdaGrad η/(δ + √r)", "RMSProp η/√(δ + r)", "Adam η/(δ + √r̂)"};
    for (std::size_t m = 0; m < 3; ++m)
        std::cout << "  " << who[m] << ": θ₁ " << fmt(rate[2 * m].front(), "%.3g") << " → "
                  << fmt(rate[2 * m].back(), "%.3g") << ", θ₂ "
                  << fmt(rate[2 * m + 1].front(), "%.3g") << " → "
                  << fmt(rate[2 * m + 1].back(), "%.3g") << "; largest rise above an earlier low: ×"
                  << fmt(std::max(rose(rate[2 * m]), rose(rate[2 * m + 1])), "%.3g") << "\n";
    // AdaGrad's r stops growing once g is small, so each coordinate's rate freezes and, on the
    // axis-aligned ravine, θ_i shrinks by its own constant factor 1 − λ_i·rate_i per step
    std::cout << "  AdaGrad's last step, θ_{i,K}/θ_{i,K−1}:";
    for (std::size_t i = 0; i < 2; ++i)
        std::cout << (i ? ", θ₂ " : " θ₁ ")
                  << (ta_before[i] != 0.0 ? fmt(ta[i] / ta_before[i], "%.3g") : std::string("—"));
    std::cout << "\n";
    auto fe = ctx.figure(
        "effective_rate",
        "Per-coordinate rates on the ravine: AdaGrad's only shrinks, RMSProp's recovers");
    fe.xlabel("step k")
        .ylabel("effective rate (factor of g_k)")
        .logy()
        .legend("outside right top")
        .size(1000, 560);
    const char* series[] = {"AdaGrad η/(δ + √r), θ₁",
                            "AdaGrad η/(δ + √r), θ₂",
                            "RMSProp η/√(δ + r), θ₁",
                            "RMSProp η/√(δ + r), θ₂",
                            "Adam η/(δ + √r̂), θ₁ (factor of ŝ)",
                            "Adam η/(δ + √r̂), θ₂ (factor of ŝ)"};
    const char* colour[] = {"#2ca02c", "#2ca02c", "#9467bd", "#9467bd", "#ff7f0e", "#ff7f0e"};
    for (std::size_t j = 0; j < 6; ++j)
        fe.line(series[j], ks, rate[j],
                std::string("lines lw 2 ") + (j % 2 ? "dashtype 2 " : "") + "lc rgb '" + colour[j] +
                    "'");
    ctx.save(fe);
}

}  // namespace ch16
