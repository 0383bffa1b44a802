// The C++ side of the matrix-product benchmarks: our gemm (into a C allocated once, as numpy's
// and PyTorch's side write into `out=`) with 1 thread, 2 threads and the count matmul would
// choose, and the plain i-k-j triple loop that matmul was before it.
#include "redes/linalg.hpp"
#include "redes/stats/rng.hpp"

#include "bench.hpp"

namespace redes_bench {

namespace {

redes::Matrix random_matrix(std::size_t rows, std::size_t cols, redes::Rng& rng) {
    redes::Matrix A(rows, cols);
    for (std::size_t k = 0; k < A.size(); ++k) A.data()[k] = rng.normal();
    return A;
}

// [C]_ij = Σ_k a_ik b_kj in i-k-j order: the textbook loop, vectorised along rows of B and C
// by the compiler, but with no blocking: for large n, B streams from memory once per row of A.
void naive_product(const redes::Matrix& A, const redes::Matrix& B, redes::Matrix& C) {
    const std::size_t n = A.cols(), p = B.cols();
    std::fill(C.data(), C.data() + C.size(), 0.0);
    for (std::size_t i = 0; i < A.rows(); ++i) {
        double* c = C.row_ptr(i);
        for (std::size_t k = 0; k < n; ++k) {
            const double a = A(i, k);
            const double* b = B.row_ptr(k);
            for (std::size_t j = 0; j < p; ++j) c[j] += a * b[j];
        }
    }
}

// GFLOP/s of one (m×n)·(n×p) product for each series, recorded under bench at x.
void measure(Results& results, const std::string& bench, double x, int round, const Options& opt,
             std::size_t m, std::size_t n, std::size_t p, bool with_auto) {
    redes::Rng rng(1000 * static_cast<std::uint64_t>(x) + static_cast<std::uint64_t>(round));
    const redes::Matrix A = random_matrix(m, n, rng), B = random_matrix(n, p, rng);
    redes::Matrix C(m, p);
    const double flops =
        2.0 * static_cast<double>(m) * static_cast<double>(n) * static_cast<double>(p);
    auto gflops = [&](const std::function<void()>& f) {
        return flops / seconds_per_call(f, opt.min_time, opt.batches) / 1e9;
    };
    using redes::view;
    results.add(bench, series::ours_2, x, round,
                gflops([&] { redes::gemm(view(A), view(B), C, false, 2); }));
    results.add(bench, series::ours_1, x, round,
                gflops([&] { redes::gemm(view(A), view(B), C, false, 1); }));
    if (with_auto)
        results.add(bench, series::ours_auto, x, round,
                    gflops([&] { redes::gemm(view(A), view(B), C); }));
    results.add(bench, series::naive, x, round, gflops([&] { naive_product(A, B, C); }));
}

}  // namespace

void run_matmul_square(Results& results, int round, const Options& opt) {
    for (std::size_t n : opt.square_n)
        measure(results, "square", static_cast<double>(n), round, opt, n, n, n, false);
}

void run_matmul_skinny(Results& results, int round, const Options& opt) {
    for (std::size_t H : opt.skinny_h) {
        const double x = static_cast<double>(H);
        // samples as rows: (M'×inputs)·(inputs×H), as the issue states it
        measure(results, "skinny", x, round, opt, opt.batch, opt.inputs, H, true);
        // samples as columns, as redes' MLP runs a batch: W·X = (H×inputs)·(inputs×M')
        measure(results, "columns", x, round, opt, H, opt.inputs, opt.batch, true);
    }
}

}  // namespace redes_bench
