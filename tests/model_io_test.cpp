// Model files: an MLP saved and loaded back is the same to the bit (parameters ==, forward
// outputs identical), with its metadata; every kind of bad file gives an IoError naming the
// file, the line and what is wrong.
#include <boost/test/unit_test.hpp>
#include <cmath>
#include <cstring>
#include <filesystem>
#include <limits>
#include <sstream>

#include "data_test_helpers.hpp"
#include "redes/io/atomic_write.hpp"
#include "redes/models/model_io.hpp"
#include "redes/stats/rng.hpp"

using redes::Activation;
using redes::IoError;
using redes::Matrix;
using redes::MLP;
using redes::ModelMetadata;
using redes::Vector;
using redes_test::message_has;
using redes_test::ScratchDir;

namespace {

// N = {5, 7, 4, 3} with ReLU, LeakyReLU(α = 0.137), tanh; parameters N(0, 1) plus values that
// a decimal format would not keep: −0, the smallest subnormal, the largest double, 0.1, 1/3.
MLP test_net() {
    MLP net({5, 7, 4, 3}, {Activation::relu(), Activation::leaky_relu(0.137), Activation::tanh()});
    redes::Rng rng(42);
    Vector theta(net.num_parameters());
    for (std::size_t i = 0; i < theta.size(); ++i) theta[i] = rng.normal();
    theta[0] = -0.0;
    theta[1] = std::numeric_limits<double>::denorm_min();
    theta[2] = std::numeric_limits<double>::max();
    theta[3] = 0.1;
    theta[4] = 1.0 / 3.0;
    net.set_parameters(theta);
    return net;
}

// The lines of a saved file as format version 1 (header "redes-mlp 1", no checksum line): a
// damaged version-2 file stops at its checksum, so the parser's own messages are tested on these.
std::vector<std::string> lines_of(const std::string& path) {
    std::istringstream in(redes::io::read_file(path));
    std::vector<std::string> lines;
    for (std::string s; std::getline(in, s);) lines.push_back(s);
    BOOST_TEST(lines.front() == "redes-mlp 2");
    BOOST_TEST(lines.back().rfind("checksum fnv1a64 ", 0) == 0u);
    lines.front() = "redes-mlp 1";
    lines.pop_back();
    return lines;
}

// The exact message (data_test_helpers.hpp has only message_has).
auto message_is(const std::string& expected) {
    return [expected](const redes::Error& e) {
        BOOST_TEST(std::string(e.what()) == expected);
        return std::string(e.what()) == expected;
    };
}

std::string text_of(const std::vector<std::string>& lines) {
    std::string out;
    for (const auto& l : lines) out += l + "\n";
    return out;
}

// The saved test net's file with line `line` (1-based) replaced, written to `to`.
std::string with_line(const ScratchDir& s, std::size_t line, const std::string& text) {
    const std::string good = s.path("good.txt");
    redes::save_mlp(good, test_net());
    auto lines = lines_of(good);
    lines.at(line - 1) = text;
    std::string out;
    for (const auto& l : lines) out += l + "\n";
    std::string bad = s.path("bad.txt");
    redes_test::write_bytes(bad, out);
    return bad;
}

// The 1-based number of the first line of the saved test net that starts with prefix.
std::size_t line_starting(const ScratchDir& s, const std::string& prefix) {
    redes::save_mlp(s.path("probe.txt"), test_net());
    const auto lines = lines_of(s.path("probe.txt"));
    for (std::size_t i = 0; i < lines.size(); ++i)
        if (lines[i].rfind(prefix, 0) == 0) return i + 1;
    BOOST_FAIL("no line starts with " + prefix);
    return 0;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(model_io)

BOOST_AUTO_TEST_CASE(round_trip_is_bit_exact) {
    ScratchDir s("model_rt");
    const MLP net = test_net();
    redes::save_mlp(s.path("m.txt"), net);
    const auto [back, meta] = redes::load_mlp(s.path("m.txt"));
    BOOST_TEST((back.N() == net.N()));
    for (std::size_t l = 1; l <= net.L(); ++l) {
        BOOST_TEST((back.W(l) == net.W(l)));  // every double equal
        BOOST_TEST((back.b(l) == net.b(l)));
        BOOST_TEST((back.sigma(l) == net.sigma(l)));  // kind and α
    }
    BOOST_TEST(std::signbit(back.W(1)(0, 0)));  // −0 stays −0
    BOOST_TEST(back.W(1)(0, 1) == std::numeric_limits<double>::denorm_min());
    BOOST_TEST(back.sigma(2).alpha() == 0.137);
    // The same outputs on a batch, compared bit by bit (memcmp), so that even a value the
    // huge weight turns into Inf or NaN must come out the same.
    redes::Rng rng(1);
    const Matrix X =
        Matrix::from_function(5, 20, [&](std::size_t, std::size_t) { return rng.normal(); });
    const Matrix A = net.forward(X), B = back.forward(X);
    BOOST_TEST(A.rows() == B.rows());
    for (std::size_t i = 0; i < A.size(); ++i)
        // NOLINTNEXTLINE(bugprone-suspicious-memory-comparison): bit for bit is the point here
        BOOST_TEST_REQUIRE(std::memcmp(A.data() + i, B.data() + i, sizeof(double)) == 0);
    BOOST_TEST(meta.num_classes == 0u);
    BOOST_TEST(meta.mean.empty());
}

BOOST_AUTO_TEST_CASE(metadata_round_trip) {
    ScratchDir s("model_meta");
    ModelMetadata meta;
    meta.num_classes = 3;
    meta.mean = Vector{0.1, -2.5, 1e-300, 7, 3.0 / 7.0};
    meta.stddev = Vector{1, 0.3, 2, 1e10, 0.7};
    meta.notes["dataset"] = "iris (data/iris.csv)";
    meta.notes["epochs"] = "200";
    redes::save_mlp(s.path("m.txt"), test_net(), meta);
    const auto f = redes::load_mlp(s.path("m.txt"));
    BOOST_TEST(f.meta.num_classes == 3u);
    BOOST_TEST((f.meta.mean == meta.mean));
    BOOST_TEST((f.meta.stddev == meta.stddev));
    BOOST_TEST((f.meta.notes == meta.notes));
}

BOOST_AUTO_TEST_CASE(written_atomically_and_overwritten) {
    ScratchDir s("model_atomic");
    redes::save_mlp(s.path("m.txt"), test_net());
    MLP other({2, 1}, {Activation::sigmoid()});
    other.W(1)(0, 1) = 0.5;
    redes::save_mlp(s.path("m.txt"), other);  // replaces the file whole
    BOOST_TEST((redes::load_mlp(s.path("m.txt")).net.W(1) == other.W(1)));
    std::size_t files = 0;
    for (const auto& e : std::filesystem::directory_iterator(s.dir)) files += e.is_regular_file();
    BOOST_TEST(files == 1u);  // no temporary file left beside it
}

BOOST_AUTO_TEST_CASE(missing_file) {
    ScratchDir s("model_missing");
    BOOST_CHECK_EXCEPTION(redes::load_mlp(s.path("none.txt")), IoError,
                          message_has({s.path("none.txt"), "cannot open"}));
}

BOOST_AUTO_TEST_CASE(empty_file) {
    ScratchDir s("model_empty");
    redes_test::write_bytes(s.path("e.txt"), "");
    BOOST_CHECK_EXCEPTION(redes::load_mlp(s.path("e.txt")), IoError,
                          message_has(
                              {"load_mlp: " + s.path("e.txt"), "empty file", "redes-mlp 2"}));
}

BOOST_AUTO_TEST_CASE(not_a_model_file) {
    ScratchDir s("model_notmodel");
    BOOST_CHECK_EXCEPTION(redes::load_mlp(with_line(s, 1, "hello world")), IoError,
                          message_has({s.path("bad.txt"), "line 1", "not a redes model file",
                                       "'hello world'"}));
}

BOOST_AUTO_TEST_CASE(wrong_version) {
    ScratchDir s("model_version");
    BOOST_CHECK_EXCEPTION(redes::load_mlp(with_line(s, 1, "redes-mlp 3")), IoError,
                          message_has({s.path("bad.txt"), "line 1", "format version 3",
                                       "reads versions 1 and 2"}));
}

BOOST_AUTO_TEST_CASE(truncated_file) {
    ScratchDir s("model_trunc");
    redes::save_mlp(s.path("m.txt"), test_net());
    const auto lines = lines_of(s.path("m.txt"));
    // Cut inside W_2 (the file keeps its lines up to the first row of W_2).
    const std::size_t w2 = line_starting(s, "W 4 7");
    std::string cut;
    for (std::size_t i = 0; i <= w2; ++i) cut += lines[i] + "\n";
    redes_test::write_bytes(s.path("cut.txt"), cut);
    BOOST_CHECK_EXCEPTION(redes::load_mlp(s.path("cut.txt")), IoError,
                          message_has({s.path("cut.txt"), "line " + std::to_string(w2 + 2),
                                       "unexpected end of file", "W_2 row 2", "truncated"}));
    // Cut in the middle of a line: that row has too few numbers.
    redes_test::write_bytes(s.path("half.txt"), cut.substr(0, cut.size() - 30));
    BOOST_CHECK_EXCEPTION(redes::load_mlp(s.path("half.txt")), IoError,
                          message_has({s.path("half.txt"), "line " + std::to_string(w2 + 1),
                                       "W_2 row 1", "expected 7"}));
    // Only 'end' missing.
    std::string no_end;
    for (std::size_t i = 0; i + 1 < lines.size(); ++i) no_end += lines[i] + "\n";
    redes_test::write_bytes(s.path("noend.txt"), no_end);
    BOOST_CHECK_EXCEPTION(redes::load_mlp(s.path("noend.txt")), IoError,
                          message_has({s.path("noend.txt"), "line " + std::to_string(lines.size()),
                                       "'end'"}));
}

BOOST_AUTO_TEST_CASE(corrupt_number) {
    ScratchDir s("model_number");
    const std::size_t row2 = line_starting(s, "W 7 5") + 2;  // the second row of W_1
    BOOST_CHECK_EXCEPTION(redes::load_mlp(
                              with_line(s, row2, "0x1p+0 0x1p+0 0x1.zzp+0 0x1p+0 0x1p+0")),
                          IoError,
                          message_has({s.path("bad.txt"), "line " + std::to_string(row2),
                                       "W_1 row 2, value 3", "'0x1.zzp+0' is not a number"}));
    BOOST_CHECK_EXCEPTION(redes::load_mlp(with_line(s, row2, "0x1p+0 nan 0 0 0")), IoError,
                          message_has({"line " + std::to_string(row2), "W_1 row 2, value 2",
                                       "not finite"}));
}

BOOST_AUTO_TEST_CASE(wrong_shape) {
    ScratchDir s("model_shape");
    const std::size_t w1 = line_starting(s, "W 7 5");
    BOOST_CHECK_EXCEPTION(redes::load_mlp(with_line(s, w1, "W 7 6")), IoError,
                          message_has({"line " + std::to_string(w1), "W_1 is 7×6",
                                       "the widths N say 7×5"}));
    const std::size_t b1 = line_starting(s, "b 7");
    BOOST_CHECK_EXCEPTION(redes::load_mlp(with_line(s, b1 + 1, "0 0 0")), IoError,
                          message_has(
                              {"line " + std::to_string(b1 + 1), "b_1: 3 numbers, expected 7"}));
}

BOOST_AUTO_TEST_CASE(unknown_activation) {
    ScratchDir s("model_act");
    const std::size_t l2 = line_starting(s, "layer 2");
    BOOST_CHECK_EXCEPTION(redes::load_mlp(with_line(s, l2, "layer 2 swish")), IoError,
                          message_has(
                              {"line " + std::to_string(l2), "unknown activation 'swish'"}));
}

BOOST_AUTO_TEST_CASE(text_after_end) {
    ScratchDir s("model_after");
    redes::save_mlp(s.path("m.txt"), test_net());
    const std::size_t n = lines_of(s.path("m.txt")).size();
    redes_test::write_bytes(s.path("m.txt"), text_of(lines_of(s.path("m.txt"))) + "layer 4 relu\n");
    BOOST_CHECK_EXCEPTION(redes::load_mlp(s.path("m.txt")), IoError,
                          message_has({"line " + std::to_string(n + 1), "text after 'end'"}));
}

// Found by `make fuzz` (fuzz_model): load_mlp accepted a note key with '#' that save_mlp refuses
// to write, so a loaded model could not be saved again. Both now apply the same rule.
BOOST_AUTO_TEST_CASE(load_refuses_a_note_that_save_cannot_write) {
    ScratchDir s("model_note");
    const std::string model =
        "redes-mlp 1\nnote ep#och 20\nL 1\nN 1 1\nlayer 1 identity\nW 1 1\n1\nb 1\n0\nend\n";
    redes_test::write_bytes(s.path("m.txt"), model);
    BOOST_CHECK_EXCEPTION(redes::load_mlp(s.path("m.txt")), IoError,
                          message_has({s.path("m.txt"), "line 2", "note 'ep#och'", "without '#'"}));
    // A carriage return inside the value (not at the end of the line) is not one line either.
    std::string cr = model;
    cr.replace(cr.find("ep#och 20"), 9, "epoch 2\r0");
    redes_test::write_bytes(s.path("cr.txt"), cr);
    BOOST_CHECK_EXCEPTION(redes::load_mlp(s.path("cr.txt")), IoError,
                          message_has({s.path("cr.txt"), "line 2", "note 'epoch'", "one line"}));
    // The same file with a plain key loads, and saves.
    std::string ok = model;
    ok.replace(ok.find("ep#och"), 6, "epochs");
    redes_test::write_bytes(s.path("ok.txt"), ok);
    const auto f = redes::load_mlp(s.path("ok.txt"));
    BOOST_TEST(f.meta.notes.at("epochs") == "20");
    BOOST_CHECK_NO_THROW(redes::save_mlp(s.path("again.txt"), f.net, f.meta));
}

// Found by reading the loader while fuzzing (the fuzzer did not reach them in 5 minutes; the
// fuzz_model binary crashes on both inputs without the fix):
// L = 2⁶⁴ − 1 made the check "L + 2 words on the N line" wrap to 1, so a bare "N" passed and
// the widths were read past the end of the line (heap-buffer-overflow under ASan).
BOOST_AUTO_TEST_CASE(layer_count_that_wraps_around) {
    ScratchDir s("model_wrap");
    redes_test::write_bytes(s.path("m.txt"), "redes-mlp 1\nL 18446744073709551615\nN\n");
    BOOST_CHECK_EXCEPTION(redes::load_mlp(s.path("m.txt")), IoError,
                          message_has(
                              {s.path("m.txt"), "line 3", "expected 'N' and", "found 'N'"}));
}

// W 100000×100000 in a file of 73 bytes asked for 80 GB before the first row was read.
BOOST_AUTO_TEST_CASE(weight_sizes_the_file_cannot_hold) {
    ScratchDir s("model_huge");
    const std::string text =
        "redes-mlp 1\nL 1\nN 100000 100000\nlayer 1 relu\nW 100000 100000\n0\nend\n";
    redes_test::write_bytes(s.path("m.txt"), text);
    BOOST_CHECK_EXCEPTION(redes::load_mlp(s.path("m.txt")), IoError,
                          message_has({s.path("m.txt"), "line 5", "W_1 is 100000×100000",
                                       "cannot fit", std::to_string(text.size()) + " bytes"}));
    // The bound leaves room for any real file: one written by hand with one-digit numbers
    // (2 bytes each, the least a number and its blank can take) loads.
    const std::string tight =
        "redes-mlp 1\nL 1\nN 3 2\nlayer 1 relu\nW 2 3\n1 2 3\n4 5 6\nb 2\n0 0\nend\n";
    redes_test::write_bytes(s.path("ok.txt"), tight);
    const auto f = redes::load_mlp(s.path("ok.txt"));
    BOOST_TEST((f.net.W(1) == Matrix{{1, 2, 3}, {4, 5, 6}}));
}

BOOST_AUTO_TEST_CASE(save_refuses_what_it_cannot_write) {
    ScratchDir s("model_save");
    MLP net = test_net();
    net.W(2)(0, 1) = std::numeric_limits<double>::infinity();
    BOOST_CHECK_EXCEPTION(redes::save_mlp(s.path("m.txt"), net), redes::ValueError,
                          message_has({"save_mlp", "W_2(1, 2)", "not finite"}));
    BOOST_TEST(!std::filesystem::exists(s.path("m.txt")));
    ModelMetadata meta;
    meta.mean = Vector{1, 2};
    meta.stddev = Vector{1, 2};
    BOOST_CHECK_EXCEPTION(redes::save_mlp(s.path("m.txt"), test_net(), meta), redes::ShapeError,
                          message_has({"save_mlp", "2 means", "N_0 = 5"}));
    ModelMetadata bad_note;
    bad_note.notes["two words"] = "x";
    BOOST_CHECK_EXCEPTION(redes::save_mlp(s.path("m.txt"), test_net(), bad_note), redes::ValueError,
                          message_has({"save_mlp", "note 'two words'", "one word"}));
}

BOOST_AUTO_TEST_CASE(a_changed_digit_is_refused_by_the_checksum) {
    ScratchDir s("model_checksum");
    const std::string p = s.path("m.txt");
    redes::save_mlp(p, test_net());
    std::string text = redes::io::read_file(p);
    const std::string tag = "checksum fnv1a64 ";
    const std::string stored = text.substr(text.rfind(tag) + tag.size(), 16);
    // one hexfloat digit of W_1 changed: still a well-formed file, only the checksum tells
    const std::size_t at = text.find("0x1.", text.find("W 7 5")) + 4;
    text[at] = text[at] == '0' ? '1' : '0';
    redes_test::write_bytes(p, text);
    BOOST_CHECK_EXCEPTION(redes::load_mlp(p), IoError, [&](const IoError& e) {
        const std::string m = e.what();
        const std::string start = "load_mlp: " + p + ": checksum ";
        const std::string end = " of the content differs from the stored " + stored +
                                ": the file was damaged or edited (a digit changed?)";
        const bool ok = m.rfind(start, 0) == 0 && m.size() == start.size() + 16 + end.size() &&
                        m.compare(start.size() + 16, end.size(), end) == 0;
        BOOST_TEST(ok, m);
        return ok;
    });
    // a version-2 file cut before its checksum line
    redes_test::write_bytes(p, text.substr(0, text.rfind(tag)));
    BOOST_CHECK_EXCEPTION(redes::load_mlp(p), IoError,
                          message_is("load_mlp: " + p +
                                     ": the last line is not 'checksum fnv1a64 <16 hex digits>' "
                                     "(file truncated or damaged?)"));
}

BOOST_AUTO_TEST_CASE(state_vectors_round_trip_and_are_checked) {
    ScratchDir s("model_state");
    const std::string p = s.path("m.txt");
    ModelMetadata meta;
    meta.state["adam_s"] = Vector{0.1, -0.0, 1.0 / 3.0};
    meta.state["empty"] = Vector();
    redes::save_mlp(p, test_net(), meta);
    const auto f = redes::load_mlp(p);
    BOOST_TEST(f.meta.state.size() == 2u);
    BOOST_TEST(f.meta.state.at("adam_s") == meta.state.at("adam_s"));  // same bits
    BOOST_TEST(std::signbit(f.meta.state.at("adam_s")[1]));
    BOOST_TEST(f.meta.state.at("empty").empty());
    meta.state["adam_s"][2] = std::nan("");
    BOOST_CHECK_EXCEPTION(redes::save_mlp(p, test_net(), meta), redes::ValueError,
                          message_is("save_mlp: state adam_s[3] = nan is not finite; "
                                     "nothing was written"));
    // a count larger than the numbers on the line
    auto lines = lines_of(p);
    for (auto& l : lines)
        if (l.rfind("state adam_s 3 ", 0) == 0) l = "state adam_s 4 0x1p+0 0x1p+0 0x1p+0";
    redes_test::write_bytes(p, text_of(lines));
    BOOST_CHECK_EXCEPTION(redes::load_mlp(p), IoError,
                          message_has({"load_mlp: " + p, "state adam_s: 3 numbers, expected 4"}));
}

BOOST_AUTO_TEST_SUITE_END()
