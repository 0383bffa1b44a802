// 10 — El algoritmo del Descenso del Gradiente.
//   θ_{k+1} ← θ_k − η ∇_θ R̂(θ_k)
// on 2-D functions R̂ (src/redes/optim/test_functions.hpp), paths drawn over contour lines:
//   - a quadratic ravine ½θᵀAθ: η too small, right, too large; convergence exactly when
//     η < 2/λ_max, with the iterate's closed form θ_k = (1 − ηλ_i)^k θ_0 along each axis;
//   - the saddle x² − y²: a start on the axis y = 0 stops at the critical point (0, 0), a start
//     slightly off it escapes;
//   - the directional derivative ∂/∂α R̂(θ + αǔ)|_{α=0} = ǔᵀ∇R̂ against a finite difference;
//   - Rosenbrock's curved valley.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

#include "redes/app/chapter.hpp"
#include "redes/app/format.hpp"
#include "redes/error.hpp"
#include "redes/linalg.hpp"
#include "redes/optim/descent_path.hpp"
#include "redes/optim/test_functions.hpp"
#include "redes/stats/grid.hpp"

namespace po = boost::program_options;
using redes::DescentPath;
using redes::Matrix;
using redes::Vector;

namespace {

const double pi = 3.14159265358979323846;

using redes::app::fmt;

using redes::linspace;

std::string point(const Vector& t) { return "(" + fmt(t[0]) + ", " + fmt(t[1]) + ")"; }

// Heatmap and contour lines of Z (or of a transform of it) on the grid.
void landscape(redes::plot::Figure& fig, const std::vector<double>& gx,
               const std::vector<double>& gy, const Matrix& Z, int levels = 18) {
    fig.heatmap(gx, gy, Z).contour(gx, gy, Z, levels);
}

// 2/λ_max of the Hessian ∇²R̂(θ) (a symmetric 2×2: λ = t/2 ± √((t/2)² − det)): near θ, R̂ is
// close to a quadratic with these curvatures, and gradient descent is stable there for η below it.
double local_eta_critical(const redes::Objective2D& f, const Vector& theta) {
    const Matrix H = f.hessian(theta);
    const double t = 0.5 * (H(0, 0) + H(1, 1)), det = H(0, 0) * H(1, 1) - H(0, 1) * H(1, 0);
    return 2.0 / (t + std::sqrt(std::max(0.0, t * t - det)));
}

}  // namespace

int main(int argc, char** argv) {
    redes::app::Chapter ch(
        "10", "gradient_descent",
        "θ_{k+1} = θ_k − η∇R̂(θ_k) on 2-D functions: η, divergence, saddle, directional derivative");
    double lambda1 = 1.0, lambda2 = 8.0, eta = 0.2, eta_small = 0.02, eta_large = 0.3;
    double start_x = -4.0, start_y = 1.5, bound = 1e6;
    double saddle_eta = 0.1, saddle_offset = 1e-3, rosenbrock_eta = 1e-3, h = 1e-5;
    int steps = 60;
    // clang-format off
    ch.options().add_options()
        ("eta", po::value(&eta)->default_value(eta, "0.2"), "the 'right' learning rate η on the quadratic")
        ("eta-small", po::value(&eta_small)->default_value(eta_small, "0.02"), "a learning rate that is too small")
        ("eta-large", po::value(&eta_large)->default_value(eta_large, "0.3"), "a learning rate that is too large")
        ("steps", po::value(&steps)->default_value(steps), "K, gradient steps per path")
        ("start-x", po::value(&start_x)->default_value(start_x, "-4"), "θ_0 = (start-x, start-y) on the quadratic")
        ("start-y", po::value(&start_y)->default_value(start_y, "1.5"), "(see --start-x)")
        ("lambda1", po::value(&lambda1)->default_value(lambda1, "1"), "curvature λ₁ of the quadratic along x")
        ("lambda2", po::value(&lambda2)->default_value(lambda2, "8"), "curvature λ₂ of the quadratic along y")
        ("bound", po::value(&bound)->default_value(bound, "1e6"), "divergence: stop when ‖θ_k‖∞ or |R̂(θ_k)| exceeds it")
        ("saddle-eta", po::value(&saddle_eta)->default_value(saddle_eta, "0.1"), "η on the saddle x² − y²")
        ("saddle-offset", po::value(&saddle_offset)->default_value(saddle_offset, "1e-3"), "y_0 of the start off the axis")
        ("rosenbrock-eta", po::value(&rosenbrock_eta)->default_value(rosenbrock_eta, "1e-3"), "η on Rosenbrock's valley")
        ("h", po::value(&h)->default_value(h, "1e-5"), "step of the finite differences along ǔ");
    // clang-format on

    return ch.run(argc, argv, [&](redes::app::Context& ctx) {
        using redes::app::require;
        for (auto [name, v] : {std::pair<const char*, double>{"eta", eta},
                               {"eta-small", eta_small},
                               {"eta-large", eta_large},
                               {"saddle-eta", saddle_eta},
                               {"rosenbrock-eta", rosenbrock_eta}})
            require(v > 0 && v <= 100, name, fmt(v), "in (0, 100]");
        require(steps >= 1 && steps <= 100000, "steps", std::to_string(steps),
                "between 1 and 100000");
        require(std::isfinite(start_x) && std::abs(start_x) <= 100, "start-x", fmt(start_x),
                "finite, |x| ≤ 100");
        require(std::isfinite(start_y) && std::abs(start_y) <= 100, "start-y", fmt(start_y),
                "finite, |y| ≤ 100");
        require(lambda1 > 0 && lambda1 <= 1000, "lambda1", fmt(lambda1), "in (0, 1000]");
        require(lambda2 > 0 && lambda2 <= 1000, "lambda2", fmt(lambda2), "in (0, 1000]");
        require(bound > 0 && std::isfinite(bound), "bound", fmt(bound), "positive and finite");
        require(std::abs(saddle_offset) <= 1, "saddle-offset", fmt(saddle_offset), "in [−1, 1]");
        require(h > 0 && h <= 0.1, "h", fmt(h), "in (0, 0.1]");
        const std::size_t K = static_cast<std::size_t>(steps);
        const std::size_t grid = ctx.quick ? 41 : 121;

        // ---- 1. The quadratic ravine: η too small, right, too large --------------------------
        const redes::Quadratic q(lambda1, lambda2);
        const Vector theta0{start_x, start_y};
        redes::PathOptions opt;
        opt.steps = K;
        opt.bound = bound;
        std::cout << "R̂(θ) = ½θᵀAθ, A = diag(" << fmt(lambda1) << ", " << fmt(lambda2)
                  << "): λ_max = " << fmt(q.lambda_max())
                  << ", gradient descent converges iff η < 2/λ_max = " << fmt(q.eta_critical())
                  << "\n";
        std::cout << "paths from θ_0 = " << point(theta0) << ", R̂(θ_0) = " << fmt(q.value(theta0))
                  << ", K = " << K << ":\n";
        struct Run {
            std::string what;
            double eta;
            const char* style;
        };
        const std::vector<Run> runs{{"too small", eta_small,
                                     "linespoints lw 2 pt 7 ps 0.5 lc rgb '#1f77b4'"},
                                    {"right", eta, "linespoints lw 2 pt 7 ps 0.5 lc rgb '#ff7f0e'"},
                                    {"too large", eta_large,
                                     "linespoints lw 2 pt 7 ps 0.5 lc rgb '#d62728'"}};
        const double wx = std::max(5.0, 1.25 * std::abs(start_x)),
                     wy = std::max(3.0, 1.5 * std::abs(start_y));
        const std::vector<double> gx = linspace(-wx, wx, grid), gy = linspace(-wy, wy, grid);
        auto fpath =
            ctx.figure("paths",
                       "Descenso del gradiente θ_{k+1} = θ_k − η∇R̂(θ_k) on ½θᵀAθ, A = diag(" +
                           fmt(lambda1) + ", " + fmt(lambda2) +
                           "), 2/λ_{max} = " + fmt(q.eta_critical()));
        fpath.xlabel("θ₁")
            .ylabel("θ₂")
            .cblabel("R̂(θ)")
            .xrange(-wx, wx)
            .yrange(-wy, wy)
            .equal_axes()
            .legend("top right")
            .size(900, 640);
        landscape(fpath, gx, gy, q.on_grid(gx, gy));
        for (const Run& r : runs) {
            const DescentPath p = redes::gradient_descent_path(q, r.eta, theta0, opt);
            std::cout << "  " << r.what << ": " << p.describe() << "\n";
            fpath.line("η = " + fmt(r.eta) + " (" + r.what +
                           (p.diverged() ? ", diverged at step " + std::to_string(p.diverged_step)
                                         : "") +
                           ")",
                       p.xs(), p.ys(), r.style);
        }
        fpath.points("θ_0", {start_x}, {start_y}, "points pt 9 ps 2 lc rgb 'orange'");
        ctx.save(fpath);

        // ---- 2. Either side of η = 2/λ_max, against the closed form -------------------------
        const std::size_t K_long = 20 * K;
        redes::PathOptions longer = opt;
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
                      << p.describe() << "\n    θ_" << k << " = " << point(p.last())
                      << ", closed form " << point(closed) << " (relative difference "
                      << fmt(agree, "%.1e") << ")\n";
        }

        // ---- 3. R̂ along the iterations for several η (log y) ------------------------------
        auto frisk =
            ctx.figure("risk", "R̂(θ_k) along gradient descent for several η (2/λ_{max} = " +
                                   fmt(q.eta_critical()) + ")");
        frisk.xlabel("step k").ylabel("R̂(θ_k)").logy().legend("outside right top").size(900, 560);
        const std::vector<double> etas{eta_small, eta, 0.99 * q.eta_critical(),
                                       1.01 * q.eta_critical(), eta_large};
        const char* styles[] = {"linespoints lw 3 pt 7 ps 0.4 lc rgb '#1f77b4'",
                                "linespoints lw 2 pt 7 ps 0.4 lc rgb '#ff7f0e'",
                                "linespoints lw 2 dashtype 2 pt 6 ps 0.6 lc rgb '#2ca02c'",
                                "linespoints lw 2 pt 7 ps 0.4 lc rgb '#9467bd'",
                                "linespoints lw 2 pt 7 ps 0.4 lc rgb '#d62728'"};
        for (std::size_t i = 0; i < etas.size(); ++i) {
            const DescentPath p = redes::gradient_descent_path(q, etas[i], theta0, opt);
            std::vector<double> k, R;
            for (std::size_t j = 0; j < p.value.size(); ++j)
                if (p.value[j] > 0) {  // log scale
                    k.push_back(static_cast<double>(j));
                    R.push_back(p.value[j]);
                }
            std::string label = "η = " + fmt(etas[i]);
            if (i == 2) label += " (0.99·2/λ_{max})";
            if (i == 3) label += " (1.01·2/λ_{max})";
            if (p.diverged()) label += ", diverged at step " + std::to_string(p.diverged_step);
            frisk.line(label, k, R, styles[i]);
        }
        ctx.save(frisk);

        // ---- 4. The cliff at η = 2/λ_max: R̂(θ_K)/R̂(θ_0) against η -------------------------
        auto fthr = ctx.figure("eta_threshold", "After K = " + std::to_string(K) +
                                                    " steps: converges exactly when η < 2/λ_{max}");
        fthr.xlabel("η / (2/λ_{max})").ylabel("R̂(θ_K) / R̂(θ_0)").logy().legend("top left");
        std::vector<double> ratio_eta, ratio_closed, measured_eta, ratio_measured;
        redes::PathOptions unbounded = opt;
        unbounded.bound =
            HUGE_VAL;  // only overflow stops these runs; the closed form covers the rest
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

        // ---- 5. The saddle x² − y² ----------------------------------------------------------
        const redes::Saddle s;
        std::cout << "saddle R̂(x, y) = x² − y², critical point (0, 0), η = " << fmt(saddle_eta)
                  << ":\n";
        const DescentPath on = redes::gradient_descent_path(s, saddle_eta, Vector{1.2, 0.0}, opt);
        const DescentPath off =
            redes::gradient_descent_path(s, saddle_eta, Vector{1.2, saddle_offset}, opt);
        bool y_zero = true;
        for (const Vector& t : on.theta) y_zero &= (t[1] == 0.0);
        std::cout << "  start (1.2, 0) on the axis: " << on.describe()
                  << "\n    θ_K = " << point(on.last())
                  << ", y_k = 0 at every step: " << (y_zero ? "yes" : "no") << "\n";
        const bool escaped =
            off.diverged() || std::abs(off.last()[1]) > 1.2;  // farther from (0, 0) than it started
        std::cout << "  start (1.2, " << fmt(saddle_offset) << ") off the axis: " << off.describe()
                  << "\n    θ_K = " << point(off.last()) << ": |y_k| = (1 + 2η)^k |y_0| = "
                  << fmt(std::pow(1 + 2 * saddle_eta, static_cast<double>(off.steps())) *
                         std::abs(saddle_offset))
                  << " at k = " << off.steps() << "; "
                  << (escaped ? "escaped the saddle" : "still near the saddle") << "\n";
        const std::vector<double> sx = linspace(-1.5, 1.5, grid);
        auto fs =
            ctx.figure("saddle", "Puntos críticos: gradient descent at the saddle x² − y², η = " +
                                     fmt(saddle_eta));
        fs.xlabel("x")
            .ylabel("y")
            .cblabel("R̂(x, y) = x² − y²")
            .xrange(-1.5, 1.5)
            .yrange(-1.5, 1.5)
            .equal_axes()
            .legend("outside bottom center horizontal")
            .size(760, 760);
        landscape(fs, sx, sx, s.on_grid(sx, sx));
        fs.line("start (1.2, 0): stops at (0, 0)", on.xs(), on.ys(),
                "linespoints lw 5 pt 7 ps 1.2 lc rgb '#1f77b4'")
            .line("start (1.2, " + fmt(saddle_offset) + "): escapes", off.xs(), off.ys(),
                  "linespoints lw 1.5 pt 7 ps 0.5 lc rgb '#d62728'")
            .points("critical point (0, 0)", {0.0}, {0.0},
                    "points pt 6 ps 2.5 lw 2 lc rgb 'orange'");
        ctx.save(fs);

        // ---- 6. The directional derivative ------------------------------------------------
        std::cout
            << "directional derivative ∂/∂α R̂(θ + αǔ)|_{α=0} = ǔᵀ∇R̂ against (R̂(θ + hǔ) − R̂(θ − hǔ))/2h, h = "
            << fmt(h) << ":\n";
        const redes::Rosenbrock rb;
        struct Probe {
            const redes::Objective2D* f;
            Vector theta;
        };
        const std::vector<Probe> probes{{&q, theta0},
                                        {&s, Vector{0.7, -0.4}},
                                        {&rb, Vector{-1.0, 1.5}}};
        for (const Probe& pr : probes) {
            const double phi = ctx.rng.uniform(0.0, 2 * pi);
            const Vector u{std::cos(phi), std::sin(phi)};  // ǔ, ‖ǔ‖ = 1
            const double exact = pr.f->directional_derivative(pr.theta, u);
            const double diff = pr.f->directional_difference(pr.theta, u, h);
            const double rel =
                std::abs(exact - diff) / std::max(std::abs(exact) + std::abs(diff), 1e-300);
            std::cout << "  " << pr.f->name() << " at " << point(pr.theta) << ", ǔ = " << point(u)
                      << ": ǔᵀ∇R̂ = " << fmt(exact, "%.10g")
                      << ", difference = " << fmt(diff, "%.10g") << ", rel err " << fmt(rel, "%.1e")
                      << "\n";
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
                fslope.push_back(q.directional_difference(theta0, u, h));
            }
        }
        const double phi_descent = std::atan2(-g0[1], -g0[0]);  // direction of −∇R̂
        std::cout << "  steepest descent at θ_0 = " << point(theta0)
                  << ": min over 360 directions of ǔᵀ∇R̂ = " << fmt(best, "%.6g")
                  << " at φ = " << fmt(best_phi * 180 / pi)
                  << "°; −‖∇R̂‖ = " << fmt(-norm(g0), "%.6g")
                  << ", −∇R̂ points at φ = " << fmt(std::fmod(phi_descent * 180 / pi + 360, 360))
                  << "°\n";
        const double step_eta = 1e-3;
        const double drop = q.value(theta0 - step_eta * g0) - q.value(theta0);
        std::cout << "  first-order decrease: R̂(θ_0 − η∇R̂) − R̂(θ_0) = " << fmt(drop, "%.6g")
                  << " vs −η‖∇R̂‖² = " << fmt(-step_eta * dot(g0, g0), "%.6g")
                  << " (η = " << fmt(step_eta) << ")\n";
        auto fdir = ctx.figure("directional", "Derivada direccional at θ_0 = " + point(theta0) +
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

        // ---- 7. Rosenbrock's curved valley -------------------------------------------------
        redes::PathOptions ro = opt;
        ro.steps = ctx.quick ? 500 : 5000;
        const Vector r0{-1.5, 2.0};
        const DescentPath pr = redes::gradient_descent_path(rb, rosenbrock_eta, r0, ro);
        std::cout << "rosenbrock (1 − x)² + 100(y − x²)² from " << point(r0)
                  << ", minimum (1, 1): " << pr.describe() << "\n    θ_K = " << point(pr.last())
                  << ", distance to (1, 1) = " << fmt(norm(pr.last() - rb.minimizer()))
                  << "\n    the local threshold 2/λ_max(∇²R̂) is " << fmt(local_eta_critical(rb, r0))
                  << " at θ_0 and " << fmt(local_eta_critical(rb, rb.minimizer()))
                  << " at (1, 1)\n";
        const auto highest = std::max_element(pr.value.begin(), pr.value.end());
        if (pr.diverged())
            std::cout << "    R̂ rose from R̂(θ_0) = " << fmt(pr.value.front())
                      << " until the run stopped\n";
        else if (*highest > pr.value.front())
            std::cout << "    R̂ rose from R̂(θ_0) = " << fmt(pr.value.front()) << " to "
                      << fmt(*highest) << " at step " << highest - pr.value.begin()
                      << " before it fell\n";
        else std::cout << "    R̂ never rose above R̂(θ_0) = " << fmt(pr.value.front()) << "\n";
        const std::vector<double> rx = linspace(-2.0, 2.0, grid), ry = linspace(-1.0, 3.0, grid);
        Matrix RZ = rb.on_grid(rx, ry);
        for (std::size_t k = 0; k < RZ.size(); ++k) RZ.data()[k] = std::log10(1.0 + RZ.data()[k]);
        auto fr = ctx.figure("rosenbrock", "Gradient descent in Rosenbrock's curved valley, η = " +
                                               fmt(rosenbrock_eta) + ", " +
                                               std::to_string(pr.steps()) + " steps");
        fr.xlabel("x")
            .ylabel("y")
            .cblabel("log₁₀(1 + R̂)")
            .xrange(-2, 2)
            .yrange(-1, 3)
            .equal_axes()
            .legend("outside bottom center horizontal")
            .size(760, 760);
        landscape(fr, rx, ry, RZ, 14);
        fr.line("θ_k" + std::string(pr.diverged() ? " (diverged at step " +
                                                        std::to_string(pr.diverged_step) + ")"
                                                  : ""),
                pr.xs(), pr.ys(), "lines lw 2 lc rgb '#d62728'")
            .points("θ_0", {r0[0]}, {r0[1]}, "points pt 9 ps 2 lc rgb 'orange'")
            .points("minimum (1, 1)", {1.0}, {1.0}, "points pt 3 ps 2.5 lw 2 lc rgb 'orange'");
        ctx.save(fr);
    });
}
