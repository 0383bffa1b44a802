#include "redes/data/standardize.hpp"

#include <cmath>
#include <string>

#include "redes/error.hpp"
#include "redes/text.hpp"  // num: 0, -1.5, nan as a student writes them

namespace redes::data {

Standardizer::Standardizer(Vector mean, Vector stddev)
    : mean_(std::move(mean)), stddev_(std::move(stddev)) {
    if (mean_.size() != stddev_.size())
        throw ShapeError("Standardizer: " + std::to_string(mean_.size()) + " means but " +
                         std::to_string(stddev_.size()) + " standard deviations");
    for (std::size_t i = 0; i < N(); ++i) {
        if (!std::isfinite(mean_[i]))
            throw ValueError("Standardizer: μ_" + std::to_string(i) + " = " + num(mean_[i]) +
                             " is not finite");
        if (!(stddev_[i] > 0.0) || !std::isfinite(stddev_[i]))
            throw ValueError("Standardizer: s_" + std::to_string(i) + " = " + num(stddev_[i]) +
                             " must be finite and > 0");
    }
}

Standardizer Standardizer::fit(const Matrix& X, const std::string& source) {
    const std::size_t N = X.rows(), M = X.cols();
    if (M == 0) throw ValueError("Standardizer::fit: no samples (X is " + shape_str(N, M) + ")");
    if (!all_finite(X))
        throw ValueError("Standardizer::fit: X " + shape_str(N, M) + " holds NaN or Inf");
    Standardizer st;
    st.mean_ = Vector(N);
    st.stddev_ = Vector(N);
    for (std::size_t i = 0; i < N; ++i) {
        // μ_i = (1/M) Σ_m x_im
        double mu = 0.0;
        for (std::size_t m = 0; m < M; ++m) mu += X(i, m);
        mu /= static_cast<double>(M);
        // s_i = sqrt((1/M) Σ_m (x_im − μ_i)²)
        double ss = 0.0;
        for (std::size_t m = 0; m < M; ++m) ss += (X(i, m) - mu) * (X(i, m) - mu);
        double s = std::sqrt(ss / static_cast<double>(M));
        if (!std::isfinite(mu) || !std::isfinite(s))
            throw ValueError("Standardizer::fit: feature " + std::to_string(i) +
                             (source.empty() ? "" : " of " + source) + ": μ = " + num(mu) +
                             ", s = " + num(s) +
                             ": the values are too large to standardise (rescale that column)");
        if (s == 0.0 || s <= 1e-12 * std::abs(mu)) {
            s = 1.0;  // a constant feature: x̃_i = x_i − μ_i (see the header)
            st.constant_.push_back(i);
        }
        st.mean_[i] = mu;
        st.stddev_[i] = s;
    }
    return st;
}

// x̃_i = (x_i − μ_i) / s_i
Matrix Standardizer::transform(const Matrix& X) const {
    if (X.rows() != N())
        throw ShapeError("Standardizer::transform: X " + shape_str(X.rows(), X.cols()) + " has " +
                         std::to_string(X.rows()) +
                         " features, the statistics have N = " + std::to_string(N()));
    Matrix Xt(X.rows(), X.cols());
    for (std::size_t i = 0; i < N(); ++i)
        for (std::size_t m = 0; m < X.cols(); ++m) {
            if (!std::isfinite(X(i, m)))
                throw ValueError("Standardizer::transform: X(" + std::to_string(i) + ", " +
                                 std::to_string(m) + ") = " + num(X(i, m)) + " is not finite");
            Xt(i, m) = (X(i, m) - mean_[i]) / stddev_[i];
        }
    return Xt;
}

Vector Standardizer::transform(const Vector& x) const {
    if (x.size() != N())
        throw ShapeError("Standardizer::transform: x of size " + std::to_string(x.size()) +
                         ", the statistics have N = " + std::to_string(N()));
    Vector xt(N());
    for (std::size_t i = 0; i < N(); ++i) {
        if (!std::isfinite(x[i]))
            throw ValueError("Standardizer::transform: x_" + std::to_string(i) + " = " + num(x[i]) +
                             " is not finite");
        xt[i] = (x[i] - mean_[i]) / stddev_[i];
    }
    return xt;
}

DataSet Standardizer::transform(const DataSet& d) const {
    DataSet t = d;
    t.X = transform(d.X);
    return t;
}

// x_i = s_i x̃_i + μ_i
Matrix Standardizer::inverse_transform(const Matrix& X_tilde) const {
    if (X_tilde.rows() != N())
        throw ShapeError("Standardizer::inverse_transform: X̃ has " +
                         std::to_string(X_tilde.rows()) + " rows, the standardiser " +
                         std::to_string(N()) + " features");
    Matrix X(X_tilde.rows(), X_tilde.cols());
    for (std::size_t i = 0; i < X.rows(); ++i)
        for (std::size_t m = 0; m < X.cols(); ++m) X(i, m) = stddev_[i] * X_tilde(i, m) + mean_[i];
    return X;
}

}  // namespace redes::data
