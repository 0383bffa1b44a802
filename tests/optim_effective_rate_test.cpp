// effective_rate: the per-coordinate rate an adaptive optimizer applied in its last step. It must be
// the factor that turned g_k (Adam: ŝ) into the step θ_k − θ_{k+1}, and follow each box's formula.
#include <boost/test/unit_test.hpp>

#include <cmath>
#include <string>

#include "redes/error.hpp"
#include "redes/optim/effective_rate.hpp"

namespace tt = boost::test_tools;
using redes::Vector;

namespace {

// A few gradients of different sizes per coordinate (one of them 0 at first, then not).
Vector gradient_at(int k) {
    return Vector{std::cos(0.7 * k) * 3.0, k < 2 ? 0.0 : 0.01 * k, -1.5 + 0.2 * k};
}

// θ_k − θ_{k+1} = rate ⊙ g_k coordinate by coordinate; the step's own rounding is one ulp of θ.
void check_step_is_rate_times(const Vector& before, const Vector& after, const Vector& rate,
                              const Vector& g) {
    for (std::size_t i = 0; i < g.size(); ++i)
        BOOST_TEST(before[i] - after[i] == rate[i] * g[i],
                   tt::tolerance(1e-12 + 4e-16 * std::abs(before[i]) /
                                             std::max(std::abs(rate[i] * g[i]), 1e-300)));
}

}  // namespace

BOOST_AUTO_TEST_SUITE(optim_effective_rate)

BOOST_AUTO_TEST_CASE(adagrad_rate_is_eta_over_delta_plus_root_of_the_sum_and_never_rises) {
    redes::AdaGrad opt(0.5, 1e-7);
    Vector theta{1.0, 2.0, 3.0}, sum_g2(3), previous;
    for (int k = 0; k < 30; ++k) {
        const Vector g = gradient_at(k), before = theta;
        opt.step(theta, g);
        const Vector rate = redes::effective_rate(opt);
        for (std::size_t i = 0; i < 3; ++i) {
            sum_g2[i] += g[i] * g[i];
            BOOST_TEST(rate[i] == 0.5 / (1e-7 + std::sqrt(sum_g2[i])), tt::tolerance(1e-14));
            if (!previous.empty()) BOOST_TEST(rate[i] <= previous[i]);  // r only grows
        }
        check_step_is_rate_times(before, theta, rate, g);
        previous = rate;
    }
}

BOOST_AUTO_TEST_CASE(rmsprop_rate_follows_the_moving_average_in_both_placements) {
    for (auto where : {redes::DeltaPlacement::inside_sqrt, redes::DeltaPlacement::outside_sqrt}) {
        redes::RMSProp opt(0.01, 0.9, 1e-6, where);
        Vector theta{1.0, 2.0, 3.0}, r(3);
        bool rose = false;
        Vector previous;
        for (int k = 0; k < 30; ++k) {
            const Vector g = gradient_at(k), before = theta;
            opt.step(theta, g);
            const Vector rate = redes::effective_rate(opt);
            for (std::size_t i = 0; i < 3; ++i) {
                r[i] = 0.9 * r[i] + 0.1 * g[i] * g[i];
                const double expected = where == redes::DeltaPlacement::inside_sqrt
                                            ? 0.01 / std::sqrt(1e-6 + r[i])
                                            : 0.01 / (1e-6 + std::sqrt(r[i]));
                BOOST_TEST(rate[i] == expected, tt::tolerance(1e-14));
                if (!previous.empty() && rate[i] > previous[i]) rose = true;
            }
            check_step_is_rate_times(before, theta, rate, g);
            previous = rate;
        }
        BOOST_TEST(
            rose);  // a moving average forgets: the rate rises when |g| shrinks (here coordinate 0)
    }
}

BOOST_AUTO_TEST_CASE(adam_rate_uses_the_bias_corrected_second_moment) {
    redes::Adam opt(0.1);
    Vector theta{1.0, 2.0, 3.0}, s(3), r(3);
    for (int k = 0; k < 20; ++k) {
        const Vector g = gradient_at(k), before = theta;
        opt.step(theta, g);
        const Vector rate = redes::effective_rate(opt);
        Vector s_hat(3);
        for (std::size_t i = 0; i < 3; ++i) {
            s[i] = 0.9 * s[i] + 0.1 * g[i];
            r[i] = 0.999 * r[i] + 0.001 * g[i] * g[i];
            s_hat[i] = s[i] / (1 - std::pow(0.9, k + 1));
            const double r_hat = r[i] / (1 - std::pow(0.999, k + 1));
            BOOST_TEST(rate[i] == 0.1 / (1e-8 + std::sqrt(r_hat)), tt::tolerance(1e-12));
        }
        check_step_is_rate_times(before, theta, rate, s_hat);  // Adam's rate multiplies ŝ, not g
    }
}

BOOST_AUTO_TEST_CASE(before_the_first_step_there_is_no_rate) {
    redes::AdaGrad a(0.1);
    redes::RMSProp r(0.1);
    redes::Adam m(0.1);
    auto names = [](const std::string& who) {
        return [who](const redes::ValueError& e) {
            const std::string w = e.what();
            return w.find("effective_rate") != std::string::npos &&
                   w.find(who) != std::string::npos && w.find("no step yet") != std::string::npos;
        };
    };
    BOOST_CHECK_EXCEPTION(redes::effective_rate(a), redes::ValueError, names("adagrad"));
    BOOST_CHECK_EXCEPTION(redes::effective_rate(r), redes::ValueError, names("rmsprop"));
    BOOST_CHECK_EXCEPTION(redes::effective_rate(m), redes::ValueError, names("adam"));
    Vector theta{1.0};
    m.step(theta, Vector{1.0});
    m.reset();
    BOOST_CHECK_THROW(redes::effective_rate(m), redes::ValueError);
}

BOOST_AUTO_TEST_SUITE_END()
