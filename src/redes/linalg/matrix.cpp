#include "redes/linalg/matrix.hpp"

#include <algorithm>
#include <cmath>
#include <iomanip>
#include <ostream>
#include <sstream>
#include <string>

#include "redes/error.hpp"
#include "redes/linalg/gemm.hpp"

namespace redes {

namespace {
void require_same_shape(const char* op, const Matrix& a, const Matrix& b) {
    if (a.rows() != b.rows() || a.cols() != b.cols())
        throw ShapeError(std::string(op) + ": " + shape_str(a.rows(), a.cols()) + " and " +
                         shape_str(b.rows(), b.cols()) + " differ");
}
}  // namespace

Matrix::Matrix(std::size_t rows, std::size_t cols, double value)
    : rows_(rows), cols_(cols), data_(rows * cols, value) {}

Matrix::Matrix(std::initializer_list<std::initializer_list<double>> rows) {
    rows_ = rows.size();
    cols_ = rows_ ? rows.begin()->size() : 0;
    data_.reserve(rows_ * cols_);
    std::size_t i = 0;
    for (const auto& r : rows) {
        if (r.size() != cols_)
            throw ShapeError("Matrix{...}: row " + std::to_string(i) + " has " +
                             std::to_string(r.size()) + " entries, row 0 has " +
                             std::to_string(cols_));
        data_.insert(data_.end(), r.begin(), r.end());
        ++i;
    }
}

Matrix Matrix::zeros(std::size_t rows, std::size_t cols) { return Matrix(rows, cols, 0.0); }

Matrix Matrix::identity(std::size_t n) {
    Matrix I(n, n);
    for (std::size_t i = 0; i < n; ++i) I(i, i) = 1.0;
    return I;
}

Matrix Matrix::from_function(std::size_t rows, std::size_t cols,
                             const std::function<double(std::size_t, std::size_t)>& f) {
    Matrix A(rows, cols);
    for (std::size_t i = 0; i < rows; ++i)
        for (std::size_t j = 0; j < cols; ++j) A(i, j) = f(i, j);
    return A;
}

Matrix Matrix::diag(const Vector& v) {
    Matrix D(v.size(), v.size());
    for (std::size_t i = 0; i < v.size(); ++i) D(i, i) = v[i];
    return D;
}

Matrix Matrix::from_columns(const std::vector<Vector>& columns) {
    if (columns.empty()) return Matrix();
    for (std::size_t j = 1; j < columns.size(); ++j)
        if (columns[j].size() != columns[0].size())
            throw ShapeError("Matrix::from_columns: column " + std::to_string(j) + " has size " +
                             std::to_string(columns[j].size()) + ", column 0 has " +
                             std::to_string(columns[0].size()));
    Matrix A(columns[0].size(), columns.size());
    for (std::size_t j = 0; j < columns.size(); ++j) A.set_col(j, columns[j]);
    return A;
}

double& Matrix::at(std::size_t i, std::size_t j) {
    if (i >= rows_ || j >= cols_)
        throw IndexError("Matrix::at: index (" + std::to_string(i) + ", " + std::to_string(j) +
                         ") outside " + shape_str(rows_, cols_));
    return (*this)(i, j);
}
double Matrix::at(std::size_t i, std::size_t j) const {
    return const_cast<Matrix&>(*this).at(i, j);
}

Vector Matrix::row(std::size_t i) const {
    if (i >= rows_)
        throw IndexError("Matrix::row: row " + std::to_string(i) + " outside " +
                         shape_str(rows_, cols_));
    return Vector(std::vector<double>(row_ptr(i), row_ptr(i) + cols_));
}

Vector Matrix::col(std::size_t j) const {
    if (j >= cols_)
        throw IndexError("Matrix::col: column " + std::to_string(j) + " outside " +
                         shape_str(rows_, cols_));
    Vector c(rows_);
    for (std::size_t i = 0; i < rows_; ++i) c[i] = (*this)(i, j);
    return c;
}

void Matrix::set_row(std::size_t i, const Vector& v) {
    if (i >= rows_)
        throw IndexError("Matrix::set_row: row " + std::to_string(i) + " outside " +
                         shape_str(rows_, cols_));
    if (v.size() != cols_)
        throw ShapeError("Matrix::set_row: row " + std::to_string(i) + " of size " +
                         std::to_string(v.size()) + " into " + shape_str(rows_, cols_));
    std::copy(v.begin(), v.end(), row_ptr(i));
}

void Matrix::set_col(std::size_t j, const Vector& v) {
    if (j >= cols_)
        throw IndexError("Matrix::set_col: column " + std::to_string(j) + " outside " +
                         shape_str(rows_, cols_));
    if (v.size() != rows_)
        throw ShapeError("Matrix::set_col: column " + std::to_string(j) + " of size " +
                         std::to_string(v.size()) + " into " + shape_str(rows_, cols_));
    for (std::size_t i = 0; i < rows_; ++i) (*this)(i, j) = v[i];
}

Vector Matrix::diagonal() const {
    Vector d(std::min(rows_, cols_));
    for (std::size_t i = 0; i < d.size(); ++i) d[i] = (*this)(i, i);
    return d;
}

Matrix& Matrix::operator+=(const Matrix& other) {
    require_same_shape("matrix +", *this, other);
    for (std::size_t k = 0; k < data_.size(); ++k) data_[k] += other.data_[k];
    return *this;
}
Matrix& Matrix::operator-=(const Matrix& other) {
    require_same_shape("matrix -", *this, other);
    for (std::size_t k = 0; k < data_.size(); ++k) data_[k] -= other.data_[k];
    return *this;
}
Matrix& Matrix::operator*=(double s) {
    for (double& v : data_) v *= s;
    return *this;
}
Matrix& Matrix::operator/=(double s) {
    for (double& v : data_) v /= s;
    return *this;
}

Matrix operator+(Matrix a, const Matrix& b) { return a += b; }
Matrix operator-(Matrix a, const Matrix& b) { return a -= b; }
Matrix operator-(Matrix a) { return a *= -1.0; }
Matrix operator*(double s, Matrix a) { return a *= s; }
Matrix operator*(Matrix a, double s) { return a *= s; }
Matrix operator/(Matrix a, double s) { return a /= s; }

// [AB]_ij = Σ_k a_ik b_kj, each sum in the order k = 0…n−1 (cache-blocked, SIMD, threads: gemm.cpp).
Matrix matmul(const Matrix& A, const Matrix& B) {
    if (A.cols() != B.rows())
        throw ShapeError("matmul: " + shape_str(A.rows(), A.cols()) + "·" +
                         shape_str(B.rows(), B.cols()) + ": " + std::to_string(A.cols()) + " ≠ " +
                         std::to_string(B.rows()));
    Matrix C(A.rows(), B.cols());
    gemm(view(A), view(B), C);
    return C;
}
Matrix operator*(const Matrix& A, const Matrix& B) { return matmul(A, B); }

// [Ax]_i = Σ_j a_ij x_j
Vector matvec(const Matrix& A, const Vector& x) {
    if (A.cols() != x.size())
        throw ShapeError("matvec: " + shape_str(A.rows(), A.cols()) + "·(" +
                         std::to_string(x.size()) + "): " + std::to_string(A.cols()) + " ≠ " +
                         std::to_string(x.size()));
    Vector y(A.rows());
    for (std::size_t i = 0; i < A.rows(); ++i) {
        const double* a = A.row_ptr(i);
        double s = 0.0;
        for (std::size_t j = 0; j < A.cols(); ++j) s += a[j] * x[j];
        y[i] = s;
    }
    return y;
}
Vector operator*(const Matrix& A, const Vector& x) { return matvec(A, x); }

// [xᵀA]_j = Σ_i x_i a_ij
Vector vecmat(const Vector& x, const Matrix& A) {
    if (A.rows() != x.size())
        throw ShapeError("vecmat: (" + std::to_string(x.size()) + ")ᵀ·" +
                         shape_str(A.rows(), A.cols()) + ": " + std::to_string(x.size()) + " ≠ " +
                         std::to_string(A.rows()));
    Vector y(A.cols());
    for (std::size_t i = 0; i < A.rows(); ++i) {
        const double* a = A.row_ptr(i);
        for (std::size_t j = 0; j < A.cols(); ++j) y[j] += x[i] * a[j];
    }
    return y;
}

Matrix transpose(const Matrix& A) {
    Matrix T(A.cols(), A.rows());
    for (std::size_t i = 0; i < A.rows(); ++i)
        for (std::size_t j = 0; j < A.cols(); ++j) T(j, i) = A(i, j);
    return T;
}

Matrix outer(const Vector& x, const Vector& y) {
    Matrix A(x.size(), y.size());
    for (std::size_t i = 0; i < x.size(); ++i)
        for (std::size_t j = 0; j < y.size(); ++j) A(i, j) = x[i] * y[j];
    return A;
}

Matrix hadamard(const Matrix& A, const Matrix& B) {
    require_same_shape("hadamard", A, B);
    Matrix C(A.rows(), A.cols());
    for (std::size_t k = 0; k < A.size(); ++k) C.data()[k] = A.data()[k] * B.data()[k];
    return C;
}

Matrix map(const Matrix& A, const std::function<double(double)>& f) {
    Matrix C(A.rows(), A.cols());
    for (std::size_t k = 0; k < A.size(); ++k) C.data()[k] = f(A.data()[k]);
    return C;
}

double sum(const Matrix& A) {
    double s = 0.0;
    for (std::size_t k = 0; k < A.size(); ++k) s += A.data()[k];
    return s;
}

double mean(const Matrix& A) {
    if (A.size() == 0) throw ShapeError("mean: empty matrix " + shape_str(A.rows(), A.cols()));
    return sum(A) / static_cast<double>(A.size());
}

Vector row_sums(const Matrix& A) {
    Vector s(A.rows());
    for (std::size_t i = 0; i < A.rows(); ++i)
        for (std::size_t j = 0; j < A.cols(); ++j) s[i] += A(i, j);
    return s;
}

Vector row_means(const Matrix& A) {
    if (A.cols() == 0) throw ShapeError("row_means: no columns in " + shape_str(A.rows(), 0));
    return row_sums(A) / static_cast<double>(A.cols());
}

double frobenius_norm(const Matrix& A) {
    double s = 0.0;
    for (std::size_t k = 0; k < A.size(); ++k) s += A.data()[k] * A.data()[k];
    return std::sqrt(s);
}

double max_abs(const Matrix& A) {
    double m = 0.0;
    for (std::size_t k = 0; k < A.size(); ++k) m = std::max(m, std::abs(A.data()[k]));
    return m;
}

bool all_finite(const Matrix& A) {
    for (std::size_t k = 0; k < A.size(); ++k)
        if (!std::isfinite(A.data()[k])) return false;
    return true;
}

Matrix add_to_columns(Matrix A, const Vector& v) {
    if (v.size() != A.rows())
        throw ShapeError("add_to_columns: vector of size " + std::to_string(v.size()) + " onto " +
                         shape_str(A.rows(), A.cols()));
    for (std::size_t i = 0; i < A.rows(); ++i) {
        double* a = A.row_ptr(i);
        for (std::size_t j = 0; j < A.cols(); ++j) a[j] += v[i];
    }
    return A;
}

Vector flatten(const Matrix& A) {
    return Vector(std::vector<double>(A.data(), A.data() + A.size()));
}

Matrix reshape(const Vector& v, std::size_t rows, std::size_t cols) {
    if (v.size() != rows * cols)
        throw ShapeError("reshape: " + std::to_string(v.size()) + " values into " +
                         shape_str(rows, cols));
    Matrix A(rows, cols);
    std::copy(v.begin(), v.end(), A.data());
    return A;
}

std::ostream& operator<<(std::ostream& os, const Matrix& A) {
    os << "Matrix" << shape_str(A.rows(), A.cols());
    std::vector<std::string> cells(A.size());
    std::size_t width = 0;
    for (std::size_t k = 0; k < A.size(); ++k) {
        std::ostringstream s;
        s.precision(os.precision());
        s << A.data()[k];
        cells[k] = s.str();
        width = std::max(width, cells[k].size());
    }
    for (std::size_t i = 0; i < A.rows(); ++i) {
        os << "\n  [";
        for (std::size_t j = 0; j < A.cols(); ++j)
            os << (j ? "  " : "") << std::setw(static_cast<int>(width)) << cells[i * A.cols() + j];
        os << "]";
    }
    return os;
}

}  // namespace redes
