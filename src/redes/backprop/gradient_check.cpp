#include "redes/backprop/gradient_check.hpp"

#include <cmath>
#include <cstdio>
#include <limits>
#include <ostream>

#include "redes/error.hpp"
#include "redes/risk/empirical_risk.hpp"
#include "redes/text.hpp"

namespace redes {

namespace {
const double tiny = std::numeric_limits<double>::min();

// The entry's difference crosses a kink: a side changes, or a pre-activation sits at 0.
bool crosses_kink(const std::vector<signed char>& at, const std::vector<signed char>& up,
                  const std::vector<signed char>& down) {
    if (up.size() != at.size() || down.size() != at.size())
        throw ShapeError("check_gradient: kink_sides returned " + std::to_string(at.size()) + ", " +
                         std::to_string(up.size()) + " and " + std::to_string(down.size()) +
                         " sides at θ, θ + h e_i, θ − h e_i");
    for (std::size_t k = 0; k < at.size(); ++k)
        if (at[k] == 0 || up[k] != at[k] || down[k] != at[k]) return true;
    return false;
}

GroupCheck check_group(const ParameterGroup& g, std::size_t offset, const GradientCheck& c) {
    GroupCheck r;
    r.name = g.name;
    r.offset = offset;
    r.size = g.size;
    r.cols = g.cols;
    double diff2 = 0.0, a2 = 0.0, n2 = 0.0;
    for (std::size_t i = offset; i < offset + g.size; ++i) {
        if (c.near_kink[i]) {
            ++r.near_kink;
            continue;
        }
        ++r.checked;
        const double a = c.analytic[i], n = c.numeric[i];
        diff2 += (a - n) * (a - n);
        a2 += a * a;
        n2 += n * n;
        const double e = relative_error(a, n);
        if (r.checked == 1 || e > r.worst_entry_error) {
            r.worst_entry_error = e;
            r.worst = i;
        }
    }
    // ‖a − n‖ / max(‖a‖ + ‖n‖, tiny)
    r.relative_error = std::sqrt(diff2) / std::max(std::sqrt(a2) + std::sqrt(n2), tiny);
    r.all_zero = r.checked > 0 && a2 == 0.0 && n2 == 0.0;
    r.passed = r.checked > 0 && !r.all_zero && r.relative_error <= c.tolerance;
    return r;
}
}  // namespace

// |a − n| / max(|a| + |n|, tiny)
double relative_error(double a, double n) {
    return std::abs(a - n) / std::max(std::abs(a) + std::abs(n), tiny);
}

// ‖a − n‖₂ / max(‖a‖₂ + ‖n‖₂, tiny)
double relative_error(const Vector& a, const Vector& n) {
    if (a.size() != n.size())
        throw ShapeError("relative_error: sizes " + std::to_string(a.size()) + " and " +
                         std::to_string(n.size()) + " differ");
    return norm(a - n) / std::max(norm(a) + norm(n), tiny);
}

std::string GroupCheck::worst_position() const {
    const std::size_t k = worst - offset;
    if (cols == 0) return "[" + std::to_string(k) + "]";
    return "(" + std::to_string(k / cols) + ", " + std::to_string(k % cols) + ")";
}

std::string GroupCheck::verdict() const {
    if (checked == 0) return "NOT TESTED (all near a kink)";
    if (all_zero) return "NOT TESTED (both gradients are 0)";
    if (passed) return "ok";
    return relative_error <= 1e-2 ? "suspicious" : "WRONG";
}

bool GradientCheck::passed() const { return !groups.empty() && first_failure() == nullptr; }

const GroupCheck* GradientCheck::first_failure() const {
    for (const GroupCheck& g : groups)
        if (!g.passed) return &g;
    return nullptr;
}

std::ostream& operator<<(std::ostream& os, const GradientCheck& c) {
    os << "gradient check: central differences, h = " << num(c.h)
       << ", passes at relative error <= " << num(c.tolerance) << "\n";
    os << "  group  entries  rel. error  worst entry  analytic       numeric        near kink"
          "  verdict\n";
    for (const GroupCheck& g : c.groups) {
        char line[256];
        std::snprintf(line, sizeof line, "  %-6s %7zu  %10.3e  %-11s  %+.6e  %+.6e  %9zu  ",
                      g.name.c_str(), g.size, g.relative_error,
                      g.checked ? g.worst_position().c_str() : "-",
                      g.checked ? c.analytic[g.worst] : 0.0, g.checked ? c.numeric[g.worst] : 0.0,
                      g.near_kink);
        os << line << g.verdict() << "\n";
    }
    os << (c.passed() ? "  PASSED" : "  FAILED") << "\n";
    return os;
}

GradientCheck check_gradient(const std::function<double(const Vector&)>& R_hat, const Vector& theta,
                             const Vector& gradient, GradientCheckOptions options) {
    const std::size_t D = theta.size();
    if (D == 0) throw ShapeError("check_gradient: θ is empty");
    if (gradient.size() != D)
        throw ShapeError("check_gradient: gradient of size " + std::to_string(gradient.size()) +
                         " for θ of size " + std::to_string(D));
    if (!(options.h > 0.0) || !std::isfinite(options.h))
        throw ValueError("check_gradient: step h = " + num(options.h) +
                         " must be positive and finite");
    if (!(options.tolerance > 0.0))
        throw ValueError("check_gradient: tolerance = " + num(options.tolerance) +
                         " must be positive");
    if (options.groups.empty()) options.groups.push_back({"θ", D});
    std::size_t total = 0;
    for (const ParameterGroup& g : options.groups) total += g.size;
    if (total != D)
        throw ShapeError("check_gradient: the groups cover " + std::to_string(total) +
                         " entries, θ has " + std::to_string(D));

    GradientCheck c;
    c.h = options.h;
    c.tolerance = options.tolerance;
    c.analytic = gradient;
    c.numeric = Vector(D);
    c.near_kink.assign(D, false);
    const bool kinks = static_cast<bool>(options.kink_sides);
    const std::vector<signed char> sides_at =
        kinks ? options.kink_sides(theta) : std::vector<signed char>{};
    Vector t = theta;
    for (std::size_t i = 0; i < D; ++i) {
        const double up = theta[i] + options.h, down = theta[i] - options.h;
        t[i] = up;
        const double R_plus = R_hat(t);
        const std::vector<signed char> sides_up = kinks ? options.kink_sides(t) : sides_at;
        t[i] = down;
        const double R_minus = R_hat(t);
        const std::vector<signed char> sides_down = kinks ? options.kink_sides(t) : sides_at;
        t[i] = theta[i];
        if (!std::isfinite(R_plus) || !std::isfinite(R_minus))
            throw ValueError("check_gradient: R̂ is not finite at θ ± h e_" + std::to_string(i) +
                             " (" + num(R_plus) + ", " + num(R_minus) + ")");
        // n_i = (R̂(θ + h e_i) − R̂(θ − h e_i)) / 2h
        c.numeric[i] = (R_plus - R_minus) / (up - down);
        c.near_kink[i] = kinks && crosses_kink(sides_at, sides_up, sides_down);
    }
    std::size_t offset = 0;
    for (const ParameterGroup& g : options.groups) {
        c.groups.push_back(check_group(g, offset, c));
        offset += g.size;
    }
    return c;
}

std::vector<ParameterGroup> parameter_groups(const MLP& net) {
    std::vector<ParameterGroup> groups;
    for (std::size_t ell = 1; ell <= net.L(); ++ell) {
        groups.push_back({"W_" + std::to_string(ell), net.W(ell).size(), net.W(ell).cols()});
        groups.push_back({"b_" + std::to_string(ell), net.b(ell).size(), 0});
    }
    return groups;
}

GradientCheck check_gradient(const MLP& net, const Cost& J, const Matrix& X, const Matrix& Y,
                             const MLPGradient& gradient, GradientCheckOptions options) {
    if (gradient.dW.size() != net.L() || gradient.db.size() != net.L())
        throw ShapeError("check_gradient: gradient with " + std::to_string(gradient.dW.size()) +
                         " layers for a network of L = " + std::to_string(net.L()));
    for (std::size_t ell = 1; ell <= net.L(); ++ell) {
        const Matrix& dW = gradient.dW(ell);
        if (dW.rows() != net.W(ell).rows() || dW.cols() != net.W(ell).cols() ||
            gradient.db(ell).size() != net.b(ell).size())
            throw ShapeError("check_gradient: layer " + std::to_string(ell) + ": ∂R̂/∂W " +
                             shape_str(dW.rows(), dW.cols()) + " and ∂R̂/∂b of size " +
                             std::to_string(gradient.db(ell).size()) + " for W " +
                             shape_str(net.W(ell).rows(), net.W(ell).cols()));
    }
    if (X.rows() != net.input_size() || Y.rows() != net.output_size() || X.cols() != Y.cols() ||
        X.cols() == 0)
        throw ShapeError("check_gradient: batch X " + shape_str(X.rows(), X.cols()) +
                         " and targets Y " + shape_str(Y.rows(), Y.cols()) + " for a network " +
                         std::to_string(net.input_size()) + " → " +
                         std::to_string(net.output_size()) + " (need N_0×M and N_L×M, M > 0)");
    options.groups = parameter_groups(net);
    // sign(z_ℓm) for every layer whose σ_ℓ has a kink, every sample
    options.kink_sides = [copy = net, X](const Vector& theta) mutable {
        copy.set_parameters(theta);
        std::vector<signed char> sides;
        Matrix A = X;
        for (const Layer& ly : copy.layers()) {
            const Matrix Z = add_to_columns(ly.W * A, ly.b);
            if (ly.sigma.has_kink())
                for (std::size_t k = 0; k < Z.size(); ++k) {
                    const double z = Z.data()[k];
                    sides.push_back(static_cast<signed char>((z > 0) - (z < 0)));
                }
            A = ly.sigma.sigma(Z);
        }
        return sides;
    };
    return check_gradient(empirical_risk_function(net, J, X, Y), net.parameters(),
                          gradient.flatten(), options);
}

}  // namespace redes
