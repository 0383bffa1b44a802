#pragma once
// Statistics over the units of a layer, for the notes' "Inicialización de los parámetros" and
// ReLU's "la unidad se considera activa cuando está en los positivos". A layer's batch is a
// matrix with one row per unit i = 0 … N_ℓ−1 and one column per sample m = 0 … M−1
// (Z_ℓ or X_ℓ of backprop/efficient.hpp's batch_forward).
//   active fraction  a_i = #{m : z_im > 0} / M            (ReLU passes z and σ′ = 1 there)
//   dead unit        a_i = 0: z_im ≤ 0 on every sample, so σ′(z_im) = 0 and the unit's
//                    weights get no gradient from these samples ("no pueden aprender")
//   spread           std of all entries: sqrt((1/(N M)) Σ_im (a_im − ā)²)
//   symmetry         max_i max_j |w_ij − w_0j|: 0 when every row (unit) of W is the same
#include <cstddef>
#include <vector>

#include "redes/linalg/matrix.hpp"

namespace redes {

// a_i = #{m : z_im > 0} / M for each row i; ValueError when Z has no columns.
std::vector<double> active_fraction(const Matrix& Z);

// #{i : z_im ≤ 0 for every m}: the units no sample activates; ValueError when Z has no columns.
std::size_t count_dead_units(const Matrix& Z);

// sqrt((1/(rows·cols)) Σ_ij (a_ij − ā)²), the population standard deviation of the entries;
// ValueError for an empty matrix.
double entry_std(const Matrix& A);

// max_i max_j |a_ij − a_0j|: how far the rows are from being identical (0 for one row);
// ValueError for an empty matrix.
double max_row_difference(const Matrix& A);

}  // namespace redes
