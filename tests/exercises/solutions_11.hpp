#pragma once
// Solutions of exercise 11 for tests/exercises_test.cpp: a correct one written with loops, and
// broken pieces, each with one typical slip (so that each fails its own check and no other).
#include "../../chapters/11_perceptron_gradient/exercise.hpp"
#include "redes/error.hpp"
#include "redes/linalg.hpp"

namespace solutions11 {

// [∂{W₁x_m + b₁}/∂W₁]_ijk = [x_m]_k if i = j, else 0
inline redes::Tensor3 correct_dz_dW(const redes::Vector& x_m, std::size_t N1) {
    redes::Tensor3 T(N1, N1, x_m.size());
    for (std::size_t i = 0; i < N1; ++i)
        for (std::size_t k = 0; k < x_m.size(); ++k) T(i, i, k) = x_m[k];
    return T;
}

// ∂J/∂W₁ = g_J′ᵀ G_σ′ᵀ ∂{W₁x_m + b₁}/∂W₁, the contraction [vᵀT]_jk = Σ_i v_i [T]_ijk by hand
inline redes::Matrix correct_dJ_dW1(const redes::Perceptron& f, const redes::Cost& J,
                                    const redes::Vector& x_m, const redes::Vector& y_m,
                                    const exercise11::DzDW& tensor) {
    const redes::Vector z = f.z(x_m);
    const redes::Vector x1 = f.sigma().sigma(z);
    const redes::Vector row =
        redes::vecmat(J.g_J_prime(x1, y_m), redes::transpose(f.sigma().G_sigma_prime(z)));
    const redes::Tensor3 T = tensor(x_m, f.output_size());
    redes::Matrix D(T.dim1(), T.dim2());
    for (std::size_t i = 0; i < T.dim0(); ++i)
        for (std::size_t j = 0; j < T.dim1(); ++j)
            for (std::size_t k = 0; k < T.dim2(); ++k) D(j, k) += row[i] * T(i, j, k);
    return D;
}

// ∂R̂/∂W₁ = (1/M) Σ_m ∂J/∂W₁
inline redes::Matrix correct_dR_dW1(const redes::Perceptron& f, const redes::Matrix& X,
                                    const redes::Matrix& Y, const exercise11::DJDW1Sample& dJ) {
    redes::Matrix sum(f.output_size(), f.input_size());
    for (std::size_t m = 0; m < X.cols(); ++m) sum += dJ(X.col(m), Y.col(m));
    return sum / static_cast<double>(X.cols());
}

// Broken tensor: x_mᵀ in every row j of every slice (the condition i = j forgotten).
inline redes::Tensor3 broken_dz_dW(const redes::Vector& x_m, std::size_t N1) {
    redes::Tensor3 T(N1, N1, x_m.size());
    for (std::size_t i = 0; i < N1; ++i)
        for (std::size_t j = 0; j < N1; ++j)
            for (std::size_t k = 0; k < x_m.size(); ++k) T(i, j, k) = x_m[k];
    return T;
}

// Broken ∂J/∂W₁: G_σ′ᵀ left out, the row is g_J′ᵀ alone.
inline redes::Matrix broken_dJ_dW1(const redes::Perceptron& f, const redes::Cost& J,
                                   const redes::Vector& x_m, const redes::Vector& y_m,
                                   const exercise11::DzDW& tensor) {
    const redes::Vector row = J.g_J_prime(f.forward(x_m), y_m);
    return redes::contract(row, tensor(x_m, f.output_size()));
}

// Broken ∂R̂/∂W₁: the sum without the 1/M (right only when M = 1): exactly M × expected.
inline redes::Matrix broken_dR_dW1(const redes::Perceptron& f, const redes::Matrix& X,
                                   const redes::Matrix& Y, const exercise11::DJDW1Sample& dJ) {
    redes::Matrix sum(f.output_size(), f.input_size());
    for (std::size_t m = 0; m < X.cols(); ++m) sum += dJ(X.col(m), Y.col(m));
    return sum;
}

// Broken tensor: the loop over k runs to k ≤ N, one entry past the end of each row. T(0, 0, N)
// lies inside the storage (it is T(0, 1, 0)), so only checked indexing sees it.
inline redes::Tensor3 out_of_bounds_dz_dW(const redes::Vector& x_m, std::size_t N1) {
    redes::Tensor3 T(N1, N1, x_m.size());
    for (std::size_t i = 0; i < N1; ++i)
        for (std::size_t k = 0; k <= x_m.size(); ++k) T(i, i, k) = k < x_m.size() ? x_m[k] : 0.0;
    return T;
}

inline redes::Tensor3 stub_dz_dW(const redes::Vector&, std::size_t) {
    throw redes::NotImplemented("exercise11::dz_dW still has its TODO");
}
inline redes::Matrix stub_dJ_dW1(const redes::Perceptron&, const redes::Cost&, const redes::Vector&,
                                 const redes::Vector&, const exercise11::DzDW&) {
    throw redes::NotImplemented("exercise11::dJ_dW1 still has its TODO");
}
inline redes::Matrix stub_dR_dW1(const redes::Perceptron&, const redes::Matrix&,
                                 const redes::Matrix&, const exercise11::DJDW1Sample&) {
    throw redes::NotImplemented("exercise11::dR_dW1 still has its TODO");
}

}  // namespace solutions11
