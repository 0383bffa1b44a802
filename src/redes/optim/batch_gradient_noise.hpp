#pragma once
// How noisy is the batch gradient? (the notes: "un estimador un poco peor"; "valores de M′ más
// grandes mejoran el estimador, pero no de manera lineal"). At a fixed θ:
//   g_m = ∂J(f(x_m; θ))/∂θ            the gradient of one sample, m = 0 … M−1
//   ḡ   = (1/M) Σ_m g_m = ∇R̂(θ)       the full (batch M′ = M) gradient
//   σ²  = (1/M) Σ_m ‖g_m − ḡ‖²        the total variance of one sample's gradient
//   ĝ_B = (1/M′) Σ_{m∈B} g_m          the batch gradient SGD uses
// Its variance around ḡ, V(M′) = E‖ĝ_B − ḡ‖² (the trace of its covariance), is
//   with replacement (M′ independent draws)            V(M′) = σ²/M′
//   without replacement (an SGD batch: M′ distinct)     V(M′) = σ²/M′ · (M − M′)/(M − 1)
// The factor (M − M′)/(M − 1) is the finite-population correction: V(M) = 0, the batch is the
// whole sample. Both fall as 1/M′: four times the samples halve the error ‖ĝ_B − ḡ‖, not quarter it.
#include <cstddef>

#include "redes/linalg/matrix.hpp"
#include "redes/linalg/vector.hpp"
#include "redes/optim/objective.hpp"
#include "redes/stats/rng.hpp"

namespace redes {

enum class Sampling {
    with_replacement,  // M′ independent uniform indices (the same m may appear twice)
    without_replacement,  // M′ distinct indices: the first M′ of a random permutation (SGD's batch)
};

// Row m holds g_m = ∂J(f(x_m; θ))/∂θ = objective.gradient(θ, {m}): an M×D matrix.
Matrix per_sample_gradients(const Objective& objective, const Vector& theta);

// σ² = (1/M) Σ_m ‖g_m − ḡ‖², with the g_m as the rows of G (M ≥ 1).
double gradient_variance(const Matrix& G);

// V(M′) = σ²/M′ (with replacement) or σ²/M′ · (M − M′)/(M − 1) (without; M′ ≤ M, and 0 when
// M = 1). ValueError for M′ = 0, M′ > M without replacement, σ² < 0.
double batch_gradient_variance(double sigma2, std::size_t M, std::size_t batch_size,
                               Sampling sampling);

// A Monte Carlo estimate of V(M′): the mean of ‖ĝ_B − ḡ‖² over `draws` random batches, and its
// standard error sd/√draws (sd: the sample standard deviation of the draws).
struct VarianceEstimate {
    double mean = 0.0;
    double standard_error = 0.0;
    std::size_t draws = 0;
};

// From the per-sample gradients (the rows of G): ĝ_B is the mean of the rows in B, ḡ the mean
// of all rows. draws ≥ 2, 1 ≤ M′ (≤ M without replacement), else ValueError.
VarianceEstimate batch_gradient_variance_mc(const Matrix& G, std::size_t batch_size,
                                            std::size_t draws, Sampling sampling, Rng& rng);

// The same through the objective itself: ĝ_B = objective.gradient(θ, B) for every draw and
// ḡ = objective.full_gradient(θ). With the same rng state it draws the same batches as the
// version above, so the two agree up to rounding.
VarianceEstimate batch_gradient_variance_mc(const Objective& objective, const Vector& theta,
                                            std::size_t batch_size, std::size_t draws,
                                            Sampling sampling, Rng& rng);

// One random batch B of M′ indices in {0 … M−1}, sorted (as sgd() sorts its batches).
std::vector<std::size_t> random_batch(std::size_t M, std::size_t batch_size, Sampling sampling,
                                      Rng& rng);

}  // namespace redes
