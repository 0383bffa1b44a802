#include "redes/backprop/checks.hpp"

#include <cmath>
#include <string>

#include "redes/error.hpp"

namespace redes::backprop_check {

void batch_shape(const char* op, const MLP& net, std::size_t X_rows, std::size_t X_cols,
                 std::size_t Y_rows, std::size_t Y_cols) {
    if (X_cols == 0) throw ValueError(std::string(op) + ": M = 0 samples");
    if (X_rows != net.input_size() || Y_rows != net.output_size() || X_cols != Y_cols)
        throw ShapeError(std::string(op) + ": batch X " + shape_str(X_rows, X_cols) +
                         " and targets Y " + shape_str(Y_rows, Y_cols) + " for a network " +
                         std::to_string(net.input_size()) + " → " +
                         std::to_string(net.output_size()) + " (need N_0×M and N_L×M)");
}

void finite(const char* op, const char* what, const Matrix& A) {
    const double* a = A.data();
    for (std::size_t k = 0; k < A.size(); ++k)
        if (!std::isfinite(a[k])) {
            const std::size_t i = k / A.cols(), m = k % A.cols();
            throw ValueError(std::string(op) + ": " + what + "(" + std::to_string(i) + ", " +
                             std::to_string(m) + ") = " + std::to_string(a[k]) + " is not finite");
        }
}

}  // namespace redes::backprop_check
