// A trained model's report: what it printed and drew is the same for both data sets.
#include <algorithm>
#include <cmath>
#include <iostream>

#include "figures.hpp"
#include "redes/app/format.hpp"
#include "redes/app/risk_plot.hpp"
#include "sections.hpp"

namespace ch18 {

using namespace redes;

namespace {

// The test images the model got wrong: the first `n_max` in the (random) order of the test part.
std::vector<std::size_t> misclassified(const Result& r, const data::DataSet& test,
                                       std::size_t n_max) {
    std::vector<std::size_t> idx;
    for (std::size_t m = 0; m < test.M() && idx.size() < n_max; ++m)
        if (r.test.predicted[m] != test.labels[m]) idx.push_back(m);
    return idx;
}

}  // namespace

void report(app::Context& ctx, const std::string& tag, const std::string& name, const Result& r,
            const Parts& parts, const std::string& optimizer, std::size_t rows, std::size_t cols,
            double pixel_max, double target, const std::vector<std::string>& names) {
    const auto& h = r.history;
    // epoch_validation_risk[e] is R̂_val after epoch e (e = 0: at θ_0): the epoch early stopping
    // would choose
    const auto lowest =
        std::min_element(h.epoch_validation_risk.begin(), h.epoch_validation_risk.end());
    std::cout << "  trained in " << app::seconds(r.wall_seconds) << " (CPU "
              << app::seconds(r.cpu_seconds) << "); R̂ " << h.epoch_train_risk.front() << " → "
              << h.epoch_train_risk.back() << " on training, " << h.epoch_validation_risk.back()
              << " on validation (lowest " << *lowest << " after epoch "
              << lowest - h.epoch_validation_risk.begin() << ")\n";
    // the standard error of an accuracy a measured on M images: √(a(1 − a)/M)
    const double a = r.test.accuracy(), M = static_cast<double>(r.test.confusion.total());
    std::cout << "  test accuracy " << app::percent(a) << " ± "
              << app::percent(std::sqrt(a * (1.0 - a) / M)) << " (" << r.test.confusion.correct()
              << "/" << r.test.confusion.total() << "), R̂_test " << r.test.R_hat << "; target ≥ "
              << app::percent(target) << ": "
              << (r.test.accuracy() >= target ? "reached" : "NOT reached") << "\n";
    std::cout << "  most frequent confusion: " << worst_confusion(r.test.confusion, names) << "\n";

    plot::Figure risk =
        app::risk_curves_figure("ch18_" + tag + "_risk",
                                name + ": empirical risk R̂ per epoch (" + optimizer + ", " +
                                    widths_string(r.net.N()) + ")",
                                h);
    ctx.save(risk.ylabel("empirical risk R̂ (softmax cross-entropy)"));
    ctx.save(confusion_figure(ctx, tag + "_confusion",
                              name + ": confusion matrix on the test part (accuracy " +
                                  app::percent(r.test.accuracy()) + ")",
                              r.test.confusion, names));
    const std::vector<std::size_t> wrong = misclassified(r, parts.test, 24);
    std::vector<std::string> captions;
    for (std::size_t m : wrong)  // short names on one line, long ones on two
        captions.push_back(names[parts.test.labels[m]] + (names[0].size() > 2 ? "\n→ " : " → ") +
                           names[r.test.predicted[m]]);
    if (!wrong.empty())
        ctx.save(image_grid_figure(ctx, tag + "_misclassified",
                                   name + ": misclassified test images (true → predicted)",
                                   parts.test.X, rows, cols, wrong, captions, 6, pixel_max));
}

}  // namespace ch18
