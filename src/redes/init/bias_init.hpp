#pragma once
// The bias b_0 of a layer at the start. The notes set it "a una constante (cercana a cero)";
// the chapters that draw random networks to look at them (06, 11, 12) draw it instead, so that
// the units do not all switch at the same place:
//   constant:  [b]_i = c
//   normal:    [b]_i ~ N(μ, s²)            (s = 0 gives μ, drawn all the same: see below)
// Draws only through redes::Rng, one draw per entry, in order.
#include <string>

#include "redes/linalg/vector.hpp"
#include "redes/stats/rng.hpp"

namespace redes::init {

// [b]_i ~ N(μ, s²), i = 1 … N_ℓ; s ≥ 0 and μ finite, else ValueError
// "init normal bias: scale s = … must be finite and ≥ 0". s = 0 still takes one draw per entry,
// so the draws that come after are those of any other s.
void normal(Vector& b, double s, Rng& rng, double mean = 0.0);

enum class BiasKind { constant, normal };

// How to set every b_ℓ of a network.
struct BiasInit {
    BiasKind kind = BiasKind::constant;
    double value = 0.0;  // constant: c; normal: the mean μ
    double scale = 0.0;  // normal: the standard deviation s

    static BiasInit constant(double c);
    static BiasInit normal(double s, double mean = 0.0);
    // e.g. "constant c=0.1", "normal s=0.3", "normal μ=0.5 s=0.3"
    std::string name() const;
    // b ← the rule (a normal one draws from rng; a constant one does not touch it).
    void fill(Vector& b, Rng& rng) const;
};

}  // namespace redes::init
