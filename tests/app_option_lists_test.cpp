// Comma-separated chapter options: parsed in order, every item checked, and a bad value is a
// ValueError "option --NAME: 'TEXT' must be ..." (one line, naming the option).
#include <boost/test/unit_test.hpp>
#include <string>
#include <vector>

#include "expect_message.hpp"
#include "redes/app/option_lists.hpp"
#include "redes/error.hpp"

using redes::app::parse_hidden_widths;
using redes::app::parse_name_list;
using redes::app::parse_size_list;
using Sizes = std::vector<std::size_t>;
using Names = std::vector<std::string>;

namespace {
bool names_option(const redes::Error& e, const std::string& option, const std::string& text) {
    const std::string m = e.what();
    return m.find("option --" + option + ": '" + text + "' must be") == 0;
}
}  // namespace

BOOST_AUTO_TEST_SUITE(app_option_lists)

BOOST_AUTO_TEST_CASE(sizes_in_order) {
    BOOST_TEST((parse_size_list("widths", "1,2,4,256", 1, 256) == Sizes{1, 2, 4, 256}));
    BOOST_TEST((parse_size_list("widths", "8,2", 1, 256) == Sizes{8, 2}));
    for (const std::string bad :
         {"", "0", "257", "2,,4", "2,", "a", "-1", "2.5", "3,3", " 2", "99999999999"})
        BOOST_CHECK_EXCEPTION(parse_size_list("widths", bad, 1, 256), redes::ValueError,
                              [&](const redes::Error& e) {
                                  return names_option(e, "widths", bad);
                              });
}

BOOST_AUTO_TEST_CASE(names_in_order) {
    const Names allowed{"relu", "tanh", "sigmoid"};
    BOOST_TEST((parse_name_list("activations", "tanh,relu", allowed) == Names{"tanh", "relu"}));
    for (const std::string bad : {"", "identity", "relu,relu", "relu,", "Relu"})
        BOOST_CHECK_EXCEPTION(parse_name_list("activations", bad, allowed), redes::ValueError,
                              [&](const redes::Error& e) {
                                  return names_option(e, "activations", bad);
                              });
}

BOOST_AUTO_TEST_CASE(hidden_widths_repeat_and_may_be_none) {
    BOOST_TEST((parse_hidden_widths("widths", "64,64,32") == Sizes{64, 64, 32}));
    BOOST_TEST((parse_hidden_widths("widths", "100000") == Sizes{100000}));
    BOOST_TEST(parse_hidden_widths("widths", "none").empty());
    BOOST_TEST(parse_hidden_widths("widths", "").empty());
    BOOST_TEST((parse_hidden_widths("widths", "16", 16) == Sizes{16}));
}

BOOST_AUTO_TEST_CASE(hidden_widths_refuse_what_is_not_a_width) {
    const std::string what = "a comma-separated list of widths 1…100000, e.g. 64,32 (or none)";
    for (const std::string bad :
         {"8,0", "0", "100001", "8,,4", ",8", "a", "-1", "2.5", " 2", "+2", "99999999999", "None"})
        BOOST_CHECK_EXCEPTION(parse_hidden_widths("widths", bad), redes::ValueError,
                              redes_test::message_is("option --widths: '" + bad + "' must be " +
                                                     what));
    BOOST_CHECK_EXCEPTION(
        parse_hidden_widths("widths", "17", 16), redes::ValueError,
        redes_test::message_is(
            "option --widths: '17' must be a comma-separated list of widths 1…16, e.g. 64,32 (or none)"));
    // a trailing comma is said apart: the items before it were fine
    BOOST_CHECK_EXCEPTION(
        parse_hidden_widths("widths", "8,"), redes::ValueError,
        redes_test::message_is(
            "option --widths: '8,' must be a comma-separated list of widths, e.g. 64,32"));
}

BOOST_AUTO_TEST_SUITE_END()
