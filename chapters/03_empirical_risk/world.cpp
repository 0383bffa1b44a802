// Chapter 03's world and its risks (world.hpp).
#include "world.hpp"

#include "redes/models/least_squares.hpp"

namespace ch03 {

Sample draw_sample(std::size_t M, double a, double sigma, redes::Rng& rng) {
    Sample d{redes::Matrix(1, M), redes::Vector(M)};
    for (std::size_t m = 0; m < M; ++m) {
        d.X(0, m) = rng.normal(mu, s);
        d.y[m] = a * d.X(0, m) + rng.normal(0.0, sigma);
    }
    return d;
}

// R(θ) = E[(Y − θX)²] = (a − θ)² E[X²] + σ²
double risk(double theta, double a, double sigma) {
    return (a - theta) * (a - theta) * EX2 + sigma * sigma;
}

// R̂(θ) = (1/M) Σ_{m=1}^M (y_m − θ x_m)²
double empirical_risk(double theta, const Sample& d) {
    double sum = 0.0;
    for (std::size_t m = 0; m < d.y.size(); ++m)
        sum += (d.y[m] - theta * d.X(0, m)) * (d.y[m] - theta * d.X(0, m));
    return sum / static_cast<double>(d.y.size());
}

// least squares without bias: θ̂ = Σ y_m x_m / Σ x_m²
double argmin_empirical_risk(const Sample& d) { return redes::least_squares(d.X, d.y, false).w[0]; }

}  // namespace ch03
