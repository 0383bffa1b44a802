#include "redes/optim/effective_rate.hpp"

#include <cmath>
#include <string>

#include "redes/error.hpp"
#include "redes/optim/adagrad.hpp"
#include "redes/optim/adam.hpp"
#include "redes/optim/delta_placement.hpp"
#include "redes/optim/rmsprop.hpp"

namespace redes {

namespace {

void check_started(const Optimizer& opt, const Vector& r) {
    if (r.empty()) throw ValueError("effective_rate: " + opt.name() + " has taken no step yet");
}

// η / denominator(r_i) for every coordinate i (delta_placement.hpp)
Vector rates(double eta, const Vector& r, double scale, double delta, DeltaPlacement where) {
    Vector rate(r.size());
    for (std::size_t i = 0; i < rate.size(); ++i)
        rate[i] = eta / delta_denominator(r[i] / scale, delta, where);
    return rate;
}

}  // namespace

Vector effective_rate(const Optimizer& opt) { return opt.effective_rate(); }

// η/(δ + √r_k)
Vector AdaGrad::effective_rate() const {
    check_started(*this, r());
    return rates(eta(), r(), 1.0, delta(), DeltaPlacement::outside_sqrt);
}

// η/√(δ + r_k)  or  η/(δ + √r_k)
Vector RMSProp::effective_rate() const {
    check_started(*this, r());
    return rates(eta(), r(), 1.0, delta(), delta_placement());
}

// η/(δ + √r̂_k), r̂_k = r_k/(1 − ρ₂^k)   (or η/√(δ + r̂_k))
Vector Adam::effective_rate() const {
    check_started(*this, r());
    const double c2 = 1.0 - std::pow(rho2(), static_cast<double>(k()));  // 1 − ρ₂^k
    return rates(eta(), r(), c2, delta(), delta_placement());
}

}  // namespace redes
