// A program outside the project that uses the installed library, built by `make check-install`
// with nothing but the compiler and pkg-config:
//   g++ -std=c++17 use_redes.cpp $(pkg-config --cflags --libs redes) -o use_redes
// It touches the parts that need the libraries pkg-config names: the linear algebra, the MLP and
// model files (libredes.a), the gzip-compressed digits (Boost.Iostreams) and a chapter's command
// line (Boost.Program_options).
// Usage: use_redes DIGITS_CSV_GZ SCRATCH_DIR; prints what it found, exits 1 on any mismatch.
#include <redes/app/chapter.hpp>
#include <redes/data/csv.hpp>
#include <redes/error.hpp>
#include <redes/models/mlp.hpp>
#include <redes/models/model_io.hpp>

#include <iostream>
#include <string>

int main(int argc, char** argv) {
    if (argc != 3) {
        std::cerr << "usage: use_redes DIGITS_CSV_GZ SCRATCH_DIR\n";
        return 2;
    }
    int failures = 0;
    auto expect = [&](bool ok, const std::string& what) {
        std::cout << (ok ? "ok   " : "FAIL ") << what << "\n";
        failures += !ok;
    };

    // The perceptron of the notes that computes XOR: x_1 = ReLU(W_1 x + b_1), f = w_2ᵀ x_1.
    redes::MLP net({2, 2, 1}, {redes::Activation::relu(), redes::Activation::identity()});
    net.W(1) = redes::Matrix{{1, 1}, {1, 1}};
    net.b(1) = redes::Vector{0, -1};
    net.W(2) = redes::Matrix{{1, -2}};
    const redes::Matrix X{{0, 0, 1, 1}, {0, 1, 0, 1}};  // the four inputs as columns
    const redes::Matrix f = net.forward(X);
    expect(f(0, 0) == 0 && f(0, 1) == 1 && f(0, 2) == 1 && f(0, 3) == 0, "XOR net gives [0 1 1 0]");

    const std::string model = std::string(argv[2]) + "/xor.txt";
    redes::save_mlp(model, net);
    expect(redes::load_mlp(model).net.forward(X) == f, "save_mlp/load_mlp round trip");

    const redes::data::DataSet digits = redes::data::load_digits(argv[1]);
    expect(digits.M() == 1797 && digits.N() == 64 && digits.K == 10,
           "digits.csv.gz: M = 1797, N = 64, K = 10");

    // A chapter's command line: a bad --seed is refused with exit code 2.
    redes::app::Chapter ch("00", "check_install", "uses the installed library");
    char prog[] = "use_redes", opt[] = "--seed", bad[] = "minus-one";
    char* args[] = {prog, opt, bad};
    std::cout << "(the next line is the chapter's own error message, on purpose)\n";
    expect(ch.run(3, args, [](redes::app::Context&) {}) == 2, "Chapter refuses --seed minus-one");

    try {
        redes::matmul(redes::Matrix(3, 4), redes::Matrix(5, 2));
        expect(false, "matmul (3×4)·(5×2) throws ShapeError");
    } catch (const redes::ShapeError& e) {
        expect(true, std::string("matmul (3×4)·(5×2) throws ShapeError: ") + e.what());
    }
    std::cout << (failures ? "use_redes: FAILED\n" : "use_redes: the installed library works\n");
    return failures ? 1 : 0;
}
