#pragma once
// Vector: a column of N doubles, the x ∈ R^N of the notes.
#include <cstddef>
#include <functional>
#include <initializer_list>
#include <iosfwd>
#include <vector>

#include "redes/linalg/checked_indexing.hpp"

namespace redes {

class Vector {
public:
    Vector() = default;
    // N zeros.
    explicit Vector(std::size_t n, double value = 0.0);
    Vector(std::initializer_list<double> values);
    explicit Vector(std::vector<double> values);

    static Vector zeros(std::size_t n);
    static Vector constant(std::size_t n, double value);
    // [x]_i = f(i), i = 0…N−1.
    static Vector from_function(std::size_t n, const std::function<double(std::size_t)>& f);

    std::size_t size() const { return data_.size(); }
    bool empty() const { return data_.empty(); }

    // Unchecked access (hot paths), checked inside a CheckedIndexing scope (checked_indexing.hpp);
    // at() always checks. Both throw IndexError.
    double& operator[](std::size_t i) {
        if (detail::indexing_checked() && i >= data_.size())
            detail::vector_index_error(i, data_.size());
        return data_.data()[i];
    }
    double operator[](std::size_t i) const { return const_cast<Vector&>(*this)[i]; }
    double& at(std::size_t i);
    double at(std::size_t i) const;

    double* data() { return data_.data(); }
    const double* data() const { return data_.data(); }
    const std::vector<double>& values() const { return data_; }
    std::vector<double>::const_iterator begin() const { return data_.begin(); }
    std::vector<double>::const_iterator end() const { return data_.end(); }

    Vector& operator+=(const Vector& other);
    Vector& operator-=(const Vector& other);
    Vector& operator*=(double s);
    Vector& operator/=(double s);

    friend bool operator==(const Vector& a, const Vector& b) { return a.data_ == b.data_; }
    friend bool operator!=(const Vector& a, const Vector& b) { return !(a == b); }

private:
    std::vector<double> data_;
};

Vector operator+(Vector a, const Vector& b);
Vector operator-(Vector a, const Vector& b);
Vector operator-(Vector a);
Vector operator*(double s, Vector a);
Vector operator*(Vector a, double s);
Vector operator/(Vector a, double s);

// xᵀy
double dot(const Vector& x, const Vector& y);
// x ⊙ y (elementwise)
Vector hadamard(const Vector& x, const Vector& y);
// [f(x_i)]
Vector map(const Vector& x, const std::function<double(double)>& f);
// Σ_i x_i
double sum(const Vector& x);
// (1/N) Σ_i x_i
double mean(const Vector& x);
// ‖x‖₂
double norm(const Vector& x);
// ‖x‖∞ = max_i |x_i|
double norm_inf(const Vector& x);
// true when every entry is finite (no NaN, no ±Inf)
bool all_finite(const Vector& x);

// Prints "Vector(3) [1, 2, 3]".
std::ostream& operator<<(std::ostream& os, const Vector& x);

}  // namespace redes
