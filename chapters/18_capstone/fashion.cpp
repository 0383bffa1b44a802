// Fashion-MNIST: 60 000 training and 10 000 test images of 28×28, pixels 0…1, K = 10.
#include <iostream>

#include "redes/data/idx.hpp"
#include "redes/data/split.hpp"
#include "sections.hpp"

namespace ch18 {

using namespace redes;

void fashion_experiment(app::Context& ctx, const RunOptions& o, ShiftFigures& figs) {
    Parts parts;
    {
        const data::DataSet all = data::load_fashion_mnist(data::FashionMnistPart::train,
                                                           o.fashion_samples, o.fashion_dir);
        data::Split sp = data::stratified_split(all, 5.0 / 6.0, 1.0 / 6.0, ctx.seed);
        parts.train = std::move(sp.train);
        parts.validation = std::move(sp.validation);
    }
    parts.test =
        data::load_fashion_mnist(data::FashionMnistPart::test, o.fashion_test, o.fashion_dir);
    app::require(o.batch_size <= parts.train.M(), "batch-size", std::to_string(o.batch_size),
                 "at most the " + std::to_string(parts.train.M()) + " training images");
    std::cout << "fashion-mnist: " << parts.train.M() << " training / " << parts.validation.M()
              << " validation images (of the first " << o.fashion_samples << " of 60000), "
              << parts.test.M() << " test images, 28×28, K = 10\n";
    const Settings s{{o.width}, o.optimizer,         o.eta,         o.batch_size,
                     o.epochs,  Progress::automatic, o.standardise, 1.0};
    const Result r = train_and_test(parts, s, ctx.rng, std::cout);
    const std::vector<std::string>& names = data::fashion_mnist_class_names();
    report(ctx, "fashion", "Fashion-MNIST", r, parts, o.optimizer, 28, 28, 1.0, 0.88, names);

    const data::DataSet shift_test = parts.test.head(o.shift_samples);
    std::cout << "  (the shift experiments use the first " << shift_test.M() << " test images)\n";
    shift_experiment(ctx, r, shift_test, 28, 28, 1.0, o.max_shift, noise_fractions(),
                     "Fashion-MNIST (28×28)", "pt 5", "#d62728", figs);
}

}  // namespace ch18
