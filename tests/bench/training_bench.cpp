// The C++ side of the training benchmarks:
//   "train"   samples per second of SGD on the digits MLP 64-H-10 (tanh, softmax cross-entropy,
//             plain SGD, M' = 32, η = 0.1), one epoch (56 steps of consecutive batches) per call;
//   "fashion" the same for 784-256-10 on the first Fashion-MNIST training images, a fixed number
//             of steps per call;
//   "literal" seconds per sample of literal and efficient backprop on the net 8-N-2 against N,
//             and the XOR training of chapter 12 on the literal path (once per run).
// A step is what sgd() does for each batch: MLPObjective::risk_and_gradient (backprop in a
// reused workspace) and the optimizer's step θ ← θ − η g. The batches are consecutive samples of
// the file, in order, as on the PyTorch side (bench_reference.py train), so both sides see the
// same data in the same batches.
#include <chrono>
#include <cmath>
#include <iostream>
#include <memory>

#include "redes/backprop/efficient.hpp"
#include "redes/backprop/literal.hpp"
#include "redes/data/csv.hpp"
#include "redes/data/idx.hpp"
#include "redes/linalg/gemm.hpp"
#include "redes/linalg/select.hpp"
#include "redes/optim/mlp_objective.hpp"
#include "redes/optim/optimizer.hpp"
#include "redes/optim/sgd.hpp"
#include "redes/stats/rng.hpp"

#include "../../chapters/12_backpropagation/xor.hpp"
#include "bench.hpp"

namespace redes_bench {

namespace {

// W_ℓ ~ N(0, 1/N_{ℓ−1}), b_ℓ = 0, from a fixed seed.
redes::MLP start_net(std::size_t inputs, std::size_t H, std::uint64_t seed) {
    redes::MLP net({inputs, H, 10}, redes::Activation::tanh(), redes::Activation::identity());
    redes::Rng rng(seed);
    for (std::size_t l = 1; l <= net.L(); ++l) {
        const double s = 1.0 / std::sqrt(static_cast<double>(net.N()[l - 1]));
        for (std::size_t k = 0; k < net.W(l).size(); ++k) net.W(l).data()[k] = rng.normal(0.0, s);
    }
    return net;
}

// Samples per second of `steps` SGD steps per call on consecutive batches of M' samples.
double samples_per_second(const redes::MLP& net, const redes::Matrix& X, const redes::Matrix& Y,
                          std::size_t batch_size, std::size_t steps, const Options& opt) {
    const redes::MLPObjective R(net, redes::Cost::cross_entropy(), X, Y);
    redes::GradientDescent gd(0.1);
    redes::Vector theta = net.parameters(), g;
    const std::size_t batches = X.cols() / batch_size;
    std::vector<std::size_t> B(batch_size);
    std::size_t j = 0;
    double sink = 0.0;
    const double s = seconds_per_call(
        [&] {
            for (std::size_t k = 0; k < steps; ++k, ++j) {
                const std::size_t first = (j % batches) * batch_size;
                for (std::size_t m = 0; m < batch_size; ++m) B[m] = first + m;
                sink += R.risk_and_gradient(theta, B, g);  // R̂_B(θ_k) and g_k
                gd.step(theta, g);                         // θ_{k+1} = θ_k − η g_k
            }
        },
        opt.min_time, opt.train_batches);
    if (!std::isfinite(sink)) std::cerr << "bench: training diverged (R̂ not finite)\n";
    return static_cast<double>(steps * batch_size) / s;
}

// The same steps through the readable path: risk_and_gradient(net(θ), J, X_B, Y_B) of
// efficient.hpp (fresh matrices on every call, transposes copied), as MLPObjective ran before
// the workspace.
double readable_samples_per_second(const redes::MLP& start, const redes::Matrix& X,
                                   const redes::Matrix& Y, std::size_t batch_size,
                                   std::size_t steps, const Options& opt) {
    redes::MLP net = start;
    redes::GradientDescent gd(0.1);
    redes::Vector theta = net.parameters();
    const std::size_t batches = X.cols() / batch_size;
    std::vector<std::size_t> B(batch_size);
    std::size_t j = 0;
    double sink = 0.0;
    const double s = seconds_per_call(
        [&] {
            for (std::size_t k = 0; k < steps; ++k, ++j) {
                const std::size_t first = (j % batches) * batch_size;
                for (std::size_t m = 0; m < batch_size; ++m) B[m] = first + m;
                redes::MLP n = net;
                n.set_parameters(theta);
                const redes::RiskAndGradient rg =
                    redes::risk_and_gradient(n, redes::Cost::cross_entropy(),
                                             redes::select_columns(X, B),
                                             redes::select_columns(Y, B));
                sink += rg.R_hat;
                gd.step(theta, rg.gradient.flatten());
            }
        },
        opt.min_time, opt.train_batches);
    if (!std::isfinite(sink)) std::cerr << "bench: training diverged (R̂ not finite)\n";
    return static_cast<double>(steps * batch_size) / s;
}

// sgd() itself for one epoch: the shuffle, sorting each batch, the history, and R̂ on all M
// samples before and after the epoch, besides the steps.
double sgd_samples_per_second(const redes::MLP& net, const redes::Matrix& X, const redes::Matrix& Y,
                              const Options& opt) {
    const redes::MLPObjective R(net, redes::Cost::cross_entropy(), X, Y);
    redes::GradientDescent gd(0.1);
    redes::Vector theta = net.parameters();
    redes::Rng rng(7);
    redes::SGDOptions o;
    o.epochs = 1;
    o.batch_size = opt.batch;
    o.last_batch = redes::LastBatch::drop;
    o.progress = redes::Progress::quiet;
    const double s = seconds_per_call([&] { redes::sgd(R, theta, gd, rng, o); }, opt.min_time,
                                      opt.train_batches);
    const std::size_t trained = X.cols() / opt.batch * opt.batch;  // the partial batch is dropped
    return static_cast<double>(trained) / s;
}

struct Data {
    redes::Matrix X, Y;
};

const Data& digits() {
    static const Data d = [] {
        redes::data::DataSet s = redes::data::load_digits("data/digits.csv.gz");
        s.X /= 16.0;  // pixels 0…16 → [0, 1], as bench_reference.py does
        return Data{s.X, s.Y};
    }();
    return d;
}

const Data* fashion(const Options& opt) {
    static std::unique_ptr<Data> d;
    static bool tried = false;
    if (!tried) {
        tried = true;
        try {
            redes::data::DataSet s =
                redes::data::load_fashion_mnist(redes::data::FashionMnistPart::train,
                                                opt.fashion_samples, opt.fashion_dir);
            d = std::make_unique<Data>(Data{s.X, s.Y});
        } catch (const std::exception& e) {
            std::cerr << "bench: Fashion-MNIST not measured: " << e.what() << "\n";
        }
    }
    return d.get();
}

}  // namespace

void run_training(Results& results, int round, const Options& opt) {
    const Data& d = digits();
    for (std::size_t H : opt.train_h) {
        const double x = static_cast<double>(H);
        const redes::MLP net = start_net(d.X.rows(), H, 100 + H);
        results.add("train", series::ours, x, round,
                    samples_per_second(net, d.X, d.Y, opt.batch, d.X.cols() / opt.batch, opt));
        results.add("train", series::ours_sgd, x, round,
                    sgd_samples_per_second(net, d.X, d.Y, opt));
        results.add("train", series::ours_readable, x, round,
                    readable_samples_per_second(net, d.X, d.Y, opt.batch, d.X.cols() / opt.batch,
                                                opt));
    }
    if (const Data* f = fashion(opt)) {
        const redes::MLP net = start_net(f->X.rows(), 256, 356);
        results.add("fashion", series::ours, 256, round,
                    samples_per_second(net, f->X, f->Y, opt.batch, opt.fashion_steps, opt));
    }
}

void run_literal(Results& results, int round, const Options& opt) {
    redes::Rng rng(17);
    const std::size_t M = 4, inputs = 8, outputs = 2;
    for (std::size_t N : opt.literal_n) {
        const double x = static_cast<double>(N);
        redes::MLP net({inputs, N, outputs}, redes::Activation::tanh(),
                       redes::Activation::identity());
        for (std::size_t l = 1; l <= net.L(); ++l)
            for (std::size_t k = 0; k < net.W(l).size(); ++k)
                net.W(l).data()[k] = 0.3 * rng.normal();
        redes::Matrix X(inputs, M), Y(outputs, M);
        for (std::size_t k = 0; k < X.size(); ++k) X.data()[k] = rng.normal();
        for (std::size_t k = 0; k < Y.size(); ++k) Y.data()[k] = rng.normal();
        const redes::Cost J = redes::Cost::quadratic();
        double sink = 0.0;
        const double literal = seconds_per_call(
            [&] { sink += redes::literal_backprop(net, J, X, Y, std::size_t(1) << 34).db[0][0]; },
            opt.min_time, opt.batches);
        const double efficient =
            seconds_per_call([&] { sink += redes::efficient_backprop(net, J, X, Y).db[0][0]; },
                             opt.min_time, opt.batches);
        results.add("literal", series::literal, x, round, literal / static_cast<double>(M));
        results.add("literal", series::efficient, x, round, efficient / static_cast<double>(M));
        if (!std::isfinite(sink)) std::cerr << "bench: literal benchmark produced NaN\n";
    }
}

XorTiming time_xor_literal() {
    // Chapter 12's XOR training with its defaults, on the literal path: wall time of the whole run.
    const ch12::XorSettings s;
    redes::Rng rng = ch12::xor_stream(s.seed);
    const redes::MLP net =
        ch12::xor_start(s.width, redes::Activation::from_name(s.activation), rng);
    XorTiming t;
    t.steps = s.steps;
    t.width = s.width;
    for (int repeat = 0; repeat < 3; ++repeat) {
        const auto t0 = std::chrono::steady_clock::now();
        const ch12::XorTraining r = ch12::train_xor(net, s.eta, s.steps, ch12::Path::literal);
        const double sec =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        if (repeat == 0 || sec < t.seconds) t.seconds = sec;
        t.R_first = r.R_hat.front();
        t.R_last = r.R_hat.back();
        const redes::Matrix out = r.net.forward(ch12::xor_X());
        t.outputs.assign(out.data(), out.data() + out.size());
    }
    return t;
}

}  // namespace redes_bench
