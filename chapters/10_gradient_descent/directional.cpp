// The directional derivative of R̂ at θ along a unit vector ǔ,
//   ∂/∂α R̂(θ + αǔ)|_{α=0} = ǔᵀ∇R̂(θ)
// against the central difference (R̂(θ + hǔ) − R̂(θ − hǔ))/2h, and its minimum over ǔ:
// ǔ = −∇R̂/‖∇R̂‖ with slope −‖∇R̂‖, the direction gradient descent steps along.
#include <cmath>
#include <iostream>
#include <vector>

#include "sections.hpp"

using redes::Vector;
using redes::app::fmt;

namespace ch10 {

namespace {
const double pi = 3.14159265358979323846;
}  // namespace

void directional(redes::app::Context& ctx, const Settings& s) {
    const redes::Quadratic q = s.quadratic();
    const redes::Saddle sd;
    const redes::Rosenbrock rb;
    const Vector theta0 = s.theta0();
    std::cout
        << "directional derivative ∂/∂α R̂(θ + αǔ)|_{α=0} = ǔᵀ∇R̂ against (R̂(θ + hǔ) − R̂(θ − hǔ))/2h, h = "
        << fmt(s.h) << ":\n";
    struct Probe {
        const redes::Objective2D* f;
        Vector theta;
    };
    const std::vector<Probe> probes{{&q, theta0},
                                    {&sd, Vector{0.7, -0.4}},
                                    {&rb, Vector{-1.0, 1.5}}};
    for (const Probe& pr : probes) {
        const double phi = ctx.rng.uniform(0.0, 2 * pi);
        const Vector u{std::cos(phi), std::sin(phi)};  // ǔ, ‖ǔ‖ = 1
        const double exact = pr.f->directional_derivative(pr.theta, u);
        const double diff = pr.f->directional_difference(pr.theta, u, s.h);
        const double rel =
            std::abs(exact - diff) / std::max(std::abs(exact) + std::abs(diff), 1e-300);
        std::cout << "  " << pr.f->name() << " at " << point(pr.theta) << ", ǔ = " << point(u)
                  << ": ǔᵀ∇R̂ = " << fmt(exact, "%.10g") << ", difference = " << fmt(diff, "%.10g")
                  << ", rel err " << fmt(rel, "%.1e") << "\n";
    }
    // slope along every direction ǔ(φ) = (cos φ, sin φ) at θ_0 on the quadratic
    const Vector g0 = q.gradient(theta0);
    std::vector<double> phis, slope, fphis, fslope;
    double best = HUGE_VAL, best_phi = 0;
    for (int i = 0; i <= 360; ++i) {
        const double phi = 2 * pi * i / 360;
        const Vector u{std::cos(phi), std::sin(phi)};
        phis.push_back(phi * 180 / pi);
        slope.push_back(q.directional_derivative(theta0, u));
        if (slope.back() < best) best = slope.back(), best_phi = phi;
        if (i % 15 == 0) {
            fphis.push_back(phi * 180 / pi);
            fslope.push_back(q.directional_difference(theta0, u, s.h));
        }
    }
    const double phi_descent = std::atan2(-g0[1], -g0[0]);  // direction of −∇R̂
    std::cout << "  steepest descent at θ_0 = " << point(theta0)
              << ": min over 360 directions of ǔᵀ∇R̂ = " << fmt(best, "%.6g")
              << " at φ = " << fmt(best_phi * 180 / pi) << "°; −‖∇R̂‖ = " << fmt(-norm(g0), "%.6g")
              << ", −∇R̂ points at φ = " << fmt(std::fmod(phi_descent * 180 / pi + 360, 360))
              << "°\n";
    // R̂(θ − η∇R̂) = R̂(θ) − η‖∇R̂‖² + O(η²)
    const double step_eta = 1e-3;
    const double drop = q.value(theta0 - step_eta * g0) - q.value(theta0);
    std::cout << "  first-order decrease: R̂(θ_0 − η∇R̂) − R̂(θ_0) = " << fmt(drop, "%.6g")
              << " vs −η‖∇R̂‖² = " << fmt(-step_eta * dot(g0, g0), "%.6g")
              << " (η = " << fmt(step_eta) << ")\n";
    auto fdir = ctx.figure("directional", "Directional derivative at θ_0 = " + point(theta0) +
                                              ": ∂/∂α R̂(θ_0 + αǔ)|_{α=0} = ǔᵀ∇R̂");
    fdir.xlabel("direction of ǔ = (cos φ, sin φ): φ [degrees]")
        .ylabel("slope along ǔ")
        .xrange(0, 360)
        .legend("bottom left")
        .raw("set xtics 45");
    fdir.line("ǔᵀ∇R̂(θ_0)", phis, slope, "lines lw 2 lc rgb 'black'")
        .points("(R̂(θ_0 + hǔ) − R̂(θ_0 − hǔ))/2h", fphis, fslope,
                "points pt 7 ps 1 lc rgb '#d62728'")
        .points("ǔ = −∇R̂/‖∇R̂‖: slope −‖∇R̂‖", {std::fmod(phi_descent * 180 / pi + 360, 360)},
                {-norm(g0)}, "points pt 9 ps 2.5 lc rgb '#1f77b4'");
    ctx.save(fdir);
}

}  // namespace ch10
