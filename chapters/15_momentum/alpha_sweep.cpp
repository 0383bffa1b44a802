// Section 3: the α sweep, steps to tolerance, measured and predicted.
#include <algorithm>
#include <cmath>
#include <iostream>
#include <string>
#include <vector>

#include "sections.hpp"

namespace ch15 {

using redes::Vector;
using redes::app::fmt;

void alpha_sweep(const redes::app::Context& ctx, const Settings& s, const Ravine& rv) {
    const redes::Quadratic& q = rv.q;
    const double lmin = rv.lmin, lmax = rv.lmax, kappa = rv.kappa;
    const Vector &theta0 = rv.theta0, &theta_star = rv.theta_star;
    const redes::MomentumOptimum& best = rv.best;
    const auto eta = s.eta;
    const auto tol = s.tol;
    const auto max_steps = s.max_steps;
    redes::PathOptions longer;
    longer.steps = static_cast<std::size_t>(max_steps);
    const int n_alpha = ctx.quick ? 12 : 100;
    auto fsweep = ctx.figure("alpha_sweep", "Steps until ‖θ_k − θ*‖ < " + fmt(tol) +
                                                " against momentum α (κ = " + fmt(kappa) +
                                                "; no dot: diverged or not reached)");
    fsweep.xlabel("momentum α")
        .ylabel("steps k")
        .logy()
        .legend("top left")
        .size(900, 560)
        .xrange(0, 1);
    const std::vector<double> sweep_etas{eta, best.eta};
    const double log_ratio = std::log(tol / norm(theta0 - theta_star));
    for (std::size_t e = 0; e < sweep_etas.size(); ++e) {
        std::vector<double> a_meas, k_meas, a_pred, k_pred;
        long fewest = -1;
        double fewest_alpha = 0;
        for (int i = 0; i < n_alpha; ++i) {
            const double a = 0.99 * i / (n_alpha - 1);
            redes::Momentum m(sweep_etas[e], a);
            const long k =
                steps_to_reach(redes::descent_path(q, m, theta0, longer), theta_star, tol);
            if (k >= 0) {
                a_meas.push_back(a);
                k_meas.push_back(static_cast<double>(k));
                if (fewest < 0 || k < fewest) fewest = k, fewest_alpha = a;
            }
            const double rho = redes::momentum_rate(sweep_etas[e], a, lmin, lmax);
            if (rho < 1) {  // ‖θ_k‖ ≈ ρ^k ‖θ_0‖ reaches tol at k ≈ ln(tol/‖θ_0‖)/ln ρ
                a_pred.push_back(a);
                k_pred.push_back(log_ratio / std::log(rho));
            }
        }
        const std::string which = e == 0 ? "η = " + fmt(eta) : "η* = " + fmt(best.eta, "%.3g");
        std::cout << "  sweep of " << n_alpha << " α in [0, 0.99] at " << which << ": "
                  << a_meas.size() << " reach the tolerance";
        if (fewest >= 0)
            std::cout << ", fewest steps " << fewest << " at α = " << fmt(fewest_alpha, "%.3f");
        std::cout << "\n";
        if (!a_meas.empty())
            fsweep.points("measured, " + which, a_meas, k_meas,
                          "points pt 7 ps 0.7 lc rgb '" +
                              std::string(redes::plot::colour(e == 0 ? 0 : 3)) + "'");
        if (!a_pred.empty())
            fsweep.line("ln(tol/‖θ_0‖)/ln ρ(α), " + which, a_pred, k_pred,
                        "lines lw 1.5 lc rgb '" + std::string(redes::plot::colour(e == 0 ? 0 : 3)) +
                            "'");
    }
    fsweep
        .raw("set arrow from " + fmt(best.alpha, "%.6g") + ", graph 0 to " +
             fmt(best.alpha, "%.6g") + ", graph 1 nohead dashtype 2 lc rgb 'gray40'")
        .raw("set label 'α*' at " + fmt(best.alpha, "%.6g") + ", graph 0.95 offset 0.5,0");
    ctx.save(fsweep);
}

}  // namespace ch15
