#pragma once
// Objective: the empirical risk as a sum over samples (ensmallen's "separable function"),
//   R̂(θ) = (1/M) Σ_{m=1}^{M} J(f(x_m; θ)),
// evaluated on a batch B ⊂ {0, …, M−1} (the notes' samples 1…M, 0-based here) as a mean:
//   R̂_B(θ) = (1/|B|) Σ_{m∈B} J(f(x_m; θ)),   g = (1/|B|) Σ_{m∈B} ∂J(f(x_m; θ))/∂θ.
// The mean (the notes' M′⁻¹ Σ) keeps η independent of the batch size; libraries that sum
// instead (Nielsen) write η/M′ in the update. Gradients are returned fresh, never accumulated.
#include <cstddef>
#include <vector>

#include "redes/linalg/vector.hpp"

namespace redes {

class Objective {
public:
    virtual ~Objective() = default;
    // M: the number of samples (terms of the sum).
    virtual std::size_t M() const = 0;
    // R̂_B(θ) = (1/|B|) Σ_{m∈B} J(f(x_m; θ))
    virtual double risk(const Vector& theta, const std::vector<std::size_t>& batch) const = 0;
    // g = (1/|B|) Σ_{m∈B} ∂J(f(x_m; θ))/∂θ, a Vector of the size of θ
    virtual Vector gradient(const Vector& theta, const std::vector<std::size_t>& batch) const = 0;
    // Both at once: returns R̂_B(θ) and writes g. The default calls risk() and gradient();
    // override it when one forward pass serves both (backprop does).
    virtual double risk_and_gradient(const Vector& theta, const std::vector<std::size_t>& batch,
                                     Vector& g) const;
    // R̂(θ) = (1/M) Σ_{m=1}^{M} J(f(x_m; θ)): risk() on the whole sample.
    double empirical_risk(const Vector& theta) const;
    // ∇R̂(θ): gradient() on the whole sample (full-batch gradient descent).
    Vector full_gradient(const Vector& theta) const;
};

// {0, 1, …, M−1}: the whole sample as one batch.
std::vector<std::size_t> all_samples(std::size_t M);

}  // namespace redes
