#pragma once
// Tensor3: an n0×n1×n2 array, [T]_ijk at data()[(i*n1 + j)*n2 + k].
// The notes read it as n0 matrices of n1×n2; slice(i) is the i-th of them.
#include <cstddef>
#include <iosfwd>
#include <vector>

#include "redes/linalg/matrix.hpp"
#include "redes/linalg/vector.hpp"

namespace redes {

class Tensor3 {
public:
    Tensor3() = default;
    Tensor3(std::size_t n0, std::size_t n1, std::size_t n2, double value = 0.0);

    std::size_t dim0() const { return n0_; }
    std::size_t dim1() const { return n1_; }
    std::size_t dim2() const { return n2_; }
    std::size_t size() const { return data_.size(); }
    // Bytes of storage an n0×n1×n2 tensor of doubles needs (before allocating it).
    static std::size_t bytes_for(std::size_t n0, std::size_t n1, std::size_t n2);

    // Unchecked, checked inside a CheckedIndexing scope (checked_indexing.hpp); at() always checks.
    double& operator()(std::size_t i, std::size_t j, std::size_t k) {
        if (detail::indexing_checked() && (i >= n0_ || j >= n1_ || k >= n2_))
            detail::tensor3_index_error(i, j, k, n0_, n1_, n2_);
        return data_.data()[(i * n1_ + j) * n2_ + k];
    }
    double operator()(std::size_t i, std::size_t j, std::size_t k) const {
        return const_cast<Tensor3&>(*this)(i, j, k);
    }
    double& at(std::size_t i, std::size_t j, std::size_t k);
    double at(std::size_t i, std::size_t j, std::size_t k) const;
    const double* data() const { return data_.data(); }

    // The i-th n1×n2 matrix [T]_i·· .
    Matrix slice(std::size_t i) const;

    friend bool operator==(const Tensor3& a, const Tensor3& b) {
        return a.n0_ == b.n0_ && a.n1_ == b.n1_ && a.n2_ == b.n2_ && a.data_ == b.data_;
    }

private:
    std::size_t n0_ = 0, n1_ = 0, n2_ = 0;
    std::vector<double> data_;
};

// The notes' product of a 1×N₁ row with an N₁×N₁×N tensor, giving an N₁×N matrix:
// [vᵀ T]_jk = Σ_i v_i [T]_ijk  (for each j, the row vᵀ times the N₁×N matrix [T]_·j·).
Matrix contract(const Vector& v, const Tensor3& T);

std::ostream& operator<<(std::ostream& os, const Tensor3& T);

}  // namespace redes
