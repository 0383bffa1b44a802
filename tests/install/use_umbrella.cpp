// A program outside the project that includes nothing of redes but the umbrella header, built by
// `make check-install` from the installed headers with pkg-config:
//   g++ -std=c++17 use_umbrella.cpp $(pkg-config --cflags --libs redes) -o use_umbrella
// Prints the XOR network's four outputs; exits 1 unless they are 0 1 1 0.
#include <redes/redes.hpp>

#include <iostream>

int main() {
    // x_1 = ReLU(W_1 x + b_1), f = w_2ᵀ x_1: the network of the notes that computes XOR.
    redes::MLP net({2, 2, 1}, {redes::Activation::relu(), redes::Activation::identity()});
    net.W(1) = redes::Matrix{{1, 1}, {1, 1}};
    net.b(1) = redes::Vector{0, -1};
    net.W(2) = redes::Matrix{{1, -2}};
    const redes::Matrix f = net.forward(redes::Matrix{{0, 0, 1, 1}, {0, 1, 0, 1}});
    std::cout << "use_umbrella: XOR → " << f(0, 0) << " " << f(0, 1) << " " << f(0, 2) << " "
              << f(0, 3) << "\n";
    return f == redes::Matrix{{0, 1, 1, 0}} ? 0 : 1;
}
