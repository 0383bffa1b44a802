#include "redes/models/classify.hpp"

#include <cmath>
#include <string>

#include "redes/error.hpp"

namespace redes {

// argmax_k v_k, the first k on ties
std::size_t argmax(const Vector& v) {
    if (v.empty()) throw ValueError("argmax: empty vector");
    std::size_t best = 0;
    for (std::size_t k = 0; k < v.size(); ++k) {
        if (std::isnan(v[k])) throw ValueError("argmax: entry " + std::to_string(k) + " is NaN");
        if (v[k] > v[best]) best = k;
    }
    return best;
}

// ŷ_m = argmax_k S(k, m)
std::vector<std::size_t> argmax_columns(const Matrix& S) {
    if (S.rows() == 0) throw ValueError("argmax_columns: scores with 0 rows (no classes)");
    std::vector<std::size_t> y_hat(S.cols(), 0);
    for (std::size_t m = 0; m < S.cols(); ++m) {
        std::size_t best = 0;
        for (std::size_t k = 0; k < S.rows(); ++k) {
            if (std::isnan(S(k, m)))
                throw ValueError("argmax_columns: score (" + std::to_string(k) + ", " +
                                 std::to_string(m) + ") is NaN");
            if (S(k, m) > S(best, m)) best = k;
        }
        y_hat[m] = best;
    }
    return y_hat;
}

std::vector<std::size_t> predict_labels(const MLP& net, const Matrix& X) {
    return argmax_columns(net.forward(X));
}

// (1/M) Σ_m 1{ŷ_m = y_m}
double accuracy(const std::vector<std::size_t>& predicted, const std::vector<std::size_t>& labels) {
    if (predicted.size() != labels.size())
        throw ShapeError("accuracy: " + std::to_string(predicted.size()) + " predictions for " +
                         std::to_string(labels.size()) + " labels");
    if (labels.empty()) throw ValueError("accuracy: M = 0 samples");
    std::size_t right = 0;
    for (std::size_t m = 0; m < labels.size(); ++m) right += predicted[m] == labels[m];
    return static_cast<double>(right) / static_cast<double>(labels.size());
}

std::size_t ConfusionMatrix::total() const {
    std::size_t M = 0;
    for (std::size_t c : counts) M += c;
    return M;
}

std::size_t ConfusionMatrix::correct() const {
    std::size_t right = 0;
    for (std::size_t k = 0; k < K; ++k) right += (*this)(k, k);
    return right;
}

double ConfusionMatrix::accuracy() const {
    const std::size_t M = total();
    if (M == 0) throw ValueError("ConfusionMatrix::accuracy: M = 0 samples");
    return static_cast<double>(correct()) / static_cast<double>(M);
}

double ConfusionMatrix::recall(std::size_t k) const {
    if (k >= K)
        throw IndexError("ConfusionMatrix::recall: class " + std::to_string(k) + " outside 0…" +
                         std::to_string(K) + "−1");
    std::size_t row = 0;
    for (std::size_t j = 0; j < K; ++j) row += (*this)(k, j);
    return row == 0 ? 0.0 : static_cast<double>((*this)(k, k)) / static_cast<double>(row);
}

Matrix ConfusionMatrix::as_matrix(bool row_fractions) const {
    Matrix C(K, K);
    for (std::size_t k = 0; k < K; ++k) {
        std::size_t row = 0;
        for (std::size_t j = 0; j < K; ++j) row += (*this)(k, j);
        for (std::size_t j = 0; j < K; ++j) {
            const double c = static_cast<double>((*this)(k, j));
            C(k, j) = !row_fractions ? c : row == 0 ? 0.0 : c / static_cast<double>(row);
        }
    }
    return C;
}

// C(k, j) = #{m : y_m = k, ŷ_m = j}
ConfusionMatrix confusion_matrix(const std::vector<std::size_t>& labels,
                                 const std::vector<std::size_t>& predicted, std::size_t K) {
    if (predicted.size() != labels.size())
        throw ShapeError("confusion_matrix: " + std::to_string(predicted.size()) +
                         " predictions for " + std::to_string(labels.size()) + " labels");
    ConfusionMatrix C;
    C.K = K;
    C.counts.assign(K * K, 0);
    for (std::size_t m = 0; m < labels.size(); ++m) {
        if (labels[m] >= K || predicted[m] >= K)
            throw ValueError("confusion_matrix: sample " + std::to_string(m) + " has label " +
                             std::to_string(labels[m]) + " and prediction " +
                             std::to_string(predicted[m]) + "; classes are 0…" + std::to_string(K) +
                             "−1");
        ++C.counts[labels[m] * K + predicted[m]];
    }
    return C;
}

Evaluation evaluate_classifier(const MLP& net, const Cost& J, const Matrix& X, const Matrix& Y,
                               const std::vector<std::size_t>& labels) {
    if (X.cols() == 0) throw ValueError("evaluate_classifier: M = 0 samples");
    if (Y.rows() != net.output_size() || Y.cols() != X.cols() || labels.size() != X.cols())
        throw ShapeError("evaluate_classifier: inputs " + shape_str(X.rows(), X.cols()) +
                         ", targets " + shape_str(Y.rows(), Y.cols()) + " and " +
                         std::to_string(labels.size()) + " labels for a network " +
                         std::to_string(net.input_size()) + " → " +
                         std::to_string(net.output_size()));
    const Matrix X_L = net.forward(X);
    Evaluation e;
    // R̂ = (1/M) Σ_m J(x_Lm; y_m)
    e.R_hat = J.J_sum(X_L, Y) / static_cast<double>(X.cols());
    e.predicted = argmax_columns(X_L);
    e.confusion = confusion_matrix(labels, e.predicted, net.output_size());
    return e;
}

}  // namespace redes
