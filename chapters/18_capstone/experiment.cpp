#include "experiment.hpp"

#include <chrono>
#include <cmath>
#include <ctime>
#include <ostream>

#include "redes/data/shift.hpp"
#include "redes/init/initializer.hpp"
#include "redes/optim/fit_mlp.hpp"
#include "redes/optim/make_optimizer.hpp"

namespace ch18 {

using namespace redes;

std::string widths_string(const std::vector<std::size_t>& N) {
    std::string s;
    for (std::size_t l = 0; l < N.size(); ++l) s += (l ? " → " : "") + std::to_string(N[l]);
    return s;
}

Result train_and_test(const Parts& parts, const Settings& s, Rng& rng, std::ostream& out) {
    Result r;
    // x̃_i = (x_i − μ_i)/s_i with μ, s of the training part only (or μ = 0, s = pixel_max)
    const std::size_t N_0 = parts.train.N();
    r.standardizer = s.standardise ? data::Standardizer::fit(parts.train.X)
                                   : data::Standardizer(Vector(N_0, 0.0), Vector(N_0, s.pixel_max));
    const Matrix X_train = r.standardizer.transform(parts.train.X);
    const Matrix X_val = r.standardizer.transform(parts.validation.X);

    std::vector<std::size_t> N{N_0};
    N.insert(N.end(), s.hidden.begin(), s.hidden.end());
    N.push_back(parts.train.K);
    // σ = ReLU in the hidden layers, a linear output x_L whose softmax is p (cross-entropy)
    r.net = MLP(N, Activation::relu(), Activation::identity());
    // He initialisation: [W_ℓ]_ij ~ N(0, 2/N_{ℓ−1}), b_ℓ = 0.1 for ReLU
    init::initialize(r.net, init::WeightInit::normal_fan_in(std::sqrt(2.0)),
                     init::suggested_bias(Activation::relu()), rng);
    auto optimizer = make_optimizer(s.optimizer, s.eta);
    out << "  network " << widths_string(N) << (s.hidden.empty() ? " (" : " (ReLU hidden, ")
        << "softmax cross-entropy), D = " << r.net.num_parameters() << " parameters; "
        << optimizer->name() << " η = " << s.eta << ", M′ = " << s.batch_size << ", " << s.epochs
        << (s.epochs == 1 ? " epoch\n" : " epochs\n");

    SGDOptions o;
    o.epochs = s.epochs;
    o.batch_size = s.batch_size;
    o.progress = s.progress;
    o.out = &out;
    const auto wall0 = std::chrono::steady_clock::now();
    const std::clock_t cpu0 = std::clock();
    r.history = fit_mlp(r.net, Cost::cross_entropy(), X_train, parts.train.Y, *optimizer, rng, o,
                        &X_val, &parts.validation.Y);
    r.cpu_seconds = static_cast<double>(std::clock() - cpu0) / CLOCKS_PER_SEC;
    r.wall_seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - wall0).count();

    r.test =
        evaluate_classifier(r.net, Cost::cross_entropy(), r.standardizer.transform(parts.test.X),
                            parts.test.Y, parts.test.labels);
    return r;
}

std::vector<double> translation_accuracy(const Result& r, const data::DataSet& test,
                                         std::size_t rows, std::size_t cols, std::size_t t_max) {
    std::vector<double> acc;
    for (std::size_t t = 0; t <= t_max; ++t) {
        const int d = static_cast<int>(t);
        const int dirs[4][2] = {{d, 0}, {-d, 0}, {0, d}, {0, -d}};
        const int n_dirs = t == 0 ? 1 : 4;
        double sum = 0.0;
        for (int k = 0; k < n_dirs; ++k) {
            const Matrix shifted =
                data::translate_images(test.X, rows, cols, dirs[k][0], dirs[k][1]);
            sum += accuracy(predict_labels(r.net, r.standardizer.transform(shifted)), test.labels);
        }
        acc.push_back(sum / n_dirs);
    }
    return acc;
}

std::vector<double> noise_accuracy(const Result& r, const data::DataSet& test,
                                   const std::vector<double>& fractions, double pixel_max,
                                   Rng& rng) {
    std::vector<double> acc;
    for (double f : fractions) {
        // x̃ = x + ε, ε ~ N(0, (f · pixel_max)² I)
        const Matrix noisy = data::add_gaussian_noise(test.X, f * pixel_max, rng);
        acc.push_back(
            accuracy(predict_labels(r.net, r.standardizer.transform(noisy)), test.labels));
    }
    return acc;
}

std::string worst_confusion(const ConfusionMatrix& C, const std::vector<std::string>& names) {
    std::size_t bk = 0, bj = 1, best = 0;
    for (std::size_t k = 0; k < C.K; ++k)
        for (std::size_t j = 0; j < C.K; ++j)
            if (k != j && C(k, j) > best) {
                best = C(k, j);
                bk = k;
                bj = j;
            }
    if (best == 0) return "none";
    return names[bk] + " → " + names[bj] + " (" + std::to_string(best) +
           (best == 1 ? " time)" : " times)");
}

}  // namespace ch18
