#pragma once
// The multilayer perceptron of the notes:
//   f(x; Θ) = x_L,  x_ℓ = σ_ℓ(W_ℓ x_{ℓ−1} + b_ℓ),  ℓ = 1…L,  x_0 = x
//   W_ℓ ∈ R^{N_ℓ×N_{ℓ−1}}, b_ℓ ∈ R^{N_ℓ}, Θ = {(W_ℓ, b_ℓ)}_{ℓ=1…L}
// Layers are numbered 1…L as in the notes: W(ℓ), b(ℓ), sigma(ℓ) take ℓ ∈ {1…L}; the
// container layers() is 0-based, so layers()[ℓ−1] is layer ℓ. N()[ℓ] is N_ℓ, N()[0] = N.
// A perceptron σ(Wx + b) is the case L = 1 (models/perceptron.hpp builds it).
#include <cstddef>
#include <vector>

#include "redes/activations/activation.hpp"
#include "redes/linalg/matrix.hpp"
#include "redes/linalg/vector.hpp"

namespace redes {

// One layer ℓ of the perceptron: x_ℓ = σ_ℓ(W_ℓ x_{ℓ−1} + b_ℓ).
struct Layer {
    Matrix W;          // N_ℓ × N_{ℓ−1}
    Vector b;          // N_ℓ
    Activation sigma;  // σ_ℓ
};

// IndexError "MLPGradient: layer ℓ = … outside 1…L".
[[noreturn]] void throw_layer_index(std::size_t ell, std::size_t L);

// One entry per layer, read as the notes index it: at(ℓ) and (ℓ) for ℓ = 1…L (IndexError
// outside). Underneath a 0-based std::vector, so [ℓ−1], size(), loops and push_back still work;
// new code writes (ℓ).
template <class T>
class PerLayer : public std::vector<T> {
public:
    using std::vector<T>::vector;
    T& operator()(std::size_t ell) { return (*this)[index(ell)]; }
    const T& operator()(std::size_t ell) const { return (*this)[index(ell)]; }

private:
    std::size_t index(std::size_t ell) const {
        if (ell < 1 || ell > this->size()) throw_layer_index(ell, this->size());
        return ell - 1;
    }
};

// ∂R̂/∂W_ℓ and ∂R̂/∂b_ℓ for ℓ = 1…L: dW(ℓ), db(ℓ), shaped like W_ℓ and b_ℓ.
struct MLPGradient {
    PerLayer<Matrix> dW;
    PerLayer<Vector> db;
    // The same order as MLP::parameters(): W_1 row by row, b_1, W_2, b_2, …
    Vector flatten() const;
};

// The multilayer perceptron f(x; Θ) = x_L, x_ℓ = σ_ℓ(W_ℓ x_{ℓ−1} + b_ℓ), ℓ = 1…L.
class MLP {
public:
    MLP() = default;
    // Widths N = {N_0, N_1, …, N_L} and one σ_ℓ per layer (sigmas.size() = L); W and b zero.
    MLP(std::vector<std::size_t> N, std::vector<Activation> sigmas);
    // Every hidden layer with σ, the output layer with sigma_out.
    MLP(std::vector<std::size_t> N, Activation sigma, Activation sigma_out);
    // From given layers; checks that consecutive shapes fit.
    explicit MLP(std::vector<Layer> layers);

    std::size_t L() const { return layers_.size(); }
    const std::vector<std::size_t>& N() const { return N_; }
    std::size_t input_size() const { return N_.front(); }
    std::size_t output_size() const { return N_.back(); }

    // Layer ℓ ∈ {1…L} (1-based, as the notes); throws IndexError outside.
    Matrix& W(std::size_t ell);
    const Matrix& W(std::size_t ell) const;
    Vector& b(std::size_t ell);
    const Vector& b(std::size_t ell) const;
    const Activation& sigma(std::size_t ell) const;
    std::vector<Layer>& layers() { return layers_; }
    const std::vector<Layer>& layers() const { return layers_; }

    // f(x; Θ) = x_L for one sample.
    Vector forward(const Vector& x) const;
    // Every layer's output for one sample: {x_0, x_1, …, x_L}.
    std::vector<Vector> forward_all(const Vector& x) const;
    // A batch with samples as columns: X_ℓ = σ_ℓ(W_ℓ X_{ℓ−1} + b_ℓ 1ᵀ).
    Matrix forward(const Matrix& X) const;

    // D = Σ_ℓ N_ℓ (N_{ℓ−1} + 1): the number of parameters.
    std::size_t num_parameters() const;
    // θ ∈ R^D: W_1 row by row, then b_1, then W_2, b_2, …
    Vector parameters() const;
    void set_parameters(const Vector& theta);
    // A gradient of zeros shaped like Θ.
    MLPGradient zero_gradient() const;
    // A flat g ∈ R^D (in the order of parameters()) shaped like Θ; inverse of MLPGradient::flatten.
    MLPGradient unflatten(const Vector& g) const;

private:
    void check_layer(std::size_t ell, const char* op) const;
    std::vector<std::size_t> N_;
    std::vector<Layer> layers_;
};

}  // namespace redes
