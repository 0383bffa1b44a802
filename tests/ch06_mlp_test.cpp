// Chapter 06 — Perceptrón multicapa: x_ℓ = σ_ℓ(W_ℓ x_{ℓ−1} + b_ℓ), f(x; Θ) = x_L.
// The forward pass against the formula written out, the exact linear pieces of ReLU networks
// (the chapter's counter, chapters/06_mlp/linear_pieces.hpp) against the network itself,
// 2^H pieces of the sawtooth, and the bounds N + 1 (one hidden layer) and ∏(N_ℓ + 1).
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <cmath>

#include "../chapters/06_mlp/linear_pieces.hpp"
#include "../chapters/06_mlp/sections.hpp"
#include "chapter_runner.hpp"
#include "redes/activations/activation.hpp"
#include "redes/linalg.hpp"
#include "redes/models/mlp.hpp"
#include "redes/stats/rng.hpp"

namespace tt = boost::test_tools;
using redes::Activation;
using redes::Matrix;
using redes::MLP;
using redes::Vector;

namespace {

// 1 → N → … → N (H hidden layers, σ) → 1 (identity), W ~ N(0, gain²/N_{ℓ−1}), b ~ N(0, 0.5²):
// the chapter's own sampler (chapters/06_mlp/sections.hpp, init::random_mlp).
MLP random_net(std::size_t N, std::size_t H, const Activation& sigma, double gain,
               redes::Rng& rng) {
    return ch06::random_mlp(N, H, sigma, gain, 0.5, rng);
}

double f_at(const MLP& net, double x) { return net.forward(Vector{x})[0]; }

}  // namespace

BOOST_AUTO_TEST_SUITE(ch06_mlp)

BOOST_AUTO_TEST_CASE(forward_is_the_cascade_of_perceptrons) {
    // x_ℓ = σ_ℓ(W_ℓ x_{ℓ−1} + b_ℓ) written out by hand for L = 3, against forward and the batch form
    redes::Rng rng(3);
    const MLP net = random_net(5, 2, Activation::tanh(), 1.0, rng);
    BOOST_TEST(net.L() == 3u);
    Matrix X(1, 9);
    for (std::size_t m = 0; m < 9; ++m) X(0, m) = -2.0 + 0.5 * double(m);
    const Matrix F = net.forward(X);
    for (std::size_t m = 0; m < 9; ++m) {
        Vector x = X.col(m);
        for (std::size_t ell = 1; ell <= 3; ++ell)
            x = net.sigma(ell).sigma(net.W(ell) * x + net.b(ell));
        BOOST_TEST(net.forward(X.col(m))[0] == x[0]);
        BOOST_TEST(F(0, m) == x[0]);
    }
}

BOOST_AUTO_TEST_CASE(exact_pieces_reproduce_the_network) {
    redes::Rng rng(5);
    for (std::size_t H : {1u, 2u, 4u, 8u})
        for (std::size_t N : {2u, 8u, 32u}) {
            const MLP net = random_net(N, H, Activation::relu(), std::sqrt(2.0), rng);
            const auto pieces = ch06::linear_pieces(net, -3.0, 3.0);
            BOOST_REQUIRE(!pieces.empty());
            BOOST_TEST(pieces.front().lo == -3.0);
            BOOST_TEST(pieces.back().hi == 3.0);
            for (std::size_t k = 0; k < pieces.size(); ++k) {
                const auto& p = pieces[k];
                if (k) BOOST_TEST(p.lo == pieces[k - 1].hi);  // consecutive, no gaps
                // at both ends and the middle of the piece, slope·x + intercept = f(x)
                for (double x : {p.lo, 0.5 * (p.lo + p.hi), p.hi}) {
                    const double f = f_at(net, x), g = p.slope * x + p.intercept;
                    BOOST_TEST(std::abs(f - g) <= 1e-10 * (1.0 + std::abs(f)),
                               "H=" << H << " N=" << N << " piece " << k << " at x=" << x << ": "
                                    << f << " vs " << g);
                }
                if (k) BOOST_TEST(p.slope != pieces[k - 1].slope);  // merged when equal
            }
        }
}

BOOST_AUTO_TEST_CASE(sawtooth_has_two_to_the_H_pieces) {
    for (std::size_t H = 1; H <= 10; ++H) {
        const MLP net = ch06::sawtooth(H);
        BOOST_TEST(net.L() == H + 1);
        const auto pieces = ch06::linear_pieces(net, 0.0, 1.0);
        BOOST_TEST(pieces.size() == (std::size_t{1} << H));
        // slopes ±2^H, values 0 at even and 1 at odd multiples of 2^−H (exact in binary)
        const double step = std::ldexp(1.0, -static_cast<int>(H));
        for (const auto& p : pieces)
            BOOST_TEST(std::abs(p.slope) == std::ldexp(1.0, static_cast<int>(H)));
        for (std::size_t j = 0; j <= (std::size_t{1} << H); ++j)
            BOOST_TEST(f_at(net, double(j) * step) == double(j % 2));
    }
}

BOOST_AUTO_TEST_CASE(pieces_obey_the_width_bounds) {
    // one hidden layer of N units: at most N + 1 pieces (one kink per unit);
    // H layers: each layer splits a piece at most N times, so at most (N + 1)^H
    redes::Rng rng(9);
    for (int trial = 0; trial < 30; ++trial)
        for (std::size_t N : {1u, 3u, 8u}) {
            const MLP one = random_net(N, 1, Activation::relu(), std::sqrt(2.0), rng);
            BOOST_TEST(ch06::linear_pieces(one, -50.0, 50.0).size() <= N + 1);
            const MLP deep = random_net(N, 3, Activation::relu(), std::sqrt(2.0), rng);
            BOOST_TEST(ch06::linear_pieces(deep, -50.0, 50.0).size() <= std::pow(N + 1.0, 3.0));
        }
}

BOOST_AUTO_TEST_CASE(pieces_agree_with_slopes_measured_on_a_grid) {
    // an independent count: slopes of f between grid points; a kink shows as a change of slope.
    // With pieces longer than 4 grid steps, every piece is seen; count the slope changes.
    redes::Rng rng(13);
    int compared = 0;
    const int n = 6000;
    const double dx = 6.0 / n;
    Matrix X(1, n + 1);  // the grid as one batch
    for (int i = 0; i <= n; ++i) X(0, i) = -3.0 + i * dx;
    for (int trial = 0; trial < 40; ++trial) {
        const MLP net = random_net(4, 2, Activation::relu(), std::sqrt(2.0), rng);
        const auto pieces = ch06::linear_pieces(net, -3.0, 3.0);
        bool long_enough = true;
        for (const auto& p : pieces) long_enough &= (p.hi - p.lo) > 4 * dx;
        if (!long_enough) continue;
        const Matrix F = net.forward(X);
        std::size_t changes = 0;
        double prev = (F(0, 1) - F(0, 0)) / dx;
        bool in_kink = false;
        for (int i = 1; i < n; ++i) {
            const double s = (F(0, i + 1) - F(0, i)) / dx;
            const bool differs = std::abs(s - prev) > 1e-6 * (1.0 + std::abs(prev));
            if (differs && !in_kink)
                ++changes;  // a kink inside a cell changes two consecutive slopes
            in_kink = differs;
            prev = s;
        }
        BOOST_TEST(changes + 1 == pieces.size(), "trial " << trial);
        ++compared;
    }
    BOOST_TEST(compared >= 20);
}

BOOST_AUTO_TEST_CASE(tanh_networks_are_bounded_by_the_output_weights) {
    // |x_{L−1}| ≤ 1 entrywise for tanh, so |f(x)| ≤ ‖w_L‖₁ + |b_L| for every x
    redes::Rng rng(17);
    for (std::size_t H : {1u, 4u, 8u}) {
        const MLP net = random_net(8, H, Activation::tanh(), 3.0, rng);
        double bound = std::abs(net.b(net.L())[0]);
        for (std::size_t j = 0; j < 8; ++j) bound += std::abs(net.W(net.L())(0, j));
        for (int k = 0; k <= 540; ++k) {  // x = −100, −99.63, …, 99.8
            const double x = -100.0 + 0.37 * k;
            BOOST_TEST(std::abs(f_at(net, x)) <= bound);
        }
    }
}

BOOST_AUTO_TEST_CASE(non_piecewise_linear_sigma_is_refused) {
    redes::Rng rng(1);
    const MLP net = random_net(3, 2, Activation::tanh(), 1.0, rng);
    BOOST_CHECK_EXCEPTION(ch06::linear_pieces(net, 0.0, 1.0), redes::ValueError,
                          [](const redes::ValueError& e) {
                              return std::string(e.what()).find("σ = tanh") != std::string::npos;
                          });
}

BOOST_AUTO_TEST_CASE(program_runs_and_draws) {
    const auto r = redes_test::run_chapter("06_mlp", "--quick");
    BOOST_TEST(r.exit_code == 0, r.err);
    for (const char* p : {"ch06_relu_depth", "ch06_relu_width", "ch06_tanh_depth",
                          "ch06_tanh_width", "ch06_relu_pieces", "ch06_sawtooth"})
        BOOST_TEST(r.has_plot(p), p);
}

BOOST_AUTO_TEST_CASE(same_seed_same_csv) {
    const auto a = redes_test::run_chapter("06_mlp", "--quick --seed 4");
    const std::string first = redes_test::slurp(a.folder + "/ch06_relu_pieces.csv");
    const auto b = redes_test::run_chapter("06_mlp", "--quick --seed 4");
    BOOST_TEST(!first.empty());
    BOOST_TEST(first == redes_test::slurp(b.folder + "/ch06_relu_pieces.csv"));
}

BOOST_AUTO_TEST_CASE(bad_option_value_is_one_line_naming_the_option) {
    auto r = redes_test::run_chapter("06_mlp", "--quick --depths 1,x,3");
    BOOST_TEST(r.exit_code != 0);
    BOOST_TEST(r.err.find("--depths") != std::string::npos, r.err);
    BOOST_TEST(std::count(r.err.begin(), r.err.end(), '\n') == 1);
    r = redes_test::run_chapter("06_mlp", "--quick --gain-tanh 0");
    BOOST_TEST(r.exit_code != 0);
    BOOST_TEST(r.err.find("--gain-tanh") != std::string::npos, r.err);
}

// Mean pieces of 20 random ReLU nets (the chapter's sampler and defaults: gain √2, biases
// N(0, 0.5²), x ∈ [−3, 3]) for N = 8 and 32: between half the number of hidden units N·H and
// N·H + 1 ("a little under their number of hidden units"); for N = 2 at most 5 at every depth
// (narrow layers: "about 3 pieces"). Over three seeds, so it is no accident of one draw.
BOOST_AUTO_TEST_CASE(random_relu_pieces_stay_near_the_hidden_units_narrow_ones_few) {
    for (std::uint64_t seed : {1u, 2u, 3u}) {
        redes::Rng rng(seed);
        for (std::size_t N : {2u, 8u, 32u})
            for (std::size_t H : {1u, 4u, 8u}) {
                double sum = 0;
                for (int d = 0; d < 20; ++d)
                    sum += static_cast<double>(
                        ch06::linear_pieces(ch06::random_mlp(N, H, Activation::relu(),
                                                             std::sqrt(2.0), 0.5, rng),
                                            -3.0, 3.0)
                            .size());
                const double mean = sum / 20, units = static_cast<double>(N * H);
                BOOST_TEST_INFO("seed " << seed << ", N = " << N << ", H = " << H << ": mean "
                                        << mean);
                if (N == 2) BOOST_TEST(mean <= 5.0);
                else BOOST_TEST((mean >= 0.5 * units && mean <= units + 1));
            }
    }
}

// Without biases a ReLU net is positively homogeneous, f(cx) = c f(x) for c > 0: at most two
// pieces, meeting at 0; a tanh net is odd, f(−x) = −f(x) (SOLUTIONS 2).
BOOST_AUTO_TEST_CASE(bias_free_relu_nets_have_two_pieces_tanh_nets_are_odd) {
    redes::Rng rng(4);
    for (std::size_t H : {1u, 3u, 8u}) {
        const MLP relu = ch06::random_mlp(8, H, Activation::relu(), std::sqrt(2.0), 0.0, rng);
        BOOST_TEST(ch06::linear_pieces(relu, -3.0, 3.0).size() <= 2u);
        BOOST_TEST(f_at(relu, 2.5) == 2.5 * f_at(relu, 1.0), tt::tolerance(1e-12));
        const MLP th = ch06::random_mlp(8, H, Activation::tanh(), 3.0, 0.0, rng);
        for (double x : {0.3, 1.0, 2.7})
            BOOST_TEST(f_at(th, -x) == -f_at(th, x), tt::tolerance(1e-12));
    }
}

BOOST_AUTO_TEST_SUITE_END()
