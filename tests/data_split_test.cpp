// Stratified train/validation/test splits: a partition of the samples, the same for the same
// seed, each class in each part within one sample of its exact share.
#include <algorithm>
#include <boost/test/unit_test.hpp>
#include <cmath>
#include <set>

#include "data_test_helpers.hpp"
#include "redes/data/csv.hpp"
#include "redes/data/split.hpp"

using redes::ValueError;
using redes::data::DataSet;
using redes::data::SplitIndices;
using redes::data::stratified_split;
using redes::data::stratified_split_indices;
using redes_test::message_has;

namespace {

std::size_t count_class(const DataSet& d, const std::vector<std::size_t>& idx, std::size_t k) {
    return static_cast<std::size_t>(
        std::count_if(idx.begin(), idx.end(), [&](std::size_t m) { return d.labels[m] == k; }));
}

}  // namespace

BOOST_AUTO_TEST_SUITE(data_split)

BOOST_AUTO_TEST_CASE(same_seed_same_parts_other_seed_other_parts) {
    const DataSet d = redes::data::load_digits();
    const SplitIndices a = stratified_split_indices(d.labels, d.K, 0.6, 0.2, 7);
    const SplitIndices b = stratified_split_indices(d.labels, d.K, 0.6, 0.2, 7);
    const SplitIndices c = stratified_split_indices(d.labels, d.K, 0.6, 0.2, 8);
    BOOST_TEST((a.train == b.train));
    BOOST_TEST((a.validation == b.validation));
    BOOST_TEST((a.test == b.test));
    BOOST_TEST((a.train != c.train));
}

BOOST_AUTO_TEST_CASE(the_parts_are_a_partition) {
    const DataSet d = redes::data::load_digits();
    const SplitIndices s = stratified_split_indices(d.labels, d.K, 0.6, 0.2, 1);
    std::vector<std::size_t> all = s.train;
    all.insert(all.end(), s.validation.begin(), s.validation.end());
    all.insert(all.end(), s.test.begin(), s.test.end());
    std::sort(all.begin(), all.end());
    std::vector<std::size_t> expected(d.M());
    for (std::size_t m = 0; m < d.M(); ++m) expected[m] = m;
    BOOST_TEST((all == expected));  // every sample exactly once
}

// |#{class k in part} − f_part · n_k| ≤ 1 for every class and part.
BOOST_AUTO_TEST_CASE(stratified_within_one_sample) {
    const DataSet d = redes::data::load_digits();
    const double f_train = 0.6, f_val = 0.25, f_test = 1.0 - f_train - f_val;
    for (std::uint64_t seed : {1u, 2u, 3u}) {
        const SplitIndices s = stratified_split_indices(d.labels, d.K, f_train, f_val, seed);
        const auto n = d.class_counts();
        for (std::size_t k = 0; k < d.K; ++k) {
            BOOST_TEST(std::abs(count_class(d, s.train, k) - f_train * n[k]) <= 1.0);
            BOOST_TEST(std::abs(count_class(d, s.validation, k) - f_val * n[k]) <= 1.0);
            BOOST_TEST(std::abs(count_class(d, s.test, k) - f_test * n[k]) <= 1.0);
        }
    }
}

BOOST_AUTO_TEST_CASE(split_data_sets_carry_the_samples) {
    const DataSet d = redes::data::load_iris();
    const SplitIndices s = stratified_split_indices(d.labels, d.K, 0.7, 0.15, 3);
    const auto parts = stratified_split(d, 0.7, 0.15, 3);
    BOOST_TEST(parts.train.M() == 105u);      // 35 of each class of 50
    BOOST_TEST(parts.validation.M() == 24u);  // round(0.85·50) − 35 = 8 per class (7.5 rounds up)
    BOOST_TEST(parts.test.M() == 21u);
    for (std::size_t j = 0; j < s.test.size(); ++j) {
        BOOST_TEST((parts.test.X.col(j) == d.X.col(s.test[j])));
        BOOST_TEST(parts.test.labels[j] == d.labels[s.test[j]]);
    }
    // iris.csv is sorted by class; the parts are shuffled, so the first ten are not one class.
    const std::set<std::size_t> first_ten(parts.train.labels.begin(),
                                          parts.train.labels.begin() + 10);
    BOOST_TEST(first_ten.size() > 1u);
}

BOOST_AUTO_TEST_CASE(no_test_part) {
    const DataSet d = redes::data::load_iris();
    const auto parts = stratified_split(d, 0.8, 0.2, 5);
    BOOST_TEST(parts.train.M() == 120u);
    BOOST_TEST(parts.validation.M() == 30u);
    BOOST_TEST(parts.test.M() == 0u);
}

BOOST_AUTO_TEST_CASE(bad_fractions) {
    const std::vector<std::size_t> labels{0, 1, 0, 1};
    BOOST_CHECK_EXCEPTION(stratified_split_indices(labels, 2, 0.0, 0.2, 1), ValueError,
                          message_has({"stratified_split", "train_fraction = 0", "(0, 1]"}));
    BOOST_CHECK_EXCEPTION(stratified_split_indices(labels, 2, 0.8, 0.3, 1), ValueError,
                          message_has({"stratified_split", "0.8 + 0.3 = 1.1 > 1"}));
    BOOST_CHECK_EXCEPTION(stratified_split_indices(labels, 2, 0.5, -0.1, 1), ValueError,
                          message_has({"validation_fraction = -0.1"}));
    BOOST_CHECK_EXCEPTION(stratified_split_indices({0, 3}, 2, 0.5, 0.1, 1), ValueError,
                          message_has({"label 3 of sample 1", "outside 0…2−1"}));
}

BOOST_AUTO_TEST_SUITE_END()
