// Statistics over the units of a layer (src/redes/stats/unit_stats.hpp), on matrices whose
// values are known by hand.
#include <boost/test/unit_test.hpp>

#include <cmath>
#include <string>

#include "redes/error.hpp"
#include "redes/stats/unit_stats.hpp"

namespace tt = boost::test_tools;
using redes::Matrix;

BOOST_AUTO_TEST_SUITE(unit_stats)

// rows = units, columns = samples
BOOST_AUTO_TEST_CASE(active_fraction_and_dead_units) {
    const Matrix Z{{1.0, -2.0, 0.5, 3.0},      // active on 3 of 4
                   {-1.0, 0.0, -0.5, -3.0},    // z ≤ 0 everywhere (0 is not active): dead
                   {0.0, 0.0, 0.0, 1e-300},    // active on one sample only: alive
                   {-1.0, -1.0, -1.0, -1.0}};  // dead
    const auto a = redes::active_fraction(Z);
    BOOST_TEST(a.size() == 4u);
    BOOST_TEST(a[0] == 0.75);
    BOOST_TEST(a[1] == 0.0);
    BOOST_TEST(a[2] == 0.25);
    BOOST_TEST(a[3] == 0.0);
    BOOST_TEST(redes::count_dead_units(Z) == 2u);
    BOOST_TEST(redes::count_dead_units(Matrix{{1.0}, {2.0}}) == 0u);
}

BOOST_AUTO_TEST_CASE(entry_std_is_the_population_standard_deviation) {
    // entries 1, 2, 3, 4, 5, 6: mean 3.5, Σ(a − ā)² = 17.5, std = √(17.5/6)
    BOOST_TEST(redes::entry_std(Matrix{{1, 2, 3}, {4, 5, 6}}) == std::sqrt(17.5 / 6.0),
               tt::tolerance(1e-15));
    BOOST_TEST(redes::entry_std(Matrix{{2, 2}, {2, 2}}) == 0.0);
}

BOOST_AUTO_TEST_CASE(max_row_difference_is_zero_only_for_identical_rows) {
    BOOST_TEST(redes::max_row_difference(Matrix{{1, 2, 3}, {1, 2, 3}, {1, 2, 3}}) == 0.0);
    BOOST_TEST(redes::max_row_difference(Matrix{{1, 2, 3}, {1, 2.5, 3}, {0, 2, 3}}) == 1.0);
    BOOST_TEST(redes::max_row_difference(Matrix{{4, 5}}) == 0.0);
}

BOOST_AUTO_TEST_CASE(empty_matrices_are_refused_with_the_function_name) {
    BOOST_CHECK_EXCEPTION(redes::count_dead_units(Matrix(3, 0)), redes::ValueError,
                          [](const redes::ValueError& e) {
                              return std::string(e.what()) ==
                                     "count_dead_units: empty matrix (3×0)";
                          });
    BOOST_CHECK_THROW(redes::active_fraction(Matrix()), redes::ValueError);
    BOOST_CHECK_THROW(redes::entry_std(Matrix()), redes::ValueError);
    BOOST_CHECK_THROW(redes::max_row_difference(Matrix()), redes::ValueError);
}

BOOST_AUTO_TEST_SUITE_END()
