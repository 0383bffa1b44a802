#pragma once
// Text for messages and printed findings, below every module (like error.hpp), so that linalg,
// data, optim and the chapters format numbers and lists of names the same way:
//   num(0.1)                        → "0.1"      (printf "%g": what `std::cout << v` prints)
//   num(2.0 / 3, "%.4g")            → "0.6667"
//   join({"relu", "tanh"})          → "relu, tanh"
//   join({"a", "b"}, " | ")         → "a | b"
#include <string>
#include <vector>

namespace redes {

// v through one printf conversion f (for a double: %g, %.4g, %.3f, %.2e, …), never truncated.
std::string num(double v, const char* f = "%g");

// items with sep between them: the list of names an error message offers ("known: a, b, c").
std::string join(const std::vector<std::string>& items, const std::string& sep = ", ");

}  // namespace redes
