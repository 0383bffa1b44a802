// Chapter 04: the closed form w* = [Σ x_m x_mᵀ]⁻¹ [Σ y_m x_m] on a noisy line and on XOR.
#include <boost/test/unit_test.hpp>

#include <cmath>

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
