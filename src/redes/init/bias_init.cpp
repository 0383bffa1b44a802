#include "redes/init/bias_init.hpp"

#include <cmath>

#include "redes/error.hpp"
#include "redes/init/initializer.hpp"
#include "redes/text.hpp"

namespace redes::init {

// [b]_i ~ N(μ, s²)
void normal(Vector& b, double s, Rng& rng, double mean) {
    if (!(s >= 0.0) || !std::isfinite(s))
        throw ValueError("init normal bias: scale s = " + num(s, "%.10g") +
                         " must be finite and ≥ 0");
    if (!std::isfinite(mean))
        throw ValueError("init normal bias: mean μ = " + num(mean, "%.10g") + " must be finite");
    for (std::size_t i = 0; i < b.size(); ++i) b[i] = rng.normal(mean, s);
}

BiasInit BiasInit::constant(double c) { return {BiasKind::constant, c, 0.0}; }
BiasInit BiasInit::normal(double s, double mean) { return {BiasKind::normal, mean, s}; }

std::string BiasInit::name() const {
    if (kind == BiasKind::constant) return "constant c=" + num(value, "%.10g");
    return "normal " + (value != 0.0 ? "μ=" + num(value, "%.10g") + " " : std::string()) +
           "s=" + num(scale, "%.10g");
}

void BiasInit::fill(Vector& b, Rng& rng) const {
    switch (kind) {
        case BiasKind::constant: init::constant(b, value); break;
        case BiasKind::normal: init::normal(b, scale, rng, value); break;
    }
}

}  // namespace redes::init
