// The workspace training step (backprop/batch_workspace.hpp): the same numbers as
// efficient_backprop's risk_and_gradient (the same bits for σ other than tanh in a build without
// fused multiply-add; within 1e-12 for tanh, whose tanh_and_derivative is within a few ulp of
// libm's tanh and 1/cosh²), whatever the workspace held before; the forward risk in chunks equals
// the batched R̂ bit for bit; and training gives the same θ, bit for bit, with 1 or 2 threads.
#include <boost/test/unit_test.hpp>

#include <cmath>
#include <limits>

#include "backprop_fixtures.hpp"
#include "expect_message.hpp"
#include "redes/activations/tanh_kernel.hpp"
#include "redes/backprop/batch_workspace.hpp"
#include "redes/backprop/efficient.hpp"
#include "redes/error.hpp"
#include "redes/linalg/gemm.hpp"
#include "redes/linalg/select.hpp"
#include "redes/optim/fit_mlp.hpp"
#include "redes/optim/mlp_objective.hpp"
#include "redes/optim/threaded_objective.hpp"

using namespace redes;
using namespace redes_test;

namespace {

#if defined(__FMA__)
constexpr bool fma_build = true;  // the compiler may fuse a multiply and an add in one path only
#else
constexpr bool fma_build = false;
#endif

// a = b bit for bit when `exact` (both paths run the same operations), else to 1e-12.
void check_same(const Vector& a, const Vector& b, bool exact) {
    BOOST_TEST_REQUIRE(a.size() == b.size());
    if (!exact) {
        BOOST_TEST(relative_error(a, b) < 1e-12);
        return;
    }
    for (std::size_t i = 0; i < a.size(); ++i) {
        BOOST_TEST_INFO("entry " << i);
        BOOST_TEST(a[i] == b[i]);
    }
}

void check_same(double a, double b, bool exact) {
    if (exact) BOOST_TEST(a == b);
    else BOOST_TEST(std::abs(a - b) <= 1e-12 * std::max(std::abs(a), std::abs(b)));
}

bool has_tanh(const std::vector<Activation>& sigmas) {
    for (const Activation& a : sigmas)
        if (a.kind() == ActivationKind::tanh) return true;
    return false;
}

// |a − b| in units of the last place of b (2⁻⁵² |b|); 0 when equal.
double ulps(double a, double b) { return a == b ? 0.0 : std::abs(a - b) / (std::abs(b) * 0x1p-52); }

// Restores gemm's thread count when a test ends.
struct GemmThreads {
    unsigned saved = gemm_threads();
    ~GemmThreads() { set_gemm_threads(saved); }
};

}  // namespace

BOOST_AUTO_TEST_SUITE(batch_workspace_suite)

BOOST_AUTO_TEST_CASE(equals_efficient_backprop_for_every_activation_and_cost) {
    Rng rng(41);
    BatchWorkspace ws;  // one workspace through nets and batches of different shapes
    Vector g;
    std::vector<std::vector<Activation>> nets;
    for (const Activation& a : all_activations()) nets.push_back({a, a, Activation::identity()});
    nets.push_back({Activation::tanh(), Activation::relu(), Activation::sigmoid()});
    std::size_t M_all = 23;
    for (const auto& sigmas : nets)
        for (const Cost& J : {Cost::quadratic(), Cost::cross_entropy()}) {
            const MLP net = random_mlp({5, 9, 7, 4}, sigmas, rng);
            const Matrix X = random_matrix(5, M_all, rng), Y = targets(J, 4, M_all, rng);
            // unsorted, with a repeat, and a batch size that changes from case to case
            std::vector<std::size_t> batch = {3, 0, 17, 3, 22, 8};
            batch.resize(3 + M_all % 4);
            const RiskAndGradient e =
                risk_and_gradient(net, J, select_columns(X, batch), select_columns(Y, batch));
            const double R = risk_and_gradient_into(net, J, X, Y, batch, ws, g);
            BOOST_TEST_INFO(sigmas[0].name() << "/" << sigmas[1].name() << "/" << sigmas[2].name()
                                             << ", " << J.name() << ", |B| = " << batch.size());
            const bool exact = !fma_build && !has_tanh(sigmas);
            check_same(g, e.gradient.flatten(), exact);
            check_same(R, e.R_hat, exact);
            ++M_all;
        }
}

// tanh(z) = −u/(2 + u) and 1/cosh²(z) = 4t/(1 + t)² with u = e^{−2|z|} − 1, t = e^{−2|z|}: about
// 16 rounded operations of at most half an ulp each (the series' truncation is below 10⁻¹⁷), so
// at most 8 ulp from libm's (correctly rounded to within 1 ulp) tanh and 1/cosh², over z from
// 10⁻³⁰⁰ to 350; and the edges: ±0, ±∞, NaN, beyond 350.
BOOST_AUTO_TEST_CASE(tanh_and_derivative_match_libm) {
    Rng rng(48);
    std::vector<double> z;
    for (int e = -300; e <= 7; ++e)  // |z| < 256
        for (int k = 0; k < 40; ++k)
            z.push_back((rng.uniform() < 0.5 ? -1 : 1) * std::ldexp(1.0 + rng.uniform(), e));
    for (double v : {0.17337, 0.3465735902799726, 0.34657359027997264, 1.0, 2.23, 18.5, 19.1, 20.0,
                     37.0, 349.0, 350.0})
        z.push_back(v), z.push_back(-v);
    std::vector<double> x(z.size()), d(z.size());
    tanh_and_derivative(z.data(), z.size(), x.data(), d.data());
    double worst_x = 0, worst_d = 0;
    for (std::size_t i = 0; i < z.size(); ++i) {
        const double c = std::cosh(z[i]);
        worst_x = std::max(worst_x, ulps(x[i], std::tanh(z[i])));
        worst_d = std::max(worst_d, ulps(d[i], 1.0 / (c * c)));
        BOOST_TEST_INFO("z = " << z[i]);
        BOOST_TEST(std::signbit(x[i]) == std::signbit(z[i]));
    }
    BOOST_TEST_MESSAGE("tanh_and_derivative: worst " << worst_x << " ulp (tanh), " << worst_d
                                                     << " ulp (1/cosh²)");
    BOOST_TEST(worst_x <= 8.0);
    BOOST_TEST(worst_d <= 8.0);
    BOOST_TEST(worst_x + worst_d > 0.0);  // not libm itself

    const double inf = std::numeric_limits<double>::infinity();
    const std::vector<double> edge = {0.0, -0.0, inf, -inf, 351.0, -1e300, std::nan("")};
    std::vector<double> ex(edge.size()), ed(edge.size());
    tanh_and_derivative(edge.data(), edge.size(), ex.data(), ed.data());
    BOOST_TEST((ex[0] == 0.0 && !std::signbit(ex[0]) && ed[0] == 1.0));
    BOOST_TEST((ex[1] == 0.0 && std::signbit(ex[1]) && ed[1] == 1.0));
    BOOST_TEST((ex[2] == 1.0 && ed[2] == 0.0));
    BOOST_TEST((ex[3] == -1.0 && ed[3] == 0.0));
    BOOST_TEST((ex[4] == 1.0 && ed[4] == 0.0));
    BOOST_TEST((ex[5] == -1.0 && ed[5] == 0.0));
    BOOST_TEST((std::isnan(ex[6]) && std::isnan(ed[6])));
    // without the derivative: the same x
    std::vector<double> x_only(z.size());
    tanh_and_derivative(z.data(), z.size(), x_only.data(), nullptr);
    BOOST_TEST(x_only == x);
}

BOOST_AUTO_TEST_CASE(risk_in_chunks_equals_the_batched_risk) {
    Rng rng(42);
    const MLP net = random_mlp({6, 12, 3}, {Activation::tanh(), Activation::identity()}, rng);
    const Matrix X = random_matrix(6, 40, rng), Y = one_hot(3, 40);
    const std::vector<std::size_t> all = all_samples(40);
    BatchWorkspace ws;
    Vector g;
    const double R_batch = risk_and_gradient_into(net, Cost::cross_entropy(), X, Y, all, ws, g);
    // the sum over m runs in order across chunks: the same bits for any chunk size
    for (std::size_t chunk : {1u, 7u, 40u, 1000u}) {
        BOOST_TEST_INFO("chunk " << chunk);
        BOOST_TEST(risk_into(net, Cost::cross_entropy(), X, Y, all, ws, chunk) == R_batch);
    }
    check_same(R_batch, risk_and_gradient(net, Cost::cross_entropy(), X, Y).R_hat, false);
}

// Reading W_ℓ, b_ℓ from a flat θ gives the very bits of reading them from the network.
BOOST_AUTO_TEST_CASE(parameters_from_theta_equal_parameters_from_the_network) {
    Rng rng(49);
    const MLP net =
        random_mlp({5, 11, 6, 3},
                   {Activation::tanh(), Activation::sigmoid(), Activation::identity()}, rng);
    const Matrix X = random_matrix(5, 20, rng), Y = one_hot(3, 20);
    const MLP architecture({5, 11, 6, 3},
                           {Activation::tanh(), Activation::sigmoid(), Activation::identity()});
    const std::vector<std::size_t> B = {19, 4, 7, 7, 0, 12, 3};
    BatchWorkspace ws1, ws2;
    Vector g1, g2;
    const double R1 = risk_and_gradient_into(net, Cost::cross_entropy(), X, Y, B, ws1, g1);
    const double R2 = risk_and_gradient_into(architecture, net.parameters(), Cost::cross_entropy(),
                                             X, Y, B, ws2, g2);
    BOOST_TEST(R1 == R2);
    check_same(g1, g2, true);
    BOOST_TEST(risk_into(architecture, net.parameters(), Cost::cross_entropy(), X, Y, B, ws2, 3) ==
               risk_into(net, Cost::cross_entropy(), X, Y, B, ws1, 5));
    BOOST_CHECK_EXCEPTION(risk_into(architecture, Vector(7), Cost::cross_entropy(), X, Y, B, ws2),
                          ShapeError,
                          message_has({"risk_into", "θ of size 7",
                                       "D = " + std::to_string(net.num_parameters())}));
}

// DataCheck::done_by_caller (MLPObjective's data, checked once when it is made) changes nothing
// in the numbers; it only leaves the finiteness of the batch to the caller: a NaN the default
// refuses goes through unlooked-at.
BOOST_AUTO_TEST_CASE(a_caller_that_checked_its_data_skips_only_the_finiteness_check) {
    Rng rng(51);
    const std::vector<Activation> sigmas = {Activation::tanh(), Activation::identity()};
    const MLP net = random_mlp({4, 7, 3}, sigmas, rng);
    const MLP architecture({4, 7, 3}, sigmas);
    const Vector theta = net.parameters();
    Matrix X = random_matrix(4, 9, rng);
    const Matrix Y = one_hot(3, 9);
    const std::vector<std::size_t> B = {8, 2, 5, 2};
    BatchWorkspace ws1, ws2;
    Vector g1, g2;
    const Cost J = Cost::cross_entropy();
    BOOST_TEST(risk_and_gradient_into(architecture, theta, J, X, Y, B, ws1, g1) ==
               risk_and_gradient_into(architecture, theta, J, X, Y, B, ws2, g2,
                                      DataCheck::done_by_caller));
    check_same(g1, g2, true);
    BOOST_TEST(risk_into(architecture, theta, J, X, Y, B, ws1, 3) ==
               risk_into(architecture, theta, J, X, Y, B, ws2, 3, DataCheck::done_by_caller));

    X(1, 5) = std::numeric_limits<double>::quiet_NaN();
    BOOST_CHECK_EXCEPTION(risk_and_gradient_into(architecture, theta, J, X, Y, B, ws1, g1),
                          ValueError, message_has({"risk_and_gradient_into", "input X(1, 2)"}));
    BOOST_TEST(!std::isfinite(risk_and_gradient_into(architecture, theta, J, X, Y, B, ws2, g2,
                                                     DataCheck::done_by_caller)));
    BOOST_CHECK_EXCEPTION(risk_into(architecture, theta, J, X, Y, B, ws1), ValueError,
                          message_has({"risk_into", "input X(1, 2)"}));
    BOOST_TEST(!std::isfinite(risk_into(architecture, theta, J, X, Y, B, ws2, default_risk_chunk,
                                        DataCheck::done_by_caller)));
}

BOOST_AUTO_TEST_CASE(bad_batches_are_named) {
    Rng rng(43);
    const MLP net = random_mlp({2, 3, 2}, Activation::tanh(), rng);
    const Matrix X = random_matrix(2, 5, rng), Y = one_hot(2, 5);
    BatchWorkspace ws;
    Vector g;
    BOOST_CHECK_EXCEPTION(risk_and_gradient_into(net, Cost::quadratic(), X, Y, {}, ws, g),
                          ValueError, message_has({"risk_and_gradient_into", "M = 0"}));
    BOOST_CHECK_EXCEPTION(risk_and_gradient_into(net, Cost::quadratic(), X, Y, {1, 5}, ws, g),
                          IndexError,
                          message_has({"risk_and_gradient_into", "sample 5", "5 samples"}));
    BOOST_CHECK_EXCEPTION(risk_into(net, Cost::quadratic(), random_matrix(3, 5, rng), Y, {0}, ws),
                          ShapeError, message_has({"risk_into", "(3×5)", "2 → 2"}));
    BOOST_CHECK_EXCEPTION(risk_into(net, Cost::quadratic(), X, Y, {0}, ws, 0), ValueError,
                          message_has({"risk_into", "chunk = 0"}));
}

BOOST_AUTO_TEST_CASE(mlp_objective_risk_and_gradient_agree) {
    Rng rng(44);
    const MLP net = random_mlp({4, 8, 3}, {Activation::tanh(), Activation::identity()}, rng);
    const Matrix X = random_matrix(4, 30, rng), Y = one_hot(3, 30);
    const MLPObjective R(net, Cost::cross_entropy(), X, Y);
    const Vector theta = net.parameters();
    const std::vector<std::size_t> B = {2, 5, 11, 29};
    Vector g;
    const double R_B = R.risk_and_gradient(theta, B, g);
    BOOST_TEST(R.risk(theta, B) == R_B);  // one forward pass, the same numbers
    check_same(g,
               efficient_backprop(net, Cost::cross_entropy(), select_columns(X, B),
                                  select_columns(Y, B))
                   .flatten(),
               false);
}

// A fixed seed trains to the same θ, bit for bit, with gemm on 1 or 2 threads: the products are
// big enough here (1024×256 by 256×96) that gemm really splits them between two threads.
BOOST_AUTO_TEST_CASE(training_gives_the_same_bits_with_1_and_2_threads) {
    GemmThreads restore;
    Rng data_rng(45);
    const Matrix X = random_matrix(256, 192, data_rng), Y = one_hot(10, 192);
    auto train = [&](unsigned threads) {
        set_gemm_threads(threads);
        Rng rng(46);
        MLP net = random_mlp({256, 1024, 10}, {Activation::tanh(), Activation::identity()}, rng);
        GradientDescent gd(0.1);
        SGDOptions o;
        o.epochs = 1;
        o.batch_size = 96;
        o.progress = Progress::quiet;
        fit_mlp(net, Cost::cross_entropy(), X, Y, gd, rng, o);
        return net.parameters();
    };
    set_gemm_threads(2);
    BOOST_TEST(gemm_threads_for(1024, 256, 96) == 2u);  // the test would be empty otherwise
    const Vector one = train(1), two = train(2);
    BOOST_TEST_REQUIRE(one.size() == two.size());
    std::size_t differ = 0;
    for (std::size_t i = 0; i < one.size(); ++i) differ += one[i] != two[i];
    BOOST_TEST(differ == 0u);
    Rng rng(46);
    const MLP start =
        random_mlp({256, 1024, 10}, {Activation::tanh(), Activation::identity()}, rng);
    BOOST_TEST(relative_error(one, start.parameters()) > 1e-6);  // it did train
}

// ThreadedObjective over MLPObjective: each thread takes its own workspace; 1 and 2 threads
// give the same bits.
BOOST_AUTO_TEST_CASE(threaded_objective_shares_no_workspace) {
    Rng rng(47);
    const MLP net = random_mlp({8, 16, 4}, {Activation::tanh(), Activation::identity()}, rng);
    const Matrix X = random_matrix(8, 64, rng), Y = one_hot(4, 64);
    const MLPObjective R(net, Cost::cross_entropy(), X, Y);
    const Vector theta = net.parameters();
    const std::vector<std::size_t> B = all_samples(64);
    Vector g1, g2;
    double R1 = 0, R2 = 0;
    for (int repeat = 0; repeat < 5; ++repeat) {
        R1 = ThreadedObjective(R, 1, 8).risk_and_gradient(theta, B, g1);
        R2 = ThreadedObjective(R, 2, 8).risk_and_gradient(theta, B, g2);
        BOOST_TEST(R1 == R2);
        BOOST_TEST(relative_error(g1, g2) == 0.0);
    }
    // and within rounding of the whole batch at once (the chunks group the sum differently)
    Vector g;
    BOOST_TEST(relative_error(g1, (R.risk_and_gradient(theta, B, g), g)) < 1e-12);
}

BOOST_AUTO_TEST_SUITE_END()
