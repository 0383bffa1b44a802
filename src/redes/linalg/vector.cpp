#include "redes/linalg/vector.hpp"

#include <cmath>
#include <ostream>
#include <string>

#include "redes/error.hpp"

namespace redes {

namespace {
void require_same_size(const char* op, const Vector& a, const Vector& b) {
    if (a.size() != b.size())
        throw ShapeError(std::string(op) + ": sizes " + std::to_string(a.size()) + " and " +
                         std::to_string(b.size()) + " differ");
}
}  // namespace

Vector::Vector(std::size_t n, double value) : data_(n, value) {}
Vector::Vector(std::initializer_list<double> values) : data_(values) {}
Vector::Vector(std::vector<double> values) : data_(std::move(values)) {}

Vector Vector::zeros(std::size_t n) { return Vector(n, 0.0); }
Vector Vector::constant(std::size_t n, double value) { return Vector(n, value); }
Vector Vector::from_function(std::size_t n, const std::function<double(std::size_t)>& f) {
    Vector x(n);
    for (std::size_t i = 0; i < n; ++i) x[i] = f(i);
    return x;
}

double& Vector::at(std::size_t i) {
    if (i >= size())
        throw IndexError("Vector::at: index " + std::to_string(i) + " outside size " +
                         std::to_string(size()));
    return data_[i];
}
double Vector::at(std::size_t i) const { return const_cast<Vector&>(*this).at(i); }

Vector& Vector::operator+=(const Vector& other) {
    require_same_size("vector +", *this, other);
    for (std::size_t i = 0; i < size(); ++i) data_[i] += other.data_[i];
    return *this;
}
Vector& Vector::operator-=(const Vector& other) {
    require_same_size("vector -", *this, other);
    for (std::size_t i = 0; i < size(); ++i) data_[i] -= other.data_[i];
    return *this;
}
Vector& Vector::operator*=(double s) {
    for (double& v : data_) v *= s;
    return *this;
}
Vector& Vector::operator/=(double s) {
    for (double& v : data_) v /= s;
    return *this;
}

Vector operator+(Vector a, const Vector& b) { return a += b; }
Vector operator-(Vector a, const Vector& b) { return a -= b; }
Vector operator-(Vector a) { return a *= -1.0; }
Vector operator*(double s, Vector a) { return a *= s; }
Vector operator*(Vector a, double s) { return a *= s; }
Vector operator/(Vector a, double s) { return a /= s; }

double dot(const Vector& x, const Vector& y) {
    require_same_size("dot", x, y);
    double s = 0.0;
    for (std::size_t i = 0; i < x.size(); ++i) s += x[i] * y[i];
    return s;
}

Vector hadamard(const Vector& x, const Vector& y) {
    require_same_size("hadamard", x, y);
    Vector r(x.size());
    for (std::size_t i = 0; i < x.size(); ++i) r[i] = x[i] * y[i];
    return r;
}

Vector map(const Vector& x, const std::function<double(double)>& f) {
    Vector r(x.size());
    for (std::size_t i = 0; i < x.size(); ++i) r[i] = f(x[i]);
    return r;
}

double sum(const Vector& x) {
    double s = 0.0;
    for (double v : x) s += v;
    return s;
}

double mean(const Vector& x) {
    if (x.empty()) throw ShapeError("mean: empty vector");
    return sum(x) / static_cast<double>(x.size());
}

double norm(const Vector& x) { return std::sqrt(dot(x, x)); }

double norm_inf(const Vector& x) {
    double m = 0.0;
    for (double v : x) m = std::max(m, std::abs(v));
    return m;
}

bool all_finite(const Vector& x) {
    for (double v : x)
        if (!std::isfinite(v)) return false;
    return true;
}

std::ostream& operator<<(std::ostream& os, const Vector& x) {
    os << "Vector(" << x.size() << ") [";
    for (std::size_t i = 0; i < x.size(); ++i) os << (i ? ", " : "") << x[i];
    return os << "]";
}

}  // namespace redes
