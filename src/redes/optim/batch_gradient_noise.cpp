#include "redes/optim/batch_gradient_noise.hpp"

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "redes/error.hpp"

namespace redes {

namespace {

void check_batch(const char* op, std::size_t M, std::size_t batch_size, Sampling sampling) {
    if (M == 0) throw ValueError(std::string(op) + ": no samples (M = 0)");
    if (batch_size == 0)
        throw ValueError(std::string(op) + ": batch size M′ = 0 must be at least 1");
    if (sampling == Sampling::without_replacement && batch_size > M)
        throw ValueError(std::string(op) + ": batch size M′ = " + std::to_string(batch_size) +
                         " exceeds M = " + std::to_string(M) + " (sampling without replacement)");
}

// The mean and standard error of the draws d_1 … d_R.
VarianceEstimate summarise(const std::vector<double>& d) {
    VarianceEstimate v;
    v.draws = d.size();
    double s = 0.0;
    for (double x : d) s += x;
    v.mean = s / static_cast<double>(d.size());
    double ss = 0.0;
    for (double x : d) ss += (x - v.mean) * (x - v.mean);
    v.standard_error = std::sqrt(ss / static_cast<double>(d.size() - 1)) /
                       std::sqrt(static_cast<double>(d.size()));
    return v;
}

void check_draws(const char* op, std::size_t draws) {
    if (draws < 2)
        throw ValueError(std::string(op) + ": draws = " + std::to_string(draws) +
                         " must be at least 2 (a standard error needs two)");
}

// ḡ = (1/M) Σ_m g_m, the mean of the rows of G
Vector mean_of_rows(const Matrix& G) {
    Vector g_bar(G.cols());
    for (std::size_t m = 0; m < G.rows(); ++m) {
        const double* g_m = G.row_ptr(m);
        for (std::size_t i = 0; i < G.cols(); ++i) g_bar[i] += g_m[i];
    }
    return g_bar / static_cast<double>(G.rows());
}

// ‖a − b‖²
double squared_distance(const Vector& a, const Vector& b) {
    double s = 0.0;
    for (std::size_t i = 0; i < a.size(); ++i) s += (a[i] - b[i]) * (a[i] - b[i]);
    return s;
}

}  // namespace

std::vector<std::size_t> random_batch(std::size_t M, std::size_t batch_size, Sampling sampling,
                                      Rng& rng) {
    check_batch("random_batch", M, batch_size, sampling);
    std::vector<std::size_t> B;
    if (sampling == Sampling::with_replacement) {
        B.resize(batch_size);
        for (auto& m : B) m = rng.index(M);
    } else {
        const std::vector<std::size_t> order = rng.permutation(M);
        B.assign(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(batch_size));
    }
    std::sort(B.begin(), B.end());
    return B;
}

// g_m = ∂J(f(x_m; θ))/∂θ, one row per sample
Matrix per_sample_gradients(const Objective& objective, const Vector& theta) {
    const std::size_t M = objective.M();
    if (M == 0) throw ValueError("per_sample_gradients: no samples (M = 0)");
    Matrix G(M, theta.size());
    for (std::size_t m = 0; m < M; ++m) {
        const Vector g = objective.gradient(theta, {m});
        if (g.size() != theta.size())
            throw ShapeError("per_sample_gradients: the gradient of sample " + std::to_string(m) +
                             " has size " + std::to_string(g.size()) + ", θ has size " +
                             std::to_string(theta.size()));
        G.set_row(m, g);
    }
    return G;
}

// σ² = (1/M) Σ_m ‖g_m − ḡ‖²
double gradient_variance(const Matrix& G) {
    if (G.rows() == 0) throw ValueError("gradient_variance: no samples (G has 0 rows)");
    const Vector g_bar = mean_of_rows(G);
    double s = 0.0;
    for (std::size_t m = 0; m < G.rows(); ++m)
        for (std::size_t i = 0; i < G.cols(); ++i) s += (G(m, i) - g_bar[i]) * (G(m, i) - g_bar[i]);
    return s / static_cast<double>(G.rows());
}

// V(M′) = σ²/M′ (with replacement),  σ²/M′ · (M − M′)/(M − 1) (without)
double batch_gradient_variance(double sigma2, std::size_t M, std::size_t batch_size,
                               Sampling sampling) {
    check_batch("batch_gradient_variance", M, batch_size, sampling);
    if (!(sigma2 >= 0.0) || !std::isfinite(sigma2))
        throw ValueError("batch_gradient_variance: σ² = " + std::to_string(sigma2) +
                         " must be ≥ 0 and finite");
    const double Mp = static_cast<double>(batch_size);
    if (sampling == Sampling::with_replacement) return sigma2 / Mp;
    if (M == 1) return 0.0;
    return sigma2 / Mp * (static_cast<double>(M) - Mp) / (static_cast<double>(M) - 1.0);
}

VarianceEstimate batch_gradient_variance_mc(const Matrix& G, std::size_t batch_size,
                                            std::size_t draws, Sampling sampling, Rng& rng) {
    const std::size_t M = G.rows();
    check_batch("batch_gradient_variance_mc", M, batch_size, sampling);
    check_draws("batch_gradient_variance_mc", draws);
    const std::size_t D = G.cols();
    const Vector g_bar = mean_of_rows(G);
    const double Mp = static_cast<double>(batch_size);
    std::vector<double> d(draws);
    Vector diff(D);
    std::vector<std::size_t> B;
    for (std::size_t r = 0; r < draws; ++r) {
        std::fill(diff.data(), diff.data() + D, 0.0);
        if (sampling == Sampling::with_replacement || 2 * batch_size <= M) {
            // ĝ_B − ḡ = (1/M′) Σ_{m∈B} (g_m − ḡ)
            B = random_batch(M, batch_size, sampling, rng);
            for (std::size_t m : B) {
                const double* g_m = G.row_ptr(m);
                for (std::size_t i = 0; i < D; ++i) diff[i] += g_m[i] - g_bar[i];
            }
        } else {
            // A batch of more than half the samples: its complement B^c is smaller, and since
            // Σ_m (g_m − ḡ) = 0, ĝ_B − ḡ = −(1/M′) Σ_{m∉B} (g_m − ḡ). The same draw as random_batch.
            const std::vector<std::size_t> order = rng.permutation(M);
            for (std::size_t j = batch_size; j < M; ++j) {
                const double* g_m = G.row_ptr(order[j]);
                for (std::size_t i = 0; i < D; ++i) diff[i] -= g_m[i] - g_bar[i];
            }
        }
        double s = 0.0;
        for (std::size_t i = 0; i < D; ++i) s += diff[i] * diff[i];
        d[r] = s / (Mp * Mp);  // ‖ĝ_B − ḡ‖²
    }
    return summarise(d);
}

VarianceEstimate batch_gradient_variance_mc(const Objective& objective, const Vector& theta,
                                            std::size_t batch_size, std::size_t draws,
                                            Sampling sampling, Rng& rng) {
    const std::size_t M = objective.M();
    check_batch("batch_gradient_variance_mc", M, batch_size, sampling);
    check_draws("batch_gradient_variance_mc", draws);
    const Vector g_bar = objective.full_gradient(theta);  // ḡ = ∇R̂(θ)
    std::vector<double> d(draws);
    for (std::size_t r = 0; r < draws; ++r) {
        const std::vector<std::size_t> B = random_batch(M, batch_size, sampling, rng);
        d[r] = squared_distance(objective.gradient(theta, B), g_bar);  // ‖ĝ_B − ḡ‖²
    }
    return summarise(d);
}

}  // namespace redes
