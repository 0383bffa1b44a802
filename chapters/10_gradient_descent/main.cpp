// 10 — El algoritmo del Descenso del Gradiente.
//   θ_{k+1} ← θ_k − η ∇_θ R̂(θ_k)
// on 2-D functions R̂ (src/redes/optim/test_functions.hpp), paths drawn over contour lines:
//   - a quadratic ravine ½θᵀAθ: η too small, right, too large; convergence exactly when
//     η < 2/λ_max, with the iterate's closed form θ_k = (1 − ηλ_i)^k θ_0 along each axis
//     (ravine.cpp, threshold.cpp);
//   - the saddle x² − y²: a start on the axis y = 0 stops at the critical point (0, 0), a start
//     slightly off it escapes (saddle.cpp);
//   - the directional derivative ∂/∂α R̂(θ + αǔ)|_{α=0} = ǔᵀ∇R̂ against a finite difference
//     (directional.cpp);
//   - Rosenbrock's curved valley (rosenbrock.cpp).
#include <cmath>
#include <string>
#include <utility>

#include "redes/app/chapter.hpp"
#include "redes/app/format.hpp"
#include "sections.hpp"

namespace po = boost::program_options;
using redes::app::fmt;

int main(int argc, char** argv) {
    redes::app::Chapter ch(
        "10", "gradient_descent",
        "θ_{k+1} = θ_k − η∇R̂(θ_k) on 2-D functions: η, divergence, saddle, directional derivative");
    ch10::Settings s;
    int steps = static_cast<int>(s.steps);
    // clang-format off
    ch.options().add_options()
        ("eta", po::value(&s.eta)->default_value(s.eta, "0.2"), "the 'right' learning rate η on the quadratic")
        ("eta-small", po::value(&s.eta_small)->default_value(s.eta_small, "0.02"), "a learning rate that is too small")
        ("eta-large", po::value(&s.eta_large)->default_value(s.eta_large, "0.3"), "a learning rate that is too large")
        ("steps", po::value(&steps)->default_value(steps), "K, gradient steps per path")
        ("start-x", po::value(&s.start_x)->default_value(s.start_x, "-4"), "θ_0 = (start-x, start-y) on the quadratic")
        ("start-y", po::value(&s.start_y)->default_value(s.start_y, "1.5"), "(see --start-x)")
        ("lambda1", po::value(&s.lambda1)->default_value(s.lambda1, "1"), "curvature λ₁ of the quadratic along x")
        ("lambda2", po::value(&s.lambda2)->default_value(s.lambda2, "8"), "curvature λ₂ of the quadratic along y")
        ("bound", po::value(&s.bound)->default_value(s.bound, "1e6"), "divergence: stop when ‖θ_k‖∞ or |R̂(θ_k)| exceeds it")
        ("saddle-eta", po::value(&s.saddle_eta)->default_value(s.saddle_eta, "0.1"), "η on the saddle x² − y²")
        ("saddle-offset", po::value(&s.saddle_offset)->default_value(s.saddle_offset, "1e-3"), "y_0 of the start off the axis")
        ("rosenbrock-eta", po::value(&s.rosenbrock_eta)->default_value(s.rosenbrock_eta, "1e-3"), "η on Rosenbrock's valley")
        ("h", po::value(&s.h)->default_value(s.h, "1e-5"), "step of the finite differences along ǔ");
    // clang-format on

    return ch.run(argc, argv, [&](redes::app::Context& ctx) {
        using redes::app::require;
        for (auto [name, v] : {std::pair<const char*, double>{"eta", s.eta},
                               {"eta-small", s.eta_small},
                               {"eta-large", s.eta_large},
                               {"saddle-eta", s.saddle_eta},
                               {"rosenbrock-eta", s.rosenbrock_eta}})
            require(v > 0 && v <= 100, name, fmt(v), "in (0, 100]");
        require(steps >= 1 && steps <= 100000, "steps", std::to_string(steps),
                "between 1 and 100000");
        require(std::isfinite(s.start_x) && std::abs(s.start_x) <= 100, "start-x", fmt(s.start_x),
                "finite, |x| ≤ 100");
        require(std::isfinite(s.start_y) && std::abs(s.start_y) <= 100, "start-y", fmt(s.start_y),
                "finite, |y| ≤ 100");
        require(s.lambda1 > 0 && s.lambda1 <= 1000, "lambda1", fmt(s.lambda1), "in (0, 1000]");
        require(s.lambda2 > 0 && s.lambda2 <= 1000, "lambda2", fmt(s.lambda2), "in (0, 1000]");
        require(s.bound > 0 && std::isfinite(s.bound), "bound", fmt(s.bound),
                "positive and finite");
        require(std::abs(s.saddle_offset) <= 1, "saddle-offset", fmt(s.saddle_offset),
                "in [−1, 1]");
        require(s.h > 0 && s.h <= 0.1, "h", fmt(s.h), "in (0, 0.1]");
        s.steps = static_cast<std::size_t>(steps);

        ch10::ravine_paths(ctx, s);
        ch10::either_side_of_threshold(s);
        ch10::risk_curves(ctx, s);
        ch10::eta_threshold(ctx, s);
        ch10::saddle(ctx, s);
        ch10::directional(ctx, s);
        ch10::rosenbrock(ctx, s);
    });
}
