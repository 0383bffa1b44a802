// The noise of the batch gradient (src/redes/optim/batch_gradient_noise.hpp):
//   V(M′) = E‖ĝ_B − ḡ‖² = σ²/M′ with replacement, σ²/M′ · (M − M′)/(M − 1) without,
// proved exactly by enumerating every batch of a small sample, then checked by Monte Carlo.
#include <boost/test/unit_test.hpp>

#include <cmath>
#include <functional>
#include <string>
#include <vector>

#include "redes/error.hpp"
#include "redes/init/initializer.hpp"
#include "redes/optim/batch_gradient_noise.hpp"
#include "redes/optim/least_squares_objective.hpp"
#include "redes/optim/mlp_objective.hpp"
#include "redes/stats/rng.hpp"

namespace tt = boost::test_tools;
using namespace redes;

namespace {

// M = 7 samples of a 2-parameter least-squares problem (y has noise, so the g_m differ).
LeastSquaresObjective small_problem() {
    Rng rng(11);
    Matrix X(2, 7);
    Vector y(7);
    for (std::size_t m = 0; m < 7; ++m) {
        X(0, m) = rng.normal();
        X(1, m) = 1.0;
        y[m] = 2.0 * X(0, m) - 1.0 + rng.normal();
    }
    return LeastSquaresObjective(X, y);
}

// ‖ĝ_B − ḡ‖² for the batch B (a multiset of rows of G).
double squared_error(const Matrix& G, const std::vector<std::size_t>& B) {
    const std::size_t M = G.rows(), D = G.cols();
    double s = 0.0;
    for (std::size_t i = 0; i < D; ++i) {
        double g_B = 0.0, g_bar = 0.0;
        for (std::size_t m : B) g_B += G(m, i);
        for (std::size_t m = 0; m < M; ++m) g_bar += G(m, i);
        const double d = g_B / double(B.size()) - g_bar / double(M);
        s += d * d;
    }
    return s;
}

bool message_is(const std::exception& e, const std::string& text) {
    return std::string(e.what()) == text;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(batch_gradient_noise)

BOOST_AUTO_TEST_CASE(
    per_sample_gradients_are_the_gradients_of_one_sample_and_average_to_the_full_one) {
    const auto R = small_problem();
    const Vector theta{0.3, -0.2};
    const Matrix G = per_sample_gradients(R, theta);
    BOOST_TEST(G.rows() == 7u);
    BOOST_TEST(G.cols() == 2u);
    Vector mean(2);
    for (std::size_t m = 0; m < 7; ++m) {
        BOOST_TEST(G.row(m) == R.gradient(theta, {m}));
        mean += G.row(m);
    }
    mean /= 7.0;
    const Vector full = R.full_gradient(theta);
    for (std::size_t i = 0; i < 2; ++i) BOOST_TEST(mean[i] == full[i], tt::tolerance(1e-13));
    // σ² = (1/M) Σ_m ‖g_m − ḡ‖², written out
    double s2 = 0.0;
    for (std::size_t m = 0; m < 7; ++m)
        for (std::size_t i = 0; i < 2; ++i) s2 += (G(m, i) - full[i]) * (G(m, i) - full[i]);
    BOOST_TEST(gradient_variance(G) == s2 / 7.0, tt::tolerance(1e-13));
}

// Every one of the C(7, M′) batches without replacement, and every one of the 7^M′ ordered
// draws with replacement, equally likely: the mean of ‖ĝ_B − ḡ‖² over them IS V(M′).
BOOST_AUTO_TEST_CASE(exhaustive_enumeration_proves_both_formulas) {
    const auto R = small_problem();
    const Matrix G = per_sample_gradients(R, Vector{0.3, -0.2});
    const double sigma2 = gradient_variance(G);
    const std::size_t M = 7;
    for (std::size_t Mp = 1; Mp <= M; ++Mp) {
        // without replacement: subsets of size M′
        double sum = 0.0;
        std::size_t count = 0;
        for (unsigned mask = 0; mask < (1u << M); ++mask) {
            std::vector<std::size_t> B;
            for (std::size_t m = 0; m < M; ++m)
                if (mask & (1u << m)) B.push_back(m);
            if (B.size() != Mp) continue;
            sum += squared_error(G, B);
            ++count;
        }
        const double exact = batch_gradient_variance(sigma2, M, Mp, Sampling::without_replacement);
        BOOST_TEST(sum / double(count) == exact, tt::tolerance(1e-12));
        if (Mp == M) BOOST_TEST(exact == 0.0);
        if (Mp > 3) continue;
        // with replacement: all ordered M′-tuples
        sum = 0.0;
        count = 0;
        std::vector<std::size_t> B(Mp, 0);
        std::function<void(std::size_t)> all = [&](std::size_t j) {
            if (j == Mp) {
                sum += squared_error(G, B);
                ++count;
                return;
            }
            for (std::size_t m = 0; m < M; ++m) {
                B[j] = m;
                all(j + 1);
            }
        };
        all(0);
        BOOST_TEST(sum / double(count) == sigma2 / double(Mp), tt::tolerance(1e-12));
        BOOST_TEST(batch_gradient_variance(sigma2, M, Mp, Sampling::with_replacement) ==
                   sigma2 / double(Mp));
    }
}

BOOST_AUTO_TEST_CASE(closed_form_values) {
    // σ² = 6, M = 4: with replacement 6/M′; without 6/M′ · (4 − M′)/3
    BOOST_TEST(batch_gradient_variance(6.0, 4, 1, Sampling::without_replacement) == 6.0);
    BOOST_TEST(batch_gradient_variance(6.0, 4, 2, Sampling::without_replacement) == 2.0);
    BOOST_TEST(batch_gradient_variance(6.0, 4, 2, Sampling::with_replacement) == 3.0);
    BOOST_TEST(batch_gradient_variance(6.0, 4, 4, Sampling::without_replacement) == 0.0);
    BOOST_TEST(batch_gradient_variance(6.0, 1, 1, Sampling::without_replacement) == 0.0);
    BOOST_TEST(batch_gradient_variance(6.0, 4, 9, Sampling::with_replacement) == 6.0 / 9.0);
}

// The Monte Carlo estimate within 4 standard errors of the formula, on an MLP's per-sample
// gradients (M = 200), for small and large batches, both samplings. Far from M the two formulas
// agree; at M′ = 180 the finite-population factor 20/199 makes them differ by ~10×, and the
// measurement must pick the right one.
BOOST_AUTO_TEST_CASE(monte_carlo_matches_the_formula_within_its_standard_error) {
    Rng data(3);
    Matrix X(3, 200), Y(1, 200);
    for (std::size_t m = 0; m < 200; ++m) {
        for (std::size_t i = 0; i < 3; ++i) X(i, m) = data.normal();
        Y(0, m) = std::sin(X(0, m)) + 0.3 * data.normal();
    }
    MLP net({3, 6, 1}, Activation::tanh(), Activation::identity());
    Rng init_rng(4);
    init::initialize(net, init::WeightInit::normal(0.7), 0.0, init_rng);
    const MLPObjective R(net, Cost::quadratic(), X, Y);
    const Matrix G = per_sample_gradients(R, net.parameters());
    const double sigma2 = gradient_variance(G);
    Rng rng(5);
    for (std::size_t Mp : {1u, 4u, 32u, 100u, 180u, 199u}) {
        for (Sampling s : {Sampling::with_replacement, Sampling::without_replacement}) {
            const auto v = batch_gradient_variance_mc(G, Mp, 400, s, rng);
            const double exact = batch_gradient_variance(sigma2, 200, Mp, s);
            BOOST_TEST(v.draws == 400u);
            BOOST_TEST(v.standard_error > 0.0);
            BOOST_TEST(std::abs(v.mean - exact) < 4.0 * v.standard_error,
                       "M′ = " << Mp << ": " << v.mean << " ± " << v.standard_error << " vs "
                               << exact);
            if (s == Sampling::without_replacement && Mp >= 180) {
                const double naive = sigma2 / double(Mp);
                BOOST_TEST(std::abs(v.mean - naive) > 10.0 * v.standard_error);
            }
        }
    }
}

// The stored-gradient estimate and the one that calls the objective on each batch draw the
// same batches from the same seed (also through the complement, M′ > M/2) and agree to rounding.
BOOST_AUTO_TEST_CASE(stored_gradients_and_the_objective_give_the_same_estimate) {
    const auto R = small_problem();
    const Vector theta{0.3, -0.2};
    const Matrix G = per_sample_gradients(R, theta);
    for (std::size_t Mp : {1u, 2u, 3u, 5u, 6u}) {
        for (Sampling s : {Sampling::with_replacement, Sampling::without_replacement}) {
            Rng a(21), b(21);
            const auto via_G = batch_gradient_variance_mc(G, Mp, 50, s, a);
            const auto via_R = batch_gradient_variance_mc(R, theta, Mp, 50, s, b);
            BOOST_TEST(via_G.mean == via_R.mean, tt::tolerance(1e-11));
            BOOST_TEST(via_G.standard_error == via_R.standard_error, tt::tolerance(1e-9));
        }
    }
}

BOOST_AUTO_TEST_CASE(random_batches_are_sorted_distinct_and_cover_the_sample) {
    Rng rng(8);
    std::vector<std::size_t> seen(10, 0);
    for (int r = 0; r < 200; ++r) {
        const auto B = random_batch(10, 4, Sampling::without_replacement, rng);
        BOOST_TEST(B.size() == 4u);
        for (std::size_t j = 1; j < B.size(); ++j) BOOST_TEST(B[j - 1] < B[j]);
        for (std::size_t m : B) ++seen[m];
    }
    for (std::size_t m = 0; m < 10; ++m) BOOST_TEST(seen[m] > 0u);
    const auto W = random_batch(3, 8, Sampling::with_replacement, rng);  // M′ > M is fine here
    BOOST_TEST(W.size() == 8u);
}

BOOST_AUTO_TEST_CASE(bad_arguments_name_the_function_and_the_value) {
    const auto R = small_problem();
    const Matrix G = per_sample_gradients(R, Vector{0.0, 0.0});
    Rng rng(1);
    BOOST_CHECK_EXCEPTION(
        batch_gradient_variance(1.0, 7, 0, Sampling::with_replacement), ValueError,
        [](const ValueError& e) {
            return message_is(e, "batch_gradient_variance: batch size M′ = 0 must be at least 1");
        });
    BOOST_CHECK_EXCEPTION(batch_gradient_variance_mc(G, 8, 10, Sampling::without_replacement, rng),
                          ValueError, [](const ValueError& e) {
                              return message_is(
                                  e,
                                  "batch_gradient_variance_mc: batch size M′ = 8 exceeds M = 7 "
                                  "(sampling without replacement)");
                          });
    BOOST_CHECK_EXCEPTION(batch_gradient_variance_mc(G, 2, 1, Sampling::with_replacement, rng),
                          ValueError, [](const ValueError& e) {
                              return message_is(
                                  e,
                                  "batch_gradient_variance_mc: draws = 1 must be at least 2 "
                                  "(a standard error needs two)");
                          });
    BOOST_CHECK_THROW(batch_gradient_variance(-1.0, 7, 2, Sampling::with_replacement), ValueError);
    BOOST_CHECK_THROW(gradient_variance(Matrix()), ValueError);
}

BOOST_AUTO_TEST_SUITE_END()
