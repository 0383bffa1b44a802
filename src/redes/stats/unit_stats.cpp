#include "redes/stats/unit_stats.hpp"

#include <algorithm>
#include <cmath>
#include <string>

#include "redes/error.hpp"

namespace redes {

namespace {
void need_columns(const char* op, const Matrix& A) {
    if (A.rows() == 0 || A.cols() == 0)
        throw ValueError(std::string(op) + ": empty matrix " + shape_str(A.rows(), A.cols()));
}
}  // namespace

// a_i = #{m : z_im > 0} / M
std::vector<double> active_fraction(const Matrix& Z) {
    need_columns("active_fraction", Z);
    std::vector<double> a(Z.rows());
    for (std::size_t i = 0; i < Z.rows(); ++i) {
        const double* z = Z.row_ptr(i);
        const auto n = std::count_if(z, z + Z.cols(), [](double v) { return v > 0.0; });
        a[i] = static_cast<double>(n) / static_cast<double>(Z.cols());
    }
    return a;
}

// #{i : z_im ≤ 0 ∀m}
std::size_t count_dead_units(const Matrix& Z) {
    need_columns("count_dead_units", Z);
    std::size_t dead = 0;
    for (std::size_t i = 0; i < Z.rows(); ++i) {
        const double* z = Z.row_ptr(i);
        if (std::none_of(z, z + Z.cols(), [](double v) { return v > 0.0; })) ++dead;
    }
    return dead;
}

// sqrt((1/(rows·cols)) Σ_ij (a_ij − ā)²)
double entry_std(const Matrix& A) {
    need_columns("entry_std", A);
    const double a_bar = mean(A);
    double s = 0.0;
    for (std::size_t k = 0; k < A.size(); ++k) s += (A.data()[k] - a_bar) * (A.data()[k] - a_bar);
    return std::sqrt(s / static_cast<double>(A.size()));
}

// max_i max_j |a_ij − a_0j|
double max_row_difference(const Matrix& A) {
    need_columns("max_row_difference", A);
    double d = 0.0;
    for (std::size_t i = 1; i < A.rows(); ++i)
        for (std::size_t j = 0; j < A.cols(); ++j) d = std::max(d, std::abs(A(i, j) - A(0, j)));
    return d;
}

}  // namespace redes
