// Figure: save() writes PNG + CSV + gnuplot script; the CSV holds the data, the script names
// what the figure says; bad series and a missing gnuplot are reported, not ignored.
#include <boost/test/unit_test.hpp>

#include <unistd.h>

#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "expect_message.hpp"
#include "redes/error.hpp"
#include "redes/plot/figure.hpp"

namespace fs = std::filesystem;
using redes::plot::Figure;
using redes_test::message_has;
using redes_test::message_is;

namespace {

// A fresh temporary folder, removed at the end of the test.
struct TempDir {
    fs::path path;
    explicit TempDir(const std::string& tag)
        : path(fs::temp_directory_path() /
               ("redes-plot-test-" + tag + "-" + std::to_string(::getpid()))) {
        fs::remove_all(path);
    }
    ~TempDir() { fs::remove_all(path); }
};

// Sets PATH for the life of the object and restores it afterwards (even when a check fails).
struct ScopedPath {
    std::string saved;
    bool had;
    explicit ScopedPath(const std::string& value) {
        const char* p = std::getenv("PATH");
        had = p != nullptr;
        if (had) saved = p;
        ::setenv("PATH", value.c_str(), 1);
    }
    ~ScopedPath() {
        if (had) ::setenv("PATH", saved.c_str(), 1);
        else ::unsetenv("PATH");
    }
};

std::string read(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// The numeric rows of each block of a figure's CSV (comment and header lines skipped;
// blocks separated by two blank lines).
std::vector<std::vector<std::vector<double>>> csv_blocks(const std::string& text) {
    std::vector<std::vector<std::vector<double>>> blocks(1);
    std::istringstream in(text);
    std::string line;
    int blanks = 0;
    while (std::getline(in, line)) {
        if (line.empty()) {
            if (++blanks == 2 && !blocks.back().empty()) blocks.emplace_back();
            continue;
        }
        blanks = 0;
        if (line[0] == '#' || line[0] == 'x') continue;
        std::vector<double> row;
        std::istringstream cells(line);
        std::string cell;
        while (std::getline(cells, cell, ',')) row.push_back(std::stod(cell));
        blocks.back().push_back(row);
    }
    return blocks;
}

const std::vector<double> xs{1.0, 10.0, 100.0, 1000.0};
const std::vector<double> ys{0.5, 1.0 / 3.0, -2.25, 1e-7};
const std::vector<double> es{0.1, 0.2, 0.3, 0.4};

Figure sample_figure() {
    Figure f("t_sample", "Riesgo R{f} vs M");
    f.xlabel("M (samples)").ylabel("R̂ ± SE").logx().logy();
    f.line("estimate", xs, {1, 2, 3, 4});
    f.errorbars("with SE", xs, {1, 2, 3, 4}, es);
    return f;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(plot)

BOOST_AUTO_TEST_CASE(save_writes_png_csv_and_script) {
    TempDir dir("save");
    Figure f("t_line", "A line");
    f.xlabel("x").ylabel("y").line("data", xs, ys);
    const std::string out = (dir.path / "nested" / "folder").string();  // created if missing
    const std::string png = f.save(out);
    BOOST_TEST(png == out + "/t_line.png");
    for (const char* ext : {".png", ".csv", ".gp"}) {
        const fs::path p = fs::path(out) / (std::string("t_line") + ext);
        BOOST_TEST_INFO("file " << p.filename());
        BOOST_TEST(fs::exists(p));
        BOOST_TEST(fs::file_size(p) > 0u);
    }
    // A real PNG: the eight-byte signature 89 50 4E 47 0D 0A 1A 0A.
    const std::string bytes = read(png);
    BOOST_TEST(bytes.size() > 1000u);
    BOOST_TEST(bytes.substr(0, 8) == std::string("\x89PNG\r\n\x1a\n"));
    // No temporary or log file left behind.
    std::size_t files = 0;
    for (const auto& e : fs::directory_iterator(out)) files += e.is_regular_file();
    BOOST_TEST(files == 3u);
    // The script on disk is the one script() returns.
    BOOST_TEST(read(fs::path(out) / "t_line.gp") == f.script());
}

BOOST_AUTO_TEST_CASE(csv_holds_the_plotted_data) {
    TempDir dir("csv");
    Figure f = sample_figure();
    f.save(dir.path.string());
    const std::string text = read(dir.path / "t_sample.csv");
    BOOST_TEST(text.find("# index 0: estimate\nx,y\n") != std::string::npos);
    BOOST_TEST(text.find("# index 1: with SE\nx,y,err\n") != std::string::npos);
    const auto blocks = csv_blocks(text);
    BOOST_TEST_REQUIRE(blocks.size() == 2u);
    BOOST_TEST_REQUIRE(blocks[0].size() == xs.size());
    BOOST_TEST_REQUIRE(blocks[1].size() == xs.size());
    for (std::size_t i = 0; i < xs.size(); ++i) {
        BOOST_TEST(blocks[0][i].size() == 2u);
        BOOST_TEST(blocks[0][i][0] == xs[i]);
        BOOST_TEST(blocks[0][i][1] == double(i + 1));
        BOOST_TEST(blocks[1][i].size() == 3u);
        BOOST_TEST(blocks[1][i][2] == es[i]);
    }
}

BOOST_AUTO_TEST_CASE(csv_keeps_ten_significant_digits) {
    TempDir dir("digits");
    Figure f("t_digits", "digits");
    f.line("y", xs, ys);
    f.save(dir.path.string());
    const auto blocks = csv_blocks(read(dir.path / "t_digits.csv"));
    BOOST_TEST_REQUIRE(blocks.size() == 1u);
    BOOST_TEST_REQUIRE(blocks[0].size() == ys.size());
    // %.10g rounds at the 10th significant digit: |error| ≤ ½·10^(e−9) with e = ⌊log₁₀|y|⌋,
    // a relative error of at most 5e-10.
    for (std::size_t i = 0; i < ys.size(); ++i) {
        const double half_ulp10 = 0.5 * std::pow(10.0, std::floor(std::log10(std::abs(ys[i]))) - 9);
        BOOST_TEST(std::abs(blocks[0][i][1] - ys[i]) <= half_ulp10 * (1 + 1e-12));
    }
}

BOOST_AUTO_TEST_CASE(heatmap_csv_is_a_grid) {
    TempDir dir("grid");
    redes::Matrix Z{{1, 2, 3}, {4, 5, 6}};  // Z(i, j) at (x[j], y[i])
    Figure f("t_grid", "grid");
    f.heatmap({0.0, 0.5, 1.0}, {-1.0, 1.0}, Z).cblabel("z");
    f.save(dir.path.string());
    const auto blocks = csv_blocks(read(dir.path / "t_grid.csv"));
    BOOST_TEST_REQUIRE(blocks.size() == 1u);
    BOOST_TEST_REQUIRE(blocks[0].size() == 6u);
    BOOST_TEST(blocks[0][5] == (std::vector<double>{1.0, 1.0, 6.0}));
    BOOST_TEST(blocks[0][1] == (std::vector<double>{0.5, -1.0, 2.0}));
    BOOST_TEST(f.script().find("with image") != std::string::npos);
    BOOST_TEST(f.script().find("set cblabel 'z'") != std::string::npos);
}

// A constant image (a dead ReLU's f ≡ 0) gets the colour range [z − 1, z + 1], which gnuplot
// would otherwise pick itself with a warning, unless the figure sets its own; a varying one keeps
// gnuplot's own range.
BOOST_AUTO_TEST_CASE(constant_heatmap_gets_a_colour_range) {
    Figure flat("t_flat", "flat");
    flat.heatmap({0.0, 1.0}, {0.0, 1.0}, redes::Matrix{{0.0, 0.0}, {0.0, 0.0}});
    BOOST_TEST(flat.script().find("set cbrange [-1:1]") != std::string::npos);
    Figure raised("t_raised", "raised");
    raised.heatmap({0.0, 1.0}, {0.0, 1.0}, redes::Matrix{{2.5, 2.5}, {2.5, 2.5}});
    BOOST_TEST(raised.script().find("set cbrange [1.5:3.5]") != std::string::npos);
    raised.raw("set cbrange [0:5]");  // the figure's own range, alone
    BOOST_TEST(raised.script().find("set cbrange [1.5:3.5]") == std::string::npos);
    BOOST_TEST(raised.script().find("set cbrange [0:5]") != std::string::npos);
    Figure varying("t_varying", "varying");
    varying.heatmap({0.0, 1.0}, {0.0, 1.0}, redes::Matrix{{0.0, 0.0}, {0.0, 1e-9}});
    BOOST_TEST(varying.script().find("cbrange") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(script_names_title_labels_and_log_scales) {
    Figure f = sample_figure();
    f.xrange(1, 1e3).yrange(-1, 5).legend("bottom left").raw("set grid mxtics");
    const std::string gp = f.script();
    for (const char* want :
         {"set title 'Riesgo R{f} vs M'", "set xlabel 'M (samples)'", "set ylabel 'R̂ ± SE'",
          "set logscale x", "set logscale y", "set xrange [1:1000]", "set yrange [-1:5]",
          "set key bottom left", "set grid mxtics", "set output 't_sample.png'",
          "'t_sample.csv' index 0 using 1:2 with lines lw 2 title 'estimate'",
          "'t_sample.csv' index 1 using 1:2:3 with yerrorbars"}) {
        BOOST_TEST_INFO("looking for: " << want);
        BOOST_TEST(gp.find(want) != std::string::npos);
    }
    // Without logx()/logy() there is no log scale.
    Figure lin("t_lin", "linear");
    lin.line("a", xs, ys);
    BOOST_TEST(lin.script().find("logscale") == std::string::npos);
    lin.legend("off");
    BOOST_TEST(lin.script().find("unset key") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(quotes_in_labels_are_escaped) {
    Figure f("t_quote", "it's f's risk");
    f.line("y", xs, ys);
    BOOST_TEST(f.script().find("set title 'it''s f''s risk'") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(mismatched_series_throw_shape_error) {
    Figure f("t_bad", "bad");
    using V = std::vector<double>;
    BOOST_CHECK_EXCEPTION(f.line("a", V{1, 2, 3}, V{1, 2}), redes::ShapeError,
                          message_is("plot t_bad: series 'a' has 3 x values and 2 y values"));
    BOOST_CHECK_EXCEPTION(f.points("p", V{1}, V{1, 2}), redes::ShapeError,
                          message_is("plot t_bad: series 'p' has 1 x values and 2 y values"));
    BOOST_CHECK_EXCEPTION(f.errorbars("e", V{1, 2}, V{1, 2}, V{1}), redes::ShapeError,
                          message_is("plot t_bad: series 'e (error bars)' has 2 x values and 1 y "
                                     "values"));
    BOOST_CHECK_EXCEPTION(f.line("v", redes::Vector{1, 2}, redes::Vector{1}), redes::ShapeError,
                          message_has({"t_bad", "'v'", "2 x values", "1 y values"}));
    BOOST_CHECK_EXCEPTION(f.heatmap({0, 1}, {0, 1, 2}, redes::Matrix(2, 2)), redes::ShapeError,
                          message_is("plot t_bad: heatmap values (2×2) on a grid of 3 y by 2 x"));
    BOOST_CHECK_EXCEPTION(f.contour({0, 1}, {0, 1}, redes::Matrix(3, 2)), redes::ShapeError,
                          message_is("plot t_bad: contour values (3×2) on a grid of 2 y by 2 x"));
    BOOST_CHECK_EXCEPTION(f.contour({0, 1}, {0, 1}, redes::Matrix(2, 2), 0), redes::ValueError,
                          message_is("plot t_bad: contour needs at least 1 level, got 0"));
}

BOOST_AUTO_TEST_CASE(a_figure_with_no_series_throws) {
    TempDir dir("empty");
    Figure f("t_empty", "empty");
    BOOST_CHECK_EXCEPTION(f.save(dir.path.string()), redes::ValueError,
                          message_is("plot t_empty: nothing to draw (no series added)"));
    BOOST_TEST(!fs::exists(dir.path / "t_empty.csv"));
}

BOOST_AUTO_TEST_CASE(a_name_that_is_not_a_file_stem_throws) {
    BOOST_CHECK_EXCEPTION(Figure("a/b", "t"), redes::ValueError,
                          message_is("plot: figure name 'a/b' must be a plain file stem"));
    BOOST_CHECK_THROW(Figure("", "t"), redes::ValueError);
}

BOOST_AUTO_TEST_CASE(contour_lines_cross_where_the_level_is) {
    // z = x on a 3×3 grid: every contour segment is vertical, at x = its level.
    const std::vector<double> g{0.0, 1.0, 2.0};
    const redes::Matrix Z =
        redes::Matrix::from_function(3, 3, [](std::size_t, std::size_t j) { return double(j); });
    TempDir dir("contour");
    Figure f("t_contour", "contour");
    f.contour(g, g, Z, 3);
    f.save(dir.path.string());
    const auto blocks = csv_blocks(read(dir.path / "t_contour.csv"));
    BOOST_TEST_REQUIRE(!blocks[0].empty());
    for (const auto& row : blocks[0])
        BOOST_TEST(row[0] == row[2], boost::test_tools::tolerance(1e-12));
}

BOOST_AUTO_TEST_CASE(gnuplot_missing_throws_io_error) {
    TempDir dir("nognuplot");
    const fs::path empty_bin = dir.path / "empty-bin";
    fs::create_directories(empty_bin);
    const std::string out = (dir.path / "out").string();
    Figure f("t_nognuplot", "no gnuplot");
    f.line("a", xs, ys);
    {
        ScopedPath no_gnuplot(empty_bin.string());
        BOOST_TEST(!redes::plot::gnuplot_available());
        BOOST_CHECK_EXCEPTION(f.save(out), redes::IoError,
                              message_has({"plot t_nognuplot", "gnuplot is not installed"}));
    }
    // Nothing half-written, and PATH is back: gnuplot is found again.
    BOOST_TEST(!fs::exists(fs::path(out) / "t_nognuplot.csv"));
    BOOST_TEST(redes::plot::gnuplot_available());
}

BOOST_AUTO_TEST_SUITE_END()
