#pragma once
// Regular grids of points, for measuring a function everywhere on a set rather than at samples:
//   linspace(a, b, n):      t_p = a + (b − a) p/(n − 1),  p = 0 … n−1  (both ends included)
//   unit_cube_grid(N, n):   the n^N points (t_{p_1}, …, t_{p_N}) of [0, 1]^N, t = linspace(0, 1, n),
//                           as the columns of an N × n^N matrix (a batch for MLP::forward), the
//                           first coordinate running fastest: column p_1 + n p_2 + n² p_3 + …
// For N = 2, column i·n + j is the point (t_j, t_i), so reshaping a row of outputs to n × n
// gives Z(i, j) at (x_1 = t_j, x_2 = t_i): the layout plot::Figure::heatmap takes.
#include <cstddef>
#include <vector>

#include "redes/linalg/matrix.hpp"

namespace redes {

// t_p = a + (b − a) p/(n − 1), p = 0 … n−1; t_0 = a and t_{n−1} = b exactly.
// ValueError for n < 2 or a, b not finite.
std::vector<double> linspace(double a, double b, std::size_t n);

// The n^N points of the regular grid on [0, 1]^N as columns (N × n^N), first coordinate fastest.
// ValueError for N = 0, n < 2, or more than 10^7 points.
Matrix unit_cube_grid(std::size_t N, std::size_t n);

}  // namespace redes
