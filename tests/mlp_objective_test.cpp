// MLPObjective: the MLP's empirical risk as an Objective for SGD. Its batch risk and gradient
// must equal the library's empirical risk and central finite differences on the same batch.
#include <boost/test/unit_test.hpp>

#include "redes/backprop/finite_differences.hpp"
#include "redes/backprop/gradient_check.hpp"
#include "redes/error.hpp"
#include "redes/init/initializer.hpp"
#include "redes/linalg/select.hpp"
#include "redes/optim/make_optimizer.hpp"
#include "redes/optim/mlp_objective.hpp"
#include "redes/optim/sgd.hpp"
#include "redes/risk/empirical_risk.hpp"
#include "redes/stats/rng.hpp"

namespace tt = boost::test_tools;
using namespace redes;

namespace {
struct Problem {
    MLP net{{2, 5, 1}, Activation::tanh(), Activation::identity()};
    Matrix X{{0, 0, 1, 1, 0.5, 0.2}, {0, 1, 0, 1, 0.3, 0.9}};
    Matrix Y{{0, 1, 1, 0, 0.4, 0.8}};
    Problem() {
        Rng rng(7);
        init::initialize(net, init::WeightInit::normal(0.8), 0.0, rng);
    }
};
}  // namespace

BOOST_AUTO_TEST_SUITE(mlp_objective)

BOOST_AUTO_TEST_CASE(select_columns_picks_in_order_and_checks_indices) {
    const Matrix A{{1, 2, 3}, {4, 5, 6}};
    const Matrix S = select_columns(A, {2, 0, 2});
    BOOST_TEST(S == (Matrix{{3, 1, 3}, {6, 4, 6}}));
    BOOST_CHECK_EXCEPTION(select_columns(A, {1, 3}), IndexError, [](const IndexError& e) {
        return std::string(e.what()) == "select_columns: column 3 outside (2×3)";
    });
}

BOOST_AUTO_TEST_CASE(batch_risk_and_gradient_match_empirical_risk_and_finite_differences) {
    Problem p;
    const MLPObjective R(p.net, Cost::quadratic(), p.X, p.Y);
    const std::vector<std::size_t> B{4, 1, 3};
    const Vector theta = p.net.parameters();
    Vector g;
    const double R_B = R.risk_and_gradient(theta, B, g);
    BOOST_TEST(R_B == empirical_risk(p.net, Cost::quadratic(), select_columns(p.X, B),
                                     select_columns(p.Y, B)),
               tt::tolerance(1e-14));
    BOOST_TEST(R.risk(theta, B) == R_B, tt::tolerance(1e-14));
    const Vector n = numerical_gradient([&](const Vector& t) { return R.risk(t, B); }, theta);
    BOOST_TEST(norm(g) > 0.0);
    BOOST_TEST(relative_error(g, n) < 1e-8);
}

BOOST_AUTO_TEST_CASE(sgd_lowers_the_risk_of_an_mlp) {
    Problem p;
    const MLPObjective R(p.net, Cost::quadratic(), p.X, p.Y);
    Vector theta = p.net.parameters();
    const double before = R.empirical_risk(theta);
    Rng rng(3);
    SGDOptions opt;
    opt.epochs = 200;
    opt.batch_size = 3;
    opt.progress = Progress::quiet;
    sgd(R, theta, *make_optimizer("adam", 0.02), rng, opt);
    BOOST_TEST(R.empirical_risk(theta) < 0.1 * before);
}

BOOST_AUTO_TEST_CASE(shapes_that_do_not_fit_the_network_are_refused) {
    Problem p;
    BOOST_CHECK_THROW(MLPObjective(p.net, Cost::quadratic(), p.Y, p.Y), ShapeError);
}

BOOST_AUTO_TEST_SUITE_END()
