#include <boost/test/unit_test.hpp>
#include "redes/linalg.hpp"
BOOST_AUTO_TEST_SUITE(smoke)
BOOST_AUTO_TEST_CASE(matmul_shape_error_names_shapes) {
    redes::Matrix A(3, 4), B(5, 2);
    BOOST_CHECK_EXCEPTION(redes::matmul(A, B), redes::ShapeError, [](const redes::ShapeError& e) {
        return std::string(e.what()) == "matmul: (3×4)·(5×2): 4 ≠ 5";
    });
}
BOOST_AUTO_TEST_SUITE_END()
