#include "redes/optim/effective_rate.hpp"

#include <cmath>
#include <string>

#include "redes/error.hpp"

namespace redes {

namespace {

void check_started(const Optimizer& opt, const Vector& r) {
    if (r.empty()) throw ValueError("effective_rate: " + opt.name() + " has taken no step yet");
}

}  // namespace

// η/(δ + √r_k)
Vector effective_rate(const AdaGrad& opt) {
    check_started(opt, opt.r());
    Vector rate(opt.r().size());
    for (std::size_t i = 0; i < rate.size(); ++i)
        rate[i] = opt.eta() / (opt.delta() + std::sqrt(opt.r()[i]));
    return rate;
}

// η/√(δ + r_k)  or  η/(δ + √r_k)
Vector effective_rate(const RMSProp& opt) {
    check_started(opt, opt.r());
    Vector rate(opt.r().size());
    for (std::size_t i = 0; i < rate.size(); ++i) {
        const double r = opt.r()[i];
        rate[i] = opt.delta_placement() == DeltaPlacement::inside_sqrt
                      ? opt.eta() / std::sqrt(opt.delta() + r)
                      : opt.eta() / (opt.delta() + std::sqrt(r));
    }
    return rate;
}

// η/(δ + √r̂_k), r̂_k = r_k/(1 − ρ₂^k)   (or η/√(δ + r̂_k))
Vector effective_rate(const Adam& opt) {
    check_started(opt, opt.r());
    const double c2 = 1.0 - std::pow(opt.rho2(), static_cast<double>(opt.k()));  // 1 − ρ₂^k
    Vector rate(opt.r().size());
    for (std::size_t i = 0; i < rate.size(); ++i) {
        const double r_hat = opt.r()[i] / c2;
        rate[i] = opt.delta_placement() == DeltaPlacement::outside_sqrt
                      ? opt.eta() / (opt.delta() + std::sqrt(r_hat))
                      : opt.eta() / std::sqrt(opt.delta() + r_hat);
    }
    return rate;
}

}  // namespace redes
