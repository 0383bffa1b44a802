#include "redes/stats/classification.hpp"

#include <cmath>
#include <string>

#include "redes/error.hpp"

namespace redes {

// ŷ_m = argmax_k [x_Lm]_k
std::vector<std::size_t> predicted_classes(const Matrix& X_L) {
    if (X_L.rows() == 0) throw ValueError("predicted_classes: outputs with K = 0 rows");
    std::vector<std::size_t> y_hat(X_L.cols(), 0);
    for (std::size_t m = 0; m < X_L.cols(); ++m) {
        std::size_t best = 0;
        for (std::size_t k = 0; k < X_L.rows(); ++k) {
            if (std::isnan(X_L(k, m)))
                throw ValueError("predicted_classes: output (" + std::to_string(k) + ", " + std::to_string(m) +
                                 ") of sample " + std::to_string(m) + " is NaN");
            if (X_L(k, m) > X_L(best, m)) best = k;  // strict: ties keep the smallest k
        }
        y_hat[m] = best;
    }
    return y_hat;
}

// (1/M) #{m : ŷ_m = label_m}
double accuracy(const std::vector<std::size_t>& predicted, const std::vector<std::size_t>& labels) {
    if (predicted.size() != labels.size())
        throw ShapeError("accuracy: " + std::to_string(predicted.size()) + " predictions for " +
                         std::to_string(labels.size()) + " labels");
    if (labels.empty()) throw ValueError("accuracy: M = 0 samples");
    std::size_t right = 0;
    for (std::size_t m = 0; m < labels.size(); ++m) right += predicted[m] == labels[m];
    return static_cast<double>(right) / static_cast<double>(labels.size());
}

}  // namespace redes
