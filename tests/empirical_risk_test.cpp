// R̂ = (1/M) Σ_m J(f(x_m); y_m) for a model given as a function, as a batch function, an MLP.
#include <boost/test/unit_test.hpp>

#include <cmath>

#include "backprop_fixtures.hpp"
#include "redes/error.hpp"
#include "redes/risk/empirical_risk.hpp"

namespace tt = boost::test_tools;
using namespace redes;

BOOST_AUTO_TEST_SUITE(empirical_risk_suite)

BOOST_AUTO_TEST_CASE(mean_of_the_costs_for_a_function_model) {
    // f(x) = 2x on x = 1, 2, 3 with y = 2, 4, 7: J = 0, 0, 1, so R̂ = 1/3.
    const Model f = [](const Vector& x) { return 2.0 * x; };
    const std::vector<Vector> x{{1.0}, {2.0}, {3.0}}, y{{2.0}, {4.0}, {7.0}};
    BOOST_TEST(empirical_risk(f, Cost::quadratic(), x, y) == 1.0 / 3.0);
    const Matrix X{{1.0, 2.0, 3.0}}, Y{{2.0, 4.0, 7.0}};
    BOOST_TEST(empirical_risk(f, Cost::quadratic(), X, Y) == 1.0 / 3.0);
    const BatchModel F = [](const Matrix& A) { return 2.0 * A; };
    BOOST_TEST(empirical_risk_batch(F, Cost::quadratic(), X, Y) == 1.0 / 3.0);
}

BOOST_AUTO_TEST_CASE(an_mlp_gives_the_same_risk_as_its_forward_function) {
    Rng rng(11);
    const MLP net = redes_test::random_mlp({3, 4, 2}, Activation::tanh(), rng);
    const Matrix X = redes_test::random_matrix(3, 7, rng);
    for (const Cost& J : {Cost::quadratic(), Cost::cross_entropy()}) {
        const Matrix Y = redes_test::targets(J, 2, 7, rng);
        const double per_sample =
            empirical_risk([&](const Vector& x) { return net.forward(x); }, J, X, Y);
        BOOST_TEST(empirical_risk(net, J, X, Y) == per_sample, tt::tolerance(1e-14));
        // R̂(θ) at the net's own θ is the same number; the net itself is not touched.
        const auto R_hat = empirical_risk_function(net, J, X, Y);
        const Vector theta = net.parameters();
        BOOST_TEST(R_hat(theta) == per_sample, tt::tolerance(1e-14));
        BOOST_TEST(R_hat(theta * 0.5) != per_sample);
        BOOST_TEST(net.parameters() == theta);
    }
}

BOOST_AUTO_TEST_CASE(risk_is_a_function_of_the_D_parameters_not_of_the_M_samples) {
    // The notes write R̂: R^M → R and ∇_θ R̂ ∈ R^M with M the number of samples; R̂(θ) takes
    // θ ∈ R^D, D = Σ_ℓ N_ℓ (N_{ℓ−1} + 1), whatever M is.
    Rng rng(12);
    const MLP net = redes_test::random_mlp({2, 3, 1}, Activation::tanh(), rng);
    const std::size_t M = 7, D = net.num_parameters();
    BOOST_TEST(D == 13u);
    const Matrix X = redes_test::random_matrix(2, M, rng), Y = redes_test::random_matrix(1, M, rng);
    const auto R_hat = empirical_risk_function(net, Cost::quadratic(), X, Y);
    BOOST_TEST(std::isfinite(R_hat(net.parameters())));
    BOOST_CHECK_EXCEPTION(R_hat(Vector(M)), ShapeError, [](const ShapeError& e) {
        return std::string(e.what()) == "MLP::set_parameters: θ of size 7, the network has D = 13";
    });
}

BOOST_AUTO_TEST_CASE(bad_batches_are_refused) {
    const Model f = [](const Vector& x) { return x; };
    BOOST_CHECK_EXCEPTION(empirical_risk(f, Cost::quadratic(), std::vector<Vector>{},
                                         std::vector<Vector>{}),
                          ValueError, [](const ValueError& e) {
                              return std::string(e.what()) == "empirical_risk: M = 0 samples";
                          });
    BOOST_CHECK_EXCEPTION(empirical_risk(f, Cost::quadratic(), std::vector<Vector>{{1.0}, {2.0}},
                                         std::vector<Vector>{{1.0}}),
                          ShapeError, [](const ShapeError& e) {
                              return std::string(e.what()) ==
                                     "empirical_risk: 2 samples but 1 targets";
                          });
    BOOST_CHECK_EXCEPTION(empirical_risk(f, Cost::quadratic(), Matrix(1, 3), Matrix(1, 2)),
                          ShapeError, [](const ShapeError& e) {
                              return std::string(e.what()) ==
                                     "empirical_risk: samples X (1×3) and targets Y (1×2) have "
                                     "different M (columns)";
                          });
    const MLP net({2, 1}, {Activation::identity()});
    BOOST_CHECK_THROW(empirical_risk(net, Cost::quadratic(), Matrix(3, 2), Matrix(1, 2)),
                      ShapeError);
}

BOOST_AUTO_TEST_SUITE_END()
