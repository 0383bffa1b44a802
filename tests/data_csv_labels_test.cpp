// load_csv's friendliness to files from spreadsheets (issue 12): a UTF-8 BOM is skipped, class
// names as labels (sorted, or a model's order), the header hint, unlabelled inputs; and
// Standardizer::fit refusing values whose μ or s overflow.
#include <boost/test/unit_test.hpp>

#include "data_test_helpers.hpp"
#include "redes/data/csv.hpp"
#include "redes/data/standardize.hpp"

using namespace redes;
using redes_test::ScratchDir;

namespace {

auto message_is(const std::string& expected) {
    return [expected](const Error& e) {
        BOOST_TEST(std::string(e.what()) == expected);
        return std::string(e.what()) == expected;
    };
}

}  // namespace

BOOST_AUTO_TEST_SUITE(data_csv_labels)

BOOST_AUTO_TEST_CASE(a_bom_is_skipped) {
    ScratchDir s("csv_bom");
    redes_test::write_bytes(s.path("b.csv"),
                            "\xEF\xBB\xBF"
                            "1.5,0\n2.5,1\n");
    const data::DataSet d = data::load_csv(s.path("b.csv"));
    BOOST_TEST(d.X(0, 0) == 1.5);
    BOOST_TEST(d.labels == (std::vector<std::size_t>{0, 1}));
}

BOOST_AUTO_TEST_CASE(class_names_sorted_or_in_the_given_order) {
    ScratchDir s("csv_names");
    redes_test::write_bytes(s.path("n.csv"), "1;dog\n2;cat\n3;dog\n4;emu\n");
    data::CsvOptions o;
    o.delimiter = ';';
    o.label_names = true;
    data::DataSet d = data::load_csv(s.path("n.csv"), o);
    BOOST_TEST(d.class_names == (std::vector<std::string>{"cat", "dog", "emu"}));
    BOOST_TEST(d.labels == (std::vector<std::size_t>{1, 0, 1, 2}));
    BOOST_TEST(d.K == 3u);
    o.class_names = {"emu", "dog", "cat", "owl"};  // a model's classes, one not in this file
    d = data::load_csv(s.path("n.csv"), o);
    BOOST_TEST(d.labels == (std::vector<std::size_t>{1, 2, 1, 0}));
    BOOST_TEST(d.K == 4u);
    o.class_names = {"dog", "cat"};
    BOOST_CHECK_EXCEPTION(data::load_csv(s.path("n.csv"), o), IoError,
                          message_is("load_csv: " + s.path("n.csv") +
                                     ": label 'emu' is not one of the classes dog, cat"));
    // without label_names a name is still an error, and a number among names too
    data::CsvOptions plain;
    plain.delimiter = ';';
    BOOST_CHECK_EXCEPTION(data::load_csv(s.path("n.csv"), plain), IoError,
                          message_is("load_csv: " + s.path("n.csv") +
                                     ", line 1, column 2: label 'dog' is not a class number (a "
                                     "whole number ≥ 0)"));
}

BOOST_AUTO_TEST_CASE(quoted_fields_as_rfc_4180) {
    BOOST_TEST(data::csv_field("setosa") == "setosa");
    BOOST_TEST(data::csv_field("a,b") == "\"a,b\"");
    BOOST_TEST(data::csv_field("say \"hi\"") == "\"say \"\"hi\"\"\"");
    BOOST_TEST(data::csv_field(" pad") == "\" pad\"");  // load_csv would trim it
    BOOST_TEST(data::csv_field("a;b") == "a;b");
    BOOST_TEST(data::csv_field("a;b", ';') == "\"a;b\"");
    ScratchDir s("csv_quoted");
    const std::vector<std::string> names{"a,b", "say \"hi\"", " pad", "plain"};
    std::string text;
    for (std::size_t k = 0; k < names.size(); ++k)
        text += std::to_string(k) + ".5, " + data::csv_field(names[k]) + " \n";
    redes_test::write_bytes(s.path("q.csv"), text);
    data::CsvOptions o;
    o.label_names = true;
    const data::DataSet d = data::load_csv(s.path("q.csv"), o);
    // sorted: " pad" < "a,b" < "plain" < "say \"hi\""
    BOOST_TEST(d.class_names == (std::vector<std::string>{" pad", "a,b", "plain", "say \"hi\""}));
    BOOST_TEST(d.labels == (std::vector<std::size_t>{1, 3, 0, 2}));
    BOOST_TEST(d.X(0, 3) == 3.5);
    // a quoted number is a number
    redes_test::write_bytes(s.path("n.csv"), "\"1.5\",0\n");
    BOOST_TEST(data::load_csv(s.path("n.csv")).X(0, 0) == 1.5);
    redes_test::write_bytes(s.path("open.csv"), "1,\"a\n");
    BOOST_CHECK_EXCEPTION(data::load_csv(s.path("open.csv"), o), IoError,
                          message_is(
                              "load_csv: " + s.path("open.csv") +
                              ", line 1, column 2: a quoted field without its closing quote"));
    redes_test::write_bytes(s.path("after.csv"), "1,\"a\"b\n");
    BOOST_CHECK_EXCEPTION(
        data::load_csv(s.path("after.csv"), o), IoError,
        message_is("load_csv: " + s.path("after.csv") +
                   ", line 1, column 2: text after the closing quote of a quoted field"));
}

BOOST_AUTO_TEST_CASE(a_header_gets_a_hint_and_inputs_need_no_label) {
    ScratchDir s("csv_hint");
    redes_test::write_bytes(s.path("h.csv"), "x,y,class\n1,2,0\n3,4,1\n");
    BOOST_CHECK_EXCEPTION(data::load_csv(s.path("h.csv")), IoError,
                          message_is("load_csv: " + s.path("h.csv") +
                                     ", line 1, column 1: 'x' is not a number (is line 1 a "
                                     "header? skip it: --header-lines 1)"));
    data::CsvOptions o;
    o.header_lines = 1;
    o.has_labels = false;  // all three columns are inputs
    const data::DataSet d = data::load_csv(s.path("h.csv"), o);
    BOOST_TEST(d.N() == 3u);
    BOOST_TEST(d.M() == 2u);
    BOOST_TEST(d.X(2, 1) == 1.0);
}

BOOST_AUTO_TEST_CASE(standardizer_refuses_values_too_large) {
    // s = sqrt(mean of (x − μ)²) overflows: (1e308 − (−1e308))² = inf
    const Matrix X{{1e308, -1e308, 1.0, 2.0}, {1.0, 2.0, 3.0, 4.0}};
    BOOST_CHECK_EXCEPTION(data::Standardizer::fit(X, "big.csv"), ValueError,
                          message_is("Standardizer::fit: feature 0 of big.csv: μ = 0.75, s = inf: "
                                     "the values are too large to standardise (rescale that "
                                     "column)"));
    // μ itself overflows: 1.5e308 + 1.5e308 = inf (and then (x − μ)² = inf)
    const Matrix Y{{1.0, 2.0}, {1.5e308, 1.5e308}};
    BOOST_CHECK_EXCEPTION(data::Standardizer::fit(Y), ValueError,
                          message_is("Standardizer::fit: feature 1: μ = inf, s = inf: the values "
                                     "are too large to standardise (rescale that column)"));
}

BOOST_AUTO_TEST_SUITE_END()
