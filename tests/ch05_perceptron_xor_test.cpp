// Chapter 05 — Perceptrón aprende XOR: the notes' hand-set network
//   f(x; Θ) = w₂ᵀ σ(W₁x + b₁) + b₂,  W₁ = [[1,1],[1,1]], b₁ = [0,−1], w₂ = [1,−2], b₂ = 0, σ = ReLU
// gives exactly [0 1 1 0] on the four inputs, sample by sample and as a batch, with the notes'
// intermediate matrices.
#include <boost/test/unit_test.hpp>

#include <algorithm>

#include "../chapters/05_perceptron_xor/sections.hpp"
#include "chapter_runner.hpp"
#include "redes/activations/activation.hpp"
#include "redes/linalg.hpp"
#include "redes/models/mlp.hpp"
#include "redes/stats/rng.hpp"

using redes::Activation;
namespace tt = boost::test_tools;
using redes::Matrix;
using redes::Vector;

namespace {

const Matrix W1{{1, 1}, {1, 1}};
const Vector b1{0, -1};
const Matrix w2T{{1, -2}};
const Vector b2{0};
// X = [x_1 x_2 x_3 x_4]: the four inputs (0,0), (0,1), (1,0), (1,1) as columns
const Matrix X{{0, 0, 1, 1}, {0, 1, 0, 1}};

redes::MLP xor_net(const Activation& sigma = Activation::relu()) {
    return redes::MLP({redes::Layer{W1, b1, sigma}, redes::Layer{w2T, b2, Activation::identity()}});
}

}  // namespace

BOOST_AUTO_TEST_SUITE(ch05_perceptron_xor)

BOOST_AUTO_TEST_CASE(sample_by_sample_gives_xor_exactly) {
    const redes::MLP net = xor_net();
    const double xor_of[4] = {0, 1, 1, 0};
    for (std::size_t m = 0; m < 4; ++m) {
        const Vector f = net.forward(X.col(m));
        BOOST_TEST(f.size() == 1u);
        BOOST_TEST(f[0] == xor_of[m]);  // exact: integers throughout
        // the same by hand: w₂ᵀ max{0, W₁x + b₁} + b₂
        const Vector h = Activation::relu().sigma(W1 * X.col(m) + b1);
        BOOST_TEST(dot(w2T.row(0), h) + b2[0] == xor_of[m]);
    }
}

BOOST_AUTO_TEST_CASE(batch_gives_the_notes_intermediate_matrices) {
    // W₁X + b₁ = [[0,1,1,2],[−1,0,0,1]]
    const Matrix Z1 = redes::add_to_columns(W1 * X, b1);
    BOOST_TEST(Z1 == (Matrix{{0, 1, 1, 2}, {-1, 0, 0, 1}}));
    // σ(W₁X + b₁) = [[0,1,1,2],[0,0,0,1]]
    const Matrix H = Activation::relu().sigma(Z1);
    BOOST_TEST(H == (Matrix{{0, 1, 1, 2}, {0, 0, 0, 1}}));
    // [1 −2] σ(·) = [0 1 1 0]
    BOOST_TEST(w2T * H == (Matrix{{0, 1, 1, 0}}));
    // and the library's batch forward pass agrees with the sample-by-sample one
    const redes::MLP net = xor_net();
    const Matrix F = net.forward(X);
    BOOST_TEST(F == (Matrix{{0, 1, 1, 0}}));
    for (std::size_t m = 0; m < 4; ++m) BOOST_TEST(F(0, m) == net.forward(X.col(m))[0]);
}

// Slip in the notes: the worked product writes the input as two 2×2 matrices,
//   [1 1; 1 1] [0 0; 0 1] [0 1; 0 1] + [0; −1],
// where one 2×4 batch X = [[0,0,1,1],[0,1,0,1]] is meant. Read literally it is a 2×2 product,
// not the 2×4 [[0,1,1,2],[0,1,1,2]] the notes write next; with X it is exactly that.
BOOST_AUTO_TEST_CASE(notes_slip_the_input_is_one_2x4_matrix) {
    const Matrix A{{0, 0}, {0, 1}}, B{{0, 1}, {0, 1}};
    const Matrix literal = W1 * A * B;
    BOOST_TEST(literal.rows() == 2u);
    BOOST_TEST(literal.cols() == 2u);  // not 2×4
    BOOST_TEST(literal == (Matrix{{0, 1}, {0, 1}}));
    // placing the two blocks side by side does not give the four inputs either: (1,0) is missing
    const Matrix side_by_side{{0, 0, 0, 1}, {0, 1, 0, 1}};
    BOOST_TEST(side_by_side != X);
    BOOST_TEST(W1 * side_by_side != (Matrix{{0, 1, 1, 2}, {0, 1, 1, 2}}));
    // the intended X reproduces the notes' next line
    BOOST_TEST(W1 * X == (Matrix{{0, 1, 1, 2}, {0, 1, 1, 2}}));
}

BOOST_AUTO_TEST_CASE(hidden_space_is_separated_by_the_output_line) {
    // h = σ(W₁x + b₁) maps (0,0), (0,1), (1,0), (1,1) to (0,0), (1,0), (1,0), (2,1);
    // w₂ᵀh + b₂ > ½ exactly on the XOR = 1 samples.
    const Matrix H = Activation::relu().sigma(redes::add_to_columns(W1 * X, b1));
    BOOST_TEST(H.col(1) == H.col(2));  // two inputs land on the same hidden point
    const double xor_of[4] = {0, 1, 1, 0};
    for (std::size_t m = 0; m < 4; ++m)
        BOOST_TEST(((dot(w2T.row(0), H.col(m)) + b2[0] > 0.5) == (xor_of[m] == 1)));
    // Without the non-linearity the same parameters fail: f = [2 1 1 0] (a linear map cannot do XOR)
    const Matrix F = xor_net(Activation::identity()).forward(X);
    BOOST_TEST(F == (Matrix{{2, 1, 1, 0}}));
}

BOOST_AUTO_TEST_CASE(program_runs_and_draws) {
    const auto r = redes_test::run_chapter("05_perceptron_xor", "--quick");
    BOOST_TEST(r.exit_code == 0, r.err);
    BOOST_TEST(r.has_plot("ch05_decision_map"));
    BOOST_TEST(r.has_plot("ch05_hidden_space"));
    BOOST_TEST(r.out.find("XOR reproduced exactly: yes (4 of 4)") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(bad_option_value_is_one_line_naming_the_option) {
    auto r = redes_test::run_chapter("05_perceptron_xor", "--quick --grid 3");
    BOOST_TEST(r.exit_code != 0);
    BOOST_TEST(r.err.find("--grid") != std::string::npos, r.err);
    BOOST_TEST(std::count(r.err.begin(), r.err.end(), '\n') == 1);
    r = redes_test::run_chapter("05_perceptron_xor", "--quick --activation softsign");
    BOOST_TEST(r.exit_code != 0);
    BOOST_TEST(r.err.find("softsign") != std::string::npos, r.err);
    r = redes_test::run_chapter("05_perceptron_xor", "--quick --w2 1,x");
    BOOST_TEST(r.exit_code != 0);
    BOOST_TEST(r.err.find("--w2") != std::string::npos, r.err);
}

// The chapter's network (chapters/05_perceptron_xor/forward.cpp) is the notes' one written above.
BOOST_AUTO_TEST_CASE(chapter_network_is_the_notes_network) {
    const redes::MLP net = ch05::xor_network(Activation::relu(), 1, -2, 0);
    BOOST_TEST(net.W(1) == W1);
    BOOST_TEST(net.b(1) == b1);
    BOOST_TEST(net.W(2) == w2T);
    BOOST_TEST(net.b(2) == b2);
    BOOST_TEST(ch05::xor_inputs() == X);
    BOOST_TEST(net.forward(X) == (Matrix{{0, 1, 1, 0}}));
}

// W₁ = [[1,1],[1,1]] sees only s = x₁ + x₂: h = (max{0,s}, max{0,s−1}) (the bent curve of
// ch05_hidden_space) and f = max{0,s} − 2max{0,s−1}, which is max{0,s} for s ≤ 1 and 2 − s above.
// So f > ½ exactly on the band ½ < s < 3/2 (the map ch05_decision_map). Exact on a grid of halves
// and quarters (dyadic numbers: no rounding).
BOOST_AUTO_TEST_CASE(decision_map_is_the_band_between_two_lines) {
    const redes::MLP net = xor_net();
    int inside = 0;
    for (int i = -4; i <= 12; ++i)
        for (int j = -4; j <= 12; ++j) {
            const double x1 = 0.125 * i, x2 = 0.125 * j, s = x1 + x2;
            const Vector h = Activation::relu().sigma(W1 * Vector{x1, x2} + b1);
            BOOST_TEST(h[0] == std::max(0.0, s));
            BOOST_TEST(h[1] == std::max(0.0, s - 1));
            const double f = net.forward(Vector{x1, x2})[0];
            BOOST_TEST(f == (s <= 1 ? std::max(0.0, s) : 2 - s));
            BOOST_TEST((f > 0.5) == (s > 0.5 && s < 1.5), "x = (" << x1 << ", " << x2 << ")");
            inside += f > 0.5;
        }
    BOOST_TEST(inside > 0);
}

// An affine f has f(0,0) + f(1,1) = f(0,1) + f(1,0) (both are 2f(½,½)); XOR needs 0 = 2. With
// σ = identity the network is affine for every w₂, b₂, so no choice fixes it (SOLUTIONS 1).
BOOST_AUTO_TEST_CASE(an_affine_network_cannot_compute_xor) {
    redes::Rng rng(5);
    for (int k = 0; k < 50; ++k) {
        const double a = rng.normal(), c = rng.normal(), b = rng.normal();
        const Matrix F = ch05::xor_network(Activation::identity(), a, c, b).forward(X);
        BOOST_TEST(F(0, 0) + F(0, 3) == F(0, 1) + F(0, 2), tt::tolerance(1e-12));
    }
}

// LeakyReLU(α) changes only x₁ = (0,0): z = (0, −1), h = (0, −α), f = 2α; the threshold ½ still
// classifies it while 2α < ½, so α = 0.2 separates and α = 0.3 does not (SOLUTIONS 2).
BOOST_AUTO_TEST_CASE(leaky_relu_moves_only_the_first_sample_to_two_alpha) {
    for (double alpha : {0.05, 0.2, 0.3, 0.4}) {
        const Matrix F = ch05::xor_network(Activation::leaky_relu(alpha), 1, -2, 0).forward(X);
        BOOST_TEST(F(0, 0) == 2 * alpha, tt::tolerance(1e-15));
        BOOST_TEST(F(0, 1) == 1.0);
        BOOST_TEST(F(0, 2) == 1.0);
        BOOST_TEST(F(0, 3) == 0.0);
        BOOST_TEST((F(0, 0) < 0.5) == (alpha < 0.25));
    }
}

// With |·| the hidden points are (0,1), (1,0), (1,0), (2,1): w₂ = (1, −2) gives [−2 1 1 0]
// (classifies, not exact), w₂ = (0, −1), b₂ = 1 gives exactly [0 1 1 0] (SOLUTIONS 3).
BOOST_AUTO_TEST_CASE(abs_needs_its_own_output_layer) {
    BOOST_TEST(ch05::xor_network(Activation::abs(), 1, -2, 0).forward(X) ==
               (Matrix{{-2, 1, 1, 0}}));
    BOOST_TEST(ch05::xor_network(Activation::abs(), 0, -1, 1).forward(X) == (Matrix{{0, 1, 1, 0}}));
}

BOOST_AUTO_TEST_SUITE_END()
