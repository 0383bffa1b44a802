// The MLP forward pass x_ℓ = σ_ℓ(W_ℓ x_{ℓ−1} + b_ℓ) for one sample and a batch, its parameters
// θ, and its shape errors; the perceptron σ(Wx + b) as the L = 1 case.
#include <boost/test/unit_test.hpp>

#include "backprop_fixtures.hpp"
#include "expect_message.hpp"
#include "redes/error.hpp"
#include "redes/models/mlp.hpp"
#include "redes/models/perceptron.hpp"

namespace tt = boost::test_tools;
using namespace redes;

namespace {
// The notes' XOR net: W_1 = [1 1; 1 1], b_1 = (0, −1), ReLU; w_2 = (1, −2), b_2 = 0.
MLP xor_net() {
    return MLP(std::vector<Layer>{{Matrix{{1, 1}, {1, 1}}, Vector{0, -1}, Activation::relu()},
                                  {Matrix{{1, -2}}, Vector{0}, Activation::identity()}});
}
}  // namespace

BOOST_AUTO_TEST_SUITE(mlp)

BOOST_AUTO_TEST_CASE(forward_one_sample_by_hand) {
    const MLP net = xor_net();
    BOOST_TEST(net.forward(Vector{0, 0}) == Vector{0});
    BOOST_TEST(net.forward(Vector{0, 1}) == Vector{1});
    BOOST_TEST(net.forward(Vector{1, 0}) == Vector{1});
    BOOST_TEST(net.forward(Vector{1, 1}) == Vector{0});
    const std::vector<Vector> xs = net.forward_all(Vector{1, 1});  // x_0, x_1 = σ((2, 1)), x_2
    BOOST_TEST(xs.size() == 3u);
    BOOST_TEST(xs[1] == (Vector{2, 1}));
}

BOOST_AUTO_TEST_CASE(forward_batch_has_samples_as_columns) {
    const Matrix X{{0, 0, 1, 1}, {0, 1, 0, 1}};  // the notes' [x_1 ⋯ x_4]
    BOOST_TEST(xor_net().forward(X) == (Matrix{{0, 1, 1, 0}}));
    Rng rng(3);
    const MLP net = redes_test::random_mlp({3, 5, 4, 2}, Activation::sigmoid(), rng);
    const Matrix B = redes_test::random_matrix(3, 6, rng);
    const Matrix F = net.forward(B);
    BOOST_TEST(F.rows() == 2u);
    BOOST_TEST(F.cols() == 6u);
    for (std::size_t m = 0; m < 6; ++m) {
        const Vector f_m = net.forward(B.col(m));
        for (std::size_t i = 0; i < 2; ++i) BOOST_TEST(F(i, m) == f_m[i], tt::tolerance(1e-15));
    }
}

BOOST_AUTO_TEST_CASE(parameters_in_order_and_back) {
    MLP net({2, 3, 1}, Activation::tanh(), Activation::identity());
    BOOST_TEST(net.num_parameters() == 3u * 3u + 1u * 4u);  // Σ N_ℓ (N_{ℓ−1} + 1)
    net.set_parameters(Vector::from_function(13, [](std::size_t i) { return double(i); }));
    BOOST_TEST(net.W(1)(0, 1) == 1.0);  // W_1 row by row …
    BOOST_TEST(net.W(1)(2, 1) == 5.0);
    BOOST_TEST(net.b(1) == (Vector{6, 7, 8}));  // … then b_1, W_2, b_2
    BOOST_TEST(net.W(2) == (Matrix{{9, 10, 11}}));
    BOOST_TEST(net.b(2) == Vector{12});
    const Vector theta = net.parameters();
    BOOST_TEST(net.unflatten(theta).flatten() == theta);
    BOOST_TEST(net.unflatten(theta).dW[1] == net.W(2));
    BOOST_CHECK_THROW(net.unflatten(Vector(12)), ShapeError);
}

BOOST_AUTO_TEST_CASE(shape_errors_name_the_sizes) {
    const MLP net = xor_net();
    BOOST_CHECK_EXCEPTION(net.forward(Vector{1, 2, 3}), ShapeError, [](const ShapeError& e) {
        return std::string(e.what()) == "MLP::forward: input of size 3, the network takes N_0 = 2";
    });
    BOOST_CHECK_EXCEPTION(net.forward(Matrix(3, 4)), ShapeError, [](const ShapeError& e) {
        return std::string(e.what()).find("batch (3×4)") != std::string::npos;
    });
    BOOST_CHECK_EXCEPTION(net.W(3), IndexError, [](const IndexError& e) {
        return std::string(e.what()) == "MLP::W: layer ℓ = 3 outside 1…2";
    });
    BOOST_CHECK_THROW(net.b(0), IndexError);
    BOOST_CHECK_THROW(MLP({2, 3}, std::vector<Activation>{}), ShapeError);
    BOOST_CHECK_THROW(MLP(std::vector<Layer>{{Matrix(2, 2), Vector(2), Activation::relu()},
                                             {Matrix(1, 3), Vector(1), Activation::relu()}}),
                      ShapeError);
}

// MLPGradient is indexed as the notes index layers: dW(ℓ) for ℓ = 1…L is ∂R̂/∂W_ℓ (dW[ℓ−1]
// underneath), and unflatten puts each slice of g in its layer.
BOOST_AUTO_TEST_CASE(gradient_layers_are_numbered_from_1) {
    const MLP net({2, 3, 1}, Activation::tanh(), Activation::identity());
    Vector g(net.num_parameters());
    for (std::size_t i = 0; i < g.size(); ++i) g[i] = static_cast<double>(i);
    const MLPGradient G = net.unflatten(g);
    BOOST_TEST(&G.dW(1) == &G.dW[0]);
    BOOST_TEST(G.dW(1).rows() == 3u);
    BOOST_TEST(G.dW(2).cols() == 3u);
    BOOST_TEST(G.db(1)[0] == 6.0);     // after the 3×2 entries of W_1
    BOOST_TEST(G.dW(2)(0, 0) == 9.0);  // after W_1 and b_1
    BOOST_CHECK_EXCEPTION(G.dW(0), IndexError,
                          redes_test::message_is("MLPGradient: layer ℓ = 0 outside 1…2"));
    BOOST_CHECK_EXCEPTION(G.db(3), IndexError,
                          redes_test::message_is("MLPGradient: layer ℓ = 3 outside 1…2"));
}

BOOST_AUTO_TEST_CASE(perceptron_is_sigma_of_Wx_plus_b_and_the_L1_mlp) {
    const Perceptron p(Matrix{{1, -1}, {2, 0.5}}, Vector{0.5, -3}, Activation::relu());
    const Vector x{2, 1};
    BOOST_TEST(p.z(x) == (Vector{1.5, 1.5}));                // W x + b = (1.5, 1.5)
    BOOST_TEST(p.forward(Vector{-1, 1}) == (Vector{0, 0}));  // σ((−1.5, −4.5))
    const MLP net = p.to_mlp();
    BOOST_TEST(net.L() == 1u);
    const Matrix X{{2, -1, 0.5}, {1, 1, -2}};
    BOOST_TEST(net.forward(X) == p.forward(X));
    BOOST_TEST(p.forward(X).col(0) == p.forward(x));
    BOOST_CHECK_THROW(p.forward(Vector{1}), ShapeError);
    BOOST_CHECK_THROW(p.forward(Matrix(3, 1)), ShapeError);
    BOOST_CHECK_THROW(Perceptron(Matrix(2, 2), Vector(3), Activation::relu()), ShapeError);
}

BOOST_AUTO_TEST_SUITE_END()
