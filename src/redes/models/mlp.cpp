#include "redes/models/mlp.hpp"

#include <algorithm>
#include <cmath>
#include <string>

#include "redes/error.hpp"

namespace redes {

namespace {
// Inputs x_0 (N_0 rows, `cols` samples, row-major) with NaN or ±∞ are bad input.
void require_finite_input(const double* x, std::size_t rows, std::size_t cols) {
    for (std::size_t k = 0; k < rows * cols; ++k)
        if (!std::isfinite(x[k]))
            throw ValueError("MLP::forward: input entry " +
                             (cols == 1 ? std::to_string(k)
                                        : "(" + std::to_string(k / cols) + ", " +
                                              std::to_string(k % cols) + ")") +
                             " is " + std::to_string(x[k]) + "; inputs must be finite");
}
}  // namespace

void throw_layer_index(std::size_t ell, std::size_t L) {
    throw IndexError("MLPGradient: layer ℓ = " + std::to_string(ell) + " outside 1…" +
                     std::to_string(L));
}

Vector MLPGradient::flatten() const {
    std::vector<double> g;
    for (std::size_t ell = 1; ell <= dW.size(); ++ell) {
        g.insert(g.end(), dW(ell).data(), dW(ell).data() + dW(ell).size());
        g.insert(g.end(), db(ell).begin(), db(ell).end());
    }
    return Vector(std::move(g));
}

MLP::MLP(std::vector<std::size_t> N, std::vector<Activation> sigmas) : N_(std::move(N)) {
    if (N_.size() < 2)
        throw ShapeError("MLP: widths need N_0 and at least one layer, got " +
                         std::to_string(N_.size()) + " numbers");
    if (sigmas.size() != N_.size() - 1)
        throw ShapeError("MLP: " + std::to_string(N_.size() - 1) + " layers but " +
                         std::to_string(sigmas.size()) + " activations");
    for (std::size_t ell = 0; ell < N_.size(); ++ell)
        if (N_[ell] == 0) throw ShapeError("MLP: width N_" + std::to_string(ell) + " is 0");
    for (std::size_t ell = 1; ell < N_.size(); ++ell)
        layers_.push_back(Layer{Matrix(N_[ell], N_[ell - 1]), Vector(N_[ell]), sigmas[ell - 1]});
}

MLP::MLP(std::vector<std::size_t> N, Activation sigma, Activation sigma_out)
    : MLP(N, [&] {
          std::vector<Activation> s(N.size() >= 2 ? N.size() - 1 : 0, sigma);
          if (!s.empty()) s.back() = sigma_out;
          return s;
      }()) {}

MLP::MLP(std::vector<Layer> layers) : layers_(std::move(layers)) {
    if (layers_.empty()) throw ShapeError("MLP: no layers");
    N_.push_back(layers_[0].W.cols());
    for (std::size_t ell = 1; ell <= layers_.size(); ++ell) {
        const Layer& ly = layers_[ell - 1];  // layer ℓ
        if (ly.W.cols() != N_.back() || ly.b.size() != ly.W.rows() || ly.W.rows() == 0)
            throw ShapeError("MLP: layer " + std::to_string(ell) + " has W " +
                             shape_str(ly.W.rows(), ly.W.cols()) + " and b of size " +
                             std::to_string(ly.b.size()) + " after an input of size " +
                             std::to_string(N_.back()));
        N_.push_back(ly.W.rows());
    }
}

void MLP::check_layer(std::size_t ell, const char* op) const {
    if (ell < 1 || ell > L())
        throw IndexError(std::string("MLP::") + op + ": layer ℓ = " + std::to_string(ell) +
                         " outside 1…" + std::to_string(L()));
}

Matrix& MLP::W(std::size_t ell) {
    check_layer(ell, "W");
    return layers_[ell - 1].W;
}
const Matrix& MLP::W(std::size_t ell) const {
    check_layer(ell, "W");
    return layers_[ell - 1].W;
}
Vector& MLP::b(std::size_t ell) {
    check_layer(ell, "b");
    return layers_[ell - 1].b;
}
const Vector& MLP::b(std::size_t ell) const {
    check_layer(ell, "b");
    return layers_[ell - 1].b;
}
const Activation& MLP::sigma(std::size_t ell) const {
    check_layer(ell, "sigma");
    return layers_[ell - 1].sigma;
}

Vector MLP::forward(const Vector& x) const { return forward_all(x).back(); }

// x_ℓ = σ_ℓ(W_ℓ x_{ℓ−1} + b_ℓ)
std::vector<Vector> MLP::forward_all(const Vector& x) const {
    if (x.size() != input_size())
        throw ShapeError("MLP::forward: input of size " + std::to_string(x.size()) +
                         ", the network takes N_0 = " + std::to_string(input_size()));
    require_finite_input(x.data(), x.size(), 1);
    std::vector<Vector> xs{x};
    for (const Layer& ly : layers_) xs.push_back(ly.sigma.sigma(ly.W * xs.back() + ly.b));
    return xs;
}

// X_ℓ = σ_ℓ(W_ℓ X_{ℓ−1} + b_ℓ 1ᵀ)
Matrix MLP::forward(const Matrix& X) const {
    if (X.rows() != input_size())
        throw ShapeError("MLP::forward: batch " + shape_str(X.rows(), X.cols()) +
                         " has samples of size " + std::to_string(X.rows()) +
                         ", the network takes N_0 = " + std::to_string(input_size()));
    require_finite_input(X.data(), X.rows(), X.cols());
    Matrix A = X;
    for (const Layer& ly : layers_) A = ly.sigma.sigma(add_to_columns(ly.W * A, ly.b));
    return A;
}

std::size_t MLP::num_parameters() const {
    std::size_t D = 0;
    for (const Layer& ly : layers_) D += ly.W.size() + ly.b.size();
    return D;
}

Vector MLP::parameters() const {
    std::vector<double> theta;
    theta.reserve(num_parameters());
    for (const Layer& ly : layers_) {
        theta.insert(theta.end(), ly.W.data(), ly.W.data() + ly.W.size());
        theta.insert(theta.end(), ly.b.begin(), ly.b.end());
    }
    return Vector(std::move(theta));
}

void MLP::set_parameters(const Vector& theta) {
    if (theta.size() != num_parameters())
        throw ShapeError("MLP::set_parameters: θ of size " + std::to_string(theta.size()) +
                         ", the network has D = " + std::to_string(num_parameters()));
    const double* p = theta.data();
    for (Layer& ly : layers_) {
        std::copy(p, p + ly.W.size(), ly.W.data());
        p += ly.W.size();
        std::copy(p, p + ly.b.size(), ly.b.data());
        p += ly.b.size();
    }
}

MLPGradient MLP::zero_gradient() const {
    MLPGradient g;
    for (const Layer& ly : layers_) {
        g.dW.emplace_back(ly.W.rows(), ly.W.cols());
        g.db.emplace_back(ly.b.size());
    }
    return g;
}

MLPGradient MLP::unflatten(const Vector& g) const {
    if (g.size() != num_parameters())
        throw ShapeError("MLP::unflatten: gradient of size " + std::to_string(g.size()) +
                         ", the network has D = " + std::to_string(num_parameters()));
    MLPGradient G = zero_gradient();
    const double* p = g.data();
    for (std::size_t ell = 1; ell <= L(); ++ell) {
        std::copy(p, p + G.dW(ell).size(), G.dW(ell).data());
        p += G.dW(ell).size();
        std::copy(p, p + G.db(ell).size(), G.db(ell).data());
        p += G.db(ell).size();
    }
    return G;
}

}  // namespace redes
