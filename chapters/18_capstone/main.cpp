// 18 — Capstone: real data end to end. The whole lecture in one run: the empirical risk
// R̂(θ) = (1/M) Σ_m J(f(x_m; θ)) of an MLP, minimised by SGD with backpropagation, on the
// 8×8 handwritten digits and on Fashion-MNIST; then the notes' warning checked on real data:
// the same model on test images that no longer come from the training distribution.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <iostream>
#include <sstream>

#include "experiment.hpp"
#include "figures.hpp"
#include "redes/app/chapter.hpp"
#include "redes/app/risk_plot.hpp"
#include "redes/app/train_options.hpp"
#include "redes/data/csv.hpp"
#include "redes/data/idx.hpp"
#include "redes/data/split.hpp"
#include "redes/optim/make_optimizer.hpp"

using namespace redes;
using ch18::Parts;
using ch18::Result;
using ch18::Settings;
namespace po = boost::program_options;

namespace {

std::string num(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g", v);
    return buf;
}
std::string pct(double a) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f %%", 100.0 * a);
    return buf;
}
std::string secs(double s) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f s", s);
    return buf;
}

std::vector<double> as_percent(const std::vector<double>& a) {
    std::vector<double> p;
    for (double v : a) p.push_back(100.0 * v);
    return p;
}

// The test images the model got wrong: the first `n_max` in the (random) order of the test part.
std::vector<std::size_t> misclassified(const Result& r, const data::DataSet& test,
                                       std::size_t n_max) {
    std::vector<std::size_t> idx;
    for (std::size_t m = 0; m < test.M() && idx.size() < n_max; ++m)
        if (r.test.predicted[m] != test.labels[m]) idx.push_back(m);
    return idx;
}

// Reports a trained model: time, risks, accuracy, confusion; draws its figures.
void report(app::Context& ctx, const std::string& tag, const std::string& name, const Result& r,
            const Parts& parts, const std::string& optimizer, std::size_t rows, std::size_t cols,
            double pixel_max, double target, const std::vector<std::string>& names) {
    const auto& h = r.history;
    std::cout << "  trained in " << secs(r.wall_seconds) << " (CPU " << secs(r.cpu_seconds)
              << "); R̂ " << h.epoch_train_risk.front() << " → " << h.epoch_train_risk.back()
              << " on training, " << h.epoch_validation_risk.back() << " on validation (lowest "
              << *std::min_element(h.epoch_validation_risk.begin(), h.epoch_validation_risk.end())
              << ")\n";
    std::cout << "  test accuracy " << pct(r.test.accuracy()) << " (" << r.test.confusion.correct()
              << "/" << r.test.confusion.total() << "), R̂_test " << r.test.R_hat << "; target ≥ "
              << pct(target) << ": " << (r.test.accuracy() >= target ? "reached" : "NOT reached")
              << "\n";
    std::cout << "  most frequent confusion: " << ch18::worst_confusion(r.test.confusion, names)
              << "\n";

    plot::Figure risk =
        app::risk_curves_figure("ch18_" + tag + "_risk",
                                name + ": empirical risk R̂ per epoch (" + optimizer + ", " +
                                    ch18::widths_string(r.net.N()) + ")",
                                h);
    ctx.save(risk.ylabel("empirical risk R̂ (softmax cross-entropy)"));
    ctx.save(ch18::confusion_figure(ctx, tag + "_confusion",
                                    name + ": confusion matrix on the test part (accuracy " +
                                        pct(r.test.accuracy()) + ")",
                                    r.test.confusion, names));
    const std::vector<std::size_t> wrong = misclassified(r, parts.test, 24);
    std::vector<std::string> captions;
    for (std::size_t m : wrong)  // short names on one line, long ones on two
        captions.push_back(names[parts.test.labels[m]] + (names[0].size() > 2 ? "\n→ " : " → ") +
                           names[r.test.predicted[m]]);
    if (!wrong.empty())
        ctx.save(ch18::image_grid_figure(ctx, tag + "_misclassified",
                                         name + ": misclassified test images (true → predicted)",
                                         parts.test.X, rows, cols, wrong, captions, 6, pixel_max));
}

// The model on shifted copies of its test part: translated by 1 … t_max pixels, and with noise
// s = f · pixel_max for each f of noise_f (noise_f[0] = 0: the clean images). Prints the
// accuracies and adds a curve to each figure.
void shift_experiment(const app::Context& ctx, const Result& r, const data::DataSet& test,
                      std::size_t rows, std::size_t cols, double pixel_max, std::size_t t_max,
                      const std::vector<double>& noise_f, const std::string& label,
                      const std::string& point, const std::string& colour, plot::Figure& fig_t,
                      plot::Figure& fig_n) {
    Rng rng(ctx.seed + 18);  // the noise has its own stream, seeded by --seed
    const std::vector<double> acc_t = ch18::translation_accuracy(r, test, rows, cols, t_max);
    const std::vector<double> acc_n = ch18::noise_accuracy(r, test, noise_f, pixel_max, rng);
    std::cout << "  translated test images:";
    for (std::size_t t = 0; t <= t_max; ++t)
        std::cout << (t ? ", " : " ") << t << " px → " << pct(acc_t[t]);
    std::cout << "\n  noisy test images, s = f·" << pixel_max << ":";
    for (std::size_t i = 0; i < noise_f.size(); ++i)
        std::cout << (i ? ", " : " ") << "f = " << noise_f[i] << " → " << pct(acc_n[i]);
    std::cout << "\n";
    std::vector<double> t_x;
    for (std::size_t t = 0; t <= t_max; ++t) t_x.push_back(static_cast<double>(t));
    const std::string style = "linespoints lw 2 " + point + " lc rgb '" + colour + "'";
    fig_t.line(label, t_x, as_percent(acc_t), style);
    // log scale: f = 0 cannot be drawn, so the clean accuracy is a dashed level instead
    const std::vector<double> f(noise_f.begin() + 1, noise_f.end());
    const std::vector<double> a(acc_n.begin() + 1, acc_n.end());
    fig_n.line(label, f, as_percent(a), style);
    fig_n.line(label + " without noise", std::vector<double>{f.front(), f.back()},
               std::vector<double>{100.0 * acc_n[0], 100.0 * acc_n[0]},
               "lines dashtype 2 lw 1 lc rgb '" + colour + "'");
}

}  // namespace

int main(int argc, char** argv) {
    app::Chapter ch("18", "capstone",
                    "real data end to end: digits and Fashion-MNIST, risk curves, accuracy, "
                    "confusion matrix, distribution shift");
    std::string digits_widths = "128", optimizer = "adam";
    std::size_t digits_epochs = 30, fashion_samples = 40000, width = 32, epochs = 2;
    std::size_t fashion_test = 10000, shift_samples = 2000, max_shift = 3, batch_size = 32;
    double eta = 1e-3;
    std::string inputs = "standardise";
    std::string digits_file = "data/digits.csv.gz", fashion_dir = data::fashion_mnist_default_dir;
    // clang-format off
    ch.options().add_options()
        ("digits-widths", po::value(&digits_widths)->default_value(digits_widths),
         "hidden widths N_1,N_2,… of the digits network (\"none\": no hidden layer)")
        ("digits-epochs", po::value(&digits_epochs)->default_value(digits_epochs), "epochs on the digits")
        ("fashion-samples", po::value(&fashion_samples)->default_value(fashion_samples),
         "Fashion-MNIST training images used, 5/6 to train and 1/6 to validate (≤ 60000; 0 skips Fashion-MNIST)")
        ("width", po::value(&width)->default_value(width), "hidden width N_1 of the Fashion-MNIST network")
        ("epochs", po::value(&epochs)->default_value(epochs), "epochs on Fashion-MNIST")
        ("fashion-test", po::value(&fashion_test)->default_value(fashion_test),
         "Fashion-MNIST test images evaluated (≤ 10000)")
        ("optimizer", po::value(&optimizer)->default_value(optimizer),
         "adam, momentum, gd, adagrad, rmsprop, … (both data sets)")
        ("eta", po::value(&eta)->default_value(eta), "learning rate η (both data sets)")
        ("batch-size", po::value(&batch_size)->default_value(batch_size), "batch size M′ (both data sets)")
        ("inputs", po::value(&inputs)->default_value(inputs),
         "standardise: (x − μ)/s with μ, s of the training part; scale: x / largest pixel value")
        ("max-shift", po::value(&max_shift)->default_value(max_shift),
         "largest translation of the test images, in pixels (≤ 7)")
        ("shift-samples", po::value(&shift_samples)->default_value(shift_samples),
         "Fashion-MNIST test images used for the shift experiments")
        ("digits-file", po::value(&digits_file)->default_value(digits_file), "the digits CSV(.gz)")
        ("fashion-dir", po::value(&fashion_dir)->default_value(fashion_dir),
         "folder of the Fashion-MNIST IDX files (Debian package dataset-fashion-mnist)");
    // clang-format on

    return ch.run(argc, argv, [&](app::Context& ctx) {
        if (ctx.quick) {  // small sizes for the test suite, unless given explicitly
            if (digits_widths == "128") digits_widths = "32";
            if (digits_epochs == 30) digits_epochs = 8;
            if (fashion_samples == 40000) fashion_samples = 1200;
            if (width == 32) width = 16;
            if (fashion_test == 10000) fashion_test = 300;
            if (shift_samples == 2000) shift_samples = 300;
        }
        const std::vector<std::size_t> digits_hidden =
            app::parse_widths("digits-widths", digits_widths);
        app::require(digits_epochs >= 1 && digits_epochs <= 10000, "digits-epochs",
                     std::to_string(digits_epochs), "in 1…10000");
        app::require(fashion_samples == 0 || (fashion_samples >= 60 && fashion_samples <= 60000),
                     "fashion-samples", std::to_string(fashion_samples), "0 (skip) or in 60…60000");
        app::require(width >= 1 && width <= 4096, "width", std::to_string(width), "in 1…4096");
        app::require(epochs >= 1 && epochs <= 10000, "epochs", std::to_string(epochs),
                     "in 1…10000");
        app::require(fashion_test >= 1 && fashion_test <= 10000, "fashion-test",
                     std::to_string(fashion_test), "in 1…10000");
        app::require(shift_samples >= 1, "shift-samples", std::to_string(shift_samples),
                     "at least 1");
        app::require(eta > 0.0 && std::isfinite(eta), "eta", num(eta), "positive and finite");
        app::require(batch_size >= 1, "batch-size", std::to_string(batch_size), "at least 1");
        app::require(max_shift <= 7, "max-shift", std::to_string(max_shift), "in 0…7");
        app::require(inputs == "standardise" || inputs == "scale", "inputs", "'" + inputs + "'",
                     "standardise or scale");
        const bool standardise = inputs == "standardise";
        const auto names = optimizer_names();
        app::require(
            std::find(names.begin(), names.end(), optimizer) != names.end(), "optimizer", optimizer,
            "one of gd, momentum, momentum_pytorch, adagrad, rmsprop, rmsprop_pytorch, adam");
        // f = 0 first (the clean test part), then noise levels spread over decades
        const std::vector<double> noise_f{0.0, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3};
        plot::Figure fig_t =
            ctx.figure("shift_translation",
                       "Distribution shift: test accuracy of the same model on translated images");
        plot::Figure fig_n =
            ctx.figure("shift_noise",
                       "Distribution shift: test accuracy of the same model on noisy images");

        // ---- The digits: 1797 images of 8×8, pixels 0…16 --------------------------------
        {
            const data::DataSet d = data::load_digits(digits_file);
            const data::Split sp = data::stratified_split(d, 0.6, 0.2, ctx.seed);
            const Parts parts{sp.train, sp.validation, sp.test};
            app::require(batch_size <= parts.train.M(), "batch-size", std::to_string(batch_size),
                         "at most the " + std::to_string(parts.train.M()) + " training digits");
            std::cout << "digits: " << d.M() << " images of 8×8, K = " << d.K << "; split "
                      << parts.train.M() << " training / " << parts.validation.M()
                      << " validation / " << parts.test.M() << " test (stratified, seed "
                      << ctx.seed << ")\n";
            Settings s{digits_hidden, optimizer,       eta,         batch_size,
                       digits_epochs, Progress::quiet, standardise, 16.0};
            const Result r = ch18::train_and_test(parts, s, ctx.rng, std::cout);
            std::vector<std::string> names;
            for (std::size_t k = 0; k < 10; ++k) names.push_back(std::to_string(k));
            report(ctx, "digits", "Digits", r, parts, optimizer, 8, 8, 16.0, 0.97, names);

            shift_experiment(ctx, r, parts.test, 8, 8, 16.0, max_shift, noise_f, "digits (8×8)",
                             "pt 7", "#1f77b4", fig_t, fig_n);
        }

        // ---- Fashion-MNIST: 60 000 + 10 000 images of 28×28, pixels 0…1 -------------------
        if (fashion_samples > 0) {
            Parts parts;
            {
                const data::DataSet all = data::load_fashion_mnist(data::FashionMnistPart::train,
                                                                   fashion_samples, fashion_dir);
                data::Split sp = data::stratified_split(all, 5.0 / 6.0, 1.0 / 6.0, ctx.seed);
                parts.train = std::move(sp.train);
                parts.validation = std::move(sp.validation);
            }
            parts.test =
                data::load_fashion_mnist(data::FashionMnistPart::test, fashion_test, fashion_dir);
            app::require(batch_size <= parts.train.M(), "batch-size", std::to_string(batch_size),
                         "at most the " + std::to_string(parts.train.M()) + " training images");
            std::cout << "fashion-mnist: " << parts.train.M() << " training / "
                      << parts.validation.M() << " validation images (of the first "
                      << fashion_samples << " of 60000), " << parts.test.M()
                      << " test images, 28×28, K = 10\n";
            Settings s{{width}, optimizer,           eta,         batch_size,
                       epochs,  Progress::automatic, standardise, 1.0};
            const Result r = ch18::train_and_test(parts, s, ctx.rng, std::cout);
            const std::vector<std::string>& names = data::fashion_mnist_class_names();
            report(ctx, "fashion", "Fashion-MNIST", r, parts, optimizer, 28, 28, 1.0, 0.88, names);

            const data::DataSet shift_test = parts.test.head(shift_samples);
            std::cout << "  (the shift experiments use the first " << shift_test.M()
                      << " test images)\n";
            shift_experiment(ctx, r, shift_test, 28, 28, 1.0, max_shift, noise_f,
                             "Fashion-MNIST (28×28)", "pt 5", "#d62728", fig_t, fig_n);
        }

        fig_t
            .line("chance (1 in K = 10)", std::vector<double>{0.0, static_cast<double>(max_shift)},
                  std::vector<double>{10.0, 10.0}, "lines dashtype 2 lc rgb 'black'")
            .xlabel("translation of the test images (pixels; mean over right, left, down, up)")
            .ylabel("test accuracy (%)")
            .yrange(0, 100)
            .legend("top right");
        fig_n
            .line("chance (1 in K = 10)", std::vector<double>{noise_f[1], noise_f.back()},
                  std::vector<double>{10.0, 10.0}, "lines dashtype 3 lc rgb 'black'")
            .xlabel("noise f: standard deviation of ε = f · largest pixel value (16 or 1)")
            .ylabel("test accuracy (%)")
            .logx()
            .yrange(0, 100)
            .legend("bottom left");
        ctx.save(fig_t);
        ctx.save(fig_n);
    });
}
