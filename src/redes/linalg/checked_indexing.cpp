#include "redes/linalg/checked_indexing.hpp"

#include <string>

#include "redes/error.hpp"

namespace redes::detail {

namespace {
// "(valid 0 … 4)", or "(it is empty)" for size 0.
std::string valid(std::size_t n) {
    return n == 0 ? "(it is empty)" : "(valid 0 … " + std::to_string(n - 1) + ")";
}
}  // namespace

void vector_index_error(std::size_t i, std::size_t n) {
    throw IndexError("x[i]: index " + std::to_string(i) + " outside a Vector of size " +
                     std::to_string(n) + " " + valid(n));
}

void matrix_index_error(std::size_t i, std::size_t j, std::size_t rows, std::size_t cols) {
    const std::string which = i >= rows ? "row " + std::to_string(i) + " " + valid(rows)
                                        : "column " + std::to_string(j) + " " + valid(cols);
    throw IndexError("A(i, j): index (" + std::to_string(i) + ", " + std::to_string(j) +
                     ") outside a " + std::to_string(rows) + "×" + std::to_string(cols) +
                     " Matrix: " + which);
}

void tensor3_index_error(std::size_t i, std::size_t j, std::size_t k, std::size_t n0,
                         std::size_t n1, std::size_t n2) {
    throw IndexError("T(i, j, k): index (" + std::to_string(i) + ", " + std::to_string(j) + ", " +
                     std::to_string(k) + ") outside a " + std::to_string(n0) + "×" +
                     std::to_string(n1) + "×" + std::to_string(n2) + " Tensor3");
}

}  // namespace redes::detail
