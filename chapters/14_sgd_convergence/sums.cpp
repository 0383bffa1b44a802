// The partial sums Σ η_k and Σ η_k² of the schedules: the two conditions of convergence.
#include <algorithm>
#include <iostream>

#include "redes/optim/schedule_sums_at.hpp"
#include "sections.hpp"

namespace ch14 {

using redes::app::fmt;

void partial_sums(const redes::app::Context& ctx, const Settings& s, const Problem& pb,
                  const std::vector<Run>& runs) {
    const std::size_t steps = pb.steps, tau_k = static_cast<std::size_t>(s.tau);
    const std::size_t K_far =
        std::max(steps, ctx.quick ? std::size_t{10000} : static_cast<std::size_t>(s.horizon));
    const std::vector<std::size_t> ks_far = log_steps(K_far, 20.0);
    auto f_eta = ctx.figure("eta", "Learning-rate schedules η_k (k counts steps)");
    auto f_sum = ctx.figure("sum_eta", "Σ_{k≤K} η_k must diverge (so SGD can travel any distance)");
    auto f_sum2 =
        ctx.figure("sum_eta2", "Σ_{k≤K} η_k² must stay finite (so the noise it adds dies out)");
    f_eta.xlabel("step k").ylabel("η_k").logx().logy().legend("bottom left");
    f_sum.xlabel("K (steps)").ylabel("Σ_{k=0}^{K} η_k").logx().logy().legend("bottom right");
    f_sum2.xlabel("K (steps)").ylabel("Σ_{k=0}^{K} η_k²").logx().logy().legend("bottom right");
    std::cout << "partial sums Σ_{k≤K} η_k and Σ_{k≤K} η_k² at the end of training (K = " << steps
              << ") and at K = " << K_far << ":\n";
    for (std::size_t i = 0; i < 3; ++i) {
        const auto& r = runs[i];
        const redes::ScheduleSums sums = redes::schedule_sums_at(*r.schedule, ks_far);
        std::vector<double> x, e;
        for (std::size_t k : ks_far) {
            x.push_back(static_cast<double>(k));
            e.push_back(r.schedule->eta(k));
        }
        const std::string style = "lines lw 2 lc rgb '" + r.colour + "'";
        f_eta.line(r.label, x, e, style);
        f_sum.line(r.label, x, sums.sum_eta, style);
        f_sum2.line(r.label, x, sums.sum_eta2, style);
        const redes::ScheduleSums at_end = redes::schedule_sums_at(*r.schedule, {steps});
        std::string limit;
        if (i == inverse && s.p > 0.5 && s.p <= 1.0)
            limit = "Σ η_k → ∞ (slowly), Σ η_k² stays finite: converges";
        else if (i == inverse && s.p > 1.0)
            limit = "Σ η_k stays finite (p > 1): it may stop short of θ*";
        else if (i == inverse) limit = "Σ η_k² → ∞ (p ≤ ½)";
        else
            limit = "both → ∞: η_k = " + fmt(i == constant ? s.eta : s.eta_tau) +
                    (i == linear ? " for every k ≥ τ" : " for every k");
        std::cout << "  " << r.label << ": Σ η_k = " << fmt(at_end.sum_eta[0]) << " → "
                  << fmt(sums.sum_eta.back()) << ", Σ η_k² = " << fmt(at_end.sum_eta2[0]) << " → "
                  << fmt(sums.sum_eta2.back()) << "; " << limit << "\n";
    }
    if (s.p == 1.0) {
        // Σ_{k≥0} (η₀k₀/(k₀ + k))² ≤ η₀²k₀² (1/k₀² + ∫_0^∞ dk/(k₀ + k)²) = η₀² (1 + k₀)
        const double bound = s.eta * s.eta * (1.0 + s.k0);
        f_sum2.line("bound of the 1/k sum for every K: η₀²(1 + k₀)",
                    std::vector<double>{1.0, double(K_far)}, std::vector<double>{bound, bound},
                    "lines lw 1 dashtype 2 lc rgb '#2ca02c'");
        std::cout << "  1/k: Σ_{k≥0} η_k² ≤ η₀²(1 + k₀) = " << fmt(bound) << " for every K\n";
    }
    for (auto* f : {&f_eta, &f_sum, &f_sum2}) {
        const double y = f == &f_eta ? 0.85 : 0.95;
        if (tau_k < K_far) f->raw(vline(tau_k, "#d62728")).raw(vlabel(tau_k, "τ", "#d62728", y));
        f->raw(vline(steps, "black")).raw(vlabel(steps, "end of training", "black", y));
    }
    ctx.save(f_eta);
    ctx.save(f_sum);
    ctx.save(f_sum2);
}

}  // namespace ch14
