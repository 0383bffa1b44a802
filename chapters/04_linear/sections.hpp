#pragma once
// Chapter 04's experiments, one function each (noisy_line.cpp, xor.cpp).
#include <cstddef>
#include <string>

#include "redes/app/chapter.hpp"
#include "redes/linalg/matrix.hpp"
#include "redes/linalg/vector.hpp"
#include "redes/models/least_squares.hpp"
#include "redes/stats/rng.hpp"

namespace ch04 {

// "0.5000" through the shared fmt, with −0.0000 printed as 0.0000 (a rounding residue is not
// a sign): |v| < 5·10⁻⁵ rounds to zero at four decimals, so it is printed as 0.
std::string fixed4(double v);

// The true line y = w x + b + ε, ε ∼ N(0, σ²), sampled at M points x_m ∼ U[0, 4).
struct NoisyLine {
    double w, b, sigma;
    std::size_t M;
};

// The samples of one line and the closed-form fit with a bias: f = (w, b), se = their standard
// errors σ√([Σ x̃ x̃ᵀ]⁻¹_jj).
struct NoisyFit {
    redes::Matrix X;  // 1×M, the x_m
    redes::Vector y;
    redes::LinearModel f;
    redes::Vector se;  // (SE of w, SE of b)
};
NoisyFit fit_noisy_line(const NoisyLine& line, redes::NormalEquationsSolver solver,
                        redes::Rng& rng);

// (1) The closed form with a bias on the noisy line, by `solver` (named solver_name), against
// its error bars and the two other solvers (plot ch04_fit).
void noisy_line(redes::app::Context& ctx, const NoisyLine& line,
                redes::NormalEquationsSolver solver, const std::string& solver_name);

// The notes' XOR table as columns x_m = (x₁, x₂) and targets y_m.
const redes::Matrix& xor_inputs();
const redes::Vector& xor_targets();

// (x₁, x₂) ↦ (x₁, x₂, x₁x₂): a product feature, for the --xor-product variant.
redes::Matrix with_product(const redes::Matrix& X);

// (2) XOR with the same closed form: w = 0, b = 1/2 on (x₁, x₂); exact on (x₁, x₂, x₁x₂)
// (plot ch04_xor).
void xor_fit(redes::app::Context& ctx, bool product, redes::NormalEquationsSolver solver);

}  // namespace ch04
