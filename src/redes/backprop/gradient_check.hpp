#pragma once
// Gradient checking: an analytic gradient a = ∇R̂(θ) against central finite differences
//   n_i = (R̂(θ + h e_i) − R̂(θ − h e_i)) / 2h,
// compared per parameter group (W_1, b_1, W_2, …) by the relative error
//   ‖a − n‖ / max(‖a‖ + ‖n‖, tiny)       (per entry: |a_i − n_i| / max(|a_i| + |n_i|, tiny)).
// A group passes when its error is ≤ tolerance (1e-7: good; 1e-4…1e-2: suspicious; more: wrong).
// A group never passes when a and n are both all zeros (the comparison could not fail there),
// nor when every one of its entries was left out for a kink.
// Kinks: where σ has no derivative (ReLU, LeakyReLU, |x| at z = 0) the difference quotient is
// not the derivative. An entry is flagged "near a kink" when some pre-activation entering a kink
// changes side (or sits at 0) between θ − h e_i, θ and θ + h e_i; flagged entries are reported
// and left out of the error.
//
// A student checks a gradient in three lines:
//   redes::MLPGradient g = redes::efficient_backprop(net, J, X, Y);       // the gradient to test
//   redes::GradientCheck check = redes::check_gradient(net, J, X, Y, g);  // vs central differences
//   std::cout << check;  if (!check.passed()) return 1;                    // a line per W_ℓ, b_ℓ
// For any other model: check_gradient(R_hat, theta, gradient) with R_hat: θ ↦ R̂(θ).
#include <cstddef>
#include <functional>
#include <iosfwd>
#include <string>
#include <vector>

#include "redes/linalg/matrix.hpp"
#include "redes/linalg/vector.hpp"
#include "redes/models/mlp.hpp"
#include "redes/risk/cost.hpp"

namespace redes {

// A named run of consecutive entries of θ: {"W_1", 12, 4} covers θ[offset … offset + 12),
// a 3×4 matrix stored row by row (cols = 0: a vector).
struct ParameterGroup {
    std::string name;
    std::size_t size = 0;
    std::size_t cols = 0;
};

// The side (−1, 0, +1) of every pre-activation that enters a kink, at θ.
using KinkSides = std::function<std::vector<signed char>(const Vector& theta)>;

// The step h of the central differences, the tolerance, the groups of θ, where the kinks are.
struct GradientCheckOptions {
    double h = 1e-5;                     // the finite-difference step
    double tolerance = 1e-7;             // largest relative error that passes
    std::vector<ParameterGroup> groups;  // empty: one group "θ" with every entry
    KinkSides kink_sides;                // empty: the model has no kinks to watch
};

// |a − n| / max(|a| + |n|, tiny), tiny the smallest normal double
double relative_error(double a, double n);
// ‖a − n‖₂ / max(‖a‖₂ + ‖n‖₂, tiny)
double relative_error(const Vector& a, const Vector& n);

// One group's verdict (W_ℓ or b_ℓ): ‖a − n‖ / max(‖a‖ + ‖n‖, tiny) and its worst entry.
struct GroupCheck {
    std::string name;
    std::size_t offset = 0, size = 0;  // entries θ[offset … offset + size)
    std::size_t cols = 0;              // as in ParameterGroup
    std::size_t checked = 0;           // entries compared (size minus those near a kink)
    std::size_t near_kink = 0;         // entries left out: their difference crosses a kink
    double relative_error = 0.0;  // ‖a − n‖ / max(‖a‖ + ‖n‖, tiny) over checked entries
    double worst_entry_error = 0.0;  // the largest per-entry relative error among them
    std::size_t worst = 0;           // its index in θ
    // Where the worst entry sits in the group: "(i, j)" in a matrix, "[i]" in a vector (0-based).
    std::string worst_position() const;
    bool all_zero = false;  // a = n = 0 on every checked entry: nothing was tested
    bool passed = false;
    // "ok", "suspicious", "WRONG", "NOT TESTED (both gradients are 0)",
    // "NOT TESTED (all near a kink)"
    std::string verdict() const;
};

// The whole check: a = ∇R̂(θ) against central differences n, one GroupCheck per group.
struct GradientCheck {
    double h = 0.0, tolerance = 0.0;
    Vector analytic, numeric;     // a and n, in the order of θ
    std::vector<bool> near_kink;  // per entry of θ
    std::vector<GroupCheck> groups;
    // Every group passed.
    bool passed() const;
    // The first group that did not pass, or nullptr.
    const GroupCheck* first_failure() const;
};

// A table: one line per group with its relative error, worst entry, kinks and verdict.
std::ostream& operator<<(std::ostream& os, const GradientCheck& check);

// Any model: R_hat maps θ to R̂(θ); gradient is the analytic ∇R̂(θ) to test.
GradientCheck check_gradient(const std::function<double(const Vector&)>& R_hat, const Vector& theta,
                             const Vector& gradient, GradientCheckOptions options = {});

// An MLP with cost J on the batch X (N_0×M), Y (N_L×M): R̂ = (1/M) Σ_m J(f(x_m); y_m), groups
// W_1, b_1, …, W_L, b_L, kinks found from every layer's pre-activations z_ℓm.
// options.groups and options.kink_sides are filled in here.
GradientCheck check_gradient(const MLP& net, const Cost& J, const Matrix& X, const Matrix& Y,
                             const MLPGradient& gradient, GradientCheckOptions options = {});

// The parameter groups of an MLP in the order of MLP::parameters(): W_1, b_1, …, W_L, b_L.
std::vector<ParameterGroup> parameter_groups(const MLP& net);

}  // namespace redes
