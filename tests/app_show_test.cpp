// redes/app/show.hpp: matrices, vectors and tensors printed under a label, rows indented.
#include <boost/test/unit_test.hpp>

#include <sstream>
#include <string>

#include "redes/app/show.hpp"

using redes::Matrix;
using redes::Tensor3;
using redes::Vector;
using redes::app::show;

namespace {
// What `out << x` prints, for the expected text.
template <class T>
std::string printed(const T& x, int precision = 6) {
    std::ostringstream s;
    s.precision(precision);
    s << x;
    return s.str();
}
}  // namespace

BOOST_AUTO_TEST_SUITE(app_show)

BOOST_AUTO_TEST_CASE(matrix_rows_go_under_the_label) {
    const Matrix A{{1, 2}, {3, 4}};
    std::ostringstream out;
    show("W₁", A, "  ", out);
    // the header of operator<< stays on the label's line; each following line gains 4 spaces
    std::string expected = printed(A);
    for (std::size_t p = expected.find('\n'); p != std::string::npos;
         p = expected.find('\n', p + 1))
        expected.insert(p + 1, "    ");
    BOOST_TEST(out.str() == "  W₁ = " + expected + "\n");
    BOOST_TEST(out.str().find("\n    ") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(numbers_follow_the_stream_precision) {
    const Matrix A{{1.0 / 3}};
    std::ostringstream out;
    out.precision(3);
    show("A", A, "", out);
    BOOST_TEST(out.str().find("0.333") != std::string::npos);
    BOOST_TEST(out.str().find("0.3333") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(vector_stays_on_one_line) {
    const Vector v{0.5, -1};
    std::ostringstream out;
    show("b₁", v, "  ", out);
    BOOST_TEST(out.str() == "  b₁ = " + printed(v) + "\n");
}

BOOST_AUTO_TEST_CASE(tensor_prints_each_slice_with_one_based_numbers) {
    Tensor3 T(2, 1, 3);
    std::ostringstream out;
    show("∂z/∂W", T, "  ", out);
    const std::string s = out.str();
    BOOST_TEST(s.find("  ∂z/∂W = Tensor3(2×1×3), 2 slices of 1×3:\n") == 0u);
    BOOST_TEST(s.find("    slice i = 1 = ") != std::string::npos);
    BOOST_TEST(s.find("    slice i = 2 = ") != std::string::npos);
    BOOST_TEST(s.find("slice i = 0") == std::string::npos);
    BOOST_TEST(s.find("slice i = 3") == std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()
