// momentum_rate: the factor per step of heavy-ball momentum along a curvature λ, the largest |z| with
// z² − (1 + α − ηλ)z + α = 0, checked against the iteration itself; Polyak's optimal constants.
#include <boost/test/unit_test.hpp>

#include <cmath>
#include <string>

#include "redes/error.hpp"
#include "redes/optim/momentum.hpp"
#include "redes/optim/momentum_rate.hpp"

namespace tt = boost::test_tools;
using redes::Vector;

namespace {

// |θ_{k+1}|/|θ_k| after k steps of the notes' box on R̂(θ) = ½λθ², θ_0 = 1, v_0 = 0.
double measured_factor(double eta, double alpha, double lambda, int k) {
    redes::Momentum m(eta, alpha);
    Vector theta{1.0};
    double before = 1.0;
    for (int i = 0; i <= k; ++i) {
        before = theta[0];
        m.step(theta, Vector{lambda * theta[0]});
    }
    return std::abs(theta[0] / before);
}

bool message_has(const std::exception& e, const std::string& part) {
    return std::string(e.what()).find(part) != std::string::npos;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(optim_momentum_rate)

BOOST_AUTO_TEST_CASE(alpha_zero_is_gradient_descent_factor) {
    // α = 0: z² − (1 − ηλ)z = 0, roots 0 and 1 − ηλ
    for (double eta_lambda : {0.1, 0.5, 1.0, 1.5, 1.9, 2.5})
        BOOST_TEST(redes::momentum_rate(eta_lambda / 4.0, 0.0, 4.0) == std::abs(1.0 - eta_lambda),
                   tt::tolerance(1e-15));
}

BOOST_AUTO_TEST_CASE(real_roots_match_the_measured_factor_per_step) {
    // distinct real roots z₁ > |z₂|: θ_k = A z₁^k + B z₂^k, so θ_{k+1}/θ_k → z₁ like (z₂/z₁)^k
    struct Case {
        double eta, alpha, lambda;
    };
    for (const Case& c : {Case{0.035, 0.0, 1.0}, Case{0.035, 0.3, 1.0}, Case{0.035, 0.5, 1.0},
                          Case{0.1, 0.9, -2.0}, Case{0.1, 0.5, -2.0}, Case{0.035, 0.05, 50.0}}) {
        const double z = redes::momentum_rate(c.eta, c.alpha, c.lambda);
        const double b = 1 + c.alpha - c.eta * c.lambda;
        BOOST_REQUIRE(b * b > 4 * c.alpha);  // real roots
        const double zs = b < 0 ? -z : z;    // the larger root has the sign of b
        const double z2 = c.alpha / zs;      // the product of the roots is α
        const int k = 400;
        const double gap = std::pow(std::abs(z2 / z), k);  // the other root's share after k steps
        BOOST_TEST(measured_factor(c.eta, c.alpha, c.lambda, k) == z,
                   tt::tolerance(1e-10 + 4 * gap));
        // z solves the characteristic equation
        BOOST_TEST(std::abs(zs * zs - b * zs + c.alpha) <=
                   1e-14 * (zs * zs + std::abs(b * zs) + c.alpha));
    }
}

BOOST_AUTO_TEST_CASE(complex_roots_have_modulus_sqrt_alpha) {
    // (1 + α − ηλ)² < 4α: |z|² = α; the iterate's envelope shrinks by √α per step
    const double eta = 0.035, alpha = 0.9, lambda = 50.0;
    const double b = 1 + alpha - eta * lambda;
    BOOST_REQUIRE(b * b < 4 * alpha);
    BOOST_TEST(redes::momentum_rate(eta, alpha, lambda) == std::sqrt(alpha), tt::tolerance(1e-15));
    // θ_k = r^k (c₁ cos kφ + c₂ sin kφ), r = √α: over 2 steps |θ| never grows faster than r² times a
    // bounded oscillation; the k-th root of |θ_k| tends to √α
    redes::Momentum m(eta, alpha);
    Vector theta{1.0};
    double biggest = 0.0;
    const int K = 2000;
    for (int k = 1; k <= K; ++k) {
        m.step(theta, Vector{lambda * theta[0]});
        if (k > K - 100) biggest = std::max(biggest, std::abs(theta[0]));
    }
    BOOST_TEST(std::pow(biggest, 1.0 / K) == std::sqrt(alpha), tt::tolerance(5e-3));
}

BOOST_AUTO_TEST_CASE(stable_exactly_for_eta_lambda_below_two_one_plus_alpha) {
    for (double alpha : {0.0, 0.5, 0.9}) {
        const double edge = 2 * (1 + alpha);  // ηλ at the edge: the root z = −1
        BOOST_TEST(redes::momentum_rate(0.99 * edge, alpha, 1.0) < 1.0);
        BOOST_TEST(redes::momentum_rate(1.01 * edge, alpha, 1.0) > 1.0);
        BOOST_TEST(redes::momentum_rate(edge, alpha, 1.0) == 1.0, tt::tolerance(1e-14));
    }
}

BOOST_AUTO_TEST_CASE(polyak_constants_give_a_double_root_at_both_ends) {
    for (double kappa : {4.0, 50.0, 1000.0}) {
        const double lmin = 0.5, lmax = 0.5 * kappa;
        const redes::MomentumOptimum o = redes::optimal_momentum(lmin, lmax);
        const double sk = std::sqrt(kappa);
        BOOST_TEST(o.rate == (sk - 1) / (sk + 1), tt::tolerance(1e-14));
        BOOST_TEST(o.alpha == o.rate * o.rate, tt::tolerance(1e-14));
        BOOST_TEST(o.eta == 4.0 / std::pow(std::sqrt(lmax) + std::sqrt(lmin), 2),
                   tt::tolerance(1e-14));
        // (1 + α − ηλ)² = 4α at λ_min (root +√α) and at λ_max (root −√α)
        for (double lambda : {lmin, lmax}) {
            const double b = 1 + o.alpha - o.eta * lambda;
            BOOST_TEST(b * b == 4 * o.alpha, tt::tolerance(1e-12));
        }
        BOOST_TEST(redes::momentum_rate(o.eta, o.alpha, lmin, lmax) == o.rate, tt::tolerance(1e-6));
        // no other (η, α) on a grid around it does better
        for (double fe : {0.9, 0.97, 1.03, 1.1})
            for (double fa : {0.9, 0.97, 1.0, 1.03})
                if (o.alpha * fa < 1)
                    BOOST_TEST(redes::momentum_rate(o.eta * fe, o.alpha * fa, lmin, lmax) > o.rate);
        // and it beats gradient descent's best, (κ − 1)/(κ + 1)
        BOOST_TEST(o.rate < redes::optimal_gd_rate(lmin, lmax));
    }
}

BOOST_AUTO_TEST_CASE(gd_best_rate_is_the_minimum_over_eta) {
    const double lmin = 1.0, lmax = 50.0;
    double best = HUGE_VAL;
    for (int i = 1; i < 4000; ++i)
        best = std::min(best, redes::momentum_rate(i * 1e-5, 0.0, lmin, lmax));
    BOOST_TEST(redes::optimal_gd_rate(lmin, lmax) == 49.0 / 51.0, tt::tolerance(1e-15));
    BOOST_TEST(best >= 49.0 / 51.0 * (1 - 1e-15));
    BOOST_TEST(best <=
               49.0 / 51.0 + 1e-4);  // the grid step 1e-5 in η moves the rate by ≤ 1e-5·λ_max
}

BOOST_AUTO_TEST_CASE(bad_constants_name_the_function_and_value) {
    BOOST_CHECK_EXCEPTION(redes::momentum_rate(0.1, 1.0, 1.0), redes::ValueError,
                          [](const redes::ValueError& e) {
                              return message_has(e, "momentum_rate") && message_has(e, "α = 1");
                          });
    BOOST_CHECK_EXCEPTION(redes::momentum_rate(-0.1, 0.5, 1.0), redes::ValueError,
                          [](const redes::ValueError& e) {
                              return message_has(e, "momentum_rate") && message_has(e, "η = -0.1");
                          });
    BOOST_CHECK_EXCEPTION(redes::momentum_rate(0.1, 0.5, NAN), redes::ValueError,
                          [](const redes::ValueError& e) { return message_has(e, "λ = nan"); });
    BOOST_CHECK_EXCEPTION(redes::optimal_momentum(2.0, 1.0), redes::ValueError,
                          [](const redes::ValueError& e) {
                              return message_has(e, "optimal_momentum") &&
                                     message_has(e, "λ_min = 2") && message_has(e, "λ_max = 1");
                          });
    BOOST_CHECK_EXCEPTION(redes::momentum_rate(0.1, 0.5, 0.0, 1.0), redes::ValueError,
                          [](const redes::ValueError& e) { return message_has(e, "λ_min = 0"); });
    BOOST_CHECK_THROW(redes::optimal_gd_rate(-1.0, 1.0), redes::ValueError);
}

BOOST_AUTO_TEST_SUITE_END()
