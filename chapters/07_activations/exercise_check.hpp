#pragma once
// The checker of exercise 07 (make exercise-07; tests/exercises_test.cpp checks the checker).
// σ′ is compared with redes::Activation::sigma_prime (one check per activation), G_σ′ with
// Activation::G_sigma_prime (one check, given the library's σ′, so a slip in σ′ does not fail
// it), on z drawn from redes::Rng with fixed seeds.
//
// Tolerances: every σ′ here lies in [−1, 1], and each correct formula (σ(z)(1 − σ(z)),
// σ(z)σ(−z), e^{−z}/(1 + e^{−z})², 1 − tanh², 1/cosh²) rounds to within a few ulps of 1, so
// σ′ may differ from the library's by at most 64ε ≈ 1.4e-14 (absolute). G_σ′ is built from the
// values σ′(z_i) the checker hands in, copied, not computed: it must match exactly.
#include <cmath>
#include <cstddef>
#include <functional>
#include <limits>
#include <ostream>
#include <string>
#include <vector>

#include "redes/activations/activation.hpp"
#include "redes/app/exercise.hpp"
#include "redes/linalg.hpp"
#include "redes/stats/rng.hpp"

namespace exercise07 {

using SigmaPrime = std::function<double(const redes::Activation&, double)>;
using GSigmaPrime =
    std::function<redes::Matrix(const std::function<double(double)>&, const redes::Vector&)>;

namespace detail {

constexpr double sigma_prime_tol = 64.0 * std::numeric_limits<double>::epsilon();

// σ′ of the student and of the library at every z; "" when they agree.
inline std::string against(const SigmaPrime& sigma_prime, const redes::Activation& sigma,
                           const redes::Vector& z) {
    redes::Vector got(z.size());
    for (std::size_t i = 0; i < z.size(); ++i) got[i] = sigma_prime(sigma, z[i]);
    std::string problem = redes::app::compare("σ′(z)", got, sigma.sigma_prime(z), sigma_prime_tol);
    if (!problem.empty()) {  // name the z of the first entry off
        for (std::size_t i = 0; i < z.size(); ++i)
            if (!(std::abs(got[i] - sigma.sigma_prime(z[i])) <= sigma_prime_tol)) {
                problem += " — at z = " + std::to_string(z[i]);
                break;
            }
    }
    return problem;
}

// n values uniform in [−5, 5], none within 1e-3 of the kink at 0.
inline redes::Vector random_z(std::size_t n, unsigned seed) {
    redes::Rng rng(seed);
    return redes::Vector::from_function(n, [&](std::size_t) {
        double z = 0.0;
        do z = rng.uniform(-5.0, 5.0);
        while (std::abs(z) < 1e-3);
        return z;
    });
}

}  // namespace detail

// Runs every check, prints one line each and a summary; returns the number that failed.
inline std::size_t check(const SigmaPrime& sigma_prime, const GSigmaPrime& G_sigma_prime,
                         std::ostream& out) {
    using redes::Activation;
    using redes::Matrix;
    using redes::Vector;
    redes::app::ExerciseReport report(out, "07", "σ′(z) of each activation, and G_σ′(z) = ∂σ/∂z",
                                      "chapters/07_activations/exercise.cpp");

    const std::vector<Activation> sigmas{Activation::relu(), Activation::leaky_relu(0.2),
                                         Activation::abs(),  Activation::sigmoid(),
                                         Activation::tanh(), Activation::identity()};
    unsigned seed = 700;
    for (const Activation& sigma : sigmas) {
        const bool saturates = sigma.kind() == redes::ActivationKind::sigmoid ||
                               sigma.kind() == redes::ActivationKind::tanh;
        const std::string extra = sigma.has_kink() ? ", half of them negative"
                                  : saturates
                                      ? ", and z = ±40, ±800 where it saturates (0, not NaN)"
                                      : "";
        const std::string name =
            sigma.name() +
            (sigma.kind() == redes::ActivationKind::leaky_relu ? " (α = sigma.alpha())" : "");
        const Vector z = detail::random_z(200, ++seed);
        report.check("σ′ " + name + ": 200 random z in [−5, 5]" + extra, [&] {
            std::vector<std::string> problems{detail::against(sigma_prime, sigma, z)};
            if (saturates)
                problems.push_back(
                    detail::against(sigma_prime, sigma, Vector{-800.0, -40.0, 40.0, 800.0}));
            return redes::app::first_problem(problems);
        });
    }

    // G_σ′ gets the library's σ′, so its check does not depend on the student's σ′.
    const Activation tanh = Activation::tanh(), relu = Activation::relu();
    report.check(
        "G_σ′(z) = ∂σ/∂z with the library's σ′: σ′(z_i) on the diagonal, 0 off it (σ acts on each "
        "z_i alone); N = 5 random z with σ = tanh, z = (1.5, −0.5, 2, −3) with σ = relu, N = 1",
        [&] {
            struct One {
                std::string name;
                Activation sigma;
                Vector z;
            };
            const std::vector<One> cases{{"N = 5, σ = tanh", tanh, detail::random_z(5, 712)},
                                         {"σ = relu", relu, Vector{1.5, -0.5, 2.0, -3.0}},
                                         {"N = 1, σ = tanh", tanh, Vector{0.7}}};
            for (const One& one : cases) {
                const Activation sigma = one.sigma;
                const Matrix G =
                    G_sigma_prime([sigma](double v) { return sigma.sigma_prime(v); }, one.z);
                const std::string problem =
                    redes::app::compare("G_σ′", G, sigma.G_sigma_prime(one.z), 0.0);
                if (!problem.empty()) return one.name + ": " + problem;
            }
            return std::string();
        });
    return report.summary();
}

}  // namespace exercise07
