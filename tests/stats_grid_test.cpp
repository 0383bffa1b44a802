// Regular grids: linspace's ends and spacing, the points of unit_cube_grid and their order
// (first coordinate fastest, the layout of a heatmap), and the refusals.
#include <boost/test/unit_test.hpp>
#include <cmath>
#include <string>

#include "redes/error.hpp"
#include "redes/stats/grid.hpp"

namespace tt = boost::test_tools;
using redes::Matrix;

namespace {
bool says(const redes::Error& e, const std::string& a, const std::string& b) {
    const std::string m = e.what();
    return m.find(a) != std::string::npos && m.find(b) != std::string::npos;
}
}  // namespace

BOOST_AUTO_TEST_SUITE(stats_grid)

// t_p = a + (b − a) p/(n − 1): both ends exact, constant step (b − a)/(n − 1)
BOOST_AUTO_TEST_CASE(linspace_ends_and_step) {
    const auto t = redes::linspace(-1.0, 2.0, 7);
    BOOST_TEST(t.size() == 7u);
    BOOST_TEST(t.front() == -1.0);
    BOOST_TEST(t.back() == 2.0);
    for (std::size_t p = 0; p + 1 < t.size(); ++p)
        BOOST_TEST(t[p + 1] - t[p] == 0.5, tt::tolerance(1e-14));
    // 0.1 is not a binary fraction: the last point is still exactly b
    const auto u = redes::linspace(0.0, 0.3, 4);
    BOOST_TEST(u[3] == 0.3);
    BOOST_TEST(u[1] == 0.1, tt::tolerance(1e-15));
}

// n^N points, each coordinate in linspace(0, 1, n), first coordinate fastest
BOOST_AUTO_TEST_CASE(unit_cube_grid_points_and_order) {
    const Matrix X1 = redes::unit_cube_grid(1, 5);
    BOOST_TEST(X1.rows() == 1u);
    BOOST_TEST(X1.cols() == 5u);
    for (std::size_t p = 0; p < 5; ++p) BOOST_TEST(X1(0, p) == 0.25 * double(p));

    const Matrix X2 = redes::unit_cube_grid(2, 3);  // t = 0, ½, 1
    BOOST_TEST(X2.cols() == 9u);
    const double t[] = {0.0, 0.5, 1.0};
    for (std::size_t i = 0; i < 3; ++i)
        for (std::size_t j = 0; j < 3; ++j) {
            // column i·n + j is (x₁ = t_j, x₂ = t_i): row i of a heatmap
            BOOST_TEST(X2(0, i * 3 + j) == t[j]);
            BOOST_TEST(X2(1, i * 3 + j) == t[i]);
        }

    const Matrix X3 = redes::unit_cube_grid(3, 2);  // the 8 corners of the cube, once each
    BOOST_TEST(X3.cols() == 8u);
    for (std::size_t p = 0; p < 8; ++p)
        for (std::size_t i = 0; i < 3; ++i) BOOST_TEST(X3(i, p) == double((p >> i) & 1u));
}

BOOST_AUTO_TEST_CASE(refusals_name_the_operation_and_value) {
    BOOST_CHECK_EXCEPTION(redes::linspace(0, 1, 1), redes::ValueError,
                          [](const redes::Error& e) { return says(e, "linspace", "n = 1"); });
    BOOST_CHECK_EXCEPTION(redes::linspace(0, NAN, 3), redes::ValueError,
                          [](const redes::Error& e) { return says(e, "linspace", "finite"); });
    BOOST_CHECK_EXCEPTION(redes::unit_cube_grid(0, 3), redes::ValueError,
                          [](const redes::Error& e) { return says(e, "unit_cube_grid", "N = 0"); });
    BOOST_CHECK_EXCEPTION(redes::unit_cube_grid(2, 1), redes::ValueError,
                          [](const redes::Error& e) { return says(e, "unit_cube_grid", "n = 1"); });
    BOOST_CHECK_EXCEPTION(redes::unit_cube_grid(8, 100), redes::ValueError,
                          [](const redes::Error& e) { return says(e, "unit_cube_grid", "100^8"); });
}

BOOST_AUTO_TEST_SUITE_END()
