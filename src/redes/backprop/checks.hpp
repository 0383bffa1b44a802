#pragma once
// The checks every backprop path makes at its entry (literal.hpp, efficient.hpp,
// batch_workspace.hpp): one message for a batch that does not fit the network, one for a value
// that is not finite (a NaN or ±∞ in a batch would flow silently into every gradient entry).
#include <cstddef>

#include "redes/linalg/matrix.hpp"
#include "redes/models/mlp.hpp"

namespace redes::backprop_check {

// M ≥ 1 samples (else ValueError "op: M = 0 samples"), X of N_0×M and Y of N_L×M (else
// ShapeError "op: batch X (r×c) and targets Y (r×c) for a network N_0 → N_L (need N_0×M and
// N_L×M)"). The sizes are passed, not matrices, so a path may check a batch before gathering it.
void batch_shape(const char* op, const MLP& net, std::size_t X_rows, std::size_t X_cols,
                 std::size_t Y_rows, std::size_t Y_cols);
inline void batch_shape(const char* op, const MLP& net, const Matrix& X, const Matrix& Y) {
    batch_shape(op, net, X.rows(), X.cols(), Y.rows(), Y.cols());
}

// Every entry finite, else ValueError "op: what(i, m) = value is not finite".
void finite(const char* op, const char* what, const Matrix& A);

}  // namespace redes::backprop_check
