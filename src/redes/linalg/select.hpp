#pragma once
// Picking samples out of a batch stored as columns: the minibatch {x_m'}_{m' ∈ B} of SGD.
#include <cstddef>
#include <vector>

#include "redes/linalg/matrix.hpp"

namespace redes {

// [a_{·,idx[0]} ⋯ a_{·,idx[K−1]}]: the columns of A named by idx, in that order.
// Throws IndexError naming the first index outside A.
Matrix select_columns(const Matrix& A, const std::vector<std::size_t>& idx);

}  // namespace redes
