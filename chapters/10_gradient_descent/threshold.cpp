// Either side of η = 2/λ_max on the quadratic ½θᵀAθ: along axis i the iterate is
//   θ_k,i = (1 − ηλ_i)^k θ_0,i
// so gradient descent converges exactly when |1 − ηλ_max| < 1, i.e. η < 2/λ_max.
#include <cmath>
#include <iostream>
#include <vector>

#include "sections.hpp"

using redes::DescentPath;
using redes::Vector;
using redes::app::fmt;

namespace ch10 {

void either_side_of_threshold(const Settings& s) {
    const redes::Quadratic q = s.quadratic();
    const Vector theta0 = s.theta0();
    const std::size_t K_long = 20 * s.steps;
    redes::PathOptions longer = s.path_options();
    longer.steps = K_long;
    std::cout << "either side of 2/λ_max, K = " << K_long
              << " steps; closed form θ_k = (1 − ηλ_i)^k θ_0,i along each axis:\n";
    for (double f : {0.99, 1.01}) {
        const double e = f * q.eta_critical();
        const DescentPath p = redes::gradient_descent_path(q, e, theta0, longer);
        const std::size_t k = p.steps();
        const Vector closed = q.gd_iterate(theta0, e, k);
        const double agree = norm(p.last() - closed) / norm(closed);
        std::cout << "  η = " << fmt(f) << "·2/λ_max = " << fmt(e, "%.6g")
                  << ", |1 − ηλ_max| = " << fmt(std::abs(1 - e * q.lambda_max())) << ": "
                  << p.describe() << "\n    θ_" << k << " = " << point(p.last()) << ", closed form "
                  << point(closed) << " (relative difference " << fmt(agree, "%.1e") << ")\n";
    }
}

void eta_threshold(const redes::app::Context& ctx, const Settings& s) {
    const redes::Quadratic q = s.quadratic();
    const Vector theta0 = s.theta0();
    const std::size_t K = s.steps;
    auto fthr = ctx.figure("eta_threshold", "After K = " + std::to_string(K) +
                                                " steps: converges exactly when η < 2/λ_{max}");
    fthr.xlabel("η / (2/λ_{max})").ylabel("R̂(θ_K) / R̂(θ_0)").logy().legend("top left");
    std::vector<double> ratio_eta, ratio_closed, measured_eta, ratio_measured;
    redes::PathOptions unbounded = s.path_options();
    unbounded.bound = HUGE_VAL;  // only overflow stops these runs; the closed form covers the rest
    const int sweep = ctx.quick ? 25 : 121;
    for (int i = 1; i <= sweep; ++i) {
        const double f = 1.2 * i / sweep, e = f * q.eta_critical();
        const DescentPath p = redes::gradient_descent_path(q, e, theta0, unbounded);
        const double closed = q.value(q.gd_iterate(theta0, e, K)) / q.value(theta0);
        ratio_eta.push_back(f);
        ratio_closed.push_back(closed);
        if (!p.diverged()) {  // only an overflow stops these; then there is nothing to draw
            measured_eta.push_back(f);
            ratio_measured.push_back(p.value.back() / q.value(theta0));
        }
    }
    fthr.line("closed form ½Σλ_i(1 − ηλ_i)^{2K}θ_{0,i}^2 / R̂(θ_0)", ratio_eta, ratio_closed,
              "lines lw 2 lc rgb 'black'")
        .points("gradient descent", measured_eta, ratio_measured,
                "points pt 7 ps 0.6 lc rgb '#d62728'")
        .raw(
            "set arrow from graph 0, first 1 to graph 1, first 1 nohead dashtype 3 lc rgb 'gray40'")
        .raw("set arrow from 1, graph 0 to 1, graph 1 nohead dashtype 2 lc rgb 'gray40'")
        .raw("set label 'η = 2/λ_{max}' at 1, graph 0.92 offset 0.5,0");
    ctx.save(fthr);
}

}  // namespace ch10
