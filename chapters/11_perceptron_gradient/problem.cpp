// The chapter's perceptron and samples (sections.hpp: Problem), and the difference measure.
#include <algorithm>
#include <cmath>

#include "redes/linalg.hpp"
#include "redes/models/perceptron.hpp"
#include "sections.hpp"

using redes::Matrix;
using redes::Vector;

namespace ch11 {

namespace {

// A number rounded to one decimal, so the printed tensor is easy to read.
double tenth(double v) { return std::round(10.0 * v) / 10.0; }

}  // namespace

Problem draw_problem(std::size_t n, std::size_t n1, std::size_t m_count,
                     const redes::Activation& sigma, redes::Rng& rng) {
    Problem p;
    p.W1 = Matrix::from_function(n1, n, [&](std::size_t, std::size_t) {
        return rng.normal(0.0, 1.0 / std::sqrt(static_cast<double>(n)));
    });
    p.b1 = Vector::from_function(n1, [&](std::size_t) { return rng.normal(0.0, 0.3); });
    p.X = Matrix::from_function(n, m_count,
                                [&](std::size_t, std::size_t) { return tenth(rng.normal()); });
    p.Y = Matrix::from_function(n1, m_count,
                                [&](std::size_t, std::size_t) { return tenth(rng.uniform()); });
    p.sigma = sigma;
    return p;
}

redes::MLP Problem::net() const { return redes::Perceptron(W1, b1, sigma).to_mlp(); }

double max_rel_diff(const Matrix& a, const Matrix& b) {
    return redes::max_abs(a - b) / std::max(redes::max_abs(b), 1e-300);
}

}  // namespace ch11
