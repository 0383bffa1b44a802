#include "redes/data/dataset.hpp"

#include <algorithm>

#include "redes/error.hpp"

namespace redes::data {

// Y(k, m) = 1 if labels[m] = k, else 0
Matrix one_hot(const std::vector<std::size_t>& labels, std::size_t K) {
    Matrix Y(K, labels.size());
    for (std::size_t m = 0; m < labels.size(); ++m) {
        if (labels[m] >= K)
            throw ValueError("one_hot: label " + std::to_string(labels[m]) + " of sample " +
                             std::to_string(m) + " outside 0…" + std::to_string(K) + "−1");
        Y(labels[m], m) = 1.0;
    }
    return Y;
}

DataSet make_dataset(Matrix X, std::vector<std::size_t> labels, std::size_t K, std::string source,
                     std::vector<std::string> class_names) {
    if (labels.size() != X.cols())
        throw ShapeError("make_dataset: X " + shape_str(X.rows(), X.cols()) + " has " +
                         std::to_string(X.cols()) + " samples but there are " +
                         std::to_string(labels.size()) + " labels");
    if (K == 0 && !labels.empty()) K = *std::max_element(labels.begin(), labels.end()) + 1;
    if (!class_names.empty() && class_names.size() != K)
        throw ShapeError("make_dataset: " + std::to_string(class_names.size()) +
                         " class names for K = " + std::to_string(K) + " classes");
    DataSet d;
    d.Y = one_hot(labels, K);
    d.X = std::move(X);
    d.labels = std::move(labels);
    d.K = K;
    d.source = std::move(source);
    d.class_names = std::move(class_names);
    return d;
}

DataSet make_regression_dataset(Matrix X, Matrix Y, std::string source) {
    if (Y.cols() != X.cols())
        throw ShapeError("make_regression_dataset: X " + shape_str(X.rows(), X.cols()) + " has " +
                         std::to_string(X.cols()) + " samples but Y " +
                         shape_str(Y.rows(), Y.cols()) + " has " + std::to_string(Y.cols()));
    DataSet d =
        make_dataset(std::move(X), std::vector<std::size_t>(Y.cols(), 0), 1, std::move(source));
    d.Y = std::move(Y);
    return d;
}

DataSet DataSet::subset(const std::vector<std::size_t>& idx) const {
    DataSet d;
    d.X = Matrix(N(), idx.size());
    d.Y = Matrix(Y.rows(), idx.size());  // columns of Y: one-hot, or real regression targets
    d.labels.resize(idx.size());
    for (std::size_t j = 0; j < idx.size(); ++j) {
        const std::size_t m = idx[j];
        if (m >= M())
            throw IndexError("DataSet::subset: sample " + std::to_string(m) + " outside 0…" +
                             std::to_string(M()) + "−1 of " +
                             (source.empty() ? "the data set" : source));
        for (std::size_t i = 0; i < N(); ++i) d.X(i, j) = X(i, m);
        for (std::size_t k = 0; k < Y.rows(); ++k) d.Y(k, j) = Y(k, m);
        d.labels[j] = labels[m];
    }
    d.K = K;
    d.source = source;
    d.class_names = class_names;
    return d;
}

DataSet DataSet::head(std::size_t n) const {
    std::vector<std::size_t> idx(std::min(n, M()));
    for (std::size_t m = 0; m < idx.size(); ++m) idx[m] = m;
    return subset(idx);
}

std::vector<std::size_t> DataSet::class_counts() const {
    std::vector<std::size_t> counts(K, 0);
    for (std::size_t l : labels) ++counts.at(l);
    return counts;
}

}  // namespace redes::data
