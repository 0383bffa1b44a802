#include "redes/linalg/gemm.hpp"

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string>
#include <system_error>
#include <thread>
#include <vector>

#include "redes/error.hpp"

namespace redes {

namespace {

// Doubles in one SIMD register: 8 with AVX-512 (a 512-bit zmm register), 4 with AVX (a 256-bit
// ymm register), else 2 (SSE2, every x86-64).
#if defined(__AVX512F__)
constexpr std::size_t lanes = 8;
#elif defined(__AVX__)
constexpr std::size_t lanes = 4;
#else
constexpr std::size_t lanes = 2;
#endif
// A pack of `lanes` doubles that the compiler keeps in one register and multiplies and adds
// lane by lane (GCC/Clang vector extension: plain arithmetic, no intrinsics).
using dvec = double __attribute__((vector_size(lanes * sizeof(double))));

// The register tile: MR rows × NR columns of C live in 2·MR registers during a whole panel
// (12 of the 16 vector registers of SSE2/AVX, 32 of AVX-512; others hold B's row and a_ik).
constexpr std::size_t MR = 6;
constexpr std::size_t NR = 2 * lanes;
// Cache blocks: a KC-deep micro-panel of B (KC×NR) stays in L1 while the MR×KC micro-panels of
// an MC×KC block of A stream from L2; a KC×NC block of B stays in L2/L3.
constexpr std::size_t KC = 256;
constexpr std::size_t MC = 96;
constexpr std::size_t NC = 1024;
// Each thread should get at least this many multiply-adds (2 threads from 2²⁴ ≈ 16.8 M on,
// n ≥ 256 for n×n): below it, `make bench` found no gain from a second thread here (starting
// one costs ~40 µs, each thread packs its own copy of A's panels, and a second core busy with
// another program makes the first wait at the join).
constexpr double min_madds_per_thread = 1 << 23;

std::size_t round_up(std::size_t x, std::size_t to) { return (x + to - 1) / to * to; }

std::atomic<unsigned> max_threads{0};

// Asked once: hardware_concurrency() reads a file of /sys on Linux, tens of µs per call.
// The environment variable REDES_THREADS (a whole number ≥ 1), when set, replaces it.
unsigned default_threads() {
    static const unsigned threads = [] {
        if (const char* env = std::getenv("REDES_THREADS")) {
            char* end = nullptr;
            const long t = std::strtol(env, &end, 10);
            if (end == env || *end != '\0' || t < 1 || t > 1024)
                throw ValueError(std::string("gemm: environment variable REDES_THREADS = '") + env +
                                 "' is not a whole number in 1…1024");
            return static_cast<unsigned>(t);
        }
        return std::max(1u, std::min(2u, std::thread::hardware_concurrency()));
    }();
    return threads;
}

// Copies rows [i0, i0+mc) × columns [k0, k0+kc) of A into micro-panels of MR rows: panel r holds,
// for k = 0…kc−1, the MR numbers a_(i0+r·MR+s),(k0+k), s = 0…MR−1 (zeros past the last row).
void pack_A(const MatrixView& A, std::size_t i0, std::size_t mc, std::size_t k0, std::size_t kc,
            double* Ap) {
    for (std::size_t ir = 0; ir < mc; ir += MR, Ap += MR * kc) {
        const std::size_t mr = std::min(MR, mc - ir);
        if (mr < MR) std::fill(Ap, Ap + MR * kc, 0.0);
        // row by row: with A row-major (col_stride = 1) each row is read contiguously
        for (std::size_t s = 0; s < mr; ++s) {
            const double* a = A.data + (i0 + ir + s) * A.row_stride + k0 * A.col_stride;
            for (std::size_t k = 0; k < kc; ++k) Ap[k * MR + s] = a[k * A.col_stride];
        }
    }
}

// Copies rows [k0, k0+kc) × columns [j0, j0+nc) of B into micro-panels of NR columns: panel c
// holds, for k = 0…kc−1, the NR numbers b_(k0+k),(j0+c·NR+t), t = 0…NR−1 (zeros past the end).
void pack_B(const MatrixView& B, std::size_t k0, std::size_t kc, std::size_t j0, std::size_t nc,
            double* Bp) {
    for (std::size_t jr = 0; jr < nc; jr += NR) {
        const std::size_t nr = std::min(NR, nc - jr);
        for (std::size_t k = 0; k < kc; ++k) {
            if (nr == NR && B.col_stride == 1) {
                std::memcpy(Bp, B.data + (k0 + k) * B.row_stride + (j0 + jr), NR * sizeof(double));
            } else {
                for (std::size_t t = 0; t < nr; ++t) Bp[t] = B(k0 + k, j0 + jr + t);
                for (std::size_t t = nr; t < NR; ++t) Bp[t] = 0.0;
            }
            Bp += NR;
        }
    }
}

// One register tile: c_st ← c_st + Σ_k a_sk b_kt for the first `rows` rows of an MR×NR tile
// (load = true), or the sum alone (load = false), k = 0…kc−1 in order. Ap, Bp: packed
// micro-panels; c: the tile's first element, rows ldc apart. Each step k is `rows` broadcasts
// of a_sk times two registers of b_k·. `rows` is a compile-time number so that the
// accumulators stay in registers; rows < MR serves the last rows of C.
template <std::size_t rows>
void kernel(std::size_t kc, const double* Ap, const double* Bp, double* c, std::size_t ldc,
            bool load) {
    dvec acc[rows][2];
#pragma GCC unroll 8
    for (std::size_t s = 0; s < rows; ++s) {
        if (load) {
            std::memcpy(&acc[s][0], c + s * ldc, sizeof(dvec));
            std::memcpy(&acc[s][1], c + s * ldc + lanes, sizeof(dvec));
        } else {
            acc[s][0] = dvec{};
            acc[s][1] = dvec{};
        }
    }
    for (std::size_t k = 0; k < kc; ++k, Ap += MR, Bp += NR) {
        dvec b0, b1;
        std::memcpy(&b0, Bp, sizeof b0);
        std::memcpy(&b1, Bp + lanes, sizeof b1);
#pragma GCC unroll 8
        for (std::size_t s = 0; s < rows; ++s) {
            acc[s][0] += Ap[s] * b0;
            acc[s][1] += Ap[s] * b1;
        }
    }
#pragma GCC unroll 8
    for (std::size_t s = 0; s < rows; ++s) {
        std::memcpy(c + s * ldc, &acc[s][0], sizeof(dvec));
        std::memcpy(c + s * ldc + lanes, &acc[s][1], sizeof(dvec));
    }
}

// A tile of mr ≤ MR full rows (all NR columns inside C).
void row_tile(std::size_t mr, std::size_t kc, const double* Ap, const double* Bp, double* c,
              std::size_t ldc, bool load) {
    static_assert(MR == 6, "row_tile dispatches on 1…6 rows");
    switch (mr) {
        case 6: kernel<6>(kc, Ap, Bp, c, ldc, load); break;
        case 5: kernel<5>(kc, Ap, Bp, c, ldc, load); break;
        case 4: kernel<4>(kc, Ap, Bp, c, ldc, load); break;
        case 3: kernel<3>(kc, Ap, Bp, c, ldc, load); break;
        case 2: kernel<2>(kc, Ap, Bp, c, ldc, load); break;
        default: kernel<1>(kc, Ap, Bp, c, ldc, load); break;
    }
}

// A tile at the right border of C (fewer than NR columns): computed in a full-size scratch
// tile, of which only the mr×nr part is read and written back.
void column_edge_tile(std::size_t mr, std::size_t nr, std::size_t kc, const double* Ap,
                      const double* Bp, double* c, std::size_t ldc, bool load) {
    double tile[MR * NR] = {};
    if (load)
        for (std::size_t s = 0; s < mr; ++s)
            for (std::size_t t = 0; t < nr; ++t) tile[s * NR + t] = c[s * ldc + t];
    kernel<MR>(kc, Ap, Bp, tile, NR, load);
    for (std::size_t s = 0; s < mr; ++s)
        for (std::size_t t = 0; t < nr; ++t) c[s * ldc + t] = tile[s * NR + t];
}

// Doubles of packing space one thread needs for a block of rows×cols of C with inner size n.
std::size_t workspace_for(std::size_t rows, std::size_t cols, std::size_t n) {
    const std::size_t kc = std::min(KC, n);
    return round_up(std::min(MC, rows), MR) * kc + round_up(std::min(NC, cols), NR) * kc;
}

// C[i0:i1, j0:j1] (+)= A[i0:i1, :]·B[:, j0:j1] by the five loops of the blocked product
// (jc over NC columns, pc over KC depths, ic over MC rows, then the register tiles).
// The depth loop pc is the only one that splits a sum, and it runs in order.
void gemm_block(const MatrixView& A, const MatrixView& B, double* C, std::size_t ldc,
                bool accumulate, std::size_t i0, std::size_t i1, std::size_t j0, std::size_t j1,
                double* work) {
    const std::size_t n = A.cols;
    const std::size_t kc_max = std::min(KC, n);
    double* Ap = work;
    double* Bp = work + round_up(std::min(MC, i1 - i0), MR) * kc_max;
    for (std::size_t jc = j0; jc < j1; jc += NC) {
        const std::size_t nc = std::min(NC, j1 - jc);
        for (std::size_t pc = 0; pc < n; pc += KC) {
            const std::size_t kc = std::min(KC, n - pc);
            const bool load = accumulate || pc > 0;
            pack_B(B, pc, kc, jc, nc, Bp);
            for (std::size_t ic = i0; ic < i1; ic += MC) {
                const std::size_t mc = std::min(MC, i1 - ic);
                pack_A(A, ic, mc, pc, kc, Ap);
                for (std::size_t jr = 0; jr < nc; jr += NR) {
                    const std::size_t nr = std::min(NR, nc - jr);
                    for (std::size_t ir = 0; ir < mc; ir += MR) {
                        const std::size_t mr = std::min(MR, mc - ir);
                        double* c = C + (ic + ir) * ldc + jc + jr;
                        const double* a = Ap + ir * kc;
                        const double* b = Bp + jr * kc;
                        if (nr == NR) row_tile(mr, kc, a, b, c, ldc, load);
                        else column_edge_tile(mr, nr, kc, a, b, c, ldc, load);
                    }
                }
            }
        }
    }
}

// The packing space of the calling thread, kept between calls (no allocation per product),
// aligned to a 64-byte cache line.
double* workspace(std::size_t doubles) {
    thread_local std::vector<double> buffer;
    if (buffer.size() < doubles + 8) buffer.resize(doubles + 8);
    const auto addr = reinterpret_cast<std::uintptr_t>(buffer.data());
    return buffer.data() + (round_up(addr, 64) - addr) / sizeof(double);
}

// True when the storage of C (rows×cols, rows ldc apart) and the numbers A reads overlap.
bool overlaps(const double* C, std::size_t rows, std::size_t cols, std::size_t ldc,
              const MatrixView& A) {
    if (rows == 0 || cols == 0 || A.rows == 0 || A.cols == 0) return false;
    const double* c_end = C + (rows - 1) * ldc + cols;
    const double* a_end = A.data + (A.rows - 1) * A.row_stride + (A.cols - 1) * A.col_stride + 1;
    return A.data < c_end && C < a_end;
}

}  // namespace

MatrixView view(const Matrix& A) { return {A.data(), A.rows(), A.cols(), A.cols(), 1}; }

MatrixView transposed_view(const Matrix& A) { return {A.data(), A.cols(), A.rows(), 1, A.cols()}; }

GemmBlocking gemm_blocking() { return {MR, NR, KC, MC, NC, lanes, 2 * min_madds_per_thread}; }

unsigned gemm_threads() {
    const unsigned t = max_threads.load();
    return t ? t : default_threads();
}

void set_gemm_threads(unsigned threads) {
    if (threads == 0) throw ValueError("set_gemm_threads: 0 threads; at least 1");
    max_threads.store(threads);
}

unsigned gemm_threads_for(std::size_t m, std::size_t n, std::size_t p) {
    const double madds = static_cast<double>(m) * static_cast<double>(n) * static_cast<double>(p);
    const auto worth = static_cast<unsigned>(std::max(1.0, madds / min_madds_per_thread));
    return std::min(gemm_threads(), worth);
}

void gemm(const MatrixView& A, const MatrixView& B, Matrix& C, bool accumulate, unsigned threads) {
    if (A.cols != B.rows)
        throw ShapeError("gemm: " + shape_str(A.rows, A.cols) + "·" + shape_str(B.rows, B.cols) +
                         ": " + std::to_string(A.cols) + " ≠ " + std::to_string(B.rows));
    if (C.rows() != A.rows || C.cols() != B.cols)
        throw ShapeError("gemm: C is " + shape_str(C.rows(), C.cols()) + ", A·B is " +
                         shape_str(A.rows, B.cols));
    gemm(A, B, C.data(), C.cols(), accumulate, threads);
}

void gemm(const MatrixView& A, const MatrixView& B, double* C, std::size_t ldc, bool accumulate,
          unsigned threads) {
    if (A.cols != B.rows)
        throw ShapeError("gemm: " + shape_str(A.rows, A.cols) + "·" + shape_str(B.rows, B.cols) +
                         ": " + std::to_string(A.cols) + " ≠ " + std::to_string(B.rows));
    const std::size_t m = A.rows, n = A.cols, p = B.cols;
    if (ldc < p)
        throw ShapeError("gemm: rows of C " + std::to_string(ldc) + " apart, shorter than the " +
                         std::to_string(p) + " columns of A·B " + shape_str(m, p));
    if (overlaps(C, m, p, ldc, A) || overlaps(C, m, p, ldc, B))
        throw ValueError("gemm: C shares memory with an operand; write the product elsewhere");
    if (m == 0 || p == 0) return;
    if (n == 0) {  // empty sums
        if (!accumulate)
            for (std::size_t i = 0; i < m; ++i) std::fill(C + i * ldc, C + i * ldc + p, 0.0);
        return;
    }
    if (threads == 0) threads = gemm_threads_for(m, n, p);

    // Split the longer side of C into strips of whole register tiles, one strip per thread.
    const bool split_rows = m > p;
    const std::size_t unit = split_rows ? MR : NR;
    const std::size_t length = split_rows ? m : p;
    const std::size_t units = (length + unit - 1) / unit;
    const std::size_t parts = std::min<std::size_t>(threads, units);
    std::vector<std::size_t> cut(parts + 1);
    for (std::size_t t = 0; t <= parts; ++t) cut[t] = std::min(length, units * t / parts * unit);

    std::size_t per_thread = 0;
    for (std::size_t t = 0; t < parts; ++t) {
        const std::size_t len = cut[t + 1] - cut[t];
        per_thread =
            std::max(per_thread, workspace_for(split_rows ? len : m, split_rows ? p : len, n));
    }
    per_thread = round_up(per_thread, 8);  // each thread's space starts on a cache line
    double* work = workspace(per_thread * parts);

    auto run = [&](std::size_t t) {
        if (split_rows)
            gemm_block(A, B, C, ldc, accumulate, cut[t], cut[t + 1], 0, p, work + t * per_thread);
        else gemm_block(A, B, C, ldc, accumulate, 0, m, cut[t], cut[t + 1], work + t * per_thread);
    };
    std::vector<std::thread> helpers;
    std::size_t started = 1;
    try {
        for (; started < parts; ++started) helpers.emplace_back(run, started);
    } catch (const std::system_error&) {  // no thread to be had: the caller does those strips
    }
    run(0);
    for (std::size_t t = started; t < parts; ++t) run(t);
    for (auto& h : helpers) h.join();
}

}  // namespace redes
