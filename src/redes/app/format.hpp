#pragma once
// Numbers in a chapter's printed findings, formatted with a printf conversion ("%.4g" by
// default) so that the README can quote them digit for digit. Below app/, the library uses
// redes::num (redes/text.hpp), whose default is "%g".
//   fmt(2.0 / 3)            → "0.6667"
//   percent(0.9731)         → "97.3 %"
//   seconds(12.345)         → "12.3 s"
//   point(Vector{1, -0.5})  → "(1, -0.5)"      (θ in the 2-D chapters)
#include <string>

#include "redes/linalg/vector.hpp"

namespace redes::app {

std::string fmt(double v, const char* f = "%.4g");

// A fraction a ∈ [0, 1] as a percentage: 100·a with one decimal and " %".
std::string percent(double a);

// A duration in seconds with one decimal and " s".
std::string seconds(double s);

// θ as "(θ_1, θ_2, …)", each coordinate through fmt.
std::string point(const Vector& theta);

}  // namespace redes::app
