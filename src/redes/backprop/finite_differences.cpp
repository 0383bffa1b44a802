#include "redes/backprop/finite_differences.hpp"

#include <cmath>
#include <string>

#include "redes/error.hpp"
#include "redes/text.hpp"

namespace redes {

namespace {
void require_step(const char* op, double h) {
    if (!(h > 0.0) || !std::isfinite(h))  // h as 1e-07, not std::to_string's 0.000000
        throw ValueError(std::string(op) + ": step h = " + num(h) + " must be positive and finite");
}
}  // namespace

// [∇f(θ)]_i ≈ (f(θ + h e_i) − f(θ − h e_i)) / 2h
Vector numerical_gradient(const std::function<double(const Vector&)>& f, const Vector& theta,
                          double h) {
    require_step("numerical_gradient", h);
    Vector g(theta.size());
    Vector t = theta;
    for (std::size_t i = 0; i < theta.size(); ++i) {
        const double up = theta[i] + h, down = theta[i] - h;  // 2h as the doubles hold it
        t[i] = up;
        const double f_plus = f(t);
        t[i] = down;
        const double f_minus = f(t);
        t[i] = theta[i];
        g[i] = (f_plus - f_minus) / (up - down);
    }
    return g;
}

// [∂F/∂x]_ij ≈ ([F(x + h e_j)]_i − [F(x − h e_j)]_i) / 2h
Matrix numerical_jacobian(const std::function<Vector(const Vector&)>& F, const Vector& x,
                          double h) {
    require_step("numerical_jacobian", h);
    Vector t = x;
    Matrix Jac;
    for (std::size_t j = 0; j < x.size(); ++j) {
        const double up = x[j] + h, down = x[j] - h;
        t[j] = up;
        const Vector F_plus = F(t);
        t[j] = down;
        const Vector F_minus = F(t);
        t[j] = x[j];
        if (j == 0) Jac = Matrix(F_plus.size(), x.size());
        if (F_plus.size() != Jac.rows() || F_minus.size() != Jac.rows())
            throw ShapeError("numerical_jacobian: F changed its output size with its input");
        for (std::size_t i = 0; i < Jac.rows(); ++i)
            Jac(i, j) = (F_plus[i] - F_minus[i]) / (up - down);
    }
    return Jac;
}

}  // namespace redes
