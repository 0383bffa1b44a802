// 18 — Capstone: real data end to end. The whole lecture in one run: the empirical risk
// R̂(θ) = (1/M) Σ_m J(f(x_m; θ)) of an MLP, minimised by SGD with backpropagation, on the
// 8×8 handwritten digits and on Fashion-MNIST; then the notes' warning checked on real data:
// the same model on test images that no longer come from the training distribution
// (digits.cpp, fashion.cpp, report.cpp, shift.cpp).
#include <cmath>

#include "redes/app/chapter.hpp"
#include "redes/app/option_lists.hpp"
#include "redes/app/require_known.hpp"
#include "redes/data/idx.hpp"
#include "redes/optim/make_optimizer.hpp"
#include "redes/text.hpp"
#include "sections.hpp"

using namespace redes;
namespace po = boost::program_options;

int main(int argc, char** argv) {
    app::Chapter ch("18", "capstone",
                    "real data end to end: digits and Fashion-MNIST, risk curves, accuracy, "
                    "confusion matrix, distribution shift");
    ch18::RunOptions o;
    o.digits_file = "data/digits.csv.gz";
    o.fashion_dir = data::fashion_mnist_default_dir;
    std::string digits_widths = "128", inputs = "standardise";
    // clang-format off
    ch.options().add_options()
        ("digits-widths", po::value(&digits_widths)->default_value(digits_widths),
         "hidden widths N_1,N_2,… of the digits network (\"none\": no hidden layer)")
        ("digits-epochs", po::value(&o.digits_epochs)->default_value(o.digits_epochs), "epochs on the digits")
        ("fashion-samples", po::value(&o.fashion_samples)->default_value(o.fashion_samples),
         "Fashion-MNIST training images used, 5/6 to train and 1/6 to validate (≤ 60000; 0 skips Fashion-MNIST)")
        ("width", po::value(&o.width)->default_value(o.width), "hidden width N_1 of the Fashion-MNIST network")
        ("epochs", po::value(&o.epochs)->default_value(o.epochs), "epochs on Fashion-MNIST")
        ("fashion-test", po::value(&o.fashion_test)->default_value(o.fashion_test),
         "Fashion-MNIST test images evaluated (≤ 10000)")
        ("optimizer", po::value(&o.optimizer)->default_value(o.optimizer),
         "adam, momentum, gd, adagrad, rmsprop, … (both data sets)")
        ("eta", po::value(&o.eta)->default_value(o.eta), "learning rate η (both data sets)")
        ("batch-size", po::value(&o.batch_size)->default_value(o.batch_size), "batch size M′ (both data sets)")
        ("inputs", po::value(&inputs)->default_value(inputs),
         "standardise: (x − μ)/s with μ, s of the training part; scale: x / largest pixel value")
        ("max-shift", po::value(&o.max_shift)->default_value(o.max_shift),
         "largest translation of the test images, in pixels (≤ 7)")
        ("shift-samples", po::value(&o.shift_samples)->default_value(o.shift_samples),
         "Fashion-MNIST test images used for the shift experiments")
        ("digits-file", po::value(&o.digits_file)->default_value(o.digits_file), "the digits CSV(.gz)")
        ("fashion-dir", po::value(&o.fashion_dir)->default_value(o.fashion_dir),
         "folder of the Fashion-MNIST IDX files (Debian package dataset-fashion-mnist)");
    // clang-format on

    return ch.run(argc, argv, [&](app::Context& ctx) {
        if (ctx.quick) {  // small sizes for the test suite, unless given explicitly
            if (digits_widths == "128") digits_widths = "32";
            if (o.digits_epochs == 30) o.digits_epochs = 8;
            if (o.fashion_samples == 40000) o.fashion_samples = 1200;
            if (o.width == 32) o.width = 16;
            if (o.fashion_test == 10000) o.fashion_test = 300;
            if (o.shift_samples == 2000) o.shift_samples = 300;
        }
        o.digits_hidden = app::parse_hidden_widths("digits-widths", digits_widths);
        app::require(o.digits_epochs >= 1 && o.digits_epochs <= 10000, "digits-epochs",
                     std::to_string(o.digits_epochs), "in 1…10000");
        app::require(o.fashion_samples == 0 ||
                         (o.fashion_samples >= 60 && o.fashion_samples <= 60000),
                     "fashion-samples", std::to_string(o.fashion_samples),
                     "0 (skip) or in 60…60000");
        app::require(o.width >= 1 && o.width <= 4096, "width", std::to_string(o.width),
                     "in 1…4096");
        app::require(o.epochs >= 1 && o.epochs <= 10000, "epochs", std::to_string(o.epochs),
                     "in 1…10000");
        app::require(o.fashion_test >= 1 && o.fashion_test <= 10000, "fashion-test",
                     std::to_string(o.fashion_test), "in 1…10000");
        app::require(o.shift_samples >= 1, "shift-samples", std::to_string(o.shift_samples),
                     "at least 1");
        app::require(o.eta > 0.0 && std::isfinite(o.eta), "eta", num(o.eta), "positive and finite");
        app::require(o.batch_size >= 1, "batch-size", std::to_string(o.batch_size), "at least 1");
        app::require(o.max_shift <= 7, "max-shift", std::to_string(o.max_shift), "in 0…7");
        app::require(inputs == "standardise" || inputs == "scale", "inputs", "'" + inputs + "'",
                     "standardise or scale");
        o.standardise = inputs == "standardise";
        app::require_known("optimizer", o.optimizer, optimizer_names());

        ch18::ShiftFigures figs = ch18::shift_figures(ctx);
        ch18::digits_experiment(ctx, o, figs);
        if (o.fashion_samples > 0) ch18::fashion_experiment(ctx, o, figs);
        ch18::finish_shift_figures(figs, o.max_shift);
        ctx.save(figs.translation);
        ctx.save(figs.noise);
    });
}
