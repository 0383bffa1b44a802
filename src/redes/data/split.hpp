#pragma once
// Train / validation / test splits, stratified by class and reproducible by seed.
//
// In each class k with n_k samples (a seeded permutation of them):
//   train gets        n_k,train = round(f_train · n_k)
//   validation gets   round((f_train + f_val) · n_k) − n_k,train
//   test gets         the rest
// so every part holds each class in its proportion to within one sample, and the same seed
// always gives the same parts. Each part is then put in a seeded random order, so any prefix
// (head(n)) is a random sample of it, not the first classes of the file.
#include <cstddef>
#include <cstdint>
#include <vector>

#include "redes/data/dataset.hpp"

namespace redes::data {

// The positions m of the train, validation and test parts of a stratified split.
struct SplitIndices {
    std::vector<std::size_t> train, validation, test;  // positions m in the data set
};

// The data set cut in three: train (R̂ is minimised on it), validation (choices), test (final).
struct Split {
    DataSet train, validation, test;
};

// The positions of each part. Throws ValueError for a label ≥ K, train_fraction ∉ (0, 1],
// validation_fraction < 0, or train_fraction + validation_fraction > 1.
SplitIndices stratified_split_indices(const std::vector<std::size_t>& labels, std::size_t K,
                                      double train_fraction, double validation_fraction,
                                      std::uint64_t seed);

// The three parts of d (test_fraction = 1 − train_fraction − validation_fraction; it may be 0,
// e.g. to cut a validation part out of Fashion-MNIST's training part).
Split stratified_split(const DataSet& d, double train_fraction, double validation_fraction,
                       std::uint64_t seed);

}  // namespace redes::data
