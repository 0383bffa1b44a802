#pragma once
// How `train` prints numbers, networks, accuracies and the confusion matrix.
#include <cstddef>
#include <iosfwd>
#include <string>
#include <vector>

#include "redes/models/classify.hpp"

namespace redes::app {

// printf-style formatting of one number: g(0.25) = "0.25", g(93.3, "%.2f") = "93.30".
std::string g(double v, const char* format = "%.4g");
// "4 → 16 → 3"
std::string widths_str(const std::vector<std::size_t>& N);
// "64,32", or "none"
std::string hidden_str(const std::vector<std::size_t>& hidden);
// "96.00 % (144/150)"
std::string accuracy_str(const Evaluation& e);
// C(k, j) with the class names (or numbers) as row and column heads, and the recall of each row.
void print_confusion(std::ostream& out, const ConfusionMatrix& C,
                     const std::vector<std::string>& class_names);

}  // namespace redes::app
