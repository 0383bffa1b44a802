// Reading a classifier's output: ŷ_m = argmax_k [x_Lm]_k, accuracy = (1/M) #{m : ŷ_m = label_m}.
#include <boost/test/unit_test.hpp>
#include <cmath>
#include <string>
#include <vector>

#include "redes/error.hpp"
#include "redes/linalg/matrix.hpp"
#include "redes/models/classify.hpp"
#include "redes/risk/cost.hpp"

using redes::Matrix;
using Labels = std::vector<std::size_t>;

namespace {
bool says(const redes::Error& e, const std::string& a, const std::string& b) {
    const std::string m = e.what();
    return m.find(a) != std::string::npos && m.find(b) != std::string::npos;
}
}  // namespace

BOOST_AUTO_TEST_SUITE(classify_argmax)

BOOST_AUTO_TEST_CASE(argmax_per_column_by_hand) {
    // K = 3 outputs for M = 4 samples (columns)
    const Matrix X_L{{0.1, 2.0, -1.0, 0.5}, {0.7, 1.0, -3.0, 0.5}, {0.2, 3.0, -2.0, 0.4}};
    BOOST_TEST(
        (redes::argmax_columns(X_L) == Labels{1, 2, 0, 0}));  // last column: a tie, the smaller k
    BOOST_TEST(redes::accuracy(redes::argmax_columns(X_L), {1, 2, 2, 0}) == 0.75);
    BOOST_TEST(redes::accuracy({0, 1}, {1, 0}) == 0.0);
}

// softmax keeps the order of the entries: the same ŷ from x_L and from softmax(x_L)
BOOST_AUTO_TEST_CASE(softmax_does_not_change_the_prediction) {
    const Matrix X_L{{3.0, -1.0, 0.0}, {1.0, 4.0, 0.1}, {2.9, 0.5, -5.0}};
    Matrix P(3, 3);
    for (std::size_t m = 0; m < 3; ++m) P.set_col(m, redes::softmax(X_L.col(m)));
    BOOST_TEST((redes::argmax_columns(P) == redes::argmax_columns(X_L)));
}

BOOST_AUTO_TEST_CASE(refusals) {
    BOOST_CHECK_EXCEPTION(redes::accuracy({0, 1, 2}, {0, 1}), redes::ShapeError,
                          [](const redes::Error& e) {
                              return says(e, "accuracy", "3 predictions for 2 labels");
                          });
    BOOST_CHECK_EXCEPTION(redes::accuracy({}, {}), redes::ValueError,
                          [](const redes::Error& e) { return says(e, "accuracy", "M = 0"); });
    const Matrix bad{{0.0, NAN}, {1.0, 0.0}};
    BOOST_CHECK_EXCEPTION(redes::argmax_columns(bad), redes::ValueError, [](const redes::Error& e) {
        return says(e, "argmax_columns", "(0, 1) is NaN");
    });
}

BOOST_AUTO_TEST_SUITE_END()
