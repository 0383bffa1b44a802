// One OptimizerSpec builds every optimizer: names round-trip with name(), the constants given
// reach the optimizer, the ones not given are those of defaults.hpp, and describe() prints them.
#include <boost/test/unit_test.hpp>

#include <cmath>

#include "expect_message.hpp"
#include "redes/error.hpp"
#include "redes/optim/adagrad.hpp"
#include "redes/optim/adam.hpp"
#include "redes/optim/delta_placement.hpp"
#include "redes/optim/effective_rate.hpp"
#include "redes/optim/make_optimizer.hpp"
#include "redes/optim/momentum.hpp"
#include "redes/optim/rmsprop.hpp"

using redes::OptimizerSpec;
using redes::Vector;
using redes_test::message_is;

BOOST_AUTO_TEST_SUITE(optim_spec)

BOOST_AUTO_TEST_CASE(every_name_round_trips_through_name) {
    for (const std::string& n : redes::optimizer_names()) {
        BOOST_TEST(redes::make_optimizer(n, 0.1)->name() == n);
        // and the name an optimizer reports builds the same kind again
        BOOST_TEST(redes::make_optimizer(redes::make_optimizer(n, 0.1)->name(), 0.1)->name() == n);
    }
}

BOOST_AUTO_TEST_CASE(given_constants_reach_the_optimizer) {
    OptimizerSpec s;
    s.eta = 0.25;
    s.name = "momentum_pytorch";
    s.alpha = 0.5;
    const auto m = redes::make_optimizer(s);
    const auto& mom = dynamic_cast<const redes::Momentum&>(*m);
    BOOST_TEST(mom.eta() == 0.25);
    BOOST_TEST(mom.alpha() == 0.5);
    BOOST_TEST((mom.form() == redes::MomentumForm::pytorch));

    s.name = "rmsprop_pytorch";
    s.rho = 0.8;
    s.delta = 1e-3;
    const auto r = redes::make_optimizer(s);
    const auto& rms = dynamic_cast<const redes::RMSProp&>(*r);
    BOOST_TEST(rms.rho() == 0.8);
    BOOST_TEST(rms.delta() == 1e-3);
    BOOST_TEST((rms.delta_placement() == redes::DeltaPlacement::outside_sqrt));

    s.name = "adam";
    s.rho1 = 0.7;
    s.rho2 = 0.99;
    const auto a = redes::make_optimizer(s);
    const auto& adam = dynamic_cast<const redes::Adam&>(*a);
    BOOST_TEST(adam.rho1() == 0.7);
    BOOST_TEST(adam.rho2() == 0.99);
    BOOST_TEST(adam.delta() == 1e-3);
}

// A spec without constants gives what the classes' own default arguments give: one set of
// defaults, not two that could drift apart.
BOOST_AUTO_TEST_CASE(defaults_are_those_of_the_classes) {
    namespace d = redes::optimizer_defaults;
    const auto m = redes::make_optimizer("momentum", 0.1);
    BOOST_TEST(dynamic_cast<const redes::Momentum&>(*m).alpha() == redes::Momentum(0.1).alpha());
    BOOST_TEST(redes::Momentum(0.1).alpha() == d::alpha);
    const auto g = redes::make_optimizer("adagrad", 0.1);
    BOOST_TEST(dynamic_cast<const redes::AdaGrad&>(*g).delta() == redes::AdaGrad(0.1).delta());
    BOOST_TEST(redes::AdaGrad(0.1).delta() == d::delta_adagrad);
    const auto r = redes::make_optimizer("rmsprop", 0.1);
    BOOST_TEST(dynamic_cast<const redes::RMSProp&>(*r).delta() == d::delta_rmsprop);
    BOOST_TEST(dynamic_cast<const redes::RMSProp&>(*r).rho() == redes::RMSProp(0.1).rho());
    const auto a = redes::make_optimizer("adam", 0.1);
    const auto& adam = dynamic_cast<const redes::Adam&>(*a);
    BOOST_TEST(adam.delta() == redes::Adam(0.1).delta());
    BOOST_TEST(adam.rho2() == d::rho2);
    BOOST_TEST(redes::default_delta("gd") == 0.0);
}

BOOST_AUTO_TEST_CASE(describe_names_the_constants_in_use) {
    OptimizerSpec s;
    s.name = "adam";
    s.eta = 0.001;
    BOOST_TEST(redes::describe(s) == "adam η = 0.001, ρ₁ = 0.9, ρ₂ = 0.999, δ = 1e-08");
    s.name = "rmsprop";
    s.delta = 1e-4;
    BOOST_TEST(redes::describe(s) == "rmsprop η = 0.001, ρ = 0.9, δ = 0.0001");
    s.name = "momentum";
    BOOST_TEST(redes::describe(s) == "momentum η = 0.001, α = 0.9");
    s.name = "gd";
    BOOST_TEST(redes::describe(s) == "gd η = 0.001");
    s.name = "nadam";
    BOOST_CHECK_EXCEPTION(redes::describe(s), redes::ValueError,
                          message_is("make_optimizer: unknown optimizer \"nadam\" (known: gd, "
                                     "momentum, momentum_pytorch, adagrad, rmsprop, "
                                     "rmsprop_pytorch, adam)"));
}

// The rate is a virtual of Optimizer: through the base class it is the adaptive optimizer's own.
BOOST_AUTO_TEST_CASE(effective_rate_through_the_base_class) {
    const auto opt = redes::make_optimizer("adagrad", 0.5);
    Vector theta{1.0, 1.0};
    opt->step(theta, Vector{3.0, 4.0});
    const Vector rate = opt->effective_rate();  // η/(δ + √r), r = g²
    BOOST_TEST(rate[0] == 0.5 / (1e-7 + 3.0), boost::test_tools::tolerance(1e-15));
    BOOST_TEST(rate[1] == 0.5 / (1e-7 + 4.0), boost::test_tools::tolerance(1e-15));
    const auto gd = redes::make_optimizer("gd", 0.5);
    BOOST_CHECK_EXCEPTION(
        redes::effective_rate(*gd), redes::ValueError,
        message_is("effective_rate: gd has no per-coordinate rate (every coordinate moves with "
                   "η = 0.5)"));
}

// δ inside the root: √(δ + r); outside: δ + √r. At r = 0 they are √δ and δ.
BOOST_AUTO_TEST_CASE(delta_denominator_places_delta) {
    BOOST_TEST(redes::delta_denominator(0.0, 1e-6, redes::DeltaPlacement::inside_sqrt) ==
               std::sqrt(1e-6));
    BOOST_TEST(redes::delta_denominator(0.0, 1e-6, redes::DeltaPlacement::outside_sqrt) == 1e-6);
    BOOST_TEST(redes::delta_denominator(4.0, 0.5, redes::DeltaPlacement::inside_sqrt) ==
               std::sqrt(4.5));
    BOOST_TEST(redes::delta_denominator(4.0, 0.5, redes::DeltaPlacement::outside_sqrt) == 2.5);
}

BOOST_AUTO_TEST_SUITE_END()
