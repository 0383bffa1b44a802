#pragma once
// Printing a matrix, a vector or a tensor under a label, the way chapters 11 and 12 print the
// quantities of the slides:
//     W₁ = Matrix(2×3)
//       [ 0.1 … ]            (rows indented under the label)
// A tensor is printed slice by slice with the notes' 1-based slice numbers. Numbers use the
// stream's precision (std::cout's by default, so a chapter's setprecision applies).
#include <iostream>
#include <string>

#include "redes/linalg/matrix.hpp"
#include "redes/linalg/tensor3.hpp"
#include "redes/linalg/vector.hpp"

namespace redes::app {

// "<indent>label = Matrix(r×c)" and its rows, each indented by indent + two spaces.
void show(const std::string& label, const Matrix& A, const std::string& indent = "  ",
          std::ostream& out = std::cout);
// "<indent>label = " and the vector on the same line.
void show(const std::string& label, const Vector& v, const std::string& indent = "  ",
          std::ostream& out = std::cout);
// "<indent>label = Tensor3(a×b×c), a slices of b×c:" then "slice i = 1" … as matrices.
void show(const std::string& label, const Tensor3& T, const std::string& indent = "  ",
          std::ostream& out = std::cout);

}  // namespace redes::app
