#pragma once
// Costs J and their gradients g_J′ with respect to the network output x_L.
//   quadratic:      J(x_L; y) = ‖y − x_L‖²,           g_J′(x_L) = −2 (y − x_L)
//   cross-entropy:  J(x_L; y) = −Σ_i y_i log p_i with p = softmax(x_L),   g_J′(x_L) = p Σ_i y_i − y (= p − y for one-hot y)
//                   (beyond this lecture: the next classes use it for classification)
// The batch forms take samples as columns and return the sum of J over the batch.
#include <string>

#include "redes/linalg/matrix.hpp"
#include "redes/linalg/vector.hpp"

namespace redes {

enum class CostKind { quadratic, cross_entropy };

class Cost {
public:
    static Cost quadratic();
    static Cost cross_entropy();
    // "quadratic" or "cross_entropy"; throws ValueError otherwise.
    static Cost from_name(const std::string& name);

    CostKind kind() const { return kind_; }
    std::string name() const;

    // J(x_L; y)
    double J(const Vector& x_L, const Vector& y) const;
    // g_J′(x_L) = ∂J/∂x_L
    Vector g_J_prime(const Vector& x_L, const Vector& y) const;
    // Σ_m J(x_Lm; y_m) over the columns of X_L and Y
    double J_sum(const Matrix& X_L, const Matrix& Y) const;
    // [g_J′(x_L1) ⋯ g_J′(x_LM)], column by column
    Matrix g_J_prime(const Matrix& X_L, const Matrix& Y) const;

private:
    explicit Cost(CostKind k) : kind_(k) {}
    CostKind kind_;
};

// softmax(z)_i = exp(z_i − max z) / Σ_j exp(z_j − max z)
Vector softmax(const Vector& z);

}  // namespace redes
