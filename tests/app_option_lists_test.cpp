// Comma-separated chapter options: parsed in order, every item checked, and a bad value is a
// ValueError "option --NAME: 'TEXT' must be ..." (one line, naming the option).
#include <boost/test/unit_test.hpp>
#include <string>
#include <vector>

#include "redes/app/option_lists.hpp"
#include "redes/error.hpp"

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

BOOST_AUTO_TEST_SUITE_END()
