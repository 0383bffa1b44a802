// Linear least squares: w* = [Σ_m x_m x_mᵀ]⁻¹ [Σ_m y_m x_m] on exact data, on XOR, against
// independent computations, within noise-derived error bars; and the notes' slip (the
// objective written once without the square).
#include <boost/test/unit_test.hpp>

#include <cmath>
#include <limits>

#include "expect_message.hpp"
#include "redes/error.hpp"
#include "redes/linalg.hpp"
#include "redes/models/least_squares.hpp"
#include "redes/stats/rng.hpp"

using redes::LinearModel;
using redes::Matrix;
using redes::NormalEquationsSolver;
using redes::Vector;
using redes_test::message_has;
using redes_test::message_is;
namespace tt = boost::test_tools;

namespace {
const NormalEquationsSolver all_solvers[] = {NormalEquationsSolver::lu,
                                             NormalEquationsSolver::cholesky,
                                             NormalEquationsSolver::inverse};

// The notes' XOR table: x_m as columns, y_m = x₁ XOR x₂.
const Matrix X_xor{{0, 0, 1, 1}, {0, 1, 0, 1}};
const Vector y_xor{0, 1, 1, 0};

// M samples x_m ∼ N(0, I_N) as columns, y_m = w_trueᵀx_m + b_true + ε_m, ε_m ∼ N(0, s²).
struct Data {
    Matrix X;
    Vector y;
};
Data linear_data(redes::Rng& rng, const Vector& w_true, double b_true, double s, std::size_t M) {
    Data d{Matrix(w_true.size(), M), Vector(M)};
    for (std::size_t m = 0; m < M; ++m) {
        for (std::size_t i = 0; i < w_true.size(); ++i) d.X(i, m) = rng.normal();
        d.y[m] = redes::dot(w_true, d.X.col(m)) + b_true + rng.normal(0.0, s);
    }
    return d;
}

// ∇_w̃ (1/M) Σ_m (y_m − w̃ᵀx̃_m)² = −(2/M) Σ_m (y_m − w̃ᵀx̃_m) x̃_m, with x̃ = [x; 1], w̃ = [w; b]
Vector squared_risk_gradient(const LinearModel& f, const Matrix& X, const Vector& y) {
    Vector g(X.rows() + 1);
    for (std::size_t m = 0; m < X.cols(); ++m) {
        const double r = y[m] - f(X.col(m));
        for (std::size_t i = 0; i < X.rows(); ++i) g[i] += -2.0 * r * X(i, m) / double(X.cols());
        g[X.rows()] += -2.0 * r / double(X.cols());
    }
    return g;
}

// The objective as the notes' second line writes it, without the square:
// L(w, b) = (1/M) Σ_m (y_m − wᵀx_m − b)
double unsquared_objective(const LinearModel& f, const Matrix& X, const Vector& y) {
    double s = 0.0;
    for (std::size_t m = 0; m < X.cols(); ++m) s += y[m] - f(X.col(m));
    return s / double(X.cols());
}
}  // namespace

BOOST_AUTO_TEST_SUITE(least_squares)

BOOST_AUTO_TEST_CASE(the_sums_of_the_closed_form) {
    const Matrix X{{1, 2, 0}, {0, 1, 3}};  // x_1 = [1, 0], x_2 = [2, 1], x_3 = [0, 3]
    const Vector y{1, -1, 2};
    // Σ x xᵀ = [1 0; 0 0] + [4 2; 2 1] + [0 0; 0 9]
    BOOST_TEST(redes::sum_x_xT(X) == (Matrix{{5, 2}, {2, 10}}));
    // Σ y x = 1·[1, 0] − 1·[2, 1] + 2·[0, 3]
    BOOST_TEST(redes::sum_y_x(X, y) == (Vector{-1, 5}));
    // x ↦ [x; 1]
    BOOST_TEST(redes::append_ones(X) == (Matrix{{1, 2, 0}, {0, 1, 3}, {1, 1, 1}}));
    BOOST_CHECK_EXCEPTION(redes::sum_y_x(X, Vector{1, 2}), redes::ShapeError,
                          message_is("sum_y_x: X (2×3) holds 3 samples but y has 2 targets"));
}

BOOST_AUTO_TEST_CASE(exact_line_is_recovered) {
    // y = 2x − 1 without noise: w* = 2, b* = −1 exactly (up to rounding)
    const Matrix X{{-1, 0, 1, 2, 3}};
    const Vector y{-3, -1, 1, 3, 5};
    for (auto solver : all_solvers) {
        const LinearModel f = redes::least_squares(X, y, true, solver);
        BOOST_TEST_INFO("solver " << redes::solver_name(solver));
        BOOST_TEST(f.w.size() == 1u);
        BOOST_TEST(f.w[0] == 2.0, tt::tolerance(1e-12));
        BOOST_TEST(f.b == -1.0, tt::tolerance(1e-12));
        BOOST_TEST(redes::empirical_risk(f, X, y) < 1e-24);
    }
}

BOOST_AUTO_TEST_CASE(xor_gives_w_zero_b_half) {
    // The notes: min (1/4) Σ (y_m − wᵀx_m − b)² on XOR ⇒ w = 0, b = 1/2, f(x) = 0.5 everywhere.
    for (auto solver : all_solvers) {
        const LinearModel f = redes::least_squares(X_xor, y_xor, true, solver);
        BOOST_TEST_INFO("solver " << redes::solver_name(solver));
        BOOST_TEST(std::abs(f.w[0]) <= 1e-12);
        BOOST_TEST(std::abs(f.w[1]) <= 1e-12);
        BOOST_TEST(std::abs(f.b - 0.5) <= 1e-12);
        const Vector pred = f(X_xor);
        for (std::size_t m = 0; m < 4; ++m) BOOST_TEST(std::abs(pred[m] - 0.5) <= 1e-12);
        // every prediction is off by ½: R̂ = (1/4)·4·(1/2)² = 1/4
        BOOST_TEST(redes::empirical_risk(f, X_xor, y_xor) == 0.25, tt::tolerance(1e-12));
    }
}

BOOST_AUTO_TEST_CASE(xor_with_the_product_feature_is_linear) {
    // With a third feature x₁x₂, XOR is exactly linear: y = x₁ + x₂ − 2x₁x₂.
    Matrix X(3, 4);
    for (std::size_t m = 0; m < 4; ++m) {
        X(0, m) = X_xor(0, m);
        X(1, m) = X_xor(1, m);
        X(2, m) = X_xor(0, m) * X_xor(1, m);
    }
    const LinearModel f = redes::least_squares(X, y_xor);
    BOOST_TEST(redes::norm_inf(f.w - Vector{1, 1, -2}) <= 1e-12);
    BOOST_TEST(std::abs(f.b) <= 1e-12);
    BOOST_TEST(redes::empirical_risk(f, X, y_xor) <= 1e-24);
}

BOOST_AUTO_TEST_CASE(one_feature_agrees_with_the_covariance_formula) {
    // Independent derivation for N = 1: w = Σ(x−x̄)(y−ȳ)/Σ(x−x̄)², b = ȳ − w x̄.
    redes::Rng rng(1);
    const Data d = linear_data(rng, Vector{0.7}, 3.0, 0.5, 40);
    double xbar = 0, ybar = 0;
    for (std::size_t m = 0; m < 40; ++m) xbar += d.X(0, m) / 40, ybar += d.y[m] / 40;
    double sxy = 0, sxx = 0;
    for (std::size_t m = 0; m < 40; ++m) {
        sxy += (d.X(0, m) - xbar) * (d.y[m] - ybar);
        sxx += (d.X(0, m) - xbar) * (d.X(0, m) - xbar);
    }
    const LinearModel f = redes::least_squares(d.X, d.y);
    BOOST_TEST(f.w[0] == sxy / sxx, tt::tolerance(1e-12));
    BOOST_TEST(f.b == ybar - (sxy / sxx) * xbar, tt::tolerance(1e-12));
}

BOOST_AUTO_TEST_CASE(solvers_agree_and_the_residual_is_orthogonal) {
    // LU, Cholesky and the explicit inverse solve the same normal equations; and at w* the
    // residual r_m = y_m − f(x_m) is orthogonal to every feature: Σ_m r_m x̃_m = 0.
    redes::Rng rng(2);
    const Data d = linear_data(rng, Vector{1.0, -2.0, 0.5, 3.0}, -1.0, 0.3, 200);
    const LinearModel lu = redes::least_squares(d.X, d.y, true, NormalEquationsSolver::lu);
    for (auto solver : {NormalEquationsSolver::cholesky, NormalEquationsSolver::inverse}) {
        const LinearModel f = redes::least_squares(d.X, d.y, true, solver);
        BOOST_TEST_INFO("solver " << redes::solver_name(solver));
        // κ(Σ x xᵀ) is about 2 here, so the solutions agree to a few hundred ε.
        BOOST_TEST(redes::norm_inf(f.w - lu.w) < 1e-13);
        BOOST_TEST(std::abs(f.b - lu.b) < 1e-13);
    }
    const Matrix Xt = redes::append_ones(d.X);
    const Vector r = d.y - lu(d.X);
    const Vector orth = redes::sum_y_x(Xt, r);  // Σ_m r_m x̃_m
    // relative to the size of the terms Σ_m |r_m| ‖x̃_m‖∞
    double scale = 0.0;
    for (std::size_t m = 0; m < r.size(); ++m) scale += std::abs(r[m]) * redes::norm_inf(Xt.col(m));
    BOOST_TEST(redes::norm_inf(orth) < 1e-12 * scale);
}

BOOST_AUTO_TEST_CASE(without_bias_fits_through_the_origin) {
    // y = 3x exactly, x ∈ {1, 2, 3}: w = Σ x y / Σ x² = 3·14/14
    const LinearModel f = redes::least_squares(Matrix{{1, 2, 3}}, Vector{3, 6, 9}, false);
    BOOST_TEST(f.w[0] == 3.0, tt::tolerance(1e-14));
    BOOST_TEST(f.b == 0.0);
    // y = 1 at x = 1, 2 (a constant the line through 0 cannot follow): w = (1 + 2)/(1 + 4)
    const LinearModel g = redes::least_squares(Matrix{{1, 2}}, Vector{1, 1}, false);
    BOOST_TEST(g.w[0] == 0.6, tt::tolerance(1e-14));
}

BOOST_AUTO_TEST_CASE(coefficients_within_noise_error_bars) {
    // With ε ∼ N(0, s²), each fitted coefficient is off by N(0, SE_j²),
    // SE_j = s·sqrt([Σ x̃ x̃ᵀ]⁻¹_jj). One fit: within 4 SE.
    redes::Rng rng(3);
    const Vector w_true{2.0, -1.0};
    const double b_true = 0.5, s = 0.8;
    const Data d = linear_data(rng, w_true, b_true, s, 100);
    const LinearModel f = redes::least_squares(d.X, d.y);
    const Vector se = redes::coefficient_standard_errors(d.X, s);
    BOOST_TEST(se.size() == 3u);
    for (std::size_t j = 0; j < 2; ++j) BOOST_TEST(std::abs(f.w[j] - w_true[j]) < 4 * se[j]);
    BOOST_TEST(std::abs(f.b - b_true) < 4 * se[2]);
    // and SE ≈ s/√M for standard normal features (Σ x̃ x̃ᵀ ≈ M·I)
    BOOST_TEST(se[0] == s / std::sqrt(100.0), tt::tolerance(0.25));
}

BOOST_AUTO_TEST_CASE(error_bars_cover_95_percent) {
    // Same design X, fresh noise 1000 times: |ŵ_1 − w_1| < 1.96 SE should hold 95% of the
    // time; the fraction's own SE is sqrt(0.95·0.05/1000) = 0.0069, allow 4 of those.
    redes::Rng rng(4);
    const double s = 1.0;
    const Data d0 = linear_data(rng, Vector{1.0, 1.0}, 0.0, s, 30);
    const Vector se = redes::coefficient_standard_errors(d0.X, s);
    const std::size_t R = 1000;
    std::size_t covered = 0;
    for (std::size_t r = 0; r < R; ++r) {
        Vector y(30);
        for (std::size_t m = 0; m < 30; ++m) y[m] = d0.X(0, m) + d0.X(1, m) + rng.normal(0.0, s);
        covered += std::abs(redes::least_squares(d0.X, y).w[0] - 1.0) < 1.96 * se[0];
    }
    BOOST_TEST(std::abs(double(covered) / R - 0.95) < 4 * std::sqrt(0.95 * 0.05 / R));
}

BOOST_AUTO_TEST_CASE(slip_the_closed_form_minimises_the_squared_risk_not_the_unsquared_sum) {
    // The notes write the problem twice; the second time as
    //   min_w (1/M) Σ_m (y_m − wᵀx_m)   ⇒   w* = [Σ x_m x_mᵀ]⁻¹ [Σ y_m x_m]
    // without the square. The closed form minimises the squared risk. Here as in the notes:
    // f(x) = wᵀx, no bias; features with mean ≈ [1, 1] so that x̄ is far from 0.
    redes::Rng rng(5);
    Data d = linear_data(rng, Vector{1.5, -0.5}, 0.0, 1.0, 50);
    for (std::size_t m = 0; m < 50; ++m) {
        d.X(0, m) += 1.0;
        d.X(1, m) += 1.0;
        d.y[m] = 1.5 * d.X(0, m) - 0.5 * d.X(1, m) + rng.normal();
    }
    const LinearModel f = redes::least_squares(d.X, d.y, false);
    // (1) ∇_w (1/M) Σ (y_m − wᵀx_m)² = −(2/M) Σ (y_m − wᵀx_m) x_m vanishes at w* …
    const Vector g = squared_risk_gradient(f, d.X, d.y);
    BOOST_TEST(std::abs(g[0]) < 1e-12);
    BOOST_TEST(std::abs(g[1]) < 1e-12);
    // … and every step away from w* increases the squared risk (a convex parabola).
    const double R_star = redes::empirical_risk(f, d.X, d.y);
    for (int k = 0; k < 20; ++k) {
        LinearModel h = f;
        h.w[0] += 0.1 * rng.normal();
        h.w[1] += 0.1 * rng.normal();
        BOOST_TEST(redes::empirical_risk(h, d.X, d.y) > R_star);
    }
    // (2) The unsquared objective L(w) = (1/M) Σ (y_m − wᵀx_m) = ȳ − wᵀx̄ is linear in w:
    // its gradient is −x̄ everywhere, so w* is not a stationary point of it, and along
    // w = w* + t x̄ it falls as L(w*) − t‖x̄‖² without bound: it has no minimiser at all.
    Vector xbar(2);
    for (std::size_t m = 0; m < 50; ++m) xbar += d.X.col(m) / 50.0;
    BOOST_TEST(redes::norm(xbar) > 1.0);  // so −x̄ ≠ 0
    const double L_star = unsquared_objective(f, d.X, d.y);
    double previous = L_star;
    for (double t : {1.0, 10.0, 1e3, 1e6}) {
        LinearModel h = f;
        h.w += t * xbar;
        const double L = unsquared_objective(h, d.X, d.y);
        BOOST_TEST(L == L_star - t * redes::dot(xbar, xbar), tt::tolerance(1e-9));
        BOOST_TEST(L < previous);
        previous = L;
    }
}

BOOST_AUTO_TEST_CASE(singular_normal_equations_throw_a_clear_error) {
    // One sample and a bias: Σ x̃ x̃ᵀ = x̃ x̃ᵀ has rank 1 < 2.
    for (auto solver : all_solvers) {
        BOOST_TEST_INFO("solver " << redes::solver_name(solver));
        BOOST_CHECK_EXCEPTION(redes::least_squares(Matrix{{2.0}}, Vector{1.0}, true, solver),
                              redes::SingularMatrixError,
                              message_has({"least_squares: Σ_m x_m x_mᵀ (2×2) is singular",
                                           "M = 1 samples cannot determine 2 unknowns (w and b)"}));
    }
    // A feature that is a copy of another: columns [x, x] span only a line.
    const Matrix copies{{1, 2, 3, 4}, {1, 2, 3, 4}};
    BOOST_CHECK_EXCEPTION(redes::least_squares(copies, Vector{1, 2, 3, 4}),
                          redes::SingularMatrixError,
                          message_has({"(3×3) is singular", "M = 4 samples cannot determine 3"}));
    // A constant feature duplicates the bias column.
    const Matrix constant{{5, 5, 5}};
    BOOST_CHECK_THROW(redes::least_squares(constant, Vector{1, 2, 3}), redes::SingularMatrixError);
    // Without the bias the same feature is fine: w = mean(y)/5.
    BOOST_TEST(redes::least_squares(constant, Vector{1, 2, 3}, false).w[0] == 0.4,
               tt::tolerance(1e-14));
}

BOOST_AUTO_TEST_CASE(bad_data_throws) {
    BOOST_CHECK_EXCEPTION(redes::least_squares(Matrix{{1, 2, 3}}, Vector{1, 2}), redes::ShapeError,
                          message_is("least_squares: X (1×3) holds 3 samples x_m but y has 2 "
                                     "targets y_m"));
    BOOST_CHECK_EXCEPTION(redes::least_squares(Matrix(2, 0), Vector()), redes::ShapeError,
                          message_is("least_squares: no data, X is (2×0)"));
    const double nan = std::numeric_limits<double>::quiet_NaN();
    BOOST_CHECK_EXCEPTION(redes::least_squares(Matrix{{1, nan, 3}}, Vector{1, 2, 3}),
                          redes::ValueError,
                          message_is("least_squares: sample m = 2 has a NaN or infinite entry"));
    BOOST_CHECK_EXCEPTION(redes::solver_from_name("qr"), redes::ValueError,
                          message_is(
                              "least_squares: solver 'qr' is not one of lu, cholesky, inverse"));
    BOOST_TEST(redes::solver_name(redes::solver_from_name("cholesky")) == "cholesky");
    const LinearModel f{Vector{1, 2}, 0.0};
    BOOST_CHECK_EXCEPTION(redes::empirical_risk(f, Matrix{{1, 2, 3}}, Vector{1, 2, 3}),
                          redes::ShapeError,
                          message_is(
                              "empirical_risk: model with 2 weights on X (1×3) and 3 targets"));
}

BOOST_AUTO_TEST_SUITE_END()
