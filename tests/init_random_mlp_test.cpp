// redes/init/bias_init.hpp and random_mlp.hpp: random biases, and random networks drawn in one
// fixed order (W_ℓ row by row, then b_ℓ, layer by layer), the order the chapters drew by hand.
#include <boost/test/unit_test.hpp>

#include <cmath>
#include <limits>
#include <vector>

#include "expect_message.hpp"
#include "redes/error.hpp"
#include "redes/init/bias_init.hpp"
#include "redes/init/random_mlp.hpp"

using redes::Activation;
using redes::Matrix;
using redes::MLP;
using redes::Rng;
using redes::Vector;
namespace init = redes::init;
using redes_test::message_is;

BOOST_AUTO_TEST_SUITE(init_random_mlp)

BOOST_AUTO_TEST_CASE(normal_bias_draws_one_normal_per_entry_in_order) {
    Vector b(5);
    Rng rng(3), ref(3);
    init::normal(b, 0.3, rng, 0.5);
    for (std::size_t i = 0; i < b.size(); ++i) BOOST_TEST(b[i] == ref.normal(0.5, 0.3));
}

BOOST_AUTO_TEST_CASE(normal_bias_has_mean_mu_and_variance_s2) {
    // n = 40000 draws of N(μ, s²): the sample mean is within 5 s/√n of μ, the sample variance
    // within 5 s²·√(2/n) of s² (standard errors of the two estimators; 5σ: no flaky failure)
    const std::size_t n = 40000;
    const double mu = -0.2, s = 0.7;
    Vector b(n);
    Rng rng(11);
    init::normal(b, s, rng, mu);
    double mean = 0, var = 0;
    for (std::size_t i = 0; i < n; ++i) mean += b[i] / n;
    for (std::size_t i = 0; i < n; ++i) var += (b[i] - mean) * (b[i] - mean) / (n - 1);
    BOOST_TEST(std::abs(mean - mu) <= 5 * s / std::sqrt(double(n)));
    BOOST_TEST(std::abs(var - s * s) <= 5 * s * s * std::sqrt(2.0 / n));
}

BOOST_AUTO_TEST_CASE(zero_scale_gives_the_mean_and_keeps_the_stream_in_step) {
    Vector a(4), c(4);
    Rng ra(5), rc(5);
    init::normal(a, 0.0, ra, 0.25);
    init::normal(c, 1.0, rc);
    for (std::size_t i = 0; i < a.size(); ++i) BOOST_TEST(a[i] == 0.25);
    BOOST_TEST(ra.normal() == rc.normal());  // both took 4 draws
}

BOOST_AUTO_TEST_CASE(bad_bias_values_name_the_rule_and_the_value) {
    Vector b(2);
    Rng rng(1);
    BOOST_CHECK_EXCEPTION(init::normal(b, -0.5, rng), redes::ValueError,
                          message_is("init normal bias: scale s = -0.5 must be finite and ≥ 0"));
    BOOST_CHECK_EXCEPTION(init::normal(b, std::numeric_limits<double>::infinity(), rng),
                          redes::ValueError,
                          message_is("init normal bias: scale s = inf must be finite and ≥ 0"));
    BOOST_CHECK_EXCEPTION(init::normal(b, 1.0, rng, std::nan("")), redes::ValueError,
                          message_is("init normal bias: mean μ = nan must be finite"));
    BOOST_CHECK_EXCEPTION(init::BiasInit::constant(std::nan("")).fill(b, rng), redes::ValueError,
                          message_is("init constant: value c = nan must be finite"));
}

BOOST_AUTO_TEST_CASE(bias_rules_have_names) {
    BOOST_TEST(init::BiasInit::constant(0.1).name() == "constant c=0.1");
    BOOST_TEST(init::BiasInit::normal(0.3).name() == "normal s=0.3");
    BOOST_TEST(init::BiasInit::normal(0.3, 0.5).name() == "normal μ=0.5 s=0.3");
}

BOOST_AUTO_TEST_CASE(random_mlp_draws_what_the_chapters_drew_by_hand) {
    // chapter 12's loop: [W_ℓ]_jk ~ N(0, 1/N_{ℓ−1}) by rows, then [b_ℓ]_j ~ N(0, 0.3²)
    const std::vector<std::size_t> N{3, 5, 4, 2};
    const std::vector<Activation> sigmas{Activation::tanh(), Activation::relu(),
                                         Activation::identity()};
    Rng by_hand_rng(42), rng(42);
    MLP by_hand(N, sigmas);
    for (std::size_t ell = 1; ell <= by_hand.L(); ++ell) {
        const double s = 1.0 / std::sqrt(static_cast<double>(N[ell - 1]));
        by_hand.W(ell) = Matrix::from_function(N[ell], N[ell - 1], [&](std::size_t, std::size_t) {
            return by_hand_rng.normal(0.0, s);
        });
        by_hand.b(ell) = Vector::from_function(N[ell], [&](std::size_t) {
            return by_hand_rng.normal(0.0, 0.3);
        });
    }
    const MLP net = init::random_mlp(N, sigmas, init::WeightInit::normal_fan_in(1.0),
                                     init::BiasInit::normal(0.3), rng);
    BOOST_TEST(net.parameters() == by_hand.parameters());  // exact: the same draws
    BOOST_TEST(net.N() == N);
    BOOST_TEST(net.sigma(2).name() == "relu");
}

BOOST_AUTO_TEST_CASE(constant_bias_draws_what_initialize_draws) {
    MLP a({4, 6, 3}, Activation::relu(), Activation::identity()), b = a;
    Rng ra(8), rb(8);
    init::initialize(a, init::WeightInit::uniform(0.4), 0.1, ra);
    init::initialize(b, init::WeightInit::uniform(0.4), init::BiasInit::constant(0.1), rb);
    BOOST_TEST(a.parameters() == b.parameters());
    BOOST_TEST(b.b(1)[0] == 0.1);
    Rng rc(8);
    const MLP c =
        init::random_mlp({4, 6, 3}, Activation::relu(), Activation::identity(),
                         init::WeightInit::uniform(0.4), init::BiasInit::constant(0.1), rc);
    BOOST_TEST(c.parameters() == a.parameters());
}

BOOST_AUTO_TEST_CASE(different_seeds_give_different_networks) {
    Rng r1(1), r2(2);
    const auto w = init::WeightInit::normal(1.0);
    const auto bias = init::BiasInit::normal(0.5);
    const MLP a =
        init::random_mlp({2, 3, 1}, Activation::tanh(), Activation::identity(), w, bias, r1);
    const MLP b =
        init::random_mlp({2, 3, 1}, Activation::tanh(), Activation::identity(), w, bias, r2);
    BOOST_TEST(!(a.parameters() == b.parameters()));
}

BOOST_AUTO_TEST_SUITE_END()
