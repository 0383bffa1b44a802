#include "redes/stats/rng.hpp"

#include <cmath>
#include <limits>
#include <numeric>
#include <string>

#include "redes/error.hpp"
#include "redes/text.hpp"

namespace redes {

double Rng::normal(double mu, double s) {
    if (!(s >= 0.0) || !std::isfinite(s) || !std::isfinite(mu))
        throw ValueError("Rng::normal: μ = " + num(mu) + ", s = " + num(s) +
                         ": needs a finite μ and a finite s ≥ 0");
    if (has_spare_) {
        has_spare_ = false;
        return mu + s * spare_;
    }
    double u, v, q;
    do {
        u = 2.0 * uniform() - 1.0;
        v = 2.0 * uniform() - 1.0;
        q = u * u + v * v;
    } while (q >= 1.0 || q == 0.0);
    const double f = std::sqrt(-2.0 * std::log(q) / q);
    spare_ = v * f;
    has_spare_ = true;
    return mu + s * u * f;
}

double Rng::cauchy() {
    const double pi = 3.14159265358979323846;
    return std::tan(pi * (uniform() - 0.5));
}

double Rng::exponential(double lambda) {
    if (!(lambda > 0.0))
        throw ValueError("Rng::exponential: rate λ = " + num(lambda) + " must be > 0");
    return -std::log1p(-uniform()) / lambda;
}

std::size_t Rng::index(std::size_t n) {
    if (n == 0) throw ValueError("Rng::index: n = 0, the range {0…n−1} is empty");
    const std::uint64_t limit =
        std::numeric_limits<std::uint64_t>::max() - std::numeric_limits<std::uint64_t>::max() % n;
    std::uint64_t r;
    do r = gen_();
    while (r >= limit);
    return static_cast<std::size_t>(r % n);
}

std::vector<std::size_t> Rng::permutation(std::size_t n) {
    std::vector<std::size_t> p(n);
    std::iota(p.begin(), p.end(), std::size_t{0});
    for (std::size_t i = n; i > 1; --i) std::swap(p[i - 1], p[index(i)]);
    return p;
}

}  // namespace redes
