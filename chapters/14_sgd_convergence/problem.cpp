// The chapter's least-squares problem and its four schedules.
#include <algorithm>
#include <iostream>

#include "redes/optim/sgd.hpp"
#include "sections.hpp"

namespace ch14 {

using redes::app::fmt;

Problem least_squares_problem(const redes::app::Context& ctx, const Settings& s) {
    // ---- data: y_m = 2u_m − 1 + noise, x_m = (u_m, 1), u_m ~ N(0, 1) --------------------------
    const std::size_t M = ctx.quick ? 100 : static_cast<std::size_t>(s.samples);
    const std::size_t E = ctx.quick ? 5 : static_cast<std::size_t>(s.epochs);
    const std::size_t S = ctx.quick ? 2 : static_cast<std::size_t>(s.runs);
    const std::size_t Mp = std::min<std::size_t>(static_cast<std::size_t>(s.batch_size), M);
    redes::Rng data_rng(ctx.seed);
    redes::Matrix X(2, M);
    redes::Vector y(M);
    for (std::size_t m = 0; m < M; ++m) {
        X(0, m) = data_rng.normal();
        X(1, m) = 1.0;
        y[m] = 2.0 * X(0, m) - 1.0 + s.noise * data_rng.normal();
    }
    redes::LeastSquaresObjective R(X, y);
    const redes::Vector theta_star = R.minimizer();  // θ* = (X Xᵀ)⁻¹ X y
    const redes::Vector theta0{-1.0, 2.0};
    const std::size_t steps = E * redes::steps_per_epoch(M, Mp, redes::LastBatch::keep);
    std::cout << "least squares, M = " << M << " samples y_m = 2u_m − 1 + " << fmt(s.noise)
              << "·N(0, 1): θ* = (w, b) = (" << fmt(theta_star[0]) << ", " << fmt(theta_star[1])
              << "), R̂(θ*) = " << fmt(R.empirical_risk(theta_star))
              << "; θ_0 = (-1, 2), ‖θ_0 − θ*‖ = " << fmt(redes::norm(theta0 - theta_star)) << "\n";
    std::cout << s.optimizer << ", M′ = " << Mp << ", " << E << " epochs = " << steps << " steps, "
              << S << " runs (seeds " << ctx.seed + 100 << " …)\n";
    return Problem{std::move(R), theta_star, theta0, M, E, S, Mp, steps};
}

std::vector<Run> schedules(const Settings& s) {
    const auto tau = static_cast<std::size_t>(s.tau);
    std::vector<Run> runs;
    runs.push_back({std::make_shared<redes::ConstantSchedule>(s.eta),
                    "constant η = " + fmt(s.eta),
                    "#1f77b4",
                    {}});
    runs.push_back({std::make_shared<redes::InverseDecay>(s.eta, s.k0, s.p),
                    "η₀/(1 + k/k₀)" + std::string(s.p == 1.0 ? "" : "^" + fmt(s.p)) +
                        ", η₀ = " + fmt(s.eta) + ", k₀ = " + fmt(s.k0),
                    "#2ca02c",
                    {}});
    runs.push_back({std::make_shared<redes::LinearDecay>(s.eta, s.eta_tau, tau),
                    "linear η₀ = " + fmt(s.eta) + " → η_τ = " + fmt(s.eta_tau) +
                        " at τ = " + std::to_string(tau),
                    "#d62728",
                    {}});
    // what the linear decay is after τ
    runs.push_back({std::make_shared<redes::ConstantSchedule>(s.eta_tau),
                    "constant η = η_τ = " + fmt(s.eta_tau),
                    "#7f7f7f",
                    {}});
    return runs;
}

std::vector<std::size_t> log_steps(std::size_t K, double per_decade) {
    std::vector<std::size_t> ks;
    for (double t = 0.0;; t += 1.0 / per_decade) {
        const auto k = static_cast<std::size_t>(std::llround(std::pow(10.0, t)));
        if (k > K) break;
        if (ks.empty() || k != ks.back()) ks.push_back(k);
    }
    if (ks.empty() || ks.back() != K) ks.push_back(K);
    return ks;
}

double mean_over(const std::vector<double>& v, std::size_t a, std::size_t b) {
    double s = 0.0;
    for (std::size_t k = a; k <= b; ++k) s += v[k];
    return s / static_cast<double>(b - a + 1);
}

std::string vline(std::size_t k, const std::string& colour) {
    return "set arrow from " + std::to_string(k) + ", graph 0 to " + std::to_string(k) +
           ", graph 1 nohead dashtype 3 lc rgb '" + colour + "'";
}

std::string vlabel(std::size_t k, const std::string& text, const std::string& colour, double y) {
    return "set label '" + text + "' at " + std::to_string(k) + ", graph " + fmt(y) +
           " offset 0.5,0 tc rgb '" + colour + "'";
}

}  // namespace ch14
