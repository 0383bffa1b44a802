#include "redes/linalg/tensor3.hpp"

#include <limits>
#include <ostream>
#include <string>

#include "redes/error.hpp"

namespace redes {

namespace {
std::string dims(std::size_t a, std::size_t b, std::size_t c) {
    return "(" + std::to_string(a) + "×" + std::to_string(b) + "×" + std::to_string(c) + ")";
}
}  // namespace

std::size_t Tensor3::bytes_for(std::size_t n0, std::size_t n1, std::size_t n2) {
    const std::size_t max = std::numeric_limits<std::size_t>::max() / sizeof(double);
    if ((n0 != 0 && n1 > max / n0) || (n0 * n1 != 0 && n2 > max / (n0 * n1)))
        throw LimitError("Tensor3: " + dims(n0, n1, n2) + " does not fit in memory");
    return n0 * n1 * n2 * sizeof(double);
}

Tensor3::Tensor3(std::size_t n0, std::size_t n1, std::size_t n2, double value)
    : n0_(n0), n1_(n1), n2_(n2), data_((bytes_for(n0, n1, n2), n0 * n1 * n2), value) {}

double& Tensor3::at(std::size_t i, std::size_t j, std::size_t k) {
    if (i >= n0_ || j >= n1_ || k >= n2_)
        throw IndexError("Tensor3::at: index (" + std::to_string(i) + ", " + std::to_string(j) +
                         ", " + std::to_string(k) + ") outside " + dims(n0_, n1_, n2_));
    return (*this)(i, j, k);
}
double Tensor3::at(std::size_t i, std::size_t j, std::size_t k) const {
    return const_cast<Tensor3&>(*this).at(i, j, k);
}

Matrix Tensor3::slice(std::size_t i) const {
    if (i >= n0_)
        throw IndexError("Tensor3::slice: " + std::to_string(i) + " outside " +
                         dims(n0_, n1_, n2_));
    Matrix S(n1_, n2_);
    for (std::size_t j = 0; j < n1_; ++j)
        for (std::size_t k = 0; k < n2_; ++k) S(j, k) = (*this)(i, j, k);
    return S;
}

Matrix contract(const Vector& v, const Tensor3& T) {
    if (v.size() != T.dim0())
        throw ShapeError("contract: (1×" + std::to_string(v.size()) + ")·" +
                         dims(T.dim0(), T.dim1(), T.dim2()) + ": " + std::to_string(v.size()) +
                         " ≠ " + std::to_string(T.dim0()));
    Matrix R(T.dim1(), T.dim2());
    for (std::size_t i = 0; i < T.dim0(); ++i) {
        if (v[i] == 0.0) continue;
        for (std::size_t j = 0; j < T.dim1(); ++j)
            for (std::size_t k = 0; k < T.dim2(); ++k) R(j, k) += v[i] * T(i, j, k);
    }
    return R;
}

std::ostream& operator<<(std::ostream& os, const Tensor3& T) {
    os << "Tensor3" << dims(T.dim0(), T.dim1(), T.dim2());
    for (std::size_t i = 0; i < T.dim0(); ++i) os << "\n slice " << i << ": " << T.slice(i);
    return os;
}

}  // namespace redes
