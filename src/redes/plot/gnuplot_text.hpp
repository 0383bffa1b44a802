#pragma once
// Figure uses gnuplot's enhanced text, where "_" starts a subscript and "^" a superscript:
// a name such as "leaky_relu" or "momentum_pytorch" in a title or a legend needs them escaped.
//   literal_text("leaky_relu") → "leaky\_relu"   (gnuplot shows leaky_relu)
#include <string>

namespace redes::plot {

// name with every "_" and "^" escaped, so that gnuplot shows it as written.
std::string literal_text(const std::string& name);

}  // namespace redes::plot
