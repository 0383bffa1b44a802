// The data as the search sees it: a stratified split into training, validation and test parts,
// each standardised with the training part's μ and s only (search.hpp's prepare).
#include <cstdio>
#include <string>

#include "redes/data/csv.hpp"
#include "sections.hpp"

namespace ch08 {

Study prepare_study(const redes::app::Context& ctx, const Settings& s) {
    using redes::app::require;
    Study st;
    st.d = s.data_name == "digits" ? redes::data::load_digits() : redes::data::load_iris();
    st.idx = redes::data::stratified_split_indices(st.d.labels, st.d.K, s.train_fraction,
                                                   s.validation_fraction, ctx.seed);
    st.data = prepare(st.d, st.idx);
    require(st.data.train.M() >= 1 && st.data.validation.M() >= 1 && st.data.test.M() >= 1,
            "validation-fraction", fmt(s.validation_fraction, "%g"),
            "such that training, validation and test parts are not empty");
    require(s.train.batch_size <= st.data.train.M(), "batch-size",
            std::to_string(s.train.batch_size),
            "at most the " + std::to_string(st.data.train.M()) + " training samples");
    std::printf(
        "%s: M = %zu samples, N = %zu features, K = %zu classes; training %zu, validation %zu, test %zu\n",
        s.data_name.c_str(), st.d.M(), st.d.N(), st.d.K, st.data.train.M(), st.data.validation.M(),
        st.data.test.M());
    std::printf(
        "standardised with the training part's μ and s only (%zu features constant there keep s = 1)\n",
        st.data.standardizer.constant_features().size());
    std::printf(
        "every configuration: %zu epochs of Adam, η = %g, M′ = %zu, J = %s; score R̂_val = mean J on validation\n",
        s.train.epochs, s.train.eta, s.train.batch_size, s.train.cost.c_str());
    return st;
}

}  // namespace ch08
