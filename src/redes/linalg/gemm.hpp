#pragma once
// gemm: the fast matrix product behind matmul. C = A·B, [C]_ij = Σ_k a_ik b_kj, computed by
// cache blocking (packed panels of A and B that stay in L2 and L1), a register tile whose
// inner loop the compiler turns into SIMD multiply-adds, and up to gemm_threads() threads.
//
// Every element's sum runs in the order k = 0, 1, …, n−1, whatever the blocking and the number
// of threads: the threads split the rows or columns of C, never a sum. So the result does not
// depend on the number of threads, bit for bit, and a fixed seed gives the same training run
// on 1 or 2 cores.
#include <cstddef>

#include "redes/linalg/matrix.hpp"

namespace redes {

// A read-only look at a rows×cols matrix stored anywhere: [A]_ij = data[i·row_stride +
// j·col_stride]. It lets gemm read Aᵀ without copying it (swap the shape and the strides).
struct MatrixView {
    const double* data = nullptr;
    std::size_t rows = 0, cols = 0;
    std::size_t row_stride = 0, col_stride = 1;

    double operator()(std::size_t i, std::size_t j) const {
        return data[i * row_stride + j * col_stride];
    }
};

// A as it is stored (row-major).
MatrixView view(const Matrix& A);
// Aᵀ, the same numbers read by columns.
MatrixView transposed_view(const Matrix& A);

// C = A·B (accumulate = false) or C = C + A·B (accumulate = true); (m×n)·(n×p) → C of m×p.
// threads = 0 lets gemm_threads_for choose; otherwise that many threads (at most one per
// strip of the register tile). C must not share memory with A or B.
// Throws ShapeError when n differs or C is not m×p.
void gemm(const MatrixView& A, const MatrixView& B, Matrix& C, bool accumulate = false,
          unsigned threads = 0);
// The same into memory that is not a Matrix: C's m rows start ldc ≥ p doubles apart (e.g. the
// slice of a flat parameter vector that holds W_ℓ). Throws ShapeError for ldc < p.
void gemm(const MatrixView& A, const MatrixView& B, double* C, std::size_t ldc,
          bool accumulate = false, unsigned threads = 0);

// The most threads a product may use: min(2, hardware threads), or the environment variable
// REDES_THREADS (read once, at the first product; ValueError if it is not a whole number
// 1…1024), unless set_gemm_threads changed it. Results do not depend on it, bit for bit.
unsigned gemm_threads();
// Sets that number (≥ 1; ValueError for 0). Results do not depend on it.
void set_gemm_threads(unsigned threads);
// The threads worth starting for an (m×n)·(n×p) product: 1 for a small one, where starting a
// thread costs more than its half of the work; gemm_threads() otherwise.
unsigned gemm_threads_for(std::size_t m, std::size_t n, std::size_t p);

// The kernel's sizes, as compiled (the benchmark report quotes them): the register tile
// mr×nr, the cache blocks kc (depth), mc (rows of A), nc (columns of B), the doubles per SIMD
// register, and the multiply-adds below which a product stays on one thread.
struct GemmBlocking {
    std::size_t mr, nr, kc, mc, nc, lanes;
    double min_madds_for_two_threads;
};
GemmBlocking gemm_blocking();

}  // namespace redes
