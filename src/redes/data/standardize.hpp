#pragma once
// Standardisation: every feature shifted to mean 0 and scaled to standard deviation 1,
//   x̃_i = (x_i − μ_i) / s_i,
// with μ_i and s_i measured on the TRAINING part only and then applied, unchanged, to the
// validation and test parts (measuring them on all the data would leak the test set into
// training).
//
// Zero variance: a feature that is constant on the training part (e.g. the corner pixels of
// the 8×8 digits, always 0) has s_i = 0; dividing by it would give NaN or Inf. Such a feature
// keeps s_i = 1 instead, so x̃_i = x_i − μ_i: exactly 0 on the training part, the raw deviation
// elsewhere. "Constant" means s_i ≤ 1e-12 · |μ_i| (rounding of a constant column leaves s_i of
// the order of one ulp of μ_i, not exactly 0), or s_i = 0.
#include <cstddef>
#include <vector>

#include "redes/data/dataset.hpp"
#include "redes/linalg/matrix.hpp"
#include "redes/linalg/vector.hpp"

namespace redes::data {

class Standardizer {
public:
    Standardizer() = default;
    // From known statistics (e.g. read back from a model file): mean.size() = stddev.size(),
    // every s_i finite and > 0 (ShapeError / ValueError otherwise).
    Standardizer(Vector mean, Vector stddev);

    // μ_i = (1/M) Σ_m X(i, m),  s_i = sqrt((1/M) Σ_m (X(i, m) − μ_i)²)  (population std, 1/M,
    // as sklearn's StandardScaler); X_train is N×M with samples as columns. Throws ValueError
    // for M = 0 or a value that is not finite.
    // Values so large that μ_i or s_i overflow (|x| near 1e308) are refused, not turned into
    // s = inf and silently zero inputs: ValueError "Standardizer::fit: feature i of SOURCE: …".
    static Standardizer fit(const Matrix& X_train, const std::string& source = "");
    static Standardizer fit(const DataSet& train) { return fit(train.X, train.source); }

    // x̃_i = (x_i − μ_i) / s_i for every column of X (N×M); ShapeError when N differs.
    Matrix transform(const Matrix& X) const;
    Vector transform(const Vector& x) const;
    // The same data set with X standardised (labels and Y unchanged).
    DataSet transform(const DataSet& d) const;

    // x_i = s_i x̃_i + μ_i: the inverse of transform (a regression's outputs back in the units
    // of its targets); ShapeError when N differs.
    Matrix inverse_transform(const Matrix& X_tilde) const;

    std::size_t N() const { return mean_.size(); }
    const Vector& mean() const { return mean_; }      // μ
    const Vector& stddev() const { return stddev_; }  // s, with 1 in place of 0 (see above)
    // The features that were constant on the training part (their s_i was replaced by 1).
    const std::vector<std::size_t>& constant_features() const { return constant_; }

private:
    Vector mean_, stddev_;
    std::vector<std::size_t> constant_;
};

}  // namespace redes::data
