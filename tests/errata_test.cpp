// Slips of the notes that no other suite shows on its own (docs/errata.md lists all of them,
// each with the test that states the correct version).
#include <boost/test/unit_test.hpp>

#include <cmath>

#include "backprop_fixtures.hpp"
#include "redes/backprop/finite_differences.hpp"
#include "redes/backprop/literal.hpp"
#include "redes/risk/cost.hpp"
#include "redes/risk/empirical_risk.hpp"

using namespace redes;
using namespace redes_test;

BOOST_AUTO_TEST_SUITE(errata)

// Notes, "El algoritmo del Descenso del Gradiente": with ε = −η R̂′(θ) they write
// "η R̂′(θ) = ε ≪ 0". The step is ε = −η R̂′(θ), so η R̂′(θ) = −ε, and the first-order change
// R̂(θ + ε) − R̂(θ) ≈ ε R̂′(θ) = −η R̂′(θ)² is negative whatever the sign of R̂′(θ).
BOOST_AUTO_TEST_CASE(gradient_step_is_minus_eta_times_the_derivative_for_either_sign) {
    const auto R_hat = [](double t) { return (t - 1.0) * (t - 1.0) * (t + 2.0) + 3.0; };
    const auto R_prime = [](double t) {
        return 2.0 * (t - 1.0) * (t + 2.0) + (t - 1.0) * (t - 1.0);
    };
    const double eta = 1e-3;
    for (double theta : {-1.5, 3.0}) {  // R̂′(−1.5) < 0 and R̂′(3) > 0
        const double eps = -eta * R_prime(theta);
        BOOST_TEST(eta * R_prime(theta) == -eps);
        BOOST_TEST(R_hat(theta + eps) < R_hat(theta));
        // First order: R̂(θ + ε) − R̂(θ) = −η R̂′² + O(ε²), the O(ε²) term bounded by |R̂″| ε².
        BOOST_TEST(std::abs(R_hat(theta + eps) - R_hat(theta) +
                            eta * R_prime(theta) * R_prime(theta)) < 20.0 * eps * eps);
    }
}

// Notes, backpropagation: "si queremos ∂{W_ℓ x + b_ℓ}/∂W_ℓ simplemente reemplazamos el último
// término por I". The factor replaced by I is ∂z_ℓ/∂b_ℓ, which gives ∂R̂/∂b_ℓ = r_ℓᵀ I, with
// r_ℓᵀ = g_J′ᵀ G_Lᵀ W_L ⋯ G_ℓᵀ; ∂R̂/∂W_ℓ keeps the tensor.
BOOST_AUTO_TEST_CASE(replacing_the_last_factor_by_I_gives_the_bias_gradient) {
    Rng rng(5);
    const MLP net = random_mlp({3, 4, 2}, Activation::tanh(), rng);
    const Cost J = Cost::quadratic();
    const Vector x_m{0.3, -0.7, 1.1}, y_m{0.5, -0.2};
    const LiteralSample s = literal_forward(net, J, x_m, y_m);
    const std::vector<Vector> r = literal_rows(net, s);
    for (std::size_t l = 1; l <= net.L(); ++l) {
        const Vector db = vecmat(r[l - 1], s.layer(l).dz_db);  // r_ℓᵀ I
        const auto R_of_b = [&](const Vector& b) {
            MLP n = net;
            n.b(l) = b;
            return J.J(n.forward(x_m), y_m);
        };
        const Vector numeric = numerical_gradient(R_of_b, net.b(l));
        BOOST_TEST(norm(numeric) > 0.0);
        BOOST_TEST(norm(db - numeric) / (norm(db) + norm(numeric)) < 1e-8);
        // The same row through the tensor is ∂R̂/∂W_ℓ, a different object (N_ℓ×N_{ℓ−1}).
        BOOST_TEST(contract(r[l - 1], s.layer(l).dz_dW).cols() == net.N()[l - 1]);
    }
}

BOOST_AUTO_TEST_SUITE_END()
