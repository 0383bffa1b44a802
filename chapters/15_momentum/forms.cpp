// Section 5: the notes' form against PyTorch's, constant and changing η.
#include <algorithm>
#include <cmath>
#include <iostream>
#include <string>
#include <vector>

#include "sections.hpp"

namespace ch15 {

using redes::Vector;
using redes::app::fmt;

void forms(const redes::app::Context& ctx, const Settings& s, const Ravine& rv) {
    const redes::Quadratic& q = rv.q;
    const Vector& theta0 = rv.theta0;
    const auto eta = s.eta;
    const auto alpha = s.alpha;
    const auto eta_tau = s.eta_tau;
    const auto tau = s.tau;
    const std::size_t K = rv.K;
    const auto gradient = [&q](const Vector& t) { return q.gradient(t); };
    const redes::LinearDecay schedule(eta, eta_tau, static_cast<std::size_t>(tau));
    std::cout
        << "the notes' form v ← αv − ηg; θ ← θ + v against PyTorch's b ← μb + g; θ ← θ − ηb (μ = α = "
        << fmt(alpha) << ", K = " << K << "):\n";
    auto fforms = ctx.figure(
        "forms",
        "Momentum, the notes' form against PyTorch's: ‖θ_k(notes) − θ_k(PyTorch)‖ / ‖θ_k(PyTorch)‖, α = " +
            fmt(alpha));
    fforms.xlabel("step k")
        .ylabel("relative gap between the two paths")
        .logy()
        .legend("outside bottom center horizontal")
        .size(900, 620)
        .yrange(1e-18, 10)
        .raw("set arrow from " + std::to_string(tau) + ", graph 0 to " + std::to_string(tau) +
             ", graph 1 nohead dashtype 3 lc rgb 'gray40'")
        .raw("set label 'τ' at " + std::to_string(tau) + ", graph 0.95 offset 0.5,0");
    for (int with_schedule = 0; with_schedule < 2; ++with_schedule) {
        redes::Momentum notes(eta, alpha, redes::MomentumForm::notes),
            torch(eta, alpha, redes::MomentumForm::pytorch);
        const redes::Schedule* sch = with_schedule ? &schedule : nullptr;
        // both forms side by side, η_k from the schedule; stop if either leaves the region |R̂| ≤ 10⁶
        Vector a = theta0, b = theta0;
        double gap = 0;
        std::size_t gap_k = 0, k = 0;
        bool diverged = false;
        std::vector<double> kk, rel;
        for (;; ++k) {
            if (!(q.value(a) <= 1e6) || !(q.value(b) <= 1e6)) {
                diverged = true;
                break;
            }
            const double d = norm(a - b);
            if (d > gap) gap = d, gap_k = k;
            if (d > 0) {  // exact agreement has no place on a log scale
                kk.push_back(static_cast<double>(k));
                rel.push_back(d / norm(b));
            }
            if (k == K) break;
            if (sch) notes.set_eta(sch->eta(k)), torch.set_eta(sch->eta(k));  // η_k
            notes.step(a, gradient(a));
            torch.step(b, gradient(b));
        }
        std::cout << "  "
                  << (with_schedule ? "η_k linear " + fmt(eta) + " → " + fmt(eta_tau) +
                                          " at τ = " + std::to_string(tau)
                                    : "constant η = " + fmt(eta))
                  << ": max_k ‖θ_k(notes) − θ_k(PyTorch)‖ = " << fmt(gap, "%.3g")
                  << (gap > 0 ? " at k = " + std::to_string(gap_k) : "");
        if (diverged)
            std::cout << "; a path left |R̂| ≤ 10⁶ at step " << k << " (diverged: lower --eta)\n";
        else
            std::cout << "; R̂(θ_K): notes " << fmt(q.value(a)) << ", PyTorch " << fmt(q.value(b))
                      << "\n";
        if (kk.empty()) continue;
        if (with_schedule)
            fforms.line("η_k linear from " + fmt(eta) + " to " + fmt(eta_tau) +
                            " at τ = " + std::to_string(tau),
                        kk, rel, "linespoints lw 2 pt 7 ps 0.4 lc rgb '#d62728'");
        else
            fforms.line("constant η = " + fmt(eta) +
                            " (steps where they agree exactly are not drawn)",
                        kk, rel, "points pt 7 ps 0.6 lc rgb '#1f77b4'");
    }
    ctx.save(fforms);
}

}  // namespace ch15
