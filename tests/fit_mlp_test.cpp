// fit_mlp (src/redes/optim/fit_mlp.hpp): the same θ, to the bit, as sgd() on an MLPObjective
// by hand; the validation risk recorded when asked; the net untouched when training fails.
#include <boost/test/unit_test.hpp>

#include "data_test_helpers.hpp"
#include "redes/error.hpp"
#include "redes/init/initializer.hpp"
#include "redes/optim/adam.hpp"
#include "redes/optim/fit_mlp.hpp"
#include "redes/optim/mlp_objective.hpp"
#include "redes/optim/optimizer.hpp"
#include "redes/risk/empirical_risk.hpp"

using namespace redes;
using redes_test::message_has;

namespace {
struct Problem {
    MLP net{{3, 8, 2}, Activation::relu(), Activation::identity()};
    Matrix X, Y, X_val, Y_val;
    Problem() {
        Rng rng(3);
        init::initialize(net, init::WeightInit::normal_fan_in(1.4), 0.1, rng);
        auto make = [&](std::size_t M, Matrix& X_, Matrix& Y_) {
            X_ = Matrix(3, M);
            Y_ = Matrix(2, M);
            for (std::size_t m = 0; m < M; ++m) {
                for (std::size_t i = 0; i < 3; ++i) X_(i, m) = rng.normal();
                Y_(X_(0, m) * X_(1, m) > 0 ? 1 : 0, m) = 1.0;  // an XOR-like rule
            }
        };
        make(60, X, Y);
        make(20, X_val, Y_val);
    }
};
}  // namespace

BOOST_AUTO_TEST_SUITE(fit_mlp_suite)

BOOST_AUTO_TEST_CASE(same_theta_as_sgd_by_hand) {
    Problem p;
    SGDOptions o;
    o.epochs = 5;
    o.batch_size = 7;
    o.progress = Progress::quiet;

    MLP net = p.net;
    Adam adam1(0.01);
    Rng rng1(42);
    const SGDHistory h1 = fit_mlp(net, Cost::cross_entropy(), p.X, p.Y, adam1, rng1, o);

    const MLPObjective R(p.net, Cost::cross_entropy(), p.X, p.Y);
    Vector theta = p.net.parameters();
    Adam adam2(0.01);
    Rng rng2(42);
    const SGDHistory h2 = sgd(R, theta, adam2, rng2, o);

    BOOST_TEST(net.parameters() == theta);  // bit for bit
    BOOST_TEST(h1.epoch_train_risk == h2.epoch_train_risk);
    BOOST_TEST(h1.epoch_validation_risk.empty());
    BOOST_TEST(h1.epoch_train_risk.back() < h1.epoch_train_risk.front());
}

BOOST_AUTO_TEST_CASE(records_the_validation_risk) {
    Problem p;
    SGDOptions o;
    o.epochs = 3;
    o.batch_size = 10;
    o.progress = Progress::quiet;
    MLP net = p.net;
    Adam adam(0.01);
    Rng rng(1);
    const SGDHistory h =
        fit_mlp(net, Cost::cross_entropy(), p.X, p.Y, adam, rng, o, &p.X_val, &p.Y_val);
    BOOST_TEST(h.epoch_validation_risk.size() == 4u);
    BOOST_TEST(h.epoch_validation_risk.front() ==
               empirical_risk(p.net, Cost::cross_entropy(), p.X_val, p.Y_val));
    BOOST_TEST(h.epoch_validation_risk.back() ==
               empirical_risk(net, Cost::cross_entropy(), p.X_val, p.Y_val));
    BOOST_CHECK_EXCEPTION(fit_mlp(net, Cost::cross_entropy(), p.X, p.Y, adam, rng, o, &p.X_val,
                                  nullptr),
                          ValueError, message_has({"fit_mlp", "both"}));
}

BOOST_AUTO_TEST_CASE(a_failed_training_leaves_the_net_as_it_was) {
    Problem p;
    MLP net({3, 8, 2}, Activation::relu(), Activation::identity());
    net.set_parameters(p.net.parameters());
    SGDOptions o;
    o.epochs = 50;
    o.batch_size = 60;
    o.progress = Progress::quiet;
    GradientDescent gd(1e3);  // far too large for the quadratic cost: θ explodes to Inf/NaN
    Rng rng(1);
    BOOST_CHECK_EXCEPTION(fit_mlp(net, Cost::quadratic(), p.X, p.Y, gd, rng, o), DivergenceError,
                          message_has({"sgd", "lower the learning rate"}));
    BOOST_TEST(net.parameters() == p.net.parameters());
}

BOOST_AUTO_TEST_SUITE_END()
