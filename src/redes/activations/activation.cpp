#include "redes/activations/activation.hpp"

#include <cmath>
#include <cstdlib>

#include "redes/activations/tanh_kernel.hpp"
#include "redes/error.hpp"
#include "redes/text.hpp"

namespace redes {

Activation Activation::relu() { return {ActivationKind::relu, 0.0}; }
Activation Activation::leaky_relu(double alpha) {
    if (!std::isfinite(alpha))
        throw ValueError("Activation::leaky_relu: α = " + num(alpha) + " must be finite");
    return {ActivationKind::leaky_relu, alpha};
}
Activation Activation::abs() { return {ActivationKind::abs, 0.0}; }
Activation Activation::sigmoid() { return {ActivationKind::sigmoid, 0.0}; }
Activation Activation::tanh() { return {ActivationKind::tanh, 0.0}; }
Activation Activation::identity() { return {ActivationKind::identity, 0.0}; }

std::vector<std::string> Activation::names() {
    return {"relu", "leaky_relu", "abs", "sigmoid", "tanh", "identity"};
}

Activation Activation::from_name(const std::string& name) {
    if (name == "relu") return relu();
    if (name == "abs") return abs();
    if (name == "sigmoid") return sigmoid();
    if (name == "tanh") return tanh();
    if (name == "identity") return identity();
    if (name == "leaky_relu") return leaky_relu();
    const std::string prefix = "leaky_relu:";
    if (name.compare(0, prefix.size(), prefix) == 0) {
        const std::string a = name.substr(prefix.size());
        char* end = nullptr;
        const double alpha = std::strtod(a.c_str(), &end);
        if (a.empty() || *end != '\0')
            throw ValueError("activation '" + name + "': α '" + a + "' is not a number");
        return leaky_relu(alpha);
    }
    throw ValueError("unknown activation '" + name + "' (known: " + join(names()) +
                     ", leaky_relu:α)");
}

std::string Activation::name() const {
    switch (kind_) {
        case ActivationKind::relu: return "relu";
        case ActivationKind::leaky_relu:
            return alpha_ == 0.01 ? "leaky_relu" : "leaky_relu:" + num(alpha_);
        case ActivationKind::abs: return "abs";
        case ActivationKind::sigmoid: return "sigmoid";
        case ActivationKind::tanh: return "tanh";
        case ActivationKind::identity: return "identity";
    }
    return "?";
}

double Activation::sigma(double z) const {
    switch (kind_) {
        case ActivationKind::relu: return z > 0.0 ? z : 0.0;               // max{0, z}
        case ActivationKind::leaky_relu: return z > 0.0 ? z : alpha_ * z;  // max{0,z} + α min{0,z}
        case ActivationKind::abs: return std::abs(z);                      // |z|
        case ActivationKind::sigmoid:  // 1/(1 + e^{−z}), stable
            return z >= 0.0 ? 1.0 / (1.0 + std::exp(-z)) : std::exp(z) / (1.0 + std::exp(z));
        case ActivationKind::tanh: return std::tanh(z);
        case ActivationKind::identity: return z;
    }
    return z;
}

double Activation::sigma_prime(double z) const {
    switch (kind_) {
        case ActivationKind::relu: return z >= 0.0 ? 1.0 : 0.0;
        case ActivationKind::leaky_relu: return z >= 0.0 ? 1.0 : alpha_;
        case ActivationKind::abs: return z >= 0.0 ? 1.0 : -1.0;
        // σ′ = σ(1 − σ) = σ(z) σ(−z): the second form keeps its digits where σ(z) rounds to 1
        case ActivationKind::sigmoid: return sigma(z) * sigma(-z);
        // σ′ = 1 − tanh² = 1/cosh²: the second form keeps its digits where tanh rounds to ±1
        case ActivationKind::tanh: {
            const double c = std::cosh(z);
            return 1.0 / (c * c);
        }
        case ActivationKind::identity: return 1.0;
    }
    return 1.0;
}

bool Activation::has_kink() const {
    return kind_ == ActivationKind::relu || kind_ == ActivationKind::leaky_relu ||
           kind_ == ActivationKind::abs;
}

bool Activation::is_kink(double z) const { return has_kink() && z == 0.0; }

Vector Activation::sigma(const Vector& z) const {
    Vector x(z.size());
    for (std::size_t i = 0; i < z.size(); ++i) x[i] = sigma(z[i]);
    return x;
}

Matrix Activation::sigma(const Matrix& Z) const {
    Matrix X(Z.rows(), Z.cols());
    for (std::size_t k = 0; k < Z.size(); ++k) X.data()[k] = sigma(Z.data()[k]);
    return X;
}

Vector Activation::sigma_prime(const Vector& z) const {
    Vector d(z.size());
    for (std::size_t i = 0; i < z.size(); ++i) d[i] = sigma_prime(z[i]);
    return d;
}

Matrix Activation::sigma_prime(const Matrix& Z) const {
    Matrix D(Z.rows(), Z.cols());
    for (std::size_t k = 0; k < Z.size(); ++k) D.data()[k] = sigma_prime(Z.data()[k]);
    return D;
}

// [G_σ′(z)]_ij = ∂σ(z_i)/∂z_j = σ′(z_i) δ_ij
Matrix Activation::G_sigma_prime(const Vector& z) const { return Matrix::diag(sigma_prime(z)); }

void Activation::sigma_and_prime(const double* z, std::size_t n, double* x,
                                 double* sigma_prime) const {
    if (kind_ == ActivationKind::tanh) {
        tanh_and_derivative(z, n, x, sigma_prime);  // both from one exponential
        return;
    }
    for (std::size_t k = 0; k < n; ++k) x[k] = sigma(z[k]);  // σ(z)
    if (sigma_prime)
        for (std::size_t k = 0; k < n; ++k) sigma_prime[k] = this->sigma_prime(z[k]);  // σ′(z)
}

}  // namespace redes
