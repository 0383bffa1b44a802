// The literal backprop path: the slide's tuple per layer, the tensor ∂z/∂W entry by entry, the
// product g_J′ᵀ G_Lᵀ W_L ⋯ G_ℓᵀ · ∂z/∂W against finite differences, and its memory refusal.
#include <boost/test/unit_test.hpp>

#include "backprop_fixtures.hpp"
#include "redes/backprop/efficient.hpp"
#include "redes/backprop/gradient_check.hpp"
#include "redes/backprop/literal.hpp"
#include "redes/error.hpp"

namespace tt = boost::test_tools;
using namespace redes;
using namespace redes_test;

BOOST_AUTO_TEST_SUITE(literal_backprop_suite)

BOOST_AUTO_TEST_CASE(dz_dW_is_x_on_the_diagonal_slices) {
    // [∂z/∂W]_ijk = [x]_k if i = j else 0: slice i has xᵀ in its row i (the notes' compact form).
    const Vector x{2.0, -3.0};
    const Tensor3 T = dz_dW(x, 3);
    BOOST_TEST(T.dim0() == 3u);
    BOOST_TEST(T.dim1() == 3u);
    BOOST_TEST(T.dim2() == 2u);
    for (std::size_t i = 0; i < 3; ++i)
        for (std::size_t j = 0; j < 3; ++j)
            for (std::size_t k = 0; k < 2; ++k) BOOST_TEST(T(i, j, k) == (i == j ? x[k] : 0.0));
    BOOST_TEST(T.slice(1) == (Matrix{{0, 0}, {2, -3}, {0, 0}}));
    // A row vᵀ times the tensor is the matrix v xᵀ.
    const Vector v{0.5, -1.0, 4.0};
    BOOST_TEST(contract(v, T) == outer(v, x));
    // It is the Jacobian of W ↦ W x + b: z moves by Σ_jk [T]_ijk [ΔW]_jk = [ΔW x]_i.
}

BOOST_AUTO_TEST_CASE(forward_stores_the_slides_tuple) {
    Rng rng(21);
    const MLP net = random_mlp({3, 4, 2}, {Activation::tanh(), Activation::sigmoid()}, rng);
    const Vector x_m{0.2, -0.5, 1.0}, y_m{1.0, 0.0};
    const Cost J = Cost::cross_entropy();
    const LiteralSample s = literal_forward(net, J, x_m, y_m);
    BOOST_TEST(s.layers.size() == 2u);
    const std::vector<Vector> xs = net.forward_all(x_m);
    for (std::size_t l = 1; l <= 2; ++l) {
        const LiteralLayer& t = s.layer(l);
        const Vector z = net.W(l) * xs[l - 1] + net.b(l);
        BOOST_TEST(t.z == z);                                                      // z_ℓm
        BOOST_TEST(t.x == xs[l]);                                                  // x_ℓm
        BOOST_TEST(t.G_sigma_prime == Matrix::diag(net.sigma(l).sigma_prime(z)));  // G_σ′(z_ℓm)
        BOOST_TEST(t.dz_dW == dz_dW(xs[l - 1], net.N()[l]));  // ∂z_ℓm/∂W_ℓ
        BOOST_TEST(t.dz_db == Matrix::identity(net.N()[l]));  // ∂z_ℓm/∂b_ℓ = I
    }
    BOOST_TEST(s.J == J.J(xs[2], y_m));
    BOOST_TEST(s.g_J_prime == J.g_J_prime(xs[2], y_m));
    BOOST_CHECK_THROW(s.layer(3), IndexError);
}

BOOST_AUTO_TEST_CASE(rows_are_the_deltas_of_the_efficient_path) {
    // r_ℓ = g_J′ᵀ G_Lᵀ W_L ⋯ W_{ℓ+1} G_ℓᵀ is ∂J/∂z_ℓm: column m of δ_ℓ.
    Rng rng(22);
    const MLP net = random_mlp({3, 5, 4, 2}, Activation::tanh(), rng);
    const Cost J = Cost::quadratic();
    const Matrix X = random_matrix(3, 4, rng), Y = random_matrix(2, 4, rng);
    const std::vector<Matrix> delta = backward_deltas(net, J, batch_forward(net, X), Y);
    for (std::size_t m = 0; m < 4; ++m) {
        const std::vector<Vector> r =
            literal_rows(net, literal_forward(net, J, X.col(m), Y.col(m)));
        for (std::size_t l = 1; l <= 3; ++l)
            for (std::size_t i = 0; i < net.N()[l]; ++i)
                BOOST_TEST(r[l - 1][i] == delta[l](i, m), tt::tolerance(1e-13));
    }
}

BOOST_AUTO_TEST_CASE(perceptron_gradient_in_closed_form) {
    // L = 1, identity σ, quadratic J: ∂R̂/∂W = (1/M) Σ_m −2 (y_m − W x_m − b) x_mᵀ.
    Rng rng(23);
    const MLP net = random_mlp({3, 2}, Activation::identity(), rng);
    const Matrix X = random_matrix(3, 5, rng), Y = random_matrix(2, 5, rng);
    Matrix dW(2, 3);
    Vector db(2);
    for (std::size_t m = 0; m < 5; ++m) {
        const Vector e = -2.0 * (Y.col(m) - net.W(1) * X.col(m) - net.b(1));
        dW += outer(e, X.col(m)) / 5.0;
        db += e / 5.0;
    }
    const MLPGradient g = literal_backprop(net, Cost::quadratic(), X, Y);
    BOOST_TEST(relative_error(flatten(g.dW[0]), flatten(dW)) < 1e-14);
    BOOST_TEST(relative_error(g.db[0], db) < 1e-14);
}

BOOST_AUTO_TEST_CASE(equals_finite_differences_for_every_activation_and_cost) {
    Rng rng(24);
    for (const Activation& a : all_activations())
        for (const Cost& J : {Cost::quadratic(), Cost::cross_entropy()}) {
            const MLP net = random_mlp({3, 4, 3, 2}, a, rng);
            const Matrix X = random_matrix(3, 4, rng), Y = targets(J, 2, 4, rng);
            const GradientCheck check =
                check_gradient(net, J, X, Y, literal_backprop(net, J, X, Y));
            BOOST_TEST_INFO(a.name() << ", " << J.name() << "\n" << check);
            BOOST_TEST(check.passed());
        }
}

BOOST_AUTO_TEST_CASE(the_notes_equal_rows_G_gives_a_gradient_the_checker_rejects) {
    // The same literal product for a perceptron, once with G_σ′(z) = diag(σ′(z)) and once with
    // the notes' [∂σ/∂z]_ij = σ′([z]_j) (every row equal): only the first is the gradient.
    Rng rng(26);
    const MLP net = random_mlp({3, 4}, Activation::tanh(), rng);
    const Cost J = Cost::quadratic();
    const Matrix X = random_matrix(3, 5, rng), Y = random_matrix(4, 5, rng);
    MLPGradient notes = net.zero_gradient();
    for (std::size_t m = 0; m < 5; ++m) {
        const LiteralSample s = literal_forward(net, J, X.col(m), Y.col(m));
        const Vector& z = s.layer(1).z;
        const Matrix G_notes = Matrix::from_function(4, 4, [&](std::size_t, std::size_t j) {
            return Activation::tanh().sigma_prime(z[j]);
        });
        const Vector r = vecmat(s.g_J_prime, transpose(G_notes));  // g_J′ᵀ Gᵀ
        notes.dW[0] += contract(r, s.layer(1).dz_dW) / 5.0;
        notes.db[0] += vecmat(r, s.layer(1).dz_db) / 5.0;
    }
    const GradientCheck wrong = check_gradient(net, J, X, Y, notes);
    BOOST_TEST(!wrong.passed());
    BOOST_TEST(wrong.groups[0].verdict() == "WRONG");
    BOOST_TEST(check_gradient(net, J, X, Y, literal_backprop(net, J, X, Y)).passed());
}

BOOST_AUTO_TEST_CASE(memory_is_computed_before_and_refused_beyond_the_limit) {
    // A 512-wide layer on 64 inputs: ∂z/∂W is 512·512·64 doubles = 134,217,728 bytes.
    const MLP wide({64, 512, 1}, Activation::relu(), Activation::identity());
    BOOST_TEST(Tensor3::bytes_for(512, 512, 64) == 134217728u);
    BOOST_TEST(literal_layer_bytes(wide, 1) ==
               8u * (512u * 512u * 64u + 2u * 512u * 512u + 2u * 512u));
    BOOST_TEST(literal_layer_bytes(wide, 2) == 8u * (1u * 1u * 512u + 2u + 2u));
    BOOST_TEST(literal_memory_bytes(wide) ==
               literal_layer_bytes(wide, 1) + literal_layer_bytes(wide, 2));
    BOOST_CHECK_EXCEPTION(literal_backprop(wide, Cost::quadratic(), Matrix(64, 1), Matrix(1, 1)),
                          LimitError, [](const LimitError& e) {
                              const std::string m = e.what();
                              return m.find("138.4 MB") != std::string::npos &&
                                     m.find("layer 1") != std::string::npos &&
                                     m.find("512×512×64") != std::string::npos &&
                                     m.find("134.2 MB") != std::string::npos &&
                                     m.find("limit of 100.0 MB") != std::string::npos &&
                                     m.find("efficient_backprop") != std::string::npos;
                          });
    // A smaller net under a lowered limit is refused; raising the limit lets it through.
    Rng rng(25);
    const MLP net = random_mlp({16, 24, 2}, Activation::tanh(), rng);
    const std::size_t need = literal_memory_bytes(net);  // 8 (24²·16 + 2·24² + 48 + 2²·24 + 8 + 4)
    BOOST_TEST(need == 8u * (24u * 24u * 16u + 2u * 24u * 24u + 2u * 24u + 4u * 24u + 8u + 4u));
    const Matrix X = random_matrix(16, 3, rng), Y = random_matrix(2, 3, rng);
    BOOST_CHECK_THROW(literal_backprop(net, Cost::quadratic(), X, Y, need - 1), LimitError);
    BOOST_CHECK_THROW(literal_forward(net, Cost::quadratic(), X.col(0), Y.col(0), need - 1),
                      LimitError);
    const MLPGradient g = literal_backprop(net, Cost::quadratic(), X, Y, need);
    BOOST_TEST(max_group_error(g, efficient_backprop(net, Cost::quadratic(), X, Y)) < 1e-12);
}

BOOST_AUTO_TEST_CASE(bad_shapes_are_refused) {
    const MLP net({2, 3, 1}, Activation::tanh(), Activation::identity());
    BOOST_CHECK_EXCEPTION(literal_backprop(net, Cost::quadratic(), Matrix(3, 2), Matrix(1, 2)),
                          ShapeError, [](const ShapeError& e) {
                              return std::string(e.what()) ==
                                     "literal_backprop: batch X (3×2) and targets Y (1×2) for a "
                                     "network 2 → 1 (need N_0×M and N_L×M)";
                          });
    BOOST_CHECK_THROW(literal_backprop(net, Cost::quadratic(), Matrix(2, 2), Matrix(1, 3)),
                      ShapeError);
    BOOST_CHECK_THROW(literal_backprop(net, Cost::quadratic(), Matrix(2, 0), Matrix(1, 0)),
                      ValueError);
    BOOST_CHECK_THROW(literal_forward(net, Cost::quadratic(), Vector(2), Vector(2)), ShapeError);
}

BOOST_AUTO_TEST_SUITE_END()
