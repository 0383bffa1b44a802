#pragma once
// Distribution shift on purpose: copies of a test set that no longer come from the training
// distribution (the notes' warning: "si las observaciones futuras no vienen de la misma
// distribución, no podemos esperar que nuestro aprendizaje funcione").
//
// Images are the columns of X, each rows×cols pixels stored row after row
// (pixel (r, c) of image m is X(r·cols + c, m), as load_digits and load_fashion_mnist give them).
//   translation by (dx, dy) pixels:  x̃(r, c) = x(r − dy, c − dx), and `fill` where r − dy or
//                                    c − dx falls outside the image
//                                    (dx > 0 moves the picture right, dy > 0 moves it down)
//   additive noise:                  x̃ = x + ε,  ε ~ N(0, s² I)
#include <cstddef>

#include "redes/data/dataset.hpp"
#include "redes/linalg/matrix.hpp"
#include "redes/stats/rng.hpp"

namespace redes::data {

// Every column of X (rows·cols pixels) translated by (dx, dy). ShapeError when X does not have
// rows·cols rows; ValueError when rows or cols is 0.
Matrix translate_images(const Matrix& X, std::size_t rows, std::size_t cols, int dx, int dy,
                        double fill = 0.0);
// The same data set with every image translated (labels and Y unchanged).
DataSet translate_images(const DataSet& d, std::size_t rows, std::size_t cols, int dx, int dy,
                         double fill = 0.0);

// x̃ = x + ε, ε ~ N(0, s² I), drawn column by column; s ≥ 0 and finite (ValueError otherwise).
Matrix add_gaussian_noise(const Matrix& X, double s, Rng& rng);
// The same data set with noise added to X (labels and Y unchanged).
DataSet add_gaussian_noise(const DataSet& d, double s, Rng& rng);

}  // namespace redes::data
