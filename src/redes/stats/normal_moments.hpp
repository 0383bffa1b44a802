#pragma once
// Raw moments of the normal distribution, for risks that have a closed form.
namespace redes::stats {

// E[X^k] for X ∼ N(μ, s²):  Σ_{j even, j ≤ k} C(k, j) μ^(k−j) s^j (j−1)!!
// (k = 1: μ; 2: μ² + s²; 3: μ³ + 3μs²; 4: μ⁴ + 6μ²s² + 3s⁴). k ≥ 0.
double normal_moment(int k, double mu, double s);

}  // namespace redes::stats
