#pragma once
// Initializers for θ_0 (the notes' "Inicialización de los parámetros"):
//   "elegir los pesos W_0 de manera aleatoria (normal o uniforme) — la distribución no parece
//    afectar mucho, pero la escala sí"; "los offsets b_0 a una constante (cercana a cero)".
//   normal:    [W]_ij ~ N(0, s²)
//   uniform:   [W]_ij ~ U[−s, s)          (variance s²/3)
//   zero:      [W]_ij = 0                 (every hidden unit the same: symmetry never breaks)
//   constant:  [W]_ij = c                 (the same, with c ≠ 0)
//   fan-in scale (beyond the lecture): s_ℓ = gain/√N_{ℓ−1} per layer (gain 1: LeCun, √2: He),
//   so that Var(z) does not grow or shrink with the width of the previous layer.
// Biases are a constant; a small positive one (0.1, Goodfellow et al. §8.4) keeps ReLU
// units active at the start.
// Draws only through redes::Rng: the same seed gives the same θ_0.
#include <string>
#include <vector>

#include "redes/linalg/matrix.hpp"
#include "redes/linalg/vector.hpp"
#include "redes/models/mlp.hpp"
#include "redes/stats/rng.hpp"

namespace redes::init {

// [W]_ij ~ N(0, s²), row by row; s > 0.
void normal(Matrix& W, double s, Rng& rng);
// [W]_ij ~ U[−s, s), row by row; s > 0.
void uniform(Matrix& W, double s, Rng& rng);
// [W]_ij = 0
void zero(Matrix& W);
// [W]_ij = c
void constant(Matrix& W, double c);
// [b]_i = c
void constant(Vector& b, double c);

enum class WeightKind { normal, uniform, zero, constant };

// How to draw every W_ℓ of a network.
struct WeightInit {
    WeightKind kind = WeightKind::normal;
    double scale = 0.1;   // normal: the standard deviation s; uniform: the half-width s;
                          // constant: the value c; zero: unused
    bool fan_in = false;  // scale is a gain: s_ℓ = scale/√N_{ℓ−1}

    static WeightInit normal(double s);
    static WeightInit uniform(double s);
    static WeightInit zero();
    static WeightInit constant(double c);
    // s_ℓ = gain/√N_{ℓ−1}, normal (gain = √2: He) or uniform.
    static WeightInit normal_fan_in(double gain);
    static WeightInit uniform_fan_in(double gain);
    // "normal", "uniform", "zero", "constant", "normal_fan_in", "uniform_fan_in" with the
    // scale (or value, or gain); ValueError listing the names otherwise.
    static WeightInit from_name(const std::string& name, double scale);
    static std::vector<std::string> names();
    // e.g. "normal s=0.1", "normal s=1.41/√N_{ℓ−1}"
    std::string name() const;
    // s_ℓ for a layer fed by n_in = N_{ℓ−1} inputs.
    double scale_for(std::size_t n_in) const;
};

// W from w, for a W_ℓ fed by N_{ℓ−1} = W.cols() inputs (the fan-in scale uses it).
void initialize_weights(Matrix& W, const WeightInit& w, Rng& rng);

// A constant bias for units with activation σ: 0.1 for ReLU and LeakyReLU (so that z > 0 for
// most inputs at the start and the unit is not born dead), 0 for the others.
double suggested_bias(const Activation& sigma);

// W_ℓ from w and b_ℓ = bias for ℓ = 1 … L. Random draws go layer by layer, W row by row.
// ValueError for a scale ≤ 0 (normal, uniform), a non-finite value or bias.
// Random biases: initialize(net, w, BiasInit, rng) in redes/init/random_mlp.hpp.
void initialize(MLP& net, const WeightInit& w, double bias, Rng& rng);

}  // namespace redes::init
