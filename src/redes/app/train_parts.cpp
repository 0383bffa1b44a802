#include "redes/app/train_parts.hpp"

#include <ostream>

#include "redes/app/chapter.hpp"
#include "redes/app/train_data.hpp"
#include "redes/app/train_print.hpp"
#include "redes/data/split.hpp"
#include "redes/error.hpp"

namespace redes::app {

std::optional<data::Standardizer> model_standardizer(const ModelMetadata& meta) {
    if (meta.mean.empty()) return std::nullopt;
    return data::Standardizer(meta.mean, meta.stddev);
}

std::optional<data::Standardizer> model_target_standardizer(const ModelMetadata& meta) {
    const auto mean = meta.state.find("target_mean"), stddev = meta.state.find("target_stddev");
    if (mean == meta.state.end() || stddev == meta.state.end()) return std::nullopt;
    return data::Standardizer(mean->second, stddev->second);
}

TrainData read_train_data(const TrainOptions& o, const std::optional<MLPFile>& loaded,
                          std::ostream& out) {
    TrainData t;
    std::vector<std::string> warnings;
    const MLPFile* model = loaded ? &*loaded : nullptr;
    t.all = load_labelled(o.data, o, model, warnings);
    for (const std::string& w : warnings) out << w << "\n";
    const data::DataSet& d = t.all;
    out << o.data << ": M = " << d.M() << " samples, N = " << d.N() << " features, "
        << (o.regression() ? "1 real target" : "K = " + std::to_string(d.K) + " classes") << "\n";
    if (!loaded && !o.regression() && d.K < 2)
        throw ValueError(o.data + " has a single class (K = 1): nothing to tell apart");

    // stratified parts: each class in its proportion, the same ones for the same seed (a
    // regression has one "class": a random split)
    data::Split sp = data::stratified_split(d, 1.0 - o.validation_share - o.test_share,
                                            o.validation_share, o.seed);
    if (o.validation_share > 0.0 || o.test_share > 0.0) t.train = std::move(sp.train);
    else t.train = d;
    t.validation = std::move(sp.validation);
    t.test = o.test.empty() ? std::move(sp.test) : load_labelled(o.test, o, model, warnings);
    const std::string at_least_one =
        "large enough to hold out at least one of the M = " + std::to_string(d.M()) + " samples";
    require(o.validation_share == 0.0 || t.validation.M() > 0, "validation-share",
            g(o.validation_share), at_least_one);
    require(o.test_share == 0.0 || t.test.M() > 0, "test-share", g(o.test_share), at_least_one);
    require(o.batch_size <= t.train.M(), "batch-size", std::to_string(o.batch_size),
            "at most the number of training samples M = " + std::to_string(t.train.M()));

    // x̃ = (x − μ)/s with μ, s of the training part (or those stored in a loaded model)
    if (loaded) t.st = model_standardizer(loaded->meta);
    else if (o.standardize) t.st = data::Standardizer::fit(t.train.X, o.data);
    t.X_train = t.standardized(t.train.X);
    if (t.validation.M() > 0) t.X_val = t.standardized(t.validation.X);
    if (o.regression() && loaded) t.target_st = model_target_standardizer(loaded->meta);
    else if (o.regression() && o.standardize)
        t.target_st = data::Standardizer::fit(t.train.Y, o.data + " (targets)");
    t.Y_train = t.target_st ? t.target_st->transform(t.train.Y) : t.train.Y;
    if (t.validation.M() > 0)
        t.Y_val = t.target_st ? t.target_st->transform(t.validation.Y) : t.validation.Y;
    out << t.train.M() << " samples for training, " << t.validation.M() << " for validation"
        << (t.test.M() > 0 ? ", " + std::to_string(t.test.M()) + " for the test" : "")
        << (o.regression() ? " (random, seed " : " (stratified, seed ") << o.seed << "); "
        << (!t.st    ? "raw inputs"
            : loaded ? "inputs standardised with the model's μ, s"
                     : "inputs standardised with μ, s of the training part")
        << "\n";
    if (t.target_st)
        out << "targets standardised, ỹ = (y − μ_y)/s_y with μ_y = " << g(t.target_st->mean()[0])
            << ", s_y = " << g(t.target_st->stddev()[0]) << (loaded ? " of the model" : "")
            << ": R̂ is on ỹ, RMSE and R² in the units of y\n";
    return t;
}

}  // namespace redes::app
