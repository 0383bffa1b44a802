#pragma once
// How fast momentum moves on a quadratic, from its constants alone (Polyak's heavy ball).
// Along an eigenvector of the Hessian with curvature λ, the notes' box
//   v_{k+1} ← α v_k − η λ θ_k,   θ_{k+1} ← θ_k + v_{k+1}
// is the linear recurrence θ_{k+1} = (1 + α − ηλ) θ_k − α θ_{k−1}, whose characteristic roots
//   z² − (1 + α − ηλ) z + α = 0
// set the pace: |θ_k| shrinks (or grows) like max|z|^k.
//   - complex roots, (1 + α − ηλ)² < 4α: |z| = √α, θ_k oscillates about 0 inside an envelope √α^k;
//   - real roots: the larger |z|; α = 0 leaves z = 1 − ηλ, gradient descent's factor.
// With λ_min ≤ λ ≤ λ_max it converges for every λ exactly when 0 ≤ α < 1 and 0 < ηλ_max < 2(1 + α).
// λ < 0 (a saddle's descending direction) gives a root z > 1 + η|λ|: the growth per step.
//
// The best constants for κ = λ_max/λ_min (Polyak, 1964):
//   η* = 4/(√λ_max + √λ_min)²,   α* = ((√κ − 1)/(√κ + 1))²,   rate (√κ − 1)/(√κ + 1)
// against gradient descent's best (κ − 1)/(κ + 1), at η = 2/(λ_min + λ_max).
namespace redes {

// max|z| over the roots of z² − (1 + α − ηλ) z + α = 0: the factor per step along curvature λ.
// η > 0 and 0 ≤ α < 1, λ finite (ValueError "momentum_rate: … " otherwise).
double momentum_rate(double eta, double alpha, double lambda);

// The slower of the two ends, max(momentum_rate(η, α, λ_min), momentum_rate(η, α, λ_max)): on a
// quadratic with curvatures in [λ_min, λ_max] the worst direction is one of the ends.
// 0 < λ_min ≤ λ_max (ValueError otherwise).
double momentum_rate(double eta, double alpha, double lambda_min, double lambda_max);

struct MomentumOptimum {
    double eta;    // η* = 4/(√λ_max + √λ_min)²
    double alpha;  // α* = ((√κ − 1)/(√κ + 1))²
    double rate;   // (√κ − 1)/(√κ + 1)
};

// Polyak's constants for curvatures in [λ_min, λ_max]; 0 < λ_min ≤ λ_max (ValueError otherwise).
MomentumOptimum optimal_momentum(double lambda_min, double lambda_max);

// Gradient descent's best rate (κ − 1)/(κ + 1), at η = 2/(λ_min + λ_max).
double optimal_gd_rate(double lambda_min, double lambda_max);

}  // namespace redes
