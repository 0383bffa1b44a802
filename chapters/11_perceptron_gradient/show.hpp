#pragma once
// Printing helpers of chapter 11: matrices indented under a label, tensors slice by slice with
// the notes' 1-based slice numbers.
#include <iostream>
#include <sstream>
#include <string>

#include "redes/linalg/matrix.hpp"
#include "redes/linalg/tensor3.hpp"
#include "redes/linalg/vector.hpp"

namespace ch11 {

// "  label = Matrix(2×3)" and the rows, indented under the label.
inline void show(const std::string& label, const redes::Matrix& A,
                 const std::string& indent = "  ") {
    std::ostringstream s;
    s.precision(std::cout.precision());
    s << A;
    std::string text = s.str();
    for (std::size_t p = text.find('\n'); p != std::string::npos; p = text.find('\n', p + 1))
        text.insert(p + 1, indent + "  ");
    std::cout << indent << label << " = " << text << "\n";
}

inline void show(const std::string& label, const redes::Vector& v,
                 const std::string& indent = "  ") {
    std::cout << indent << label << " = " << v << "\n";
}

// The tensor as the notes draw it: N₁ matrices of N₁×N, slice i (1-based) first.
inline void show(const std::string& label, const redes::Tensor3& T,
                 const std::string& indent = "  ") {
    std::cout << indent << label << " = Tensor3(" << T.dim0() << "×" << T.dim1() << "×" << T.dim2()
              << "), " << T.dim0() << " slices of " << T.dim1() << "×" << T.dim2() << ":\n";
    for (std::size_t i = 0; i < T.dim0(); ++i)
        show("slice i = " + std::to_string(i + 1), T.slice(i), indent + "  ");
}

}  // namespace ch11
