// Bad input to redes/plot and redes/io (docs/errors.md, "plot" and "io"): axis ranges and
// sizes of a figure, writing and reading files.
#include <boost/test/unit_test.hpp>

#include <limits>

#include "data_test_helpers.hpp"
#include "expect_message.hpp"
#include "redes/error.hpp"
#include "redes/io/atomic_write.hpp"
#include "redes/plot/figure.hpp"

using namespace redes;
using redes_test::message_has;
using redes_test::message_is;
using redes_test::ScratchDir;

namespace {
const double NaN = std::numeric_limits<double>::quiet_NaN();
}  // namespace

BOOST_AUTO_TEST_SUITE(errors_plot_io)

BOOST_AUTO_TEST_CASE(axis_ranges_need_two_different_finite_ends) {
    plot::Figure f("t_range", "t");
    BOOST_CHECK_EXCEPTION(f.xrange(NaN, 1.0), ValueError,
                          message_is(
                              "plot t_range: xrange [nan, 1] needs two different finite ends"));
    BOOST_CHECK_EXCEPTION(f.yrange(2.0, 2.0), ValueError,
                          message_is(
                              "plot t_range: yrange [2, 2] needs two different finite ends"));
    BOOST_CHECK_NO_THROW(f.yrange(5.0, 0.5));  // hi < lo: a reversed axis, as a matrix is drawn
}

BOOST_AUTO_TEST_CASE(figure_size_in_pixels) {
    plot::Figure f("t_size", "t");
    BOOST_CHECK_EXCEPTION(
        f.size(0, 560), ValueError,
        message_is("plot t_size: size 0×560 pixels must be between 16 and 10000 on each side"));
    BOOST_CHECK_EXCEPTION(
        f.size(800, 20000), ValueError,
        message_is("plot t_size: size 800×20000 pixels must be between 16 and 10000 on each side"));
}

BOOST_AUTO_TEST_CASE(writing_where_it_cannot) {
    ScratchDir s("errors_io");
    io::write_file_atomic(s.path("file.txt"), "x");
    BOOST_CHECK_EXCEPTION(io::write_file_atomic("", "x"), IoError,
                          message_is("write: empty file name"));
    const std::string under_a_file = s.path("file.txt") + "/m.txt";
    BOOST_CHECK_EXCEPTION(io::write_file_atomic(under_a_file, "x"), IoError,
                          message_is("write " + under_a_file + ": cannot create a temporary " +
                                     under_a_file + ".tmp.XXXXXX: Not a directory"));
    BOOST_CHECK_EXCEPTION(io::make_directories(s.path("file.txt") + "/sub"), IoError,
                          message_is("mkdir " + s.path("file.txt") + "/sub: Not a directory"));
    BOOST_CHECK_EXCEPTION(io::read_file(s.path("none.txt")), IoError,
                          message_is("read " + s.path("none.txt") +
                                     ": cannot open: No such file or directory"));
    plot::Figure f("t_out", "t");
    f.line("a", std::vector<double>{0, 1}, std::vector<double>{0, 1});
    BOOST_CHECK_EXCEPTION(f.save(s.path("file.txt") + "/plots"), IoError,
                          message_is("mkdir " + s.path("file.txt") + "/plots: Not a directory"));
}

BOOST_AUTO_TEST_SUITE_END()
