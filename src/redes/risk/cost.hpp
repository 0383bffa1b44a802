#pragma once
// Costs J and their gradients g_J′ with respect to the network output x_L.
//   quadratic:      J(x_L; y) = ‖y − x_L‖²,           g_J′(x_L) = −2 (y − x_L)
//   cross-entropy:  J(x_L; y) = −Σ_i y_i log p_i with p = softmax(x_L),   g_J′(x_L) = p Σ_i y_i − y (= p − y for one-hot y)
//                   (beyond this lecture: the next classes use it for classification)
// The batch forms take samples as columns and return the sum of J over the batch.
// Each cost is one kernel (quadratic_J, cross_entropy_J below) that every method and the
// training step (backprop/batch_workspace.hpp) call: a new cost is a new kernel and a new case
// in J_columns's switch, which has no default, so the compiler (-Wswitch) names every switch
// that misses it.
#include <cstddef>
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
    // Σ_m J(x_Lm; y_m) and, when G is not null, G = [g_J′(x_L1) ⋯ g_J′(x_LM)] (G must be shaped
    // like X_L), from one pass over the columns in order. The targets are not checked for
    // finiteness here (the callers above and the backprop paths check them once).
    // The sum starts from `running` (a caller summing over chunks keeps one order of summation).
    double J_columns(const Matrix& X_L, const Matrix& Y, Matrix* G, double running = 0.0) const;

private:
    explicit Cost(CostKind k) : kind_(k) {}
    // This cost's kernel on one sample (the one switch over the kinds besides name()).
    double kernel(const double* x, const double* y, std::size_t K, std::size_t stride,
                  double* g) const;
    CostKind kind_;
};

// The kernels: J(x; y) for one sample of K outputs, x_i = x[i·stride], y_i = y[i·stride]
// (stride M reads a column of a row-major N_L×M matrix), and, when g is not null, g_J′(x) into
// g[i·stride].
// J = ‖y − x‖²,  g_J′ = −2 (y − x)
double quadratic_J(const double* x, const double* y, std::size_t K, std::size_t stride, double* g);
// J = Σ y_i (log Σ_j e^{x_j} − x_i),  g_J′ = softmax(x) Σ_k y_k − y; the exponentials
// e^{x_i − max x} serve both (with g, they are kept in g until it is overwritten).
double cross_entropy_J(const double* x, const double* y, std::size_t K, std::size_t stride,
                       double* g);

// softmax(z)_i = exp(z_i − max z) / Σ_j exp(z_j − max z)
Vector softmax(const Vector& z);

}  // namespace redes
