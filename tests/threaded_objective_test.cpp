// ThreadedObjective (src/redes/optim/threaded_objective.hpp): the batch gradient computed by T
// threads over fixed chunks is the same, bit for bit, for every T, and equals the one-call batch
// gradient up to rounding.
#include <boost/test/unit_test.hpp>

#include <string>
#include <vector>

#include "redes/error.hpp"
#include "redes/init/initializer.hpp"
#include "redes/optim/make_optimizer.hpp"
#include "redes/optim/mlp_objective.hpp"
#include "redes/optim/sgd.hpp"
#include "redes/optim/threaded_objective.hpp"
#include "redes/stats/rng.hpp"

namespace tt = boost::test_tools;
using namespace redes;

namespace {

struct Problem {
    MLP net{{4, 7, 3}, Activation::relu(), Activation::identity()};
    Matrix X = Matrix(4, 90), Y = Matrix(3, 90);
    Problem() {
        Rng rng(12);
        for (std::size_t m = 0; m < 90; ++m) {
            for (std::size_t i = 0; i < 4; ++i) X(i, m) = rng.normal();
            for (std::size_t k = 0; k < 3; ++k) Y(k, m) = X(k, m) * X(k + 1, m);
        }
        init::initialize(net, init::WeightInit::normal(0.5), 0.1, rng);
    }
};

std::vector<std::size_t> first(std::size_t n) {
    std::vector<std::size_t> b(n);
    for (std::size_t m = 0; m < n; ++m)
        b[m] = (7 * m) % 90;  // scattered, distinct (gcd(7, 90) = 1)
    return b;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(threaded_objective)

BOOST_AUTO_TEST_CASE(every_thread_count_gives_the_same_bits) {
    Problem p;
    const MLPObjective R(p.net, Cost::quadratic(), p.X, p.Y);
    const Vector theta = p.net.parameters();
    for (std::size_t n : {1u, 5u, 16u, 17u, 33u, 90u}) {
        const auto B = first(n);
        const ThreadedObjective one(R, 1, 8);
        Vector g1;
        const double R1 = one.risk_and_gradient(theta, B, g1);
        for (std::size_t T : {2u, 3u, 8u}) {
            const ThreadedObjective many(R, T, 8);
            Vector gT;
            const double RT = many.risk_and_gradient(theta, B, gT);
            BOOST_TEST(RT == R1);  // exact: the same chunks, summed in the same order
            BOOST_TEST(gT == g1);
            BOOST_TEST(many.gradient(theta, B) == g1);
            BOOST_TEST(many.risk(theta, B) == R1);
        }
        // … and the same value as one call on the whole batch, up to rounding
        Vector g;
        const double R_B = R.risk_and_gradient(theta, B, g);
        BOOST_TEST(R1 == R_B, tt::tolerance(1e-13));
        BOOST_TEST(norm(g1 - g) <= 1e-13 * norm(g));
        BOOST_TEST(norm(g) > 0.0);
    }
}

BOOST_AUTO_TEST_CASE(a_batch_within_one_chunk_is_exactly_the_inner_objective) {
    Problem p;
    const MLPObjective R(p.net, Cost::quadratic(), p.X, p.Y);
    const Vector theta = p.net.parameters();
    const ThreadedObjective RT(R, 4, 16);
    const auto B = first(16);
    BOOST_TEST(RT.gradient(theta, B) == R.gradient(theta, B));
    BOOST_TEST(RT.risk(theta, B) == R.risk(theta, B));
    BOOST_TEST(RT.threads_used(16) == 1u);
    BOOST_TEST(RT.threads_used(17) == 2u);
    BOOST_TEST(RT.threads_used(90) == 4u);
    BOOST_TEST(RT.M() == 90u);
}

// A whole SGD run with 1 and with 2 threads: the same θ at the end, bit for bit.
BOOST_AUTO_TEST_CASE(sgd_with_one_or_two_threads_trains_the_same_network) {
    Problem p;
    const MLPObjective R(p.net, Cost::quadratic(), p.X, p.Y);
    Vector theta[2];
    for (std::size_t T : {1u, 2u}) {
        const ThreadedObjective RT(R, T, 8);
        theta[T - 1] = p.net.parameters();
        Rng rng(3);
        SGDOptions o;
        o.epochs = 3;
        o.batch_size = 30;
        o.progress = Progress::quiet;
        const auto h = sgd(RT, theta[T - 1], *make_optimizer("gd", 0.05), rng, o);
        BOOST_TEST(h.epoch_train_risk.back() < h.epoch_train_risk.front());
    }
    BOOST_TEST(theta[0] == theta[1]);
}

BOOST_AUTO_TEST_CASE(bad_arguments_and_errors_inside_a_thread) {
    Problem p;
    const MLPObjective R(p.net, Cost::quadratic(), p.X, p.Y);
    BOOST_CHECK_EXCEPTION(ThreadedObjective(R, 0), ValueError, [](const ValueError& e) {
        return std::string(e.what()) == "ThreadedObjective: threads = 0 must be at least 1";
    });
    BOOST_CHECK_EXCEPTION(ThreadedObjective(R, 2, 0), ValueError, [](const ValueError& e) {
        return std::string(e.what()) == "ThreadedObjective: chunk_size = 0 must be at least 1";
    });
    const ThreadedObjective RT(R, 2, 4);
    BOOST_CHECK_THROW(RT.gradient(p.net.parameters(), {}), ValueError);
    // sample 95 does not exist: the chunk that holds it (on the second thread) throws, and the
    // error reaches the caller
    BOOST_CHECK_THROW(RT.gradient(p.net.parameters(), {0, 1, 2, 3, 4, 95}), IndexError);
}

BOOST_AUTO_TEST_SUITE_END()
