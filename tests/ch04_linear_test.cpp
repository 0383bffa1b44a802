// Chapter 04: the closed form w* = [Σ x_m x_mᵀ]⁻¹ [Σ y_m x_m] on a noisy line and on XOR.
#include <boost/test/unit_test.hpp>

#include <cmath>

#include "../chapters/04_linear/sections.hpp"
#include "chapter_runner.hpp"
#include "redes/linalg.hpp"
#include "redes/models/least_squares.hpp"
#include "redes/stats/rng.hpp"

using redes::LinearModel;
using redes::Matrix;
using redes::NormalEquationsSolver;
using redes::Vector;

BOOST_AUTO_TEST_SUITE(ch04_linear)

BOOST_AUTO_TEST_CASE(xor_least_squares_is_w0_b_half_f_half) {
    const Matrix X{{0, 0, 1, 1}, {0, 1, 0, 1}};
    const Vector y{0, 1, 1, 0};
    for (auto solver : {NormalEquationsSolver::lu, NormalEquationsSolver::cholesky,
                        NormalEquationsSolver::inverse}) {
        const LinearModel f = redes::least_squares(X, y, true, solver);
        BOOST_TEST_INFO("solver " << redes::solver_name(solver));
        BOOST_TEST(redes::norm_inf(f.w) <= 1e-12);
        BOOST_TEST(std::abs(f.b - 0.5) <= 1e-12);
        BOOST_TEST(redes::norm_inf(f(X) - Vector(4, 0.5)) <= 1e-12);
    }
}

BOOST_AUTO_TEST_CASE(noisy_line_closed_form_against_independent_solves_and_the_truth) {
    // The chapter's data: x_m ∼ U[0, 4), y_m = 1.5 x_m − 1 + ε_m, ε_m ∼ N(0, 0.5²), M = 50.
    redes::Rng rng(1);
    const std::size_t M = 50;
    const double sigma = 0.5;
    Matrix X(1, M);
    Vector y(M);
    for (std::size_t m = 0; m < M; ++m) {
        X(0, m) = rng.uniform(0.0, 4.0);
        y[m] = 1.5 * X(0, m) - 1.0 + rng.normal(0.0, sigma);
    }
    const LinearModel lu = redes::least_squares(X, y, true, NormalEquationsSolver::lu);
    const LinearModel ch = redes::least_squares(X, y, true, NormalEquationsSolver::cholesky);
    const LinearModel inv = redes::least_squares(X, y, true, NormalEquationsSolver::inverse);
    // κ(Σ x̃ x̃ᵀ) ≈ 30 here: the three agree to a few hundred ε of the coefficients' size
    BOOST_TEST(std::abs(ch.w[0] - lu.w[0]) < 1e-13);
    BOOST_TEST(std::abs(inv.w[0] - lu.w[0]) < 1e-13);
    BOOST_TEST(std::abs(ch.b - lu.b) < 1e-13);
    BOOST_TEST(std::abs(inv.b - lu.b) < 1e-13);
    // Independent: w = Σ(x − x̄)(y − ȳ) / Σ(x − x̄)², b = ȳ − w x̄
    double xbar = 0, ybar = 0, sxy = 0, sxx = 0;
    for (std::size_t m = 0; m < M; ++m) xbar += X(0, m) / M, ybar += y[m] / M;
    for (std::size_t m = 0; m < M; ++m)
        sxy += (X(0, m) - xbar) * (y[m] - ybar), sxx += std::pow(X(0, m) - xbar, 2);
    BOOST_TEST(lu.w[0] == sxy / sxx, boost::test_tools::tolerance(1e-12));
    BOOST_TEST(lu.b == ybar - sxy / sxx * xbar, boost::test_tools::tolerance(1e-12));
    // The truth within 4 standard errors σ·sqrt([Σ x̃ x̃ᵀ]⁻¹_jj)
    const Vector se = redes::coefficient_standard_errors(X, sigma);
    BOOST_TEST(std::abs(lu.w[0] - 1.5) < 4 * se[0]);
    BOOST_TEST(std::abs(lu.b + 1.0) < 4 * se[1]);
}

BOOST_AUTO_TEST_CASE(xor_inputs_are_the_notes_table) {
    // the chapter's own table gives the same w = 0, b = 1/2 (its printed f = 0.5000 at all four)
    const LinearModel f = redes::least_squares(ch04::xor_inputs(), ch04::xor_targets());
    BOOST_TEST(redes::norm_inf(f.w) <= 1e-12);
    BOOST_TEST(std::abs(f.b - 0.5) <= 1e-12);
    BOOST_TEST(ch04::fixed4(f.w[0]) == "0.0000");
    BOOST_TEST(ch04::fixed4(-1e-17) == "0.0000");  // no "-0.0000"
    BOOST_TEST(ch04::fixed4(-0.25) == "-0.2500");
}

BOOST_AUTO_TEST_CASE(product_feature_fits_xor_exactly) {
    // on (x₁, x₂, x₁x₂): f(x) = x₁ + x₂ − 2x₁x₂, R̂ = 0
    const Matrix P = ch04::with_product(ch04::xor_inputs());
    const LinearModel f = redes::least_squares(P, ch04::xor_targets());
    BOOST_TEST(std::abs(f.w[0] - 1) <= 1e-12);
    BOOST_TEST(std::abs(f.w[1] - 1) <= 1e-12);
    BOOST_TEST(std::abs(f.w[2] + 2) <= 1e-12);
    BOOST_TEST(std::abs(f.b) <= 1e-12);
    BOOST_TEST(redes::empirical_risk(f, P, ch04::xor_targets()) <= 1e-24);
}

BOOST_AUTO_TEST_CASE(the_fit_has_lower_empirical_risk_than_the_true_line) {
    // least squares minimises R̂ on its samples, so R̂(fit) ≤ R̂(truth) always; with M = 2 the line
    // passes through both samples, R̂ = 0.
    for (std::size_t M : {2u, 3u, 50u, 5000u})
        for (unsigned seed : {1u, 2u, 3u}) {
            redes::Rng rng(seed);
            const ch04::NoisyFit fit =
                ch04::fit_noisy_line({1.5, -1.0, 0.5, M}, NormalEquationsSolver::lu, rng);
            const LinearModel truth{Vector{1.5}, -1.0};
            BOOST_TEST_INFO("M = " << M << ", seed " << seed);
            BOOST_TEST(redes::empirical_risk(fit.f, fit.X, fit.y) <=
                       redes::empirical_risk(truth, fit.X, fit.y) + 1e-12);
            if (M == 2) BOOST_TEST(redes::empirical_risk(fit.f, fit.X, fit.y) <= 1e-20);
        }
}

BOOST_AUTO_TEST_CASE(noise_scales_error_and_error_bar_together) {
    // the same seed draws the same x_m and standard normals; ε_m = σ z_m, so with σ = 2 instead
    // of 0.5 both ŵ − w and its SE are exactly 4 times larger, and their ratio is unchanged
    redes::Rng r1(1), r4(1);
    const ch04::NoisyFit a =
        ch04::fit_noisy_line({1.5, -1.0, 0.5, 50}, NormalEquationsSolver::lu, r1);
    const ch04::NoisyFit b =
        ch04::fit_noisy_line({1.5, -1.0, 2.0, 50}, NormalEquationsSolver::lu, r4);
    const auto tol = boost::test_tools::tolerance(1e-9);
    BOOST_TEST(b.f.w[0] - 1.5 == 4 * (a.f.w[0] - 1.5), tol);
    BOOST_TEST(b.f.b + 1.0 == 4 * (a.f.b + 1.0), tol);
    BOOST_TEST(b.se[0] == 4 * a.se[0], tol);
    BOOST_TEST(b.se[1] == 4 * a.se[1], tol);
}

BOOST_AUTO_TEST_CASE(standard_errors_shrink_like_one_over_root_M) {
    // SE(w) = σ/√(Σ (x_m − x̄)²) ≈ σ/√(M Var X) with Var X = 16/12 for U[0, 4): 100× the samples,
    // a tenth of the SE. The sample variance of 50 uniforms is known to about ±15 % (SE of the
    // sample variance of U: √(0.8/M)·Var X ≈ 0.13 Var X at M = 50), so 30 % on the ratio.
    for (unsigned seed : {1u, 2u, 3u}) {
        redes::Rng r(seed);
        const ch04::NoisyFit small =
            ch04::fit_noisy_line({1.5, -1.0, 0.5, 50}, NormalEquationsSolver::lu, r);
        const ch04::NoisyFit large =
            ch04::fit_noisy_line({1.5, -1.0, 0.5, 5000}, NormalEquationsSolver::lu, r);
        BOOST_TEST_INFO("seed " << seed << ": SE ratio " << small.se[0] / large.se[0]);
        BOOST_TEST(std::abs(small.se[0] / large.se[0] / 10 - 1) < 0.3);
        BOOST_TEST(std::abs(small.se[1] / large.se[1] / 10 - 1) < 0.3);
        // and the fit is within 4 SE of the truth
        BOOST_TEST(std::abs(large.f.w[0] - 1.5) < 4 * large.se[0]);
    }
}

BOOST_AUTO_TEST_CASE(runs_quick_and_draws_its_plots) {
    const auto r = redes_test::run_chapter("04_linear", "--quick");
    BOOST_TEST(r.exit_code == 0, r.err);
    BOOST_TEST(r.has_plot("ch04_fit"));
    BOOST_TEST(r.has_plot("ch04_xor"));
    const auto p = redes_test::run_chapter("04_linear", "--quick --xor-product --solver cholesky");
    BOOST_TEST(p.exit_code == 0, p.err);
    BOOST_TEST(p.has_plot("ch04_xor"));
}

BOOST_AUTO_TEST_CASE(bad_options_are_one_clear_line) {
    const auto r = redes_test::run_chapter("04_linear", "--quick --noise -1");
    BOOST_TEST(r.exit_code == 2);
    BOOST_TEST(r.err == "ch04_linear: option --noise: -1 must be in [0, 1000]\n");
    const auto s = redes_test::run_chapter("04_linear", "--quick --solver qr");
    BOOST_TEST(s.exit_code == 2);
    BOOST_TEST(s.err == "ch04_linear: option --solver: qr must be one of lu, cholesky, inverse\n");
}

BOOST_AUTO_TEST_CASE(one_sample_cannot_determine_a_line) {
    // M = 1 with a bias: the normal equations are singular; the program says so and exits 1.
    const auto r = redes_test::run_chapter("04_linear", "--samples 1");
    BOOST_TEST(r.exit_code == 1);
    BOOST_TEST(r.err.find("least_squares: Σ_m x_m x_mᵀ (2×2) is singular") != std::string::npos,
               r.err);
}

BOOST_AUTO_TEST_SUITE_END()
