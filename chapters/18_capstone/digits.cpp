// The 8×8 handwritten digits: 1797 images, pixels 0…16, K = 10, split 60/20/20 (stratified).
#include <iostream>

#include "redes/data/csv.hpp"
#include "redes/data/split.hpp"
#include "sections.hpp"

namespace ch18 {

using namespace redes;

void digits_experiment(app::Context& ctx, const RunOptions& o, ShiftFigures& figs) {
    const data::DataSet d = data::load_digits(o.digits_file);
    const data::Split sp = data::stratified_split(d, 0.6, 0.2, ctx.seed);
    const Parts parts{sp.train, sp.validation, sp.test};
    app::require(o.batch_size <= parts.train.M(), "batch-size", std::to_string(o.batch_size),
                 "at most the " + std::to_string(parts.train.M()) + " training digits");
    std::cout << "digits: " << d.M() << " images of 8×8, K = " << d.K << "; split "
              << parts.train.M() << " training / " << parts.validation.M() << " validation / "
              << parts.test.M() << " test (stratified, seed " << ctx.seed << ")\n";
    const Settings s{o.digits_hidden, o.optimizer,     o.eta,         o.batch_size,
                     o.digits_epochs, Progress::quiet, o.standardise, 16.0};
    const Result r = train_and_test(parts, s, ctx.rng, std::cout);
    std::vector<std::string> names;
    for (std::size_t k = 0; k < 10; ++k) names.push_back(std::to_string(k));
    report(ctx, "digits", "Digits", r, parts, o.optimizer, 8, 8, 16.0, 0.97, names);

    shift_experiment(ctx, r, parts.test, 8, 8, 16.0, o.max_shift, noise_fractions(), "digits (8×8)",
                     "pt 7", "#1f77b4", figs);
}

}  // namespace ch18
