// Chapter 01's world and the risk of a line in it (world.hpp).
#include "world.hpp"

#include "redes/stats/normal_moments.hpp"

namespace ch01 {

void World::draw(redes::Rng& rng, double& x, double& y) const {
    x = rng.normal(mu, s);
    y = x * x + rng.normal(0.0, sigma);
}

// R{f} = E[(Y − wX − b)²] = m₄ − 2w m₃ − 2b m₂ + w² m₂ + 2wb m₁ + b² + σ²,  m_k = E[X^k]
double risk_exact(const Line& f, const World& world) {
    double m[5];
    for (int k = 0; k <= 4; ++k) m[k] = redes::stats::normal_moment(k, world.mu, world.s);
    const double w = f.w, b = f.b;
    return m[4] - 2 * w * m[3] - 2 * b * m[2] + w * w * m[2] + 2 * w * b * m[1] + b * b +
           world.sigma * world.sigma;
}

// R{f} ≈ (1/M) Σ_{m=1}^M J(f(x_m)) with J = (y_m − f(x_m))², and its standard error
redes::stats::Estimate risk_monte_carlo(const Line& f, const World& world, std::size_t M,
                                        redes::Rng& rng) {
    return redes::stats::monte_carlo(M, rng, [&](redes::Rng& r) {
        double x, y;
        world.draw(r, x, y);
        return (y - f(x)) * (y - f(x));
    });
}

}  // namespace ch01
