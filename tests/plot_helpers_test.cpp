// The small plot helpers the chapters share: landscape (heatmap + contours), the colour cycle,
// the points a log axis can draw, and names shown literally in gnuplot's enhanced text.
#include <boost/test/unit_test.hpp>

#include <set>
#include <string>
#include <vector>

#include "expect_message.hpp"
#include "redes/error.hpp"
#include "redes/plot/figure.hpp"
#include "redes/plot/gnuplot_text.hpp"
#include "redes/plot/landscape.hpp"
#include "redes/plot/log_axis.hpp"
#include "redes/plot/palette.hpp"

namespace plot = redes::plot;
using Doubles = std::vector<double>;

namespace {
std::size_t count(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (std::size_t p = text.find(what); p != std::string::npos; p = text.find(what, p + 1)) ++n;
    return n;
}
}  // namespace

BOOST_AUTO_TEST_SUITE(plot_helpers)

BOOST_AUTO_TEST_CASE(landscape_is_a_heatmap_under_contour_lines) {
    const Doubles gx{0, 1, 2}, gy{0, 1};
    const redes::Matrix Z{{0, 1, 4}, {1, 2, 5}};
    plot::Figure fig("f", "R̂(θ)");
    plot::landscape(fig, gx, gy, Z, 7).line("path", Doubles{0, 1}, Doubles{0, 1});
    const std::string gp = fig.script();
    BOOST_TEST(count(gp, "with image") == 1u);
    BOOST_TEST(count(gp, "gray60") == 1u);  // the contour block
    BOOST_TEST(gp.find("with image") < gp.find("gray60"));
    BOOST_TEST(gp.find("gray60") < gp.find("'path'"));  // a path drawn after sits on top
}

BOOST_AUTO_TEST_CASE(palette_starts_with_blue_and_cycles) {
    BOOST_TEST(std::string(plot::colour(0)) == "#1f77b4");
    BOOST_TEST(std::string(plot::colour(3)) == "#d62728");
    std::set<std::string> seen;
    for (std::size_t k = 0; k < plot::palette_size; ++k) seen.insert(plot::colour(k));
    BOOST_TEST(seen.size() == plot::palette_size);  // no colour twice within one cycle
    BOOST_TEST(std::string(plot::colour(plot::palette_size + 2)) == plot::colour(2));
    BOOST_TEST(plot::line_colour(1) == "lc rgb '#ff7f0e'");
}

BOOST_AUTO_TEST_CASE(log_axis_keeps_only_positive_values_with_their_x) {
    const plot::Points p =
        plot::positive_points(Doubles{1, 2, 3, 4, 5}, Doubles{0.5, 0, -1, 2, 1e-300});
    BOOST_TEST((p.x == Doubles{1, 4, 5}));
    BOOST_TEST((p.y == Doubles{0.5, 2, 1e-300}));
    const plot::Points k = plot::positive_points(Doubles{3, 0, 1});
    BOOST_TEST((k.x == Doubles{0, 2}));  // the index k of each value kept
    BOOST_TEST((k.y == Doubles{3, 1}));
    const plot::Points f = plot::positive_points(Doubles{1e-15, 1e-3, 1e-12}, 1e-12);
    BOOST_TEST((f.x == Doubles{1}));  // 1e-12 itself is not above the floor
    BOOST_TEST(plot::positive_points(Doubles{}).x.empty());
}

BOOST_AUTO_TEST_CASE(log_axis_needs_x_and_y_of_one_size) {
    BOOST_CHECK_EXCEPTION(plot::positive_points(Doubles{1, 2}, Doubles{1}), redes::ShapeError,
                          redes_test::message_is("positive_points: x of size 2 and y of size 1"));
}

BOOST_AUTO_TEST_CASE(literal_text_escapes_sub_and_superscripts) {
    BOOST_TEST(plot::literal_text("leaky_relu") == "leaky\\_relu");
    BOOST_TEST(plot::literal_text("a^2_b") == "a\\^2\\_b");
    BOOST_TEST(plot::literal_text("tanh") == "tanh");
}

BOOST_AUTO_TEST_SUITE_END()
