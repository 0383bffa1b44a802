#include "redes/data/shift.hpp"

#include <cmath>
#include <cstdio>
#include <string>

#include "redes/error.hpp"

namespace redes::data {

// x̃(r, c) = x(r − dy, c − dx), fill outside
Matrix translate_images(const Matrix& X, std::size_t rows, std::size_t cols, int dx, int dy,
                        double fill) {
    if (rows == 0 || cols == 0)
        throw ValueError("translate_images: image size " + std::to_string(rows) + "×" +
                         std::to_string(cols) + " must be positive");
    if (X.rows() != rows * cols)
        throw ShapeError("translate_images: images of " + std::to_string(rows) + "×" +
                         std::to_string(cols) + " = " + std::to_string(rows * cols) +
                         " pixels, but X " + shape_str(X.rows(), X.cols()) + " has " +
                         std::to_string(X.rows()) + " rows");
    const long R = static_cast<long>(rows), C = static_cast<long>(cols);
    Matrix T(X.rows(), X.cols(), fill);
    for (long r = 0; r < R; ++r) {
        const long r_src = r - dy;
        if (r_src < 0 || r_src >= R) continue;
        for (long c = 0; c < C; ++c) {
            const long c_src = c - dx;
            if (c_src < 0 || c_src >= C) continue;
            const double* src = X.row_ptr(static_cast<std::size_t>(r_src * C + c_src));
            double* dst = T.row_ptr(static_cast<std::size_t>(r * C + c));
            for (std::size_t m = 0; m < X.cols(); ++m) dst[m] = src[m];
        }
    }
    return T;
}

DataSet translate_images(const DataSet& d, std::size_t rows, std::size_t cols, int dx, int dy,
                         double fill) {
    DataSet t = d;
    t.X = translate_images(d.X, rows, cols, dx, dy, fill);
    return t;
}

// x̃ = x + ε, ε ~ N(0, s² I)
Matrix add_gaussian_noise(const Matrix& X, double s, Rng& rng) {
    if (!(s >= 0.0) || !std::isfinite(s)) {
        char buf[32];
        std::snprintf(buf, sizeof buf, "%g", s);
        throw ValueError("add_gaussian_noise: s = " + std::string(buf) +
                         " must be a finite standard deviation ≥ 0");
    }
    Matrix N = X;
    for (std::size_t m = 0; m < X.cols(); ++m)
        for (std::size_t i = 0; i < X.rows(); ++i) N(i, m) += s * rng.normal();
    return N;
}

DataSet add_gaussian_noise(const DataSet& d, double s, Rng& rng) {
    DataSet t = d;
    t.X = add_gaussian_noise(d.X, s, rng);
    return t;
}

}  // namespace redes::data
