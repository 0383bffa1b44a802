// The notes: "las derivadas de la red neuronal también aproximan las derivadas de la función".
// For N = 1 the network's derivative is, by the chain rule through its one hidden layer,
//   dŷ/dx = Σ_i [w₂]_i σ′([W₁]_i x + [b₁]_i) [W₁]_i        (approximation.hpp, input_derivative)
// compared with f′ for f(x) = sin(2πx). Three nets per width:
//   - trained sigmoid: a smooth net; its slope follows f′ as its values follow f;
//   - the sigmoid staircase (k = 10N₁): within O(1/N₁) of f in value, but each step has slope
//     rise·k/4 ≈ 2.5 f′ at its centre, so sup|f′ − dŷ/dx| does not fall: closeness in value
//     does not give closeness in slope;
//   - the ReLU interpolant: on cell i its slope is m_i = f′(ξ_i) for some ξ_i in the cell (mean
//     value theorem), so |f′(x) − dŷ/dx| ≤ max|f″| / N₁ = 4π²/N₁.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

#include "sections.hpp"

using redes::Activation;
using redes::MLP;

namespace ch09 {

namespace {

const double two_pi = 2.0 * std::acos(-1.0);

// f′(x) = 2π cos(2πx) for the smooth target f(x) = sin(2πx)
double smooth_prime(double x) { return two_pi * std::cos(two_pi * x); }

std::vector<double> derivative_curve(const MLP& net, const std::vector<double>& xs) {
    std::vector<double> d;
    for (double x : xs) d.push_back(input_derivative(net, x));
    return d;
}

}  // namespace

DerivativeStudy derivative_study(const Settings& s, const Grids& g, std::uint64_t seed) {
    const Target T = make_target("smooth");
    const std::vector<double> xs = row0(g.X_eval_1);
    DerivativeStudy st;
    redes::Rng rng = stream(seed, "sigmoid/smooth");  // the width sweep's smooth/sigmoid nets
    for (std::size_t N1 : s.widths) {
        DerivativeRow r;
        r.N1 = N1;
        Fit fit = fit_target(T, N1, Activation::sigmoid(), g.X_train_1, g.X_eval_1, s.fit, rng);
        MLP stair = constructive_network(T, N1, Activation::sigmoid());
        MLP relu = constructive_network(T, N1, Activation::relu());
        r.trained_value = fit.sup_error;
        r.trained_slope = sup_derivative_error(fit.net, smooth_prime, xs);
        r.stair_value = sup_error(stair, T, g.X_eval_1);
        r.stair_slope = sup_derivative_error(stair, smooth_prime, xs);
        r.relu_value = sup_error(relu, T, g.X_eval_1);
        r.relu_slope = sup_derivative_error(relu, smooth_prime, xs);
        st.rows.push_back(r);
        st.trained.push_back(std::move(fit.net));
        st.staircase.push_back(std::move(stair));
        st.interpolant.push_back(std::move(relu));
    }
    return st;
}

void derivative(const redes::app::Context& ctx, const Settings& s, const Grids& g) {
    const DerivativeStudy st = derivative_study(s, g, ctx.seed);
    const double f2_max = two_pi * two_pi;  // max|f″| = 4π² for sin(2πx)
    std::printf(
        "\nthe network's derivative dŷ/dx = Σᵢ w₂ᵢ σ′(W₁ᵢx + b₁ᵢ) W₁ᵢ against f′(x) = 2π cos(2πx), f(x) = sin(2πx),\n"
        "on the %zu points of [0,1]: sup|f − ŷ| / sup|f′ − dŷ/dx|\n"
        "      N₁     trained sigmoid     sigmoid staircase      ReLU interpolant   max|f″|/N₁\n",
        g.X_eval_1.cols());
    for (const DerivativeRow& r : st.rows)
        std::printf("  %6zu  %8s / %-8s  %8s / %-8s  %8s / %-8s  %8s\n", r.N1,
                    fmt(r.trained_value, "%.3g").c_str(), fmt(r.trained_slope, "%.3g").c_str(),
                    fmt(r.stair_value, "%.3g").c_str(), fmt(r.stair_slope, "%.3g").c_str(),
                    fmt(r.relu_value, "%.3g").c_str(), fmt(r.relu_slope, "%.3g").c_str(),
                    fmt(f2_max / static_cast<double>(r.N1), "%.3g").c_str());

    // sup|f′ − dŷ/dx| against N₁, log-log
    std::vector<double> wx, tr, stair, relu, bound;
    for (const DerivativeRow& r : st.rows) {
        wx.push_back(static_cast<double>(r.N1));
        tr.push_back(r.trained_slope);
        stair.push_back(r.stair_slope);
        relu.push_back(r.relu_slope);
        bound.push_back(f2_max / static_cast<double>(r.N1));
    }
    auto fe = ctx.figure("derivative_error",
                         "Universal approximation of f′ = 2π cos(2πx): sup error of dŷ/dx");
    fe.line("trained, σ = sigmoid", wx, tr,
            std::string("linespoints lw 2 pt 7 lc rgb '") + colour(0) + "'")
        .line("built staircase, σ = sigmoid (close in value)", wx, stair,
              std::string("linespoints lw 2 dt 2 pt 6 lc rgb '") + colour(1) + "'")
        .line("built interpolant, σ = ReLU", wx, relu,
              std::string("linespoints lw 2 dt 2 pt 4 lc rgb '") + colour(2) + "'")
        .line("bound max|f″|/N₁ = 4π²/N₁", wx, bound, "lines lw 1.5 dt 3 lc rgb 'black'")
        .xlabel("width N₁ of the hidden layer")
        .ylabel("max_x |f′(x) − dŷ/dx|")
        .logx()
        .logy()
        .legend("outside right top")
        .xrange(0.8 * wx.front(), 1.25 * wx.back())
        .size(1050, 560);
    ctx.save(fe);

    // f′ and dŷ/dx of a narrow and of the widest nets
    const std::size_t j_small =
        static_cast<std::size_t>(std::find(s.widths.begin(), s.widths.end(), 8) - s.widths.begin());
    const std::size_t js = j_small < s.widths.size() ? j_small : s.widths.size() / 2;
    const std::size_t jl = s.widths.size() - 1;
    std::vector<double> fp;
    for (double x : g.x_draw) fp.push_back(smooth_prime(x));
    auto ff = ctx.figure("derivative_fits",
                         "Universal approximation of the derivative: "
                         "f′(x) = 2π cos(2πx) and the networks' dŷ/dx");
    const auto n = [&](std::size_t j) { return "N₁ = " + std::to_string(s.widths[j]); };
    ff.line("f′(x)", g.x_draw, fp, "lines lw 6 lc rgb '#bbbbbb'")
        .line("trained sigmoid, " + n(js), g.x_draw, derivative_curve(st.trained[js], g.x_draw),
              std::string("lines lw 2 lc rgb '") + colour(0) + "'")
        .line("trained sigmoid, " + n(jl), g.x_draw, derivative_curve(st.trained[jl], g.x_draw),
              std::string("lines lw 2 lc rgb '") + colour(3) + "'")
        .line("sigmoid staircase, " + n(js), g.x_draw, derivative_curve(st.staircase[js], g.x_draw),
              std::string("lines lw 1 lc rgb '") + colour(1) + "'")
        .line("ReLU interpolant, " + n(js), g.x_draw,
              derivative_curve(st.interpolant[js], g.x_draw),
              std::string("lines lw 2 lc rgb '") + colour(2) + "'")
        .xlabel("x")
        .ylabel("f′(x), dŷ/dx")
        .legend("outside right top")
        .size(1050, 500);
    ctx.save(ff);
}

}  // namespace ch09
