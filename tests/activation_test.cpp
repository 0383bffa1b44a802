// Activations σ, σ′ and G_σ′(z): values, derivatives against central differences, and the
// Jacobian of the pointwise σ built numerically: it is diag(σ′(z)), not a matrix of equal rows.
#include <boost/test/unit_test.hpp>

#include <cmath>

#include "backprop_fixtures.hpp"
#include "redes/activations/activation.hpp"
#include "redes/backprop/finite_differences.hpp"
#include "redes/error.hpp"
#include "redes/risk/cost.hpp"

namespace tt = boost::test_tools;
using namespace redes;
using redes_test::all_activations;

BOOST_AUTO_TEST_SUITE(activations)

BOOST_AUTO_TEST_CASE(sigma_values_from_the_definitions) {
    BOOST_TEST(Activation::relu().sigma(-2.0) == 0.0);
    BOOST_TEST(Activation::relu().sigma(3.0) == 3.0);
    BOOST_TEST(Activation::leaky_relu(0.1).sigma(-2.0) == -0.2);  // max{0,x} + α min{0,x}
    BOOST_TEST(Activation::leaky_relu(0.1).sigma(2.0) == 2.0);
    BOOST_TEST(Activation::abs().sigma(-1.5) == 1.5);
    BOOST_TEST(Activation::sigmoid().sigma(0.0) == 0.5);
    BOOST_TEST(Activation::sigmoid().sigma(std::log(3.0)) == 0.75, tt::tolerance(1e-15));
    BOOST_TEST(Activation::sigmoid().sigma(-800.0) == 0.0);  // no NaN from e^{800}
    BOOST_TEST(Activation::tanh().sigma(0.5) == std::tanh(0.5));
    BOOST_TEST(Activation::identity().sigma(-7.25) == -7.25);
}

BOOST_AUTO_TEST_CASE(sigma_prime_equals_central_differences) {
    // Central differences with h = 1e-5 err by ~h²|σ‴|/6 + ε/h ≈ 1e-10; 1e-8 leaves margin.
    const double h = 1e-5;
    for (const Activation& a : all_activations())
        for (double z : {-2.3, -0.7, -0.05, 0.04, 0.4, 1.9}) {
            const double n = (a.sigma(z + h) - a.sigma(z - h)) / ((z + h) - (z - h));
            BOOST_TEST_INFO(a.name() << " at z = " << z);
            BOOST_TEST(a.sigma_prime(z) == n, tt::tolerance(1e-8));
        }
}

BOOST_AUTO_TEST_CASE(sigma_prime_keeps_its_digits_in_the_tails) {
    // σ′(40) = e^{−40}/(1 + e^{−40})² and tanh′(20) = 4/(e^{20} + e^{−20})²; σ(1 − σ) and
    // 1 − tanh² would round both to 0.
    BOOST_TEST(Activation::sigmoid().sigma_prime(40.0) == std::exp(-40.0), tt::tolerance(1e-14));
    BOOST_TEST(Activation::sigmoid().sigma_prime(-40.0) == std::exp(-40.0), tt::tolerance(1e-14));
    BOOST_TEST(Activation::tanh().sigma_prime(20.0) == 4.0 * std::exp(-40.0), tt::tolerance(1e-14));
}

BOOST_AUTO_TEST_CASE(G_sigma_prime_is_the_diagonal_jacobian_not_equal_rows) {
    // The notes: [∂σ/∂z]_ij = σ′([z]_j) and "cada fila de la matriz ∂σ/∂z es igual".
    // The Jacobian built column by column from σ(z ± h e_j) shows [∂σ/∂z]_ij = σ′(z_i) δ_ij:
    // σ_i does not move when z_j (j ≠ i) does, so every off-diagonal difference is exactly 0.
    const Vector z{-1.3, -0.4, 0.6, 1.1, 2.2};
    for (const Activation& a : all_activations()) {
        BOOST_TEST_INFO(a.name());
        const Matrix numeric = numerical_jacobian([&](const Vector& v) { return a.sigma(v); }, z);
        const Matrix G = a.G_sigma_prime(z);
        const Matrix notes = Matrix::from_function(5, 5, [&](std::size_t, std::size_t j) {
            return a.sigma_prime(z[j]);  // [·]_ij = σ′([z]_j): every row the same
        });
        for (std::size_t i = 0; i < 5; ++i)
            for (std::size_t j = 0; j < 5; ++j) {
                if (i == j) {
                    BOOST_TEST(numeric(i, i) == G(i, i), tt::tolerance(1e-8));
                } else {
                    BOOST_TEST(numeric(i, j) == 0.0);
                    BOOST_TEST(G(i, j) == 0.0);
                }
            }
        // The equal-rows matrix has σ′(z_j) ≠ 0 off the diagonal, where the Jacobian has 0.
        BOOST_TEST(frobenius_norm(notes - numeric) > 0.5 * frobenius_norm(numeric));
        BOOST_TEST(transpose(G) == G);  // diagonal, hence symmetric: Gᵀ = G
    }
}

BOOST_AUTO_TEST_CASE(chain_rule_takes_the_jacobian_untransposed) {
    // The slides write g_J′ᵀ G_σ′ᵀ. For x = F(z) with Jacobian A ([A]_ij = ∂x_i/∂z_j) the chain
    // rule gives ∂J/∂z = g_J′ᵀ A; with a non-symmetric A, g_J′ᵀ Aᵀ is a different vector.
    // For a pointwise σ the Jacobian is diagonal, so the slides' transpose changes nothing.
    const Matrix A{{1.0, 2.0, 0.0}, {-1.0, 0.5, 3.0}, {0.0, 1.0, -2.0}};
    const Vector z{0.3, -0.2, 0.7}, y{1.0, 0.0, -1.0};
    const Cost J = Cost::quadratic();
    const Vector numeric = numerical_gradient([&](const Vector& v) { return J.J(A * v, y); }, z);
    const Vector g = J.g_J_prime(A * z, y);
    const Vector right = vecmat(g, A), transposed = vecmat(g, transpose(A));
    for (std::size_t j = 0; j < 3; ++j) BOOST_TEST(right[j] == numeric[j], tt::tolerance(1e-9));
    BOOST_TEST(norm(transposed - numeric) > 0.5 * norm(numeric));
}

BOOST_AUTO_TEST_CASE(batch_forms_apply_elementwise) {
    const Matrix Z{{-1.0, 0.5}, {2.0, -0.25}};
    for (const Activation& a : all_activations()) {
        const Matrix S = a.sigma(Z), D = a.sigma_prime(Z);
        for (std::size_t i = 0; i < 2; ++i)
            for (std::size_t j = 0; j < 2; ++j) {
                BOOST_TEST(S(i, j) == a.sigma(Z(i, j)));
                BOOST_TEST(D(i, j) == a.sigma_prime(Z(i, j)));
            }
    }
}

BOOST_AUTO_TEST_CASE(kinks_are_where_the_piecewise_ones_bend) {
    for (const Activation& a : all_activations()) {
        const bool piecewise = a.kind() == ActivationKind::relu ||
                               a.kind() == ActivationKind::leaky_relu ||
                               a.kind() == ActivationKind::abs;
        BOOST_TEST(a.has_kink() == piecewise);
        BOOST_TEST(a.is_kink(0.0) == piecewise);
        BOOST_TEST(!a.is_kink(1e-300));
    }
}

BOOST_AUTO_TEST_CASE(names_round_trip_and_bad_names_are_refused) {
    for (const Activation& a : all_activations())
        BOOST_TEST((Activation::from_name(a.name()) == a));
    BOOST_TEST(Activation::from_name("leaky_relu").alpha() == 0.01);
    BOOST_TEST(Activation::from_name("leaky_relu:0.2").alpha() == 0.2);
    BOOST_CHECK_EXCEPTION(Activation::from_name("softplus"), ValueError, [](const ValueError& e) {
        const std::string m = e.what();
        return m.find("'softplus'") != std::string::npos && m.find("relu") != std::string::npos;
    });
    BOOST_CHECK_EXCEPTION(Activation::from_name("leaky_relu:x"), ValueError,
                          [](const ValueError& e) {
                              return std::string(e.what()).find("'x'") != std::string::npos;
                          });
    BOOST_CHECK_THROW(Activation::leaky_relu(std::nan("")), ValueError);
}

BOOST_AUTO_TEST_SUITE_END()
