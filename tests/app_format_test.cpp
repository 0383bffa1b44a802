// redes/app/format.hpp: the number formats of the chapters' printed findings.
#include <boost/test/unit_test.hpp>

#include <cmath>
#include <string>

#include "redes/app/format.hpp"

using redes::Vector;
namespace app = redes::app;

BOOST_AUTO_TEST_SUITE(app_format)

BOOST_AUTO_TEST_CASE(fmt_defaults_to_four_significant_digits) {
    BOOST_TEST(app::fmt(2.0 / 3) == "0.6667");
    BOOST_TEST(app::fmt(12345.0) == "1.234e+04");
    BOOST_TEST(app::fmt(0.5, "%.3f") == "0.500");
}

BOOST_AUTO_TEST_CASE(percent_and_seconds_keep_one_decimal) {
    BOOST_TEST(app::percent(0.9731) == "97.3 %");
    BOOST_TEST(app::percent(1.0) == "100.0 %");
    BOOST_TEST(app::percent(0.0) == "0.0 %");
    BOOST_TEST(app::seconds(12.345) == "12.3 s");
    BOOST_TEST(app::seconds(0.04) == "0.0 s");
}

BOOST_AUTO_TEST_CASE(point_lists_every_coordinate) {
    BOOST_TEST(app::point(Vector{1.0, -0.5}) == "(1, -0.5)");
    BOOST_TEST(app::point(Vector{2.0 / 3, 1e-5, 3.0}) == "(0.6667, 1e-05, 3)");
    BOOST_TEST(app::point(Vector{}) == "()");
    BOOST_TEST(app::point(Vector{std::nan("")}).find("nan") != std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()
