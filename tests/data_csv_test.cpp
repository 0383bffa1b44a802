// The CSV(.gz) loader: the good fixtures in tests/data/ give the numbers written in them, the
// real data sets in data/ have the shapes their descriptions state, and every bad fixture
// gives an IoError naming the file, the line and (where it applies) the column.
#include <boost/test/unit_test.hpp>
#include <cmath>

#include "data_test_helpers.hpp"
#include "redes/data/csv.hpp"

using redes::IoError;
using redes::data::CsvOptions;
using redes::data::DataSet;
using redes::data::load_csv;
using redes_test::message_has;

namespace {

const std::string fixtures = "tests/data/";

CsvOptions with_header(std::size_t lines) {
    CsvOptions o;
    o.header_lines = lines;
    return o;
}

// The five samples written in tests/data/tiny_*.csv: (x_1, x_2) and the label.
void check_tiny(const DataSet& d) {
    BOOST_TEST(d.M() == 5u);
    BOOST_TEST(d.N() == 2u);
    BOOST_TEST(d.K == 2u);
    const redes::Matrix X_expected{{1.5, -3, 0, 7, 1e3}, {2, 0.4, 0, 8, -0.25}};
    BOOST_TEST((d.X == X_expected));  // every value read exactly, " 8 " trimmed
    BOOST_TEST((d.labels == std::vector<std::size_t>{0, 1, 1, 0, 1}));
    const redes::Matrix Y_expected{{1, 0, 0, 1, 0}, {0, 1, 1, 0, 1}};
    BOOST_TEST((d.Y == Y_expected));
}

}  // namespace

BOOST_AUTO_TEST_SUITE(data_csv)

BOOST_AUTO_TEST_CASE(reads_samples_as_columns_with_one_hot_targets) {
    check_tiny(load_csv(fixtures + "tiny_header.csv", with_header(1)));
}

BOOST_AUTO_TEST_CASE(gz_file_reads_the_same_numbers) {
    const DataSet d = load_csv(fixtures + "tiny.csv.gz");
    check_tiny(d);
    BOOST_TEST(d.source == fixtures + "tiny.csv.gz");
}

BOOST_AUTO_TEST_CASE(windows_line_ends_and_trailing_blank_lines) {
    check_tiny(load_csv(fixtures + "tiny_crlf.csv"));
}

BOOST_AUTO_TEST_CASE(label_in_the_first_column) {
    CsvOptions o;
    o.label_column = 0;
    check_tiny(load_csv(fixtures + "tiny_label_first.csv", o));
}

BOOST_AUTO_TEST_CASE(label_column_outside_the_line) {
    CsvOptions o;
    o.label_column = 3;
    BOOST_CHECK_EXCEPTION(load_csv(fixtures + "tiny_label_first.csv", o), IoError,
                          message_has(
                              {"tiny_label_first.csv", "line 1", "label column 3", "3 columns"}));
}

BOOST_AUTO_TEST_CASE(wrong_number_of_columns) {
    BOOST_CHECK_EXCEPTION(load_csv(fixtures + "bad_columns.csv"), IoError,
                          message_has({"load_csv: tests/data/bad_columns.csv", "line 3",
                                       "4 columns", "expected 3", "as on line 1"}));
}

BOOST_AUTO_TEST_CASE(field_that_is_not_a_number) {
    BOOST_CHECK_EXCEPTION(load_csv(fixtures + "bad_number.csv"), IoError,
                          message_has(
                              {"bad_number.csv", "line 2", "column 2", "'abc' is not a number"}));
}

BOOST_AUTO_TEST_CASE(nan_field_is_refused) {
    BOOST_CHECK_EXCEPTION(load_csv(fixtures + "bad_nan.csv"), IoError,
                          message_has({"bad_nan.csv", "line 2", "column 2",
                                       "'nan' is not a finite number"}));
}

BOOST_AUTO_TEST_CASE(empty_field) {
    BOOST_CHECK_EXCEPTION(load_csv(fixtures + "bad_empty_field.csv"), IoError,
                          message_has(
                              {"bad_empty_field.csv", "line 2", "column 2", "empty field"}));
}

BOOST_AUTO_TEST_CASE(blank_line_between_samples) {
    BOOST_CHECK_EXCEPTION(load_csv(fixtures + "bad_blank_line.csv"), IoError,
                          message_has({"bad_blank_line.csv", "line 2", "empty line"}));
}

BOOST_AUTO_TEST_CASE(empty_file) {
    BOOST_CHECK_EXCEPTION(load_csv(fixtures + "empty.csv"), IoError,
                          message_has({"load_csv: tests/data/empty.csv", "empty file"}));
}

BOOST_AUTO_TEST_CASE(header_but_no_data) {
    BOOST_CHECK_EXCEPTION(load_csv(fixtures + "header_only.csv", with_header(1)), IoError,
                          message_has({"header_only.csv", "no data", "header_lines = 1"}));
}

BOOST_AUTO_TEST_CASE(missing_file) {
    BOOST_CHECK_EXCEPTION(load_csv(fixtures + "no_such_file.csv"), IoError,
                          message_has({"load_csv: tests/data/no_such_file.csv", "cannot open",
                                       "No such file"}));
}

BOOST_AUTO_TEST_CASE(a_directory_is_not_a_file) {
    BOOST_CHECK_EXCEPTION(load_csv("tests/data"), IoError,
                          message_has({"tests/data", "is a directory"}));
}

BOOST_AUTO_TEST_CASE(label_out_of_range_when_the_class_count_is_given) {
    CsvOptions o;
    o.num_classes = 3;
    BOOST_CHECK_EXCEPTION(load_csv(fixtures + "bad_label_range.csv", o), IoError,
                          message_has({"bad_label_range.csv", "line 4", "column 3", "label 7",
                                       "outside 0…2", "num_classes = 3"}));
    // Without a class count the same file is valid, with K = largest label + 1.
    const DataSet d = load_csv(fixtures + "bad_label_range.csv");
    BOOST_TEST(d.K == 8u);
    BOOST_TEST((d.class_counts() == std::vector<std::size_t>{1, 1, 1, 0, 0, 0, 0, 1}));
}

// Found by `make fuzz` (fuzz_csv): one huge label made K = 10⁹ classes, and the one-hot Y
// (K×M doubles) ran the process out of memory. Without num_classes the inferred K is bounded.
BOOST_AUTO_TEST_CASE(huge_label_does_not_exhaust_memory) {
    redes_test::ScratchDir s("csv_huge_label");
    redes_test::write_bytes(s.path("big.csv"), "1,2,0\n3,4,496\n5,6,999999999\n");
    BOOST_CHECK_EXCEPTION(load_csv(s.path("big.csv")), IoError,
                          message_has({s.path("big.csv"), "line 3", "column 3", "label 999999999",
                                       "K = 1000000000", "pass num_classes"}));
    // The bound itself: the largest label that may be inferred is max_inferred_classes − 1.
    const std::size_t K_max = CsvOptions::max_inferred_classes;
    redes_test::write_bytes(s.path("edge.csv"), "1,0\n2," + std::to_string(K_max - 1) + "\n");
    BOOST_TEST(load_csv(s.path("edge.csv")).K == K_max);
    redes_test::write_bytes(s.path("over.csv"), "1,0\n2," + std::to_string(K_max) + "\n");
    BOOST_CHECK_EXCEPTION(load_csv(s.path("over.csv")), IoError,
                          message_has({"line 2", "column 2", "label " + std::to_string(K_max)}));
    // With the class count given, the caller decides: the same label is only out of range.
    CsvOptions o;
    o.num_classes = 500;
    BOOST_CHECK_EXCEPTION(load_csv(s.path("big.csv"), o), IoError,
                          message_has({"line 3", "label 999999999", "outside 0…499"}));
}

BOOST_AUTO_TEST_CASE(label_that_is_not_a_whole_number) {
    BOOST_CHECK_EXCEPTION(load_csv(fixtures + "bad_label_fraction.csv"), IoError,
                          message_has({"bad_label_fraction.csv", "line 2", "column 3",
                                       "label '1.5'", "whole number"}));
}

BOOST_AUTO_TEST_CASE(corrupt_gzip_data) {
    BOOST_CHECK_EXCEPTION(load_csv(fixtures + "corrupt.csv.gz"), IoError,
                          message_has(
                              {"load_csv: tests/data/corrupt.csv.gz", "corrupt gzip data"}));
}

BOOST_AUTO_TEST_CASE(truncated_gzip_file) {
    // The first 2000 bytes of a compressed file: the stream ends without its trailer.
    BOOST_CHECK_EXCEPTION(load_csv(fixtures + "truncated.csv.gz"), IoError,
                          message_has({"load_csv: tests/data/truncated.csv.gz", "truncated"}));
}

BOOST_AUTO_TEST_CASE(shipped_file_not_found_says_where_paths_start) {
    BOOST_CHECK_EXCEPTION(redes::data::load_digits("elsewhere/digits.csv.gz"), IoError,
                          message_has({"load_digits: elsewhere/digits.csv.gz not found",
                                       "repository root"}));
}

// data/digits.csv.gz: 1797 samples of 64 pixels (0…16), 10 classes; counts as in the file.
BOOST_AUTO_TEST_CASE(digits_shape_and_values) {
    const DataSet d = redes::data::load_digits();
    BOOST_TEST(d.M() == 1797u);
    BOOST_TEST(d.N() == 64u);
    BOOST_TEST(d.K == 10u);
    BOOST_TEST((d.class_counts() ==
                std::vector<std::size_t>{178, 182, 177, 183, 181, 182, 181, 179, 174, 180}));
    for (std::size_t i = 0; i < d.X.size(); ++i) {
        const double v = d.X.data()[i];
        BOOST_TEST_REQUIRE((v >= 0 && v <= 16 && v == std::floor(v)));
    }
    // The first line of the file: 0,0,5,13,9,1,0,0,… label 0.
    BOOST_TEST(d.X(2, 0) == 5.0);
    BOOST_TEST(d.X(3, 0) == 13.0);
    BOOST_TEST(d.labels[0] == 0u);
    BOOST_TEST(d.class_names.size() == 10u);
}

// data/iris.csv: 150 samples, 4 measures in cm, 50 of each of 3 classes. The feature means
// agree with the summary in data/iris.rst, given to 2 decimals (cut, not rounded: the sepal
// width's mean is 3.0573 and the table says 3.05), so within 0.01.
BOOST_AUTO_TEST_CASE(iris_shape_and_summary_statistics) {
    const DataSet d = redes::data::load_iris();
    BOOST_TEST(d.M() == 150u);
    BOOST_TEST(d.N() == 4u);
    BOOST_TEST((d.class_counts() == std::vector<std::size_t>{50, 50, 50}));
    BOOST_TEST(d.X(0, 0) == 5.1);
    BOOST_TEST(d.X(3, 0) == 0.2);
    const double documented_mean[4] = {5.84, 3.05, 3.76, 1.20};
    const redes::Vector mu = redes::row_means(d.X);
    for (std::size_t i = 0; i < 4; ++i) BOOST_TEST(std::abs(mu[i] - documented_mean[i]) < 0.01);
    BOOST_TEST(d.class_names[2] == "virginica");
}

BOOST_AUTO_TEST_SUITE_END()
