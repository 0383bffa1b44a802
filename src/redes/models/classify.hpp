#pragma once
// Using a trained network as a classifier (beyond the lecture, which stops at R̂): the
// predicted class is the output with the largest value, and the model is judged by how often
// that class is right.
//   ŷ_m = argmax_k [f(x_m; θ)]_k          (softmax is monotone: the same k as argmax p_k)
//   accuracy = (1/M) Σ_m 1{ŷ_m = y_m}
//   C(k, j) = #{m : y_m = k, ŷ_m = j}       confusion matrix: row = true class, column = predicted
// Ties go to the smallest k (as numpy.argmax and torch.argmax).
#include <cstddef>
#include <vector>

#include "redes/linalg/matrix.hpp"
#include "redes/linalg/vector.hpp"
#include "redes/models/mlp.hpp"
#include "redes/risk/cost.hpp"

namespace redes {

// argmax_k v_k (the first k on ties); ValueError for an empty v or a NaN entry.
std::size_t argmax(const Vector& v);
// ŷ_m = argmax_k S(k, m) for every column m of the scores S (K×M).
std::vector<std::size_t> argmax_columns(const Matrix& S);
// ŷ_m = argmax_k [f(x_m; θ)]_k for the columns of X (N_0×M).
std::vector<std::size_t> predict_labels(const MLP& net, const Matrix& X);

// (1/M) Σ_m 1{ŷ_m = y_m}; ShapeError when the sizes differ, ValueError when M = 0.
double accuracy(const std::vector<std::size_t>& predicted, const std::vector<std::size_t>& labels);

// C(k, j) = #{m : y_m = k, ŷ_m = j}: how often the true class k is predicted as j.
struct ConfusionMatrix {
    std::size_t K = 0;
    std::vector<std::size_t> counts;  // K×K row-major: counts[k·K + j] = C(k, j)

    // C(k, j) = #{m : y_m = k, ŷ_m = j}
    std::size_t operator()(std::size_t k, std::size_t j) const { return counts[k * K + j]; }
    // M = Σ_kj C(k, j)
    std::size_t total() const;
    // Σ_k C(k, k): the samples classified right.
    std::size_t correct() const;
    // Σ_k C(k, k) / M
    double accuracy() const;
    // C(k, k) / Σ_j C(k, j): the share of class k that is recognised (0 for an empty row).
    double recall(std::size_t k) const;
    // C as a K×K Matrix of counts (for plots); with row_fractions, each row divided by its sum.
    Matrix as_matrix(bool row_fractions = false) const;
};

// C(k, j) = #{m : y_m = k, ŷ_m = j}; ShapeError when the sizes differ, ValueError for a class ≥ K.
ConfusionMatrix confusion_matrix(const std::vector<std::size_t>& labels,
                                 const std::vector<std::size_t>& predicted, std::size_t K);

// A classifier judged on a labelled set in one forward pass.
struct Evaluation {
    double R_hat = 0.0;                  // R̂ = (1/M) Σ_m J(f(x_m); y_m)
    std::vector<std::size_t> predicted;  // ŷ_m
    ConfusionMatrix confusion;           // C(k, j)
    double accuracy() const { return confusion.accuracy(); }
};

// R̂, ŷ and C of net on X (N_0×M), one-hot targets Y (K×M) and labels (M), K = N_L.
Evaluation evaluate_classifier(const MLP& net, const Cost& J, const Matrix& X, const Matrix& Y,
                               const std::vector<std::size_t>& labels);

}  // namespace redes
