#include "redes/data/split.hpp"

#include <algorithm>
#include <cmath>
#include <string>

#include "redes/error.hpp"
#include "redes/stats/rng.hpp"
#include "redes/text.hpp"

namespace redes::data {

namespace {

// The part in a seeded random order.
void shuffle(std::vector<std::size_t>& part, Rng& rng) {
    const std::vector<std::size_t> p = rng.permutation(part.size());
    std::vector<std::size_t> out(part.size());
    for (std::size_t j = 0; j < part.size(); ++j) out[j] = part[p[j]];
    part = std::move(out);
}

}  // namespace

SplitIndices stratified_split_indices(const std::vector<std::size_t>& labels, std::size_t K,
                                      double train_fraction, double validation_fraction,
                                      std::uint64_t seed) {
    const std::string op = "stratified_split: ";
    if (!(train_fraction > 0.0 && train_fraction <= 1.0))
        throw ValueError(op + "train_fraction = " + num(train_fraction) + " must be in (0, 1]");
    if (!(validation_fraction >= 0.0 && validation_fraction <= 1.0))
        throw ValueError(op + "validation_fraction = " + num(validation_fraction) +
                         " must be in [0, 1]");
    if (train_fraction + validation_fraction > 1.0 + 1e-12)
        throw ValueError(op + "train_fraction + validation_fraction = " + num(train_fraction) +
                         " + " + num(validation_fraction) + " = " +
                         num(train_fraction + validation_fraction) + " > 1");
    if (labels.empty()) throw ValueError(op + "no samples (M = 0)");

    // The samples of each class, in file order.
    std::vector<std::vector<std::size_t>> by_class(K);
    for (std::size_t m = 0; m < labels.size(); ++m) {
        if (labels[m] >= K)
            throw ValueError(op + "label " + std::to_string(labels[m]) + " of sample " +
                             std::to_string(m) + " outside 0…" + std::to_string(K) + "−1");
        by_class[labels[m]].push_back(m);
    }

    Rng rng(seed);
    SplitIndices s;
    for (const auto& members : by_class) {
        const std::size_t n_k = members.size();
        const std::vector<std::size_t> order = rng.permutation(n_k);
        // n_k,train = round(f_train n_k); n_k,train + n_k,val = round((f_train + f_val) n_k)
        const auto n_train = static_cast<std::size_t>(std::llround(train_fraction * n_k));
        const auto n_train_val =
            std::min<std::size_t>(n_k, static_cast<std::size_t>(std::llround(
                                           (train_fraction + validation_fraction) * n_k)));
        for (std::size_t j = 0; j < n_k; ++j) {
            const std::size_t m = members[order[j]];
            (j < n_train ? s.train : j < n_train_val ? s.validation : s.test).push_back(m);
        }
    }
    shuffle(s.train, rng);
    shuffle(s.validation, rng);
    shuffle(s.test, rng);
    return s;
}

Split stratified_split(const DataSet& d, double train_fraction, double validation_fraction,
                       std::uint64_t seed) {
    const SplitIndices s =
        stratified_split_indices(d.labels, d.K, train_fraction, validation_fraction, seed);
    return Split{d.subset(s.train), d.subset(s.validation), d.subset(s.test)};
}

}  // namespace redes::data
