// Learning-rate schedules η_k and the conditions Σ η_k = ∞, Σ η_k² < ∞ of the notes'
// "Convergencia de SGD", checked on the partial sums of schedule_sums().
#include <boost/test/unit_test.hpp>

#include <cmath>

#include "redes/error.hpp"
#include "redes/optim/schedule.hpp"

namespace tt = boost::test_tools;

namespace {
bool message_is(const std::exception& e, const std::string& s) {
    return std::string(e.what()) == s;
}
}  // namespace

BOOST_AUTO_TEST_SUITE(optim_schedule)

BOOST_AUTO_TEST_CASE(constant_schedule) {
    const redes::ConstantSchedule c(0.1);
    BOOST_TEST(c.eta(0) == 0.1);
    BOOST_TEST(c.eta(1000000) == 0.1);
    // Σ_{k≤K} η = (K+1) η and Σ η² = (K+1) η²: both grow without bound.
    const auto S = redes::schedule_sums(c, 999);
    BOOST_TEST(S.sum_eta.size() == 1000u);
    BOOST_TEST(S.sum_eta.back() == 100.0, tt::tolerance(1e-12));
    BOOST_TEST(S.sum_eta2.back() == 10.0, tt::tolerance(1e-12));
}

BOOST_AUTO_TEST_CASE(linear_decay_endpoints_are_exact) {
    // η_k = (1 − k/τ) η₀ + (k/τ) η_τ for k ≤ τ, then η_τ.
    const redes::LinearDecay lin(0.1, 0.001, 100);
    BOOST_TEST(lin.eta(0) == 0.1);
    BOOST_TEST(lin.eta(100) == 0.001);
    BOOST_TEST(lin.eta(101) == 0.001);
    BOOST_TEST(lin.eta(1000000) == 0.001);
    BOOST_TEST(lin.eta(50) == (0.1 + 0.001) / 2, tt::tolerance(1e-15));
    BOOST_TEST(lin.eta(25) == 0.75 * 0.1 + 0.25 * 0.001, tt::tolerance(1e-15));
    for (std::size_t k = 0; k < 100; ++k) BOOST_TEST(lin.eta(k + 1) < lin.eta(k));
    // Σ_{k=0}^{τ} η_k = (τ + 1)(η₀ + η_τ)/2, an arithmetic series.
    const auto S = redes::schedule_sums(lin, 100);
    BOOST_TEST(S.sum_eta[100] == 101 * (0.1 + 0.001) / 2, tt::tolerance(1e-13));
}

BOOST_AUTO_TEST_CASE(linear_decay_does_not_meet_the_convergence_conditions) {
    // After τ the rate stays at η_τ > 0, so Σ η_k² grows by η_τ² every step, without bound:
    // the notes' "típicamente η_k = (1 − k/τ)η₀ + k ε_τ/τ" does not satisfy Σ η_k² < ∞.
    const double eta_tau = 0.001;
    const std::size_t tau = 100;
    const redes::LinearDecay lin(0.1, eta_tau, tau);
    const auto S = redes::schedule_sums(lin, 1000000);
    for (std::size_t n : {1000u, 100000u, 999900u}) {
        BOOST_TEST(S.sum_eta2[tau + n] - S.sum_eta2[tau] == n * eta_tau * eta_tau,
                   tt::tolerance(1e-6));
        BOOST_TEST(S.sum_eta[tau + n] - S.sum_eta[tau] == n * eta_tau, tt::tolerance(1e-9));
    }
    // Σ η² passes any bound: here it ends 3× larger than after τ and still growing linearly.
    BOOST_TEST(S.sum_eta2[1000000] > 3.0 * S.sum_eta2[tau]);
}

BOOST_AUTO_TEST_CASE(inverse_decay_values) {
    const redes::InverseDecay inv(0.1, 10.0);
    BOOST_TEST(inv.eta(0) == 0.1);
    BOOST_TEST(inv.eta(10) == 0.05);                        // η₀/(1 + 1)
    BOOST_TEST(inv.eta(90) == 0.01, tt::tolerance(1e-15));  // η₀/(1 + 9)
    const redes::InverseDecay sq(0.1, 1.0, 0.5);
    BOOST_TEST(sq.eta(3) == 0.05, tt::tolerance(1e-15));  // η₀/√4
}

BOOST_AUTO_TEST_CASE(inverse_decay_sum_grows_like_log_K) {
    // η_k = η₀ k₀/(k₀ + k). With f(x) = 1/(k₀ + x) decreasing, the integral test bounds
    //   ln((K + 1 + k₀)/k₀) ≤ Σ_{k=0}^{K} 1/(k₀ + k) ≤ 1/k₀ + ln((K + k₀)/k₀),
    // so Σ_{k≤K} η_k = η₀ k₀ · (that sum) grows like η₀ k₀ ln K: without bound.
    const double eta0 = 0.1, k0 = 10.0;
    const redes::InverseDecay inv(eta0, k0);
    const auto S = redes::schedule_sums(inv, 1000000);
    for (std::size_t K : {10u, 1000u, 1000000u}) {
        const double sum = S.sum_eta[K] / (eta0 * k0);
        const double Kd = static_cast<double>(K);
        BOOST_TEST(sum >= std::log((Kd + 1 + k0) / k0), "K = " << K);
        BOOST_TEST(sum <= 1 / k0 + std::log((Kd + k0) / k0), "K = " << K);
    }
    // Each factor 100 in K adds η₀ k₀ ln 100 ≈ 4.6: Σ_{k=K₁+1}^{K₂} 1/(k₀ + k) equals
    // ln((K₂ + k₀ + ½)/(K₁ + k₀ + ½)) up to O(1/K₁²) (midpoint rule).
    BOOST_TEST(S.sum_eta[1000000] - S.sum_eta[10000] ==
                   eta0 * k0 * std::log((1000000 + k0 + 0.5) / (10000 + k0 + 0.5)),
               tt::tolerance(1e-8));
}

BOOST_AUTO_TEST_CASE(inverse_decay_sum_of_squares_converges) {
    // Σ_{k≥0} η_k² = η₀² k₀² Σ 1/(k₀ + k)² ≤ η₀² k₀² (1/k₀² + 1/k₀), and the tail beyond K is
    // at most η₀² k₀²/(k₀ + K): the partial sums settle.
    const double eta0 = 0.1, k0 = 10.0, c = eta0 * eta0 * k0 * k0;
    const redes::InverseDecay inv(eta0, k0);
    const std::size_t K = 1000000;
    const auto S = redes::schedule_sums(inv, K);
    BOOST_TEST(S.sum_eta2.back() <= c * (1 / (k0 * k0) + 1 / k0));
    const double tail_after_1e4 = S.sum_eta2[K] - S.sum_eta2[10000];
    BOOST_TEST(tail_after_1e4 <= c / (k0 + 10000.0));
    BOOST_TEST(tail_after_1e4 < 1e-3 * S.sum_eta2.back());
    // The limit is η₀² k₀² ψ′(k₀) (trigamma: ψ′(10) = π²/6 − Σ_{n=1}^{9} 1/n² = 0.10516633568168575);
    // the partial sum plus the tail Σ_{k>K} ≈ 1/(K + k₀ + ½) reaches it.
    BOOST_TEST(S.sum_eta2[K] + c / (K + k0 + 0.5) == c * 0.10516633568168575, tt::tolerance(1e-9));
}

BOOST_AUTO_TEST_CASE(power_of_the_decay_decides_which_condition_fails) {
    // η_k = η₀/(1 + k)^p: p = ½ keeps Σ η = ∞ but Σ η² = η₀² Σ 1/(1+k) = ∞ (harmonic, +ln 100
    // per factor 100 in K); p = 2 keeps Σ η² < ∞ but Σ η = η₀ Σ 1/(1+k)² → η₀ π²/6 < ∞.
    // Only ½ < p ≤ 1 meets both conditions.
    const std::size_t K = 1000000;
    const auto half = redes::schedule_sums(redes::InverseDecay(1.0, 1.0, 0.5), K);
    BOOST_TEST(half.sum_eta2[K] - half.sum_eta2[10000] == std::log((K + 1.5) / (10000 + 1.5)),
               tt::tolerance(1e-8));
    const auto two = redes::schedule_sums(redes::InverseDecay(1.0, 1.0, 2.0), K);
    const double pi = 3.14159265358979323846;
    BOOST_TEST(two.sum_eta[K] + 1.0 / (K + 1.5) == pi * pi / 6, tt::tolerance(1e-10));
}

BOOST_AUTO_TEST_CASE(bad_constants_name_the_schedule_and_value) {
    BOOST_CHECK_EXCEPTION(
        redes::ConstantSchedule(0.0), redes::ValueError, [](const redes::ValueError& e) {
            return message_is(e, "constant schedule: η = 0 must be positive and finite");
        });
    BOOST_CHECK_EXCEPTION(
        redes::LinearDecay(0.1, 0.0, 10), redes::ValueError, [](const redes::ValueError& e) {
            return message_is(e, "linear decay: η_τ = 0 must be positive and finite");
        });
    BOOST_CHECK_EXCEPTION(
        redes::LinearDecay(0.1, 0.01, 0), redes::ValueError, [](const redes::ValueError& e) {
            return message_is(e, "linear decay: horizon τ = 0 must be at least 1 step");
        });
    BOOST_CHECK_EXCEPTION(redes::InverseDecay(0.1, -5.0), redes::ValueError,
                          [](const redes::ValueError& e) {
                              return message_is(e,
                                                "1/k decay: k₀ = -5 must be positive and finite");
                          });
    BOOST_CHECK_EXCEPTION(redes::InverseDecay(0.1, 5.0, 0.0), redes::ValueError,
                          [](const redes::ValueError& e) {
                              return message_is(e, "1/k decay: p = 0 must be positive and finite");
                          });
}

BOOST_AUTO_TEST_CASE(names_show_the_constants) {
    BOOST_TEST(redes::LinearDecay(0.1, 0.001, 100).name() == "linear η₀=0.1 → η_τ=0.001 at τ=100");
    BOOST_TEST(redes::InverseDecay(0.1, 10).name() == "1/k η₀=0.1 k₀=10 p=1");
    BOOST_TEST(redes::ConstantSchedule(0.5).name() == "constant η=0.5");
}

BOOST_AUTO_TEST_SUITE_END()
