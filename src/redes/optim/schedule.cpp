#include "redes/optim/schedule.hpp"

#include <cmath>
#include <numeric>
#include <vector>

#include "redes/error.hpp"
#include "redes/optim/checks.hpp"
#include "redes/optim/schedule_sums_at.hpp"

namespace redes {

using optim_check::num;

ConstantSchedule::ConstantSchedule(double eta) : eta_(eta) {
    optim_check::positive("constant schedule", "η", eta);
}

// η_k = η
double ConstantSchedule::eta(std::size_t) const { return eta_; }

std::string ConstantSchedule::name() const { return "constant η=" + num(eta_); }

LinearDecay::LinearDecay(double eta0, double eta_tau, std::size_t tau)
    : eta0_(eta0), eta_tau_(eta_tau), tau_(tau) {
    optim_check::positive("linear decay", "η₀", eta0);
    optim_check::positive("linear decay", "η_τ", eta_tau);
    if (tau == 0) throw ValueError("linear decay: horizon τ = 0 must be at least 1 step");
}

// η_k = (1 − k/τ) η₀ + (k/τ) η_τ for k ≤ τ;  η_k = η_τ for k > τ
double LinearDecay::eta(std::size_t k) const {
    if (k >= tau_) return eta_tau_;
    const double a = static_cast<double>(k) / static_cast<double>(tau_);  // k/τ
    return (1.0 - a) * eta0_ + a * eta_tau_;
}

std::string LinearDecay::name() const {
    return "linear η₀=" + num(eta0_) + " → η_τ=" + num(eta_tau_) + " at τ=" + std::to_string(tau_);
}

InverseDecay::InverseDecay(double eta0, double k0, double p) : eta0_(eta0), k0_(k0), p_(p) {
    optim_check::positive("1/k decay", "η₀", eta0);
    optim_check::positive("1/k decay", "k₀", k0);
    optim_check::positive("1/k decay", "p", p);
}

// η_k = η₀ / (1 + k/k₀)^p
double InverseDecay::eta(std::size_t k) const {
    const double base = 1.0 + static_cast<double>(k) / k0_;
    return p_ == 1.0 ? eta0_ / base : eta0_ / std::pow(base, p_);
}

std::string InverseDecay::name() const {
    return "1/k η₀=" + num(eta0_) + " k₀=" + num(k0_) + " p=" + num(p_);
}

// The sums at every horizon K = 0, 1, …, K_max (one loop, in schedule_sums_at.cpp).
ScheduleSums schedule_sums(const Schedule& schedule, std::size_t K_max) {
    std::vector<std::size_t> K(K_max + 1);
    std::iota(K.begin(), K.end(), std::size_t{0});
    return schedule_sums_at(schedule, K);
}

}  // namespace redes
