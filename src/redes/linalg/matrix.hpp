#pragma once
// Matrix: rows×cols doubles, row-major and contiguous ([A]_ij at data()[i*cols + j]).
#include <cstddef>
#include <functional>
#include <initializer_list>
#include <iosfwd>
#include <vector>

#include "redes/linalg/vector.hpp"

namespace redes {

class Matrix {
public:
    Matrix() = default;
    Matrix(std::size_t rows, std::size_t cols, double value = 0.0);
    // Rows as nested braces: Matrix{{1, 1}, {1, 1}}. Ragged rows throw ShapeError.
    Matrix(std::initializer_list<std::initializer_list<double>> rows);

    static Matrix zeros(std::size_t rows, std::size_t cols);
    // I_{N×N}
    static Matrix identity(std::size_t n);
    // [A]_ij = f(i, j)
    static Matrix from_function(std::size_t rows, std::size_t cols,
                                const std::function<double(std::size_t, std::size_t)>& f);
    // diag(v): N×N with v on the diagonal
    static Matrix diag(const Vector& v);
    // Columns x_1 … x_M side by side (N×M): the notes' batch [x_1 ⋯ x_M].
    static Matrix from_columns(const std::vector<Vector>& columns);

    std::size_t rows() const { return rows_; }
    std::size_t cols() const { return cols_; }
    std::size_t size() const { return data_.size(); }

    // Unchecked access, checked inside a CheckedIndexing scope (checked_indexing.hpp), where
    // A(0, cols) is an error rather than A(1, 0); at() always checks. Both throw IndexError.
    double& operator()(std::size_t i, std::size_t j) {
        if (detail::indexing_checked() && (i >= rows_ || j >= cols_))
            detail::matrix_index_error(i, j, rows_, cols_);
        return data_.data()[i * cols_ + j];
    }
    double operator()(std::size_t i, std::size_t j) const {
        return const_cast<Matrix&>(*this)(i, j);
    }
    double& at(std::size_t i, std::size_t j);
    double at(std::size_t i, std::size_t j) const;

    double* data() { return data_.data(); }
    const double* data() const { return data_.data(); }
    double* row_ptr(std::size_t i) { return data_.data() + i * cols_; }
    const double* row_ptr(std::size_t i) const { return data_.data() + i * cols_; }

    Vector row(std::size_t i) const;
    Vector col(std::size_t j) const;
    void set_row(std::size_t i, const Vector& v);
    void set_col(std::size_t j, const Vector& v);
    // The diagonal entries [A]_ii.
    Vector diagonal() const;

    Matrix& operator+=(const Matrix& other);
    Matrix& operator-=(const Matrix& other);
    Matrix& operator*=(double s);
    Matrix& operator/=(double s);

    friend bool operator==(const Matrix& a, const Matrix& b) {
        return a.rows_ == b.rows_ && a.cols_ == b.cols_ && a.data_ == b.data_;
    }
    friend bool operator!=(const Matrix& a, const Matrix& b) { return !(a == b); }

private:
    std::size_t rows_ = 0, cols_ = 0;
    std::vector<double> data_;
};

Matrix operator+(Matrix a, const Matrix& b);
Matrix operator-(Matrix a, const Matrix& b);
Matrix operator-(Matrix a);
Matrix operator*(double s, Matrix a);
Matrix operator*(Matrix a, double s);
Matrix operator/(Matrix a, double s);

// A·B, (m×n)·(n×p) → m×p
Matrix matmul(const Matrix& A, const Matrix& B);
Matrix operator*(const Matrix& A, const Matrix& B);
// A·x, (m×n)·n → m
Vector matvec(const Matrix& A, const Vector& x);
Vector operator*(const Matrix& A, const Vector& x);
// xᵀA, n·(n×m) → m (a row vector times a matrix, returned as a Vector)
Vector vecmat(const Vector& x, const Matrix& A);
// Aᵀ
Matrix transpose(const Matrix& A);
// x yᵀ, N×M
Matrix outer(const Vector& x, const Vector& y);
// A ⊙ B
Matrix hadamard(const Matrix& A, const Matrix& B);
// [f(a_ij)]
Matrix map(const Matrix& A, const std::function<double(double)>& f);
// Σ_ij a_ij
double sum(const Matrix& A);
// (1/(rows·cols)) Σ_ij a_ij
double mean(const Matrix& A);
// Σ_j a_ij for each row i (sum of the columns), a Vector of size rows
Vector row_sums(const Matrix& A);
// (1/cols) Σ_j a_ij: the mean of the columns, e.g. the batch mean of samples stored as columns
Vector row_means(const Matrix& A);
// ‖A‖_F = sqrt(Σ_ij a_ij²)
double frobenius_norm(const Matrix& A);
// max_ij |a_ij|
double max_abs(const Matrix& A);
bool all_finite(const Matrix& A);
// A + v 1ᵀ: adds v to every column (the bias b added to a batch Wx_1 … Wx_M).
Matrix add_to_columns(Matrix A, const Vector& v);
// The matrix as one Vector, row after row; and back.
Vector flatten(const Matrix& A);
Matrix reshape(const Vector& v, std::size_t rows, std::size_t cols);

// Prints "Matrix(2×3)" and its rows, aligned.
std::ostream& operator<<(std::ostream& os, const Matrix& A);

}  // namespace redes
