#pragma once
// DataSet: the samples {(x_m, y_m)}_{m=1…M} of a classification problem, stored the way
// MLP::forward takes a batch: samples as columns.
//   X ∈ R^{N×M}   column m is x_m (N features)
//   labels[m] ∈ {0…K−1}   the class of x_m
//   Y ∈ R^{K×M}   one-hot: Y(k, m) = 1 if labels[m] = k, else 0 (the target y_m of the net)
// or of a regression problem (make_regression_dataset): Y ∈ R^{T×M} real targets, every
// label 0 and K = 1 (one "class": a split is then a plain random one).
#include <cstddef>
#include <string>
#include <vector>

#include "redes/linalg/matrix.hpp"

namespace redes::data {

struct DataSet {
    Matrix X;                              // N × M, samples as columns
    std::vector<std::size_t> labels;       // M classes in {0…K−1}
    Matrix Y;                              // K × M, one-hot (T × M real for a regression)
    std::size_t K = 0;                     // number of classes
    std::string source;                    // where it came from (file name), for messages
    std::vector<std::string> class_names;  // name of class k (empty when unknown)

    std::size_t M() const { return X.cols(); }  // number of samples
    std::size_t N() const { return X.rows(); }  // features per sample

    // The samples at the given positions, in that order (IndexError outside 0…M−1).
    DataSet subset(const std::vector<std::size_t>& idx) const;
    // The first n samples (all of them when n ≥ M).
    DataSet head(std::size_t n) const;
    // How many samples of each class: counts[k] = #{m : labels[m] = k}, size K.
    std::vector<std::size_t> class_counts() const;
};

// Y(k, m) = 1 if labels[m] = k: the K×M one-hot matrix. Throws ValueError for a label ≥ K.
Matrix one_hot(const std::vector<std::size_t>& labels, std::size_t K);

// A regression DataSet: X (N×M), real targets Y (T×M); labels all 0, K = 1. ShapeError when
// the sample counts differ.
DataSet make_regression_dataset(Matrix X, Matrix Y, std::string source = "");

// A DataSet from X (N×M) and labels; K = 0 takes K = max label + 1. Checks the sizes
// (ShapeError) and the labels (ValueError), builds Y.
DataSet make_dataset(Matrix X, std::vector<std::size_t> labels, std::size_t K = 0,
                     std::string source = "", std::vector<std::string> class_names = {});

}  // namespace redes::data
