#include "redes/stats/grid.hpp"

#include <cmath>
#include <string>

#include "redes/error.hpp"

namespace redes {

// t_p = a + (b − a) p/(n − 1)
std::vector<double> linspace(double a, double b, std::size_t n) {
    if (n < 2)
        throw ValueError("linspace: n = " + std::to_string(n) +
                         " points; need at least 2 (both ends)");
    if (!std::isfinite(a) || !std::isfinite(b))
        throw ValueError("linspace: ends a = " + std::to_string(a) + ", b = " + std::to_string(b) +
                         " must be finite");
    std::vector<double> t(n);
    const double last = static_cast<double>(n - 1);
    for (std::size_t p = 0; p < n; ++p) t[p] = a + (b - a) * (static_cast<double>(p) / last);
    t[n - 1] = b;  // exactly b, whatever the rounding
    return t;
}

Matrix unit_cube_grid(std::size_t N, std::size_t n) {
    if (N == 0) throw ValueError("unit_cube_grid: dimension N = 0 must be at least 1");
    if (n < 2)
        throw ValueError("unit_cube_grid: n = " + std::to_string(n) +
                         " points per axis; need at least 2 (both ends)");
    std::size_t P = 1;  // n^N, refused past 10^7 points
    for (std::size_t i = 0; i < N; ++i) {
        if (P > 10000000 / n)
            throw ValueError("unit_cube_grid: " + std::to_string(n) + "^" + std::to_string(N) +
                             " points exceed the limit of 10^7");
        P *= n;
    }
    const std::vector<double> t = linspace(0.0, 1.0, n);
    Matrix X(N, P);
    for (std::size_t p = 0; p < P; ++p) {
        // the digits of p in base n are the indices (p_1, …, p_N), p_1 fastest
        std::size_t rest = p;
        for (std::size_t i = 0; i < N; ++i) {
            X(i, p) = t[rest % n];
            rest /= n;
        }
    }
    return X;
}

}  // namespace redes
