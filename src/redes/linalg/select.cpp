#include "redes/linalg/select.hpp"

#include <string>

#include "redes/error.hpp"

namespace redes {

Matrix select_columns(const Matrix& A, const std::vector<std::size_t>& idx) {
    Matrix S(A.rows(), idx.size());
    for (std::size_t c = 0; c < idx.size(); ++c)
        if (idx[c] >= A.cols())
            throw IndexError("select_columns: column " + std::to_string(idx[c]) + " outside " +
                             shape_str(A.rows(), A.cols()));
    for (std::size_t i = 0; i < A.rows(); ++i) {
        const double* a = A.row_ptr(i);
        double* s = S.row_ptr(i);
        for (std::size_t c = 0; c < idx.size(); ++c) s[c] = a[idx[c]];
    }
    return S;
}

}  // namespace redes
