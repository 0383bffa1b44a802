#pragma once
// Reading a classifier's output: the predicted class of sample m is the largest of its K
// outputs, and the accuracy is the fraction of samples whose prediction is their label.
//   ŷ_m = argmax_k [x_Lm]_k                      (x_Lm: column m of the output X_L, K×M)
//   accuracy = (1/M) #{m : ŷ_m = label_m}
// The same ŷ_m with softmax outputs (softmax keeps the order of the entries). Ties go to the
// smallest k.
#include <cstddef>
#include <vector>

#include "redes/linalg/matrix.hpp"

namespace redes {

// ŷ_m = argmax_k [x_Lm]_k for each column m of X_L (K×M, K ≥ 1). ValueError for a NaN entry
// (argmax is undefined), naming the column.
std::vector<std::size_t> predicted_classes(const Matrix& X_L);

// (1/M) #{m : predicted[m] = labels[m]}. ShapeError for different lengths, ValueError for M = 0.
double accuracy(const std::vector<std::size_t>& predicted, const std::vector<std::size_t>& labels);

}  // namespace redes
