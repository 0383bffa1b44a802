#include "redes/activations/tanh_kernel.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>

namespace redes {

// With a = |z|, y = −2a, u = e^y − 1 and t = e^y:
//   tanh(a) = (1 − e^{−2a}) / (1 + e^{−2a}) = −u / (2 + u)
//   σ′(z) = 1/cosh²(z) = 1 − tanh²(a) = 4(1 + u)/(2 + u)² = 4t / (1 + t)²
// e^y from y = k ln2 + r, |r| ≤ ln2/2: e^y = 2^k (1 + q), q = e^r − 1 by its Taylor series to
// r¹³/13! (the next term is below 10⁻¹⁷ of q), so u = 2^k q + (2^k − 1) and t = 2^k q + 2^k
// carry no cancellation: tanh keeps its digits near 0, σ′ its digits where tanh rounds to ±1.
// A plain loop of arithmetic the compiler vectorises: no call into libm per element.
namespace {
// The loop of tanh_and_derivative, for n ≤ 256 elements at a time, writing both outputs (no
// branch inside: the compiler turns it into SIMD).
void tanh_block(const double* z, std::size_t n, double* x, double* sigma_prime) {
    constexpr double log2e = 1.4426950408889634074;
    constexpr double ln2_hi = 6.93147180369123816490e-01;  // ln 2 = ln2_hi + ln2_lo, ln2_hi·k exact
    constexpr double ln2_lo = 1.90821492927058770002e-10;
    constexpr double shifter = 0x1.8p52;  // adding it rounds to an integer, kept in the low bits
    constexpr std::uint64_t bits_350 = 0x4075E00000000000ull;  // the bits of 350.0
    constexpr std::uint64_t bits_inf = 0x7FF0000000000000ull;  // of +∞; NaNs lie above
    for (std::size_t i = 0; i < n; ++i) {
        const double zi = z[i];
        const double a_raw = std::fabs(zi);
        // Beyond 350, tanh = ±1 and 1/cosh² < 10⁻³⁰⁰: set at the end, as NaN is. The tests are
        // on the bits (integers): a floating-point comparison would keep GCC from vectorising.
        std::uint64_t a_bits;
        std::memcpy(&a_bits, &a_raw, sizeof a_bits);
        // all ones where the condition holds, else zero: choices become bit masks
        const std::uint64_t far = 0 - static_cast<std::uint64_t>(a_bits > bits_350);
        const std::uint64_t nan = 0 - static_cast<std::uint64_t>(a_bits > bits_inf);
        const std::uint64_t a_clamped = (a_bits & ~far) | (bits_350 & far);
        double a;
        std::memcpy(&a, &a_clamped, sizeof a);
        const double y = -2.0 * a;
        const double kd_shifted = y * log2e + shifter;  // k = round(y / ln 2) ∈ [−1010, 0]
        const double kd = kd_shifted - shifter;
        std::uint64_t k_bits;
        std::memcpy(&k_bits, &kd_shifted, sizeof k_bits);
        // 2^k: the exponent field k + 1023 (k is the low bits of kd_shifted, two's complement)
        const std::uint64_t two_k_bits = (k_bits - 0x4338000000000000ull + 1023u) << 52;
        double two_k;
        std::memcpy(&two_k, &two_k_bits, sizeof two_k);
        const double r = (y - kd * ln2_hi) - kd * ln2_lo;
        // q = e^r − 1 = r + r²/2! + … + r¹³/13!
        double p = 1.0 / 6227020800.0;
        p = p * r + 1.0 / 479001600.0;
        p = p * r + 1.0 / 39916800.0;
        p = p * r + 1.0 / 3628800.0;
        p = p * r + 1.0 / 362880.0;
        p = p * r + 1.0 / 40320.0;
        p = p * r + 1.0 / 5040.0;
        p = p * r + 1.0 / 720.0;
        p = p * r + 1.0 / 120.0;
        p = p * r + 1.0 / 24.0;
        p = p * r + 1.0 / 6.0;
        p = p * r + 0.5;
        p = p * r + 1.0;
        const double q = p * r;
        const double u = two_k * q + (two_k - 1.0);  // e^y − 1
        const double t = two_k * q + two_k;          // e^y
        const double th_near = -u / (2.0 + u);
        const double d_near = 4.0 * t / ((1.0 + t) * (1.0 + t));
        // the same choices on the bits: (±1, 0) beyond 350, (NaN, NaN) for NaN
        std::uint64_t th_bits, d_bits, z_bits;
        std::memcpy(&th_bits, &th_near, sizeof th_bits);
        std::memcpy(&d_bits, &d_near, sizeof d_bits);
        std::memcpy(&z_bits, &zi, sizeof z_bits);
        th_bits =
            (((th_bits & ~far) | (0x3FF0000000000000ull & far)) & ~nan) | (z_bits & nan);  // 1.0
        d_bits = ((d_bits & ~far) & ~nan) | (z_bits & nan);
        double th, d;
        std::memcpy(&th, &th_bits, sizeof th);
        std::memcpy(&d, &d_bits, sizeof d);
        x[i] = std::copysign(th, zi);
        sigma_prime[i] = d;
    }
}
}  // namespace

void tanh_and_derivative(const double* z, std::size_t n, double* x, double* sigma_prime) {
    double scratch[256];
    for (std::size_t i = 0; i < n; i += 256) {
        const std::size_t m = std::min<std::size_t>(256, n - i);
        tanh_block(z + i, m, x + i, sigma_prime ? sigma_prime + i : scratch);
    }
}

}  // namespace redes
