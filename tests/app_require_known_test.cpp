// redes/app/require_known.hpp: a name option is one the library knows, else one line listing them.
#include <boost/test/unit_test.hpp>

#include <string>
#include <vector>

#include "expect_message.hpp"
#include "redes/activations/activation.hpp"
#include "redes/app/require_known.hpp"
#include "redes/error.hpp"
#include "redes/optim/make_optimizer.hpp"

using redes::ValueError;
using redes::app::require_known;
using redes_test::message_is;

BOOST_AUTO_TEST_SUITE(app_require_known)

BOOST_AUTO_TEST_CASE(a_listed_name_passes) {
    BOOST_CHECK_NO_THROW(require_known("solver", "lu", {"lu", "cholesky", "inverse"}));
    for (const std::string& n : redes::optimizer_names())
        BOOST_CHECK_NO_THROW(require_known("optimizer", n, redes::optimizer_names()));
}

BOOST_AUTO_TEST_CASE(an_unknown_name_lists_the_known_ones) {
    BOOST_CHECK_EXCEPTION(require_known("solver", "qr", {"lu", "cholesky", "inverse"}), ValueError,
                          message_is("option --solver: qr must be one of lu, cholesky, inverse"));
    // case matters: the names are the library's spelling
    BOOST_CHECK_EXCEPTION(require_known("solver", "LU", {"lu"}), ValueError,
                          message_is("option --solver: LU must be one of lu"));
}

BOOST_AUTO_TEST_CASE(with_the_library_parser_more_than_the_list_passes) {
    const auto make = [](const std::string& name) { redes::Activation::from_name(name); };
    const auto names = redes::Activation::names();
    BOOST_CHECK_NO_THROW(require_known("activation", "leaky_relu:0.2", names, make));
    BOOST_CHECK_NO_THROW(require_known("activation", "tanh", names, make));
    BOOST_CHECK_EXCEPTION(require_known("activation", "swish", {"relu", "tanh"}, make), ValueError,
                          message_is("option --activation: 'swish' must be one of relu, tanh"));
}

BOOST_AUTO_TEST_SUITE_END()
