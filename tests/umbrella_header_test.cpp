// src/redes/redes.hpp, the whole library in one include: this file includes nothing else of
// redes, so it compiling and running proves the umbrella is enough for a program.
// (make check-install builds tests/install/use_umbrella.cpp the same way from the installed
// headers, and checks that the umbrella names every installed header.)
#include <boost/test/unit_test.hpp>

#include "redes/redes.hpp"

BOOST_AUTO_TEST_SUITE(umbrella_header)

BOOST_AUTO_TEST_CASE(the_umbrella_alone_builds_and_runs_the_XOR_network) {
    // The perceptron of the notes that computes XOR: x_1 = ReLU(W_1 x + b_1), f = w_2ᵀ x_1.
    redes::MLP net({2, 2, 1}, {redes::Activation::relu(), redes::Activation::identity()});
    net.W(1) = redes::Matrix{{1, 1}, {1, 1}};
    net.b(1) = redes::Vector{0, -1};
    net.W(2) = redes::Matrix{{1, -2}};
    const redes::Matrix X{{0, 0, 1, 1}, {0, 1, 0, 1}};  // the four inputs as columns
    const redes::Matrix f = net.forward(X);
    BOOST_TEST(f == (redes::Matrix{{0, 1, 1, 0}}));
    BOOST_CHECK_THROW(redes::matmul(redes::Matrix(3, 4), redes::Matrix(5, 2)), redes::ShapeError);
}

BOOST_AUTO_TEST_SUITE_END()
