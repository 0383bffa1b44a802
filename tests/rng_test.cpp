// Rng: reproducible streams, and each distribution's moments within Monte Carlo error bars.
// Tolerance: 5 standard errors of the estimate. For a correct sampler |Z| > 5 has probability
// 6e-7 per check, so a failure means a wrong sampler, not bad luck (and the seed is fixed,
// so a failure reproduces).
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <vector>

#include "expect_message.hpp"
#include "redes/error.hpp"
#include "redes/stats/rng.hpp"

using redes::Rng;
using redes_test::message_is;

namespace {
constexpr double z_tol = 5.0;  // standard errors
constexpr std::size_t M = 200000;

struct Moments {
    double mean, var;
};
// Sample mean and unbiased sample variance of M draws.
template <class Draw>
Moments moments(Draw draw, std::size_t n = M) {
    double s = 0.0, s2 = 0.0;
    std::vector<double> x(n);
    for (auto& v : x) v = draw();
    for (double v : x) s += v;
    const double mean = s / double(n);
    for (double v : x) s2 += (v - mean) * (v - mean);
    return {mean, s2 / double(n - 1)};
}
}  // namespace

BOOST_AUTO_TEST_SUITE(rng)

BOOST_AUTO_TEST_CASE(same_seed_same_stream) {
    Rng a(42), b(42), c(43);
    bool differs_from_other_seed = false;
    for (int i = 0; i < 1000; ++i) {
        const double ua = a.uniform(), ub = b.uniform(), uc = c.uniform();
        BOOST_TEST(ua == ub);
        differs_from_other_seed |= ua != uc;
        BOOST_TEST(a.normal() == b.normal());
        BOOST_TEST(a.index(17) == b.index(17));
        BOOST_TEST(a.exponential(2.0) == b.exponential(2.0));
        BOOST_TEST(a.cauchy() == b.cauchy());
    }
    BOOST_TEST(differs_from_other_seed);
    BOOST_TEST(a.permutation(50) == b.permutation(50));
    // split() derives the same child stream from the same parent state.
    Rng sa = a.split(), sb = b.split();
    BOOST_TEST(sa.uniform() == sb.uniform());
    BOOST_TEST(sa.uniform() != a.uniform());
}

BOOST_AUTO_TEST_CASE(uniform_is_in_the_unit_interval) {
    Rng rng(1);
    double lo = 1.0, hi = 0.0;
    for (std::size_t i = 0; i < M; ++i) {
        const double u = rng.uniform();
        lo = std::min(lo, u);
        hi = std::max(hi, u);
    }
    BOOST_TEST(lo >= 0.0);
    BOOST_TEST(hi < 1.0);
    // the extremes come within a few 1/M of the ends
    BOOST_TEST(lo < 20.0 / M);
    BOOST_TEST(hi > 1.0 - 20.0 / M);
}

BOOST_AUTO_TEST_CASE(uniform_moments) {
    // U[a, b): mean (a+b)/2, variance (b−a)²/12
    Rng rng(2);
    const double a = -1.0, b = 3.0;
    const Moments m = moments([&] { return rng.uniform(a, b); });
    const double var = (b - a) * (b - a) / 12.0;
    BOOST_TEST(std::abs(m.mean - (a + b) / 2) < z_tol * std::sqrt(var / M));
    // SE of the sample variance: sqrt((μ₄ − σ⁴)/M), μ₄ = (b−a)⁴/80 for the uniform
    const double mu4 = std::pow(b - a, 4) / 80.0;
    BOOST_TEST(std::abs(m.var - var) < z_tol * std::sqrt((mu4 - var * var) / M));
}

BOOST_AUTO_TEST_CASE(normal_mean_and_variance) {
    // N(μ, s²): SE of the mean s/√M; SE of the sample variance s²·sqrt(2/(M−1))
    Rng rng(3);
    const double mu = 1.5, s = 2.0;
    const Moments m = moments([&] { return rng.normal(mu, s); });
    BOOST_TEST(std::abs(m.mean - mu) < z_tol * s / std::sqrt(double(M)));
    BOOST_TEST(std::abs(m.var - s * s) < z_tol * s * s * std::sqrt(2.0 / (M - 1)));
}

BOOST_AUTO_TEST_CASE(normal_tails) {
    // P(|X| > 2) = 0.0455002638963584 for the standard normal; a Bernoulli count's SE is
    // sqrt(p(1−p)/M).
    Rng rng(4);
    const double p = 0.0455002638963584;
    std::size_t n = 0;
    for (std::size_t i = 0; i < M; ++i) n += std::abs(rng.normal()) > 2.0;
    BOOST_TEST(std::abs(double(n) / M - p) < z_tol * std::sqrt(p * (1 - p) / M));
}

BOOST_AUTO_TEST_CASE(exponential_mean_and_variance) {
    // Exp(λ): mean 1/λ, variance 1/λ², fourth central moment 9/λ⁴
    Rng rng(5);
    const double lambda = 2.0, var = 1.0 / (lambda * lambda);
    const Moments m = moments([&] { return rng.exponential(lambda); });
    BOOST_TEST(std::abs(m.mean - 1.0 / lambda) < z_tol * std::sqrt(var / M));
    BOOST_TEST(std::abs(m.var - var) < z_tol * std::sqrt((9 * var * var - var * var) / M));
    BOOST_CHECK_EXCEPTION(rng.exponential(0.0), redes::ValueError,
                          message_is("Rng::exponential: rate λ = 0 must be > 0"));
}

BOOST_AUTO_TEST_CASE(cauchy_quartiles) {
    // Standard Cauchy: P(|X| < 1) = 1/2 (its quartiles are ±1); no moments to test.
    Rng rng(6);
    std::size_t n = 0;
    for (std::size_t i = 0; i < M; ++i) n += std::abs(rng.cauchy()) < 1.0;
    BOOST_TEST(std::abs(double(n) / M - 0.5) < z_tol * std::sqrt(0.25 / M));
}

BOOST_AUTO_TEST_CASE(index_is_uniform_on_its_range) {
    Rng rng(7);
    const std::size_t n = 7;
    std::vector<std::size_t> count(n);
    for (std::size_t i = 0; i < M; ++i) {
        const std::size_t k = rng.index(n);
        BOOST_TEST_REQUIRE(k < n);
        ++count[k];
    }
    const double p = 1.0 / n;
    for (std::size_t k = 0; k < n; ++k)
        BOOST_TEST(std::abs(double(count[k]) / M - p) < z_tol * std::sqrt(p * (1 - p) / M));
    BOOST_TEST(rng.index(1) == 0u);
}

BOOST_AUTO_TEST_CASE(index_of_zero_throws) {
    Rng rng(8);
    BOOST_CHECK_EXCEPTION(rng.index(0), redes::ValueError,
                          message_is("Rng::index: n = 0, the range {0…n−1} is empty"));
}

BOOST_AUTO_TEST_CASE(permutation_is_a_permutation) {
    Rng rng(9);
    for (std::size_t n : {0u, 1u, 2u, 10u, 1000u}) {
        std::vector<std::size_t> p = rng.permutation(n);
        BOOST_TEST(p.size() == n);
        std::sort(p.begin(), p.end());
        std::vector<std::size_t> iota(n);
        std::iota(iota.begin(), iota.end(), std::size_t{0});
        BOOST_TEST(p == iota);
    }
}

BOOST_AUTO_TEST_CASE(permutations_are_equally_likely) {
    // Fisher–Yates gives each of the 3! = 6 orders probability 1/6.
    Rng rng(10);
    const std::size_t draws = 60000;
    std::map<std::vector<std::size_t>, std::size_t> count;
    for (std::size_t i = 0; i < draws; ++i) ++count[rng.permutation(3)];
    BOOST_TEST(count.size() == 6u);
    const double p = 1.0 / 6.0;
    for (const auto& [perm, c] : count)
        BOOST_TEST(std::abs(double(c) / draws - p) < z_tol * std::sqrt(p * (1 - p) / draws));
}

BOOST_AUTO_TEST_SUITE_END()
