// The efficient (batched) backprop path: equal to the literal path to 1e-12 and to central
// differences below 1e-7 for every layer, activation and cost; its named steps; fresh results.
#include <boost/test/unit_test.hpp>

#include "backprop_fixtures.hpp"
#include "redes/backprop/efficient.hpp"
#include "redes/backprop/gradient_check.hpp"
#include "redes/backprop/literal.hpp"
#include "redes/error.hpp"
#include "redes/risk/empirical_risk.hpp"

namespace tt = boost::test_tools;
using namespace redes;
using namespace redes_test;

BOOST_AUTO_TEST_SUITE(efficient_backprop_suite)

BOOST_AUTO_TEST_CASE(equals_the_literal_path) {
    Rng rng(31);
    double worst = 0.0;
    for (const Activation& a : all_activations())
        for (const Cost& J : {Cost::quadratic(), Cost::cross_entropy()}) {
            const MLP net = random_mlp({4, 6, 5, 3}, a, rng);
            const Matrix X = random_matrix(4, 7, rng), Y = targets(J, 3, 7, rng);
            const MLPGradient e = efficient_backprop(net, J, X, Y),
                              l = literal_backprop(net, J, X, Y);
            for (std::size_t k = 0; k < 3; ++k) {
                BOOST_TEST_INFO(a.name() << ", " << J.name() << ", layer " << k + 1);
                BOOST_TEST(relative_error(flatten(e.dW[k]), flatten(l.dW[k])) < 1e-12);
                BOOST_TEST(relative_error(e.db[k], l.db[k]) < 1e-12);
            }
            worst = std::max(worst, max_group_error(e, l));
        }
    BOOST_TEST_MESSAGE("efficient vs literal: largest group relative error " << worst);
}

BOOST_AUTO_TEST_CASE(equals_finite_differences_in_every_layer) {
    // A mixed net too: σ changes from layer to layer, as the notes allow.
    Rng rng(32);
    std::vector<std::vector<Activation>> nets;
    for (const Activation& a : all_activations()) nets.push_back({a, a, a});
    nets.push_back({Activation::tanh(), Activation::relu(), Activation::identity()});
    double worst = 0.0;
    for (const auto& sigmas : nets)
        for (const Cost& J : {Cost::quadratic(), Cost::cross_entropy()}) {
            const MLP net = random_mlp({3, 5, 4, 2}, sigmas, rng);
            const Matrix X = random_matrix(3, 6, rng), Y = targets(J, 2, 6, rng);
            const GradientCheck check =
                check_gradient(net, J, X, Y, efficient_backprop(net, J, X, Y));
            BOOST_TEST_INFO(sigmas[0].name() << "/" << sigmas[1].name() << ", " << J.name() << "\n"
                                             << check);
            BOOST_TEST(check.passed());
            for (const GroupCheck& g : check.groups) {
                BOOST_TEST(g.relative_error < 1e-7);
                BOOST_TEST(g.checked > 0u);
                worst = std::max(worst, g.relative_error);
            }
        }
    BOOST_TEST_MESSAGE("efficient vs finite differences: largest group relative error " << worst);
}

BOOST_AUTO_TEST_CASE(the_named_steps) {
    Rng rng(33);
    const MLP net = random_mlp({3, 4, 2}, {Activation::sigmoid(), Activation::identity()}, rng);
    const Matrix X = random_matrix(3, 5, rng), Y = random_matrix(2, 5, rng);
    const BatchForward c = batch_forward(net, X);
    BOOST_TEST(c.Z.size() == 3u);
    BOOST_TEST(c.Z[0].size() == 0u);  // there is no z_0
    BOOST_TEST(c.X[0] == X);
    BOOST_TEST(c.X[2] == net.forward(X));
    BOOST_TEST(c.Z[1] == add_to_columns(net.W(1) * X, net.b(1)));
    const Matrix delta_2 =
        output_delta(net.sigma(2), c.Z[2], Cost::quadratic().g_J_prime(c.X[2], Y));
    BOOST_TEST(delta_2 == Cost::quadratic().g_J_prime(c.X[2], Y));  // identity: σ′ = 1
    const Matrix dX_1 = input_gradient(net.W(2), delta_2);          // W_2ᵀ δ_2
    BOOST_TEST(dX_1.rows() == 4u);
    BOOST_TEST(dX_1.cols() == 5u);
    const Matrix delta_1 = hidden_delta(dX_1, net.sigma(1), c.Z[1]);
    for (std::size_t k = 0; k < delta_1.size(); ++k)
        BOOST_TEST(delta_1.data()[k] ==
                   dX_1.data()[k] * Activation::sigmoid().sigma_prime(c.Z[1].data()[k]));
    // One sample: δ xᵀ; a batch: the mean over its columns.
    const Vector d{1.0, -2.0}, x{3.0, 0.5, -1.0};
    BOOST_TEST(weight_gradient(Matrix::from_columns({d}), Matrix::from_columns({x})) ==
               outer(d, x));
    BOOST_TEST(bias_gradient(Matrix{{1.0, 3.0}, {-2.0, 0.0}}) == (Vector{2.0, -1.0}));
    BOOST_CHECK_THROW(bias_gradient(Matrix(2, 0)), ValueError);
}

BOOST_AUTO_TEST_CASE(risk_comes_with_the_gradient_and_nothing_accumulates) {
    Rng rng(34);
    const MLP net = random_mlp({2, 3, 2}, Activation::tanh(), rng);
    const Cost J = Cost::cross_entropy();
    const Matrix X = random_matrix(2, 4, rng), Y = one_hot(2, 4);
    const RiskAndGradient r = risk_and_gradient(net, J, X, Y);
    BOOST_TEST(r.R_hat == empirical_risk(net, J, X, Y), tt::tolerance(1e-15));
    const MLPGradient first = efficient_backprop(net, J, X, Y);
    (void)efficient_backprop(net, J, random_matrix(2, 9, rng), one_hot(2, 9));  // another batch
    const MLPGradient again = efficient_backprop(net, J, X, Y);
    BOOST_TEST(again.flatten() == first.flatten());  // a second call does not double anything
    BOOST_TEST(first.flatten() == r.gradient.flatten());
}

BOOST_AUTO_TEST_CASE(bad_shapes_are_refused) {
    const MLP net({2, 3, 1}, Activation::tanh(), Activation::identity());
    BOOST_CHECK_EXCEPTION(efficient_backprop(net, Cost::quadratic(), Matrix(2, 3), Matrix(2, 3)),
                          ShapeError, [](const ShapeError& e) {
                              return std::string(e.what()) ==
                                     "efficient_backprop: batch X (2×3) and targets Y (2×3) for a "
                                     "network 2 → 1 (need N_0×M and N_L×M)";
                          });
    BOOST_CHECK_THROW(efficient_backprop(net, Cost::quadratic(), Matrix(2, 0), Matrix(1, 0)),
                      ValueError);
    BOOST_CHECK_THROW(batch_forward(net, Matrix(4, 2)), ShapeError);
}

BOOST_AUTO_TEST_SUITE_END()
