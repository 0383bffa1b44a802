// The 2-D test functions: exact gradients and Hessians against central differences, their
// known minima and critical points, and the descent-path helper's stops.
#include <boost/test/unit_test.hpp>

#include <cmath>
#include <memory>
#include <vector>

#include "redes/error.hpp"
#include "redes/optim/descent_path.hpp"
#include "redes/optim/test_functions.hpp"
#include "redes/stats/rng.hpp"

namespace tt = boost::test_tools;
using redes::Matrix;
using redes::Vector;

namespace {

std::vector<std::unique_ptr<redes::Objective2D>> all_functions() {
    std::vector<std::unique_ptr<redes::Objective2D>> f;
    f.push_back(std::make_unique<redes::Quadratic>(1.0, 10.0));
    f.push_back(std::make_unique<redes::Quadratic>(0.5, 20.0, 0.7));
    f.push_back(std::make_unique<redes::Saddle>());
    f.push_back(std::make_unique<redes::Rosenbrock>());
    f.push_back(std::make_unique<redes::Rosenbrock>(-0.5, 10.0));
    return f;
}

// Central difference of the gradient: [∂R̂/∂θ_j] ≈ (R̂(θ + h e_j) − R̂(θ − h e_j)) / 2h
Vector numerical_gradient(const redes::Objective2D& f, const Vector& theta, double h) {
    Vector g(2);
    for (std::size_t j = 0; j < 2; ++j) {
        Vector p = theta, m = theta;
        p[j] += h;
        m[j] -= h;
        g[j] = (f.value(p) - f.value(m)) / (2 * h);
    }
    return g;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(test_functions)

BOOST_AUTO_TEST_CASE(gradient_matches_central_differences) {
    redes::Rng rng(7);
    for (const auto& f : all_functions()) {
        for (int trial = 0; trial < 20; ++trial) {
            const Vector theta{rng.uniform(-2, 2), rng.uniform(-2, 2)};
            const Vector g = f->gradient(theta);
            const Vector n = numerical_gradient(*f, theta, 1e-5);
            BOOST_TEST(norm(g) > 1e-3);  // the check is not against a zero gradient
            // relative error of the vector, ‖g − n‖ / (‖g‖ + ‖n‖): a component near 0 carries the
            // rounding error ε|R̂|/h of its difference quotient, small next to ‖g‖ but not next to itself
            BOOST_TEST(norm(g - n) / (norm(g) + norm(n)) <= 1e-7,
                       f->name() << " at (" << theta[0] << ", " << theta[1] << "): " << g << " vs "
                                 << n);
        }
    }
}

BOOST_AUTO_TEST_CASE(hessian_matches_differences_of_the_gradient) {
    redes::Rng rng(8);
    const double h = 1e-5;
    for (const auto& f : all_functions()) {
        for (int trial = 0; trial < 10; ++trial) {
            const Vector theta{rng.uniform(-2, 2), rng.uniform(-2, 2)};
            const Matrix H = f->hessian(theta);
            BOOST_TEST(H(0, 1) == H(1, 0));  // symmetric
            for (std::size_t j = 0; j < 2; ++j) {
                Vector p = theta, m = theta;
                p[j] += h;
                m[j] -= h;
                const Vector col = (f->gradient(p) - f->gradient(m)) / (2 * h);
                const Vector exact{H(0, j), H(1, j)};
                BOOST_TEST(norm(exact - col) / (norm(exact) + norm(col)) <= 1e-7,
                           f->name() << " column " << j << ": " << exact << " vs " << col);
            }
        }
    }
}

BOOST_AUTO_TEST_CASE(known_values) {
    // quadratic: ½ θᵀAθ with A = diag(1, 10)
    const redes::Quadratic q(1.0, 10.0);
    BOOST_TEST(q.value(Vector{2.0, 1.0}) == 0.5 * (4.0 + 10.0));
    BOOST_TEST(q.gradient(Vector{2.0, 1.0}) == (Vector{2.0, 10.0}));
    BOOST_TEST(q.lambda_max() == 10.0);
    BOOST_TEST(q.eta_critical() == 0.2);
    // rotated: eigenvalues of A are λ₁ and λ₂ (trace and determinant), (cos φ, sin φ) has curvature λ₁
    const redes::Quadratic r(2.0, 30.0, 0.4);
    const Matrix& A = r.A();
    BOOST_TEST(A(0, 0) + A(1, 1) == 32.0, tt::tolerance(1e-14));
    BOOST_TEST(A(0, 0) * A(1, 1) - A(0, 1) * A(1, 0) == 60.0, tt::tolerance(1e-13));
    const Vector e1{std::cos(0.4), std::sin(0.4)};
    BOOST_TEST(r.value(e1) == 1.0, tt::tolerance(1e-14));  // ½ λ₁ ‖e₁‖²
    // saddle: x² − y², the quadratic with curvatures 2 and −2
    const redes::Saddle s;
    BOOST_TEST(s.value(Vector{3.0, 2.0}) == 5.0);
    BOOST_TEST(s.gradient(Vector{0.0, 0.0}) == (Vector{0.0, 0.0}));
    BOOST_TEST(s.hessian(Vector{0.0, 0.0}) == (Matrix{{2.0, 0.0}, {0.0, -2.0}}));
    // Rosenbrock: minimum 0 at (a, a²) with zero gradient, positive definite Hessian there
    const redes::Rosenbrock rb;
    BOOST_TEST(rb.value(rb.minimizer()) == 0.0);
    BOOST_TEST(norm(rb.gradient(rb.minimizer())) == 0.0);
    const Matrix H = rb.hessian(rb.minimizer());
    BOOST_TEST(H == (Matrix{{802.0, -400.0}, {-400.0, 200.0}}));
    BOOST_TEST(H(0, 0) * H(1, 1) - H(0, 1) * H(1, 0) > 0.0);
    BOOST_TEST(rb.value(Vector{0.0, 0.0}) == 1.0);
}

BOOST_AUTO_TEST_CASE(closed_form_iterate_of_a_rotated_quadratic) {
    // θ_k = (I − ηA)^k θ_0 computed by multiplying the matrix k times, against gd_iterate
    const redes::Quadratic q(1.0, 8.0, 0.3);
    const double eta = 0.15;
    const Matrix step = Matrix::identity(2) - eta * q.A();
    Vector theta{-2.0, 1.5};
    const Vector theta0 = theta;
    for (std::size_t k = 1; k <= 40; ++k) {
        theta = step * theta;
        const Vector c = q.gd_iterate(theta0, eta, k);
        BOOST_TEST(c[0] == theta[0], tt::tolerance(1e-11));
        BOOST_TEST(c[1] == theta[1], tt::tolerance(1e-11));
    }
}

BOOST_AUTO_TEST_CASE(bad_input_names_the_function_and_values) {
    const redes::Rosenbrock rb;
    BOOST_CHECK_EXCEPTION(rb.value(Vector{1.0, 2.0, 3.0}), redes::ShapeError,
                          [](const redes::ShapeError& e) {
                              return std::string(e.what()) ==
                                     "rosenbrock(a=1, b=100) value: θ of size 3, expected 2";
                          });
    BOOST_CHECK_EXCEPTION(redes::Quadratic(1.0, -2.0), redes::ValueError,
                          [](const redes::ValueError& e) {
                              return std::string(e.what()).find("λ₂ = -2") != std::string::npos;
                          });
    const redes::Saddle s;
    BOOST_CHECK_EXCEPTION(s.directional_derivative(Vector{0.0, 0.0}, Vector{1.0, 1.0}),
                          redes::ValueError, [](const redes::ValueError& e) {
                              return std::string(e.what()).find("length 1.41421") !=
                                     std::string::npos;
                          });
}

BOOST_AUTO_TEST_CASE(on_grid_puts_x_along_columns) {
    const redes::Saddle s;
    const Matrix Z = s.on_grid({0.0, 1.0, 2.0}, {-1.0, 3.0});
    BOOST_TEST(Z.rows() == 2u);
    BOOST_TEST(Z.cols() == 3u);
    BOOST_TEST(Z(0, 2) == 4.0 - 1.0);  // (x, y) = (2, −1)
    BOOST_TEST(Z(1, 0) == -9.0);       // (0, 3)
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(descent_path)

BOOST_AUTO_TEST_CASE(records_the_gradient_descent_iterates) {
    const redes::Quadratic q(1.0, 4.0);
    redes::PathOptions o;
    o.steps = 25;
    const auto p = redes::gradient_descent_path(q, 0.1, Vector{3.0, -2.0}, o);
    BOOST_TEST(p.steps() == 25u);
    BOOST_TEST(!p.diverged());
    BOOST_TEST(p.stop == redes::PathStop::steps);
    BOOST_TEST(p.optimizer == "gd");
    // θ_{k+1} = θ_k − η∇R̂(θ_k), step by step
    for (std::size_t k = 0; k < p.steps(); ++k) {
        const Vector expect = p.theta[k] - 0.1 * q.gradient(p.theta[k]);
        BOOST_TEST(p.theta[k + 1] == expect);
        BOOST_TEST(p.value[k] == q.value(p.theta[k]));
    }
}

BOOST_AUTO_TEST_CASE(divergence_is_a_flag_with_the_step_and_check_throws) {
    const redes::Quadratic q(1.0, 10.0);
    redes::PathOptions o;
    o.steps = 10000;
    o.bound = 1e3;
    const double eta = 0.3;  // 1 − ηλ₂ = −2: y_k = (−2)^k, R̂(θ_k) = ½·10·4^k
    const auto p = redes::gradient_descent_path(q, eta, Vector{0.0, 1.0}, o);
    BOOST_TEST(p.diverged());
    // R̂ = 5·4^k exceeds 1000 first at k = 4 (1280), while ‖θ_4‖∞ = 16 is still inside
    BOOST_TEST(p.diverged_step == 4u);
    BOOST_TEST(p.diverged_theta == 16.0);
    BOOST_TEST(p.diverged_value == 1280.0);
    BOOST_TEST(p.last() == (Vector{0.0, 16.0}));  // kept for the plot
    for (double v : p.value) BOOST_TEST(std::isfinite(v));
    BOOST_CHECK_EXCEPTION(p.check(), redes::DivergenceError, [](const redes::DivergenceError& e) {
        const std::string m = e.what();
        return m.find("diverged at step 4") != std::string::npos &&
               m.find("η = 0.3") != std::string::npos &&
               m.find("lower the learning rate") != std::string::npos;
    });
}

BOOST_AUTO_TEST_CASE(overflow_to_infinity_is_caught_without_nan) {
    // a huge bound lets the iterate overflow: the path stops at the first non-finite value
    const redes::Quadratic q(1.0, 10.0);
    redes::PathOptions o;
    o.steps = 100000;
    o.bound = HUGE_VAL;
    const auto p = redes::gradient_descent_path(q, 1.0, Vector{1.0, 1.0}, o);  // y_k = (−9)^k
    BOOST_TEST(p.diverged());
    BOOST_TEST(p.describe().find("NaN") == std::string::npos);
    for (const Vector& t : p.theta) BOOST_TEST(all_finite(t));
    // (−9)^k overflows R̂ = 5·81^k near k = 161
    BOOST_TEST(p.diverged_step >= 150u);
    BOOST_TEST(p.diverged_step <= 170u);
}

BOOST_AUTO_TEST_CASE(stops_where_the_gradient_vanishes) {
    // On the saddle with η = ½, x₁ = (1 − 2η) x₀ = 0 exactly: θ₁ = (0, 0), ∇R̂ = 0, stop.
    const redes::Saddle s;
    const auto p = redes::gradient_descent_path(s, 0.5, Vector{0.7, 0.0});
    BOOST_TEST(p.stop == redes::PathStop::critical_point);
    BOOST_TEST(p.steps() == 1u);
    BOOST_TEST(p.last() == (Vector{0.0, 0.0}));
    BOOST_TEST(p.grad_norm.back() == 0.0);
}

BOOST_AUTO_TEST_CASE(bad_start_is_rejected) {
    const redes::Saddle s;
    BOOST_CHECK_THROW(redes::gradient_descent_path(s, 0.1, Vector{1.0}), redes::ShapeError);
    BOOST_CHECK_EXCEPTION(redes::gradient_descent_path(s, 0.1, Vector{NAN, 0.0}), redes::ValueError,
                          [](const redes::ValueError& e) {
                              return std::string(e.what()).find("θ_0") != std::string::npos;
                          });
    BOOST_CHECK_THROW(redes::gradient_descent_path(s, -0.1, Vector{1.0, 0.0}), redes::ValueError);
}

BOOST_AUTO_TEST_SUITE_END()
