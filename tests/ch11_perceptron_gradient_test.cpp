// Chapter 11's claims: for a perceptron f(x_m) = σ(W₁x_m + b₁) and J = ‖y_m − x₁ₘ‖², the notes'
// product g_J′ᵀ G_σ′ᵀ ∂{W₁x_m + b₁}/∂W₁ is the closed form −2(y_m − x₁ₘ) ⊙ σ′(z₁ₘ) x_mᵀ, the tensor is
// the Jacobian of W₁ ↦ W₁x_m + b₁, the averaged gradient equals central differences, and gradient
// descent with it lowers R̂. The chapter's training (chapters/11_perceptron_gradient/training.hpp,
// called directly with the program's random stream): R̂ falls fast and then slowly while ‖W₁‖
// grows, a larger η gets further and the sigmoid never diverges, the ReLU perceptron overflows
// at η = 20 and dies at η = 2. Then the program itself: --quick and bad options.
#include <boost/test/unit_test.hpp>

#include <cmath>
#include <string>
#include <vector>

#include "../chapters/11_perceptron_gradient/training.hpp"
#include "chapter_runner.hpp"
#include "redes/activations/activation.hpp"
#include "redes/backprop/efficient.hpp"
#include "redes/backprop/finite_differences.hpp"
#include "redes/backprop/gradient_check.hpp"
#include "redes/backprop/literal.hpp"
#include "redes/error.hpp"
#include "redes/linalg.hpp"
#include "redes/models/perceptron.hpp"
#include "redes/optim/optimizer.hpp"
#include "redes/risk/cost.hpp"
#include "redes/risk/empirical_risk.hpp"
#include "redes/stats/rng.hpp"

using namespace redes;

namespace {

Matrix normal_matrix(std::size_t rows, std::size_t cols, Rng& rng, double s = 1.0) {
    return Matrix::from_function(rows, cols,
                                 [&](std::size_t, std::size_t) { return rng.normal(0.0, s); });
}

// Every activation; LeakyReLU with α = 0.1 so its negative side matters.
std::vector<Activation> activations() {
    return {Activation::relu(),    Activation::leaky_relu(0.1), Activation::abs(),
            Activation::sigmoid(), Activation::tanh(),          Activation::identity()};
}

// A perceptron N = 4 → N₁ = 3 with W₁ ~ N(0, 1/4), b₁ ~ N(0, 0.3²).
Perceptron random_perceptron(const Activation& sigma, Rng& rng) {
    return Perceptron(normal_matrix(3, 4, rng, 0.5),
                      Vector::from_function(3, [&](std::size_t) { return rng.normal(0.0, 0.3); }),
                      sigma);
}

// The program's training run (main.cpp): its stream is the first split of Rng(seed), 100
// samples, 1000 steps.
ch11::Training program_training(const Activation& sigma, double eta, std::uint64_t seed = 1) {
    Rng ctx_rng(seed);
    Rng train_rng = ctx_rng.split();
    ch11::TrainingOptions opt;
    opt.sigma = sigma;
    opt.eta = eta;
    opt.steps = 1000;
    opt.M = 100;
    return ch11::train(opt, train_rng);
}

std::size_t misclassified(const ch11::Training& t) {
    const Matrix F = t.net.forward(t.X);
    std::size_t wrong = 0;
    for (std::size_t m = 0; m < F.cols(); ++m) wrong += (F(0, m) > 0.5) != (t.Y(0, m) == 1.0);
    return wrong;
}

std::size_t lines(const std::string& s) {
    std::size_t n = 0;
    for (char c : s) n += (c == '\n');
    return n;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(ch11_perceptron_gradient)

BOOST_AUTO_TEST_CASE(the_product_of_the_factors_is_the_closed_form) {
    // g_J′ᵀ G_σ′ᵀ ∂{W₁x_m + b₁}/∂W₁ = (−2(y_m − x₁ₘ) ⊙ σ′(z₁ₘ)) x_mᵀ   and   g_J′ᵀ G_σ′ᵀ I = −2(y_m − x₁ₘ) ⊙ σ′(z₁ₘ)
    Rng rng(1101);
    const Cost J = Cost::quadratic();
    for (const Activation& sigma : activations()) {
        const Perceptron p = random_perceptron(sigma, rng);
        const MLP net = p.to_mlp();
        for (int trial = 0; trial < 5; ++trial) {
            const Vector x_m = normal_matrix(4, 1, rng).col(0),
                         y_m = normal_matrix(3, 1, rng).col(0);
            const LiteralSample s = literal_forward(net, J, x_m, y_m);
            const LiteralLayer& t = s.layer(1);
            BOOST_TEST(t.z == p.z(x_m));
            BOOST_TEST(t.x == p.forward(x_m));
            const Vector r = vecmat(s.g_J_prime, transpose(t.G_sigma_prime));  // g_J′ᵀ G_σ′ᵀ
            const Matrix dJ_dW = contract(r, t.dz_dW);
            const Vector dJ_db = vecmat(r, t.dz_db);
            const Vector e = hadamard(-2.0 * (y_m - p.forward(x_m)), sigma.sigma_prime(p.z(x_m)));
            const Matrix closed = outer(e, x_m);
            BOOST_TEST(max_abs(dJ_dW - closed) <= 1e-15 * max_abs(closed), sigma.name());
            BOOST_TEST(norm_inf(dJ_db - e) <= 1e-15 * norm_inf(e), sigma.name());
            BOOST_TEST(max_abs(closed) > 0.0);  // the comparison could fail
            // The library's backward pass is the same product.
            const MLPGradient g = literal_backward(net, s);
            BOOST_TEST(g.dW[0] == dJ_dW);
            BOOST_TEST(g.db[0] == dJ_db);
        }
    }
}

BOOST_AUTO_TEST_CASE(the_tensor_is_the_jacobian_of_the_affine_map) {
    // [∂{W₁x_m + b₁}/∂W₁]_ijk = [x_m]_k if i = j, else 0: slice i holds x_mᵀ in row i.
    const Vector x_m{-0.1, -1.2, 1.2, 0.2};
    const Tensor3 T = dz_dW(x_m, 3);
    BOOST_TEST(T.dim0() == 3u);
    BOOST_TEST(T.dim1() == 3u);
    BOOST_TEST(T.dim2() == 4u);
    for (std::size_t i = 0; i < 3; ++i) {
        const Matrix S = T.slice(i);
        for (std::size_t j = 0; j < 3; ++j) BOOST_TEST(S.row(j) == (j == i ? x_m : Vector(4)));
    }
    // Central differences of the linear map W₁ ↦ W₁x_m + b₁: exact but for rounding,
    // about ε‖z‖/h = 1e-16 · 2 / 1e-5 ≈ 2e-11 per entry.
    Rng rng(1102);
    const Matrix W1 = normal_matrix(3, 4, rng);
    const Vector b1{0.1, -0.2, 0.3};
    const Matrix jac =
        numerical_jacobian([&](const Vector& w) { return reshape(w, 3, 4) * x_m + b1; },
                           flatten(W1));
    BOOST_TEST(jac.rows() == 3u);
    BOOST_TEST(jac.cols() == 12u);
    for (std::size_t i = 0; i < 3; ++i)
        for (std::size_t j = 0; j < 3; ++j)
            for (std::size_t k = 0; k < 4; ++k)
                BOOST_TEST(std::abs(T(i, j, k) - jac(i, j * 4 + k)) <= 1e-9);
}

BOOST_AUTO_TEST_CASE(both_readings_of_the_slides_product_agree) {
    // The notes multiply the row g_J′ᵀ G_σ′ᵀ "with each of the N₁ matrices of N₁×N" of the tensor.
    // The chain rule sums over the tensor's first index i (the component of z): [rᵀT]_jk =
    // Σ_i r_i [T]_ijk (redes::contract). Multiplying r with each slice S_i = [T]_i·· instead sums
    // over the second index: row i of the result is rᵀ S_i. Both give r x_mᵀ, because
    // [T]_ijk = δ_ij [x_m]_k is symmetric in i and j.
    const Vector x_m{-0.1, -1.2, 1.2, 0.2};
    const Vector r{0.14, -0.07617, -0.0962};
    const Tensor3 T = dz_dW(x_m, 3);
    Matrix by_slices(3, 4);
    for (std::size_t i = 0; i < 3; ++i) {
        by_slices.set_row(i, vecmat(r, T.slice(i)));
        for (std::size_t j = 0; j < 3; ++j)
            for (std::size_t k = 0; k < 4; ++k) BOOST_TEST(T(i, j, k) == T(j, i, k));
    }
    BOOST_TEST(by_slices == contract(r, T));
    BOOST_TEST(contract(r, T) == outer(r, x_m));
}

BOOST_AUTO_TEST_CASE(the_averaged_gradient_equals_finite_differences) {
    // ∂R̂/∂W₁ = (1/M) Σ_m g_J′ᵀ G_σ′ᵀ ∂z/∂W₁ against central differences, for every σ
    // (entries whose difference crosses a kink are left out by the checker), and against the
    // average of the closed forms.
    Rng rng(1103);
    const Cost J = Cost::quadratic();
    const std::size_t M = 7;
    for (const Activation& sigma : activations()) {
        const Perceptron p = random_perceptron(sigma, rng);
        const MLP net = p.to_mlp();
        const Matrix X = normal_matrix(4, M, rng), Y = normal_matrix(3, M, rng);
        const MLPGradient g = literal_backprop(net, J, X, Y);
        const GradientCheck check = check_gradient(net, J, X, Y, g);
        BOOST_TEST(check.passed(), sigma.name() << "\n" << check);
        for (const GroupCheck& group : check.groups) {
            BOOST_TEST(group.checked > 0u);
            BOOST_TEST(group.relative_error <= 1e-7);
        }
        Matrix dW(3, 4);
        Vector db(3);
        for (std::size_t m = 0; m < M; ++m) {
            const Vector x_m = X.col(m);
            const Vector e =
                hadamard(-2.0 * (Y.col(m) - p.forward(x_m)), sigma.sigma_prime(p.z(x_m)));
            dW += outer(e, x_m) / static_cast<double>(M);
            db += e / static_cast<double>(M);
        }
        BOOST_TEST(relative_error(flatten(g.dW[0]), flatten(dW)) <= 1e-14, sigma.name());
        BOOST_TEST(relative_error(g.db[0], db) <= 1e-14, sigma.name());
        // The efficient path agrees too.
        const MLPGradient ge = efficient_backprop(net, J, X, Y);
        BOOST_TEST(relative_error(g.flatten(), ge.flatten()) <= 1e-12, sigma.name());
    }
}

BOOST_AUTO_TEST_CASE(gradient_descent_with_it_lowers_the_risk_at_every_step) {
    // θ_{k+1} ← θ_k − η ∇R̂(θ_k) on the chapter's kind of problem (two classes around ±(1, 1),
    // sigmoid perceptron, quadratic cost, η = 2 as in the chapter): R̂ never rises, and it falls
    // well below its start. A step lowers R̂ when η is below 2 over the curvature of R̂ along the
    // step; with σ′ ≤ ¼ the curvature here is small (measured: R̂ falls from 0.46 to 0.039 in 300
    // steps without a single rise, 94 of 100 points on their side). A gradient with a wrong sign
    // or factor would raise R̂ or stall it.
    Rng rng(1104);
    const std::size_t M = 100;
    Matrix X(2, M), Y(1, M);
    for (std::size_t m = 0; m < M; ++m) {
        const double c = (m % 2 == 0) ? -1.0 : 1.0;
        X(0, m) = rng.normal(c, 1.0);
        X(1, m) = rng.normal(c, 1.0);
        Y(0, m) = (m % 2 == 0) ? 0.0 : 1.0;
    }
    MLP net = Perceptron(Matrix{{0.8, -1.4}}, Vector{0.0}, Activation::sigmoid()).to_mlp();
    const Cost J = Cost::quadratic();
    GradientDescent gd(2.0);
    Vector theta = net.parameters();
    std::vector<double> R{empirical_risk(net, J, X, Y)};
    for (int k = 0; k < 300; ++k) {
        gd.step(theta, literal_backprop(net, J, X, Y).flatten());
        net.set_parameters(theta);
        R.push_back(empirical_risk(net, J, X, Y));
    }
    for (std::size_t k = 1; k < R.size(); ++k) BOOST_TEST(R[k] <= R[k - 1], "step " << k);
    BOOST_TEST(R.back() < 0.25 * R.front());
    std::size_t correct = 0;
    const Matrix F = net.forward(X);
    for (std::size_t m = 0; m < M; ++m) correct += (F(0, m) > 0.5) == (Y(0, m) == 1.0);
    BOOST_TEST(correct >= 85u);  // measured 94: the classes overlap, a line cannot get every point
}

BOOST_AUTO_TEST_CASE(the_risk_falls_fast_then_slowly_while_the_weights_grow) {
    // README "Plots": the first steps turn the boundary, then R̂ falls slowly, the classes
    // overlap so R̂ stays above 0, and the progress comes from ‖W₁‖ growing (a sharper σ).
    const ch11::Training t = program_training(Activation::sigmoid(), 2.0);
    const std::vector<double>& R = t.R_hat;
    BOOST_TEST_REQUIRE(R.size() == 1001u);
    BOOST_TEST(R[1000] == 0.052512, boost::test_tools::tolerance(1e-5));  // output/default.txt
    BOOST_TEST(R[10] < R[0] / 5);  // measured 0.0702 against 0.4215
    // from step 200 to 1000 R̂ falls by less than a twentieth of what it fell in the first 10
    BOOST_TEST(R[200] - R[1000] < (R[0] - R[10]) / 20);  // measured 0.0055 against 0.351
    const std::size_t wrong = misclassified(t);
    BOOST_TEST(wrong > 0u);                // overlapping classes: no line separates them
    BOOST_TEST(R[1000] >= wrong / 400.0);  // each wrong point costs (y − f)² ≥ ¼, M = 100
    // ‖W₁‖ keeps growing through the slow phase
    for (std::size_t k = 200; k <= 1000; k += 200)
        BOOST_TEST(t.W1_norm[k] > t.W1_norm[k - 200], "step " << k);
    BOOST_TEST(t.W1_norm[1000] > 1.5 * t.W1_norm[200]);
}

BOOST_AUTO_TEST_CASE(a_larger_eta_gets_further_and_the_sigmoid_never_diverges) {
    // SOLUTIONS exercise 3: η = 0.2, 2, 20, 100 on the same data and start; R̂ after 1000 steps
    // falls with η, ‖W₁‖ grows with η (a sharper boundary), and no run diverges (train throws).
    double last_R = HUGE_VAL, last_norm = 0.0;
    for (double eta : {0.2, 2.0, 20.0, 100.0}) {
        const ch11::Training t = program_training(Activation::sigmoid(), eta);
        BOOST_TEST(t.R_hat.back() < last_R, "η = " << eta);
        BOOST_TEST(t.W1_norm.back() > last_norm, "η = " << eta);
        for (std::size_t k = 1; k < t.R_hat.size(); k += 100)  // still falling at every η
            if (k + 100 < t.R_hat.size())
                BOOST_TEST(t.R_hat[k + 100] < t.R_hat[k], "η = " << eta << ", step " << k);
        last_R = t.R_hat.back();
        last_norm = t.W1_norm.back();
    }
}

BOOST_AUTO_TEST_CASE(a_relu_perceptron_overflows_at_eta_20) {
    // SOLUTIONS exercise 2: the program stops with this message on stderr (no record: it exits 1)
    const auto r = redes_test::run_chapter("11_perceptron_gradient", "--activation relu --eta 20");
    BOOST_TEST(r.exit_code != 0);
    BOOST_TEST(r.err.find("gradient descent: R̂ = inf at step 93 with η = 20.000000; lower --eta") !=
                   std::string::npos,
               r.err);
}

BOOST_AUTO_TEST_CASE(a_dead_relu_unit_has_zero_gradient_and_f_below_one_half_everywhere) {
    // SOLUTIONS exercise 2, η = 2: b₁ ends so negative that z < 0 for every sample: ∇R̂ = 0
    // exactly, R̂ = ½, and f = max(0, W₁x + b₁) < ½ on the whole square [−4, 4]² of the decision
    // map (z is affine: its largest value on the square is at a corner), so no boundary is drawn.
    const ch11::Training t = program_training(Activation::relu(), 2.0);
    const Matrix Z = t.net.W(1) * t.X;
    for (std::size_t m = 0; m < Z.cols(); ++m) BOOST_TEST(Z(0, m) + t.net.b(1)[0] < 0.0, m);
    const Vector g = literal_backprop(t.net, Cost::quadratic(), t.X, t.Y).flatten();
    BOOST_TEST(norm(g) == 0.0);
    BOOST_TEST(t.R_hat.back() == 0.5);
    for (double x1 : {-4.0, 4.0})
        for (double x2 : {-4.0, 4.0})
            BOOST_TEST(t.net.forward(Matrix{{x1}, {x2}})(0, 0) < 0.5, x1 << ", " << x2);
}

BOOST_AUTO_TEST_CASE(program_runs_quick_and_draws_its_plots) {
    const auto r = redes_test::run_chapter("11_perceptron_gradient", "--quick");
    BOOST_TEST(r.exit_code == 0, r.err);
    BOOST_TEST(r.has_plot("ch11_dz_dW_slices"));
    BOOST_TEST(r.has_plot("ch11_risk"));
    BOOST_TEST(r.has_plot("ch11_decision_boundary"));
    BOOST_TEST(r.out.find("PASSED") != std::string::npos);
    BOOST_TEST(r.out.find("literal product vs closed form") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(same_seed_same_data) {
    const auto a = redes_test::run_chapter("11_perceptron_gradient", "--quick --seed 7");
    const std::string risk_a = redes_test::slurp(a.folder + "/ch11_risk.csv");
    const std::string slices_a = redes_test::slurp(a.folder + "/ch11_dz_dW_slices.csv");
    const auto b = redes_test::run_chapter("11_perceptron_gradient", "--quick --seed 7");
    BOOST_TEST(a.exit_code == 0);
    BOOST_TEST(!risk_a.empty());
    BOOST_TEST(risk_a == redes_test::slurp(b.folder + "/ch11_risk.csv"));
    BOOST_TEST(slices_a == redes_test::slurp(b.folder + "/ch11_dz_dW_slices.csv"));
}

BOOST_AUTO_TEST_CASE(bad_options_give_one_line_naming_the_option) {
    const std::vector<std::pair<std::string, std::string>> cases{{"--eta -1", "--eta"},
                                                                 {"--eta nan", "--eta"},
                                                                 {"--steps 0", "--steps"},
                                                                 {"--inputs 0", "--inputs"},
                                                                 {"--outputs 9", "--outputs"},
                                                                 {"--samples 0", "--samples"},
                                                                 {"--activation softsign",
                                                                  "--activation"},
                                                                 {"--train-samples 1",
                                                                  "--train-samples"}};
    for (const auto& [args, option] : cases) {
        const auto r = redes_test::run_chapter("11_perceptron_gradient", "--quick " + args);
        BOOST_TEST(r.exit_code != 0, args);
        BOOST_TEST(r.err.find(option) != std::string::npos, args << " → " << r.err);
        BOOST_TEST(lines(r.err) == 1u, args << " → " << r.err);
    }
}

BOOST_AUTO_TEST_SUITE_END()
