// redes/text.hpp: one printf conversion per number (never cut short) and one way to list names.
#include <boost/test/unit_test.hpp>

#include <string>
#include <vector>

#include "redes/text.hpp"

using redes::join;
using redes::num;

BOOST_AUTO_TEST_SUITE(text)

BOOST_AUTO_TEST_CASE(num_is_printf_with_g_by_default) {
    BOOST_TEST(num(0.1) == "0.1");
    BOOST_TEST(num(1e-7) == "1e-07");  // not std::to_string's 0.000000
    BOOST_TEST(num(123456789.0) == "1.23457e+08");
    BOOST_TEST(num(2.0 / 3, "%.4g") == "0.6667");
    BOOST_TEST(num(-0.25, "%.3f") == "-0.250");
    BOOST_TEST(num(0.1, "%.10g") == "0.1");
}

BOOST_AUTO_TEST_CASE(num_writes_long_conversions_whole) {
    // 1e300 in %f has 301 digits before the point: longer than any fixed buffer of 64
    const std::string s = num(1e300, "%.3f");
    BOOST_TEST(s.size() == 301u + 4u);
    BOOST_TEST(s.substr(0, 4) == "1000");
    BOOST_TEST(s.substr(s.size() - 4) == ".000");
}

BOOST_AUTO_TEST_CASE(join_puts_the_separator_between_items_only) {
    BOOST_TEST(join({}) == "");
    BOOST_TEST(join({"relu"}) == "relu");
    BOOST_TEST(join({"relu", "tanh", "sigmoid"}) == "relu, tanh, sigmoid");
    BOOST_TEST(join({"a", "", "b"}, "|") == "a||b");
}

BOOST_AUTO_TEST_SUITE_END()
