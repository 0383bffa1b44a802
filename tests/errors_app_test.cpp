// The option checks every program shares (src/redes/app/output_checks.hpp, chapter.hpp,
// train_options.hpp): one ValueError "option --NAME: VALUE must be …" naming the option.
#include <boost/test/unit_test.hpp>

#include <cerrno>

#include "data_test_helpers.hpp"
#include "expect_message.hpp"
#include "redes/app/chapter.hpp"
#include "redes/app/option_lists.hpp"
#include "redes/app/output_checks.hpp"
#include "redes/app/train_options.hpp"
#include "redes/error.hpp"
#include "redes/io/atomic_write.hpp"

using namespace redes;
using redes_test::message_is;
using redes_test::ScratchDir;

BOOST_AUTO_TEST_SUITE(errors_app)

BOOST_AUTO_TEST_CASE(require_names_the_option_the_value_and_why) {
    BOOST_CHECK_EXCEPTION(app::require(false, "eta", "-1", "positive"), ValueError,
                          message_is("option --eta: -1 must be positive"));
    BOOST_CHECK_NO_THROW(app::require(true, "eta", "1", "positive"));
}

BOOST_AUTO_TEST_CASE(seeds_are_whole_numbers_without_wrap_around) {
    BOOST_TEST(app::parse_seed("seed", "0") == 0u);
    BOOST_TEST(app::parse_seed("seed", "18446744073709551615") == 18446744073709551615ull);
    BOOST_CHECK_EXCEPTION(app::parse_seed("seed", "-1"), ValueError,
                          message_is(
                              "option --seed: -1 must be a whole number 0…18446744073709551615"));
    BOOST_CHECK_EXCEPTION(
        app::parse_seed("seed", "18446744073709551616"), ValueError,
        message_is(
            "option --seed: 18446744073709551616 must be a whole number 0…18446744073709551615"));
    BOOST_CHECK_EXCEPTION(app::parse_seed("seed", "12x"), ValueError,
                          message_is(
                              "option --seed: 12x must be a whole number 0…18446744073709551615"));
}

BOOST_AUTO_TEST_CASE(output_folders_and_files_are_checked_before_any_work) {
    ScratchDir s("errors_app");
    io::write_file_atomic(s.path("file"), "x");
    app::require_output_folder("out", s.path("new/deeper"));  // created
    BOOST_TEST(std::filesystem::is_directory(s.path("new/deeper")));
    BOOST_CHECK_EXCEPTION(app::require_output_folder("out", ""), ValueError,
                          message_is(
                              "option --out: '' must be a folder that can be created and written"));
    const std::string sub = s.path("file") + "/sub";
    BOOST_CHECK_EXCEPTION(app::require_output_folder("out", sub), ValueError,
                          message_is("option --out: '" + sub +
                                     "' must be a folder that can be created and written (mkdir " +
                                     sub + ": Not a directory)"));
    BOOST_CHECK_NO_THROW(app::require_output_file("save", s.path("model.txt")));
    BOOST_CHECK_EXCEPTION(app::require_output_file("save", s.path("none") + "/m.txt"), ValueError,
                          message_is("option --save: '" + s.path("none") +
                                     "/m.txt' must be a file in a folder that "
                                     "exists and can be written (no folder " +
                                     s.path("none") + ")"));
    BOOST_CHECK_EXCEPTION(app::require_output_file("save", s.path("new")), ValueError,
                          message_is("option --save: '" + s.path("new") +
                                     "' must be a file in a folder that exists and "
                                     "can be written (it is a folder)"));
}

// The reason is the errno of access() itself, not of an earlier call ("Success"): a path under
// a regular file is "Not a directory" even for root, whom access() lets write anywhere else.
BOOST_AUTO_TEST_CASE(not_writable_gives_the_reason_of_access) {
    ScratchDir s("errors_app_access");
    io::write_file_atomic(s.path("file"), "x");
    BOOST_TEST(app::not_writable(s.dir.string()) == "");
    BOOST_TEST(app::not_writable(s.path("file") + "/sub") == "Not a directory");
    BOOST_TEST(app::not_writable(s.path("missing")) == "No such file or directory");
    errno = 0;  // what a strerror read before access() would report
    BOOST_TEST(app::not_writable(s.path("file") + "/sub") == "Not a directory");
}

BOOST_AUTO_TEST_CASE(widths_lists) {
    BOOST_CHECK_EXCEPTION(
        app::parse_hidden_widths("widths", "8,0"), ValueError,
        message_is(
            "option --widths: '8,0' must be a comma-separated list of widths 1…100000, e.g. 64,32 (or none)"));
    BOOST_CHECK_EXCEPTION(
        app::parse_hidden_widths("widths", "8,"), ValueError,
        message_is("option --widths: '8,' must be a comma-separated list of widths, e.g. 64,32"));
    // digits only: a sign or a space (which train's former parser let through) is refused
    for (const std::string bad : {"+8", " 8", "8 ,4"})
        BOOST_CHECK_EXCEPTION(app::parse_hidden_widths("widths", bad), ValueError,
                              message_is("option --widths: '" + bad +
                                         "' must be a comma-separated list of widths 1…100000, "
                                         "e.g. 64,32 (or none)"));
}

BOOST_AUTO_TEST_SUITE_END()
