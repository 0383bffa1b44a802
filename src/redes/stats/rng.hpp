#pragma once
// Rng: the one source of randomness. Seeded explicitly, so a chapter rerun with the same
// --seed writes the same numbers. The distributions are written here (not std::*_distribution,
// whose output differs between standard libraries) so results match on every platform.
#include <cstdint>
#include <random>
#include <vector>

namespace redes {

class Rng {
public:
    explicit Rng(std::uint64_t seed) : gen_(seed) {}

    std::uint64_t next_u64() { return gen_(); }
    // U[0, 1) with 53 random bits.
    double uniform() { return static_cast<double>(gen_() >> 11) * 0x1.0p-53; }
    // U[a, b)
    double uniform(double a, double b) { return a + (b - a) * uniform(); }
    // N(μ, s²) by the Marsaglia polar method.
    double normal(double mu = 0.0, double s = 1.0);
    // Standard Cauchy: tan(π(U − ½)); it has no mean.
    double cauchy();
    // Exp(λ) by inversion.
    double exponential(double lambda = 1.0);
    // Uniform integer in {0, …, n−1} (n > 0), without modulo bias.
    std::size_t index(std::size_t n);
    // A uniformly random permutation of {0, …, n−1} (Fisher–Yates).
    std::vector<std::size_t> permutation(std::size_t n);
    // An independent stream derived from this one (e.g. one per thread or experiment).
    Rng split() { return Rng(next_u64() ^ 0x9E3779B97F4A7C15ull); }

private:
    std::mt19937_64 gen_;
    bool has_spare_ = false;
    double spare_ = 0.0;
};

}  // namespace redes
