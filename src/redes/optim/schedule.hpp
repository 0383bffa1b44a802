#pragma once
// Learning-rate schedules η_k, k = 0, 1, … (k counts steps, i.e. updates, not epochs).
// SGD converges (convex case, the notes' "Convergencia de SGD") when
//   Σ_k η_k = ∞   and   Σ_k η_k² < ∞.
//   ConstantSchedule   η_k = η                                  Σ η² = ∞: fails
//   LinearDecay        η_k = (1 − k/τ) η₀ + (k/τ) η_τ, k ≤ τ;  η_k = η_τ, k > τ
//                      (the notes' "típicamente"; η_τ > 0 after τ, so Σ η² = ∞: fails too)
//   InverseDecay       η_k = η₀ / (1 + k/k₀)^p                  meets both for ½ < p ≤ 1
// schedule_sums() reports the partial sums Σ_{k≤K} η_k and Σ_{k≤K} η_k² of any of them.
#include <cstddef>
#include <string>
#include <vector>

namespace redes {

// A learning-rate schedule η_k over steps k = 0, 1, …; SGD converges if Σ η_k = ∞, Σ η_k² < ∞.
class Schedule {
public:
    virtual ~Schedule() = default;
    // η_k for step k = 0, 1, …
    virtual double eta(std::size_t k) const = 0;
    // e.g. "constant η=0.1", "linear η₀=0.1 → η_τ=0.001 at τ=100", "1/k η₀=0.1 k₀=10 p=1"
    virtual std::string name() const = 0;
};

// η_k = η
class ConstantSchedule : public Schedule {
public:
    // η > 0 and finite, else ValueError "constant schedule: η = … must be positive and finite".
    explicit ConstantSchedule(double eta);
    double eta(std::size_t k) const override;
    std::string name() const override;

private:
    double eta_;
};

// η_k = (1 − k/τ) η₀ + (k/τ) η_τ for k ≤ τ, and η_k = η_τ for k > τ
class LinearDecay : public Schedule {
public:
    // η₀ > 0, η_τ > 0, τ ≥ 1, else ValueError naming the constant and its value.
    LinearDecay(double eta0, double eta_tau, std::size_t tau);
    double eta(std::size_t k) const override;
    std::string name() const override;
    double eta0() const { return eta0_; }
    double eta_tau() const { return eta_tau_; }
    std::size_t tau() const { return tau_; }

private:
    double eta0_, eta_tau_;
    std::size_t tau_;
};

// η_k = η₀ / (1 + k/k₀)^p  (the "1/k" kind: p = 1 is η₀ k₀/(k₀ + k))
class InverseDecay : public Schedule {
public:
    // η₀ > 0, k₀ > 0, p > 0, else ValueError naming the constant and its value.
    explicit InverseDecay(double eta0, double k0, double p = 1.0);
    double eta(std::size_t k) const override;
    std::string name() const override;
    double eta0() const { return eta0_; }
    double k0() const { return k0_; }
    double p() const { return p_; }

private:
    double eta0_, k0_, p_;
};

// The partial sums of a schedule: entry K holds Σ_{k=0}^{K} η_k and Σ_{k=0}^{K} η_k².
struct ScheduleSums {
    std::vector<double> sum_eta;   // Σ_{k≤K} η_k,  K = 0 … K_max
    std::vector<double> sum_eta2;  // Σ_{k≤K} η_k², K = 0 … K_max
};

// Σ_{k≤K} η_k and Σ_{k≤K} η_k² for K = 0 … K_max (K_max + 1 entries each), summed in order.
ScheduleSums schedule_sums(const Schedule& schedule, std::size_t K_max);

}  // namespace redes
