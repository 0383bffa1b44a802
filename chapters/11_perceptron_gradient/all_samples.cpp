// The mean over the M samples of the literal product, against the efficient path and central
// differences (backprop/gradient_check.hpp).
#include <algorithm>
#include <cstdio>
#include <iostream>

#include "redes/app/show.hpp"
#include "redes/backprop/efficient.hpp"
#include "redes/backprop/gradient_check.hpp"
#include "redes/backprop/literal.hpp"
#include "redes/linalg.hpp"
#include "redes/risk/cost.hpp"
#include "sections.hpp"

using redes::Matrix;
using redes::app::show;

namespace ch11 {

void all_samples(const Problem& p) {
    const std::size_t n = p.X.rows(), n1 = p.W1.rows(), m_count = p.X.cols();
    const Matrix &X = p.X, &Y = p.Y;
    const redes::MLP net = p.net();
    const redes::Cost J = redes::Cost::quadratic();
    // ∂R̂/∂W₁ = (1/M) Σ_m g_J′ᵀ G_σ′ᵀ ∂{W₁x_m + b₁}/∂W₁
    const redes::MLPGradient g = redes::literal_backprop(net, J, X, Y);
    const redes::MLPGradient g_eff = redes::efficient_backprop(net, J, X, Y);
    std::cout << "\nover the M = " << m_count << " samples, (1/M) Σ_m of the product:\n";
    show("∂R̂/∂W₁", g.dW[0]);
    show("∂R̂/∂b₁", g.db[0]);
    std::printf("  literal vs efficient path: max relative difference %.1e\n",
                std::max(max_rel_diff(g.dW[0], g_eff.dW[0]),
                         max_rel_diff(Matrix::from_columns({g.db[0]}),
                                      Matrix::from_columns({g_eff.db[0]}))));
    // The gradient checker (backprop/gradient_check.hpp): g against central differences.
    const redes::GradientCheck check = redes::check_gradient(net, J, X, Y, g);
    std::cout << "\n" << check;
    std::cout << "  entry by entry (relative error |a − n| / (|a| + |n|)):\n"
              << "    entry      analytic a       numeric n        rel. error\n";
    for (std::size_t q = 0; q < check.analytic.size(); ++q) {
        char name[64];
        if (q < n1 * n) std::snprintf(name, sizeof name, "[W₁]_%zu%zu", q / n + 1, q % n + 1);
        else std::snprintf(name, sizeof name, "[b₁]_%zu  ", q - n1 * n + 1);
        std::printf("    %-10s %+.8e  %+.8e  %.1e\n", name, check.analytic[q], check.numeric[q],
                    redes::relative_error(check.analytic[q], check.numeric[q]));
    }
}

}  // namespace ch11
