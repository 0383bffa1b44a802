#include "redes/init/initializer.hpp"

#include <cmath>

#include "redes/error.hpp"
#include "redes/text.hpp"

namespace redes::init {

namespace {

// 10 significant digits, as the optimizers' checks print their constants.
std::string num(double x) { return redes::num(x, "%.10g"); }

void require_scale(const char* who, double s) {
    if (!(s > 0.0) || !std::isfinite(s))
        throw ValueError(std::string("init ") + who + ": scale s = " + num(s) +
                         " must be positive and finite");
}

void require_finite(const char* who, const char* what, double c) {
    if (!std::isfinite(c))
        throw ValueError(std::string("init ") + who + ": " + what + " = " + num(c) +
                         " must be finite");
}

}  // namespace

// [W]_ij ~ N(0, s²)
void normal(Matrix& W, double s, Rng& rng) {
    require_scale("normal", s);
    for (std::size_t i = 0; i < W.size(); ++i) W.data()[i] = rng.normal(0.0, s);
}

// [W]_ij ~ U[−s, s)
void uniform(Matrix& W, double s, Rng& rng) {
    require_scale("uniform", s);
    for (std::size_t i = 0; i < W.size(); ++i) W.data()[i] = rng.uniform(-s, s);
}

// [W]_ij = 0
void zero(Matrix& W) { constant(W, 0.0); }

// [W]_ij = c
void constant(Matrix& W, double c) {
    require_finite("constant", "value c", c);
    for (std::size_t i = 0; i < W.size(); ++i) W.data()[i] = c;
}

// [b]_i = c
void constant(Vector& b, double c) {
    require_finite("constant", "value c", c);
    for (std::size_t i = 0; i < b.size(); ++i) b[i] = c;
}

WeightInit WeightInit::normal(double s) { return {WeightKind::normal, s, false}; }
WeightInit WeightInit::uniform(double s) { return {WeightKind::uniform, s, false}; }
WeightInit WeightInit::zero() { return {WeightKind::zero, 0.0, false}; }
WeightInit WeightInit::constant(double c) { return {WeightKind::constant, c, false}; }
WeightInit WeightInit::normal_fan_in(double gain) { return {WeightKind::normal, gain, true}; }
WeightInit WeightInit::uniform_fan_in(double gain) { return {WeightKind::uniform, gain, true}; }

std::vector<std::string> WeightInit::names() {
    return {"normal", "uniform", "zero", "constant", "normal_fan_in", "uniform_fan_in"};
}

WeightInit WeightInit::from_name(const std::string& name, double scale) {
    if (name == "normal") return normal(scale);
    if (name == "uniform") return uniform(scale);
    if (name == "zero") return zero();
    if (name == "constant") return constant(scale);
    if (name == "normal_fan_in") return normal_fan_in(scale);
    if (name == "uniform_fan_in") return uniform_fan_in(scale);
    throw ValueError("init: unknown weight initializer \"" + name + "\" (known: " + join(names()) +
                     ")");
}

std::string WeightInit::name() const {
    switch (kind) {
        case WeightKind::zero: return "zero";
        case WeightKind::constant: return "constant c=" + num(scale);
        case WeightKind::normal:
        case WeightKind::uniform: {
            const std::string k = kind == WeightKind::normal ? "normal" : "uniform";
            return k + " s=" + num(scale) + (fan_in ? "/√N_{ℓ−1}" : "");
        }
    }
    return "?";
}

// s_ℓ = scale, or scale/√N_{ℓ−1} with fan_in
double WeightInit::scale_for(std::size_t n_in) const {
    return fan_in ? scale / std::sqrt(static_cast<double>(n_in)) : scale;
}

double suggested_bias(const Activation& sigma) {
    const ActivationKind k = sigma.kind();
    return (k == ActivationKind::relu || k == ActivationKind::leaky_relu) ? 0.1 : 0.0;
}

void initialize_weights(Matrix& W, const WeightInit& w, Rng& rng) {
    const double s = w.scale_for(W.cols());  // N_{ℓ−1} = columns of W_ℓ
    switch (w.kind) {
        case WeightKind::normal: normal(W, s, rng); break;
        case WeightKind::uniform: uniform(W, s, rng); break;
        case WeightKind::zero: zero(W); break;
        case WeightKind::constant: constant(W, w.scale); break;
    }
}

void initialize(MLP& net, const WeightInit& w, double bias, Rng& rng) {
    require_finite("initialize", "bias", bias);
    for (std::size_t ell = 1; ell <= net.L(); ++ell) {
        initialize_weights(net.W(ell), w, rng);
        constant(net.b(ell), bias);  // b_ℓ = bias
    }
}

}  // namespace redes::init
