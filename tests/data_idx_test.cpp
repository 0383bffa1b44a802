// The IDX(.gz) reader on tiny files written here (good ones, and each kind of bad one), and a
// smoke test on the real Fashion-MNIST files of Debian's dataset-fashion-mnist package.
#include <boost/iostreams/filter/gzip.hpp>
#include <boost/iostreams/filtering_stream.hpp>
#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "data_test_helpers.hpp"
#include "redes/data/idx.hpp"

using redes::IoError;
using redes::data::DataSet;
using redes::data::FashionMnistPart;
using redes::data::load_idx;
using redes::data::read_idx;
using redes_test::message_has;
using redes_test::ScratchDir;
using redes_test::write_bytes;

namespace {

// An IDX file: the 4 magic bytes, the sizes big-endian, then the data.
std::string idx_bytes(std::uint32_t magic, const std::vector<std::uint32_t>& dims,
                      const std::string& data) {
    std::string s;
    auto put = [&](std::uint32_t v) {
        for (int shift = 24; shift >= 0; shift -= 8) s += static_cast<char>((v >> shift) & 0xFF);
    };
    put(magic);
    for (auto d : dims) put(d);
    return s + data;
}

std::string gzip(const std::string& bytes) {
    std::ostringstream out;
    {
        boost::iostreams::filtering_ostream z;
        z.push(boost::iostreams::gzip_compressor());
        z.push(out);
        z << bytes;
    }
    return out.str();
}

// 3 images of 2×2 pixels and their labels 2, 0, 9.
const std::string pixels = std::string(
    "\x00\x01\x02\x03"
    "\xff\x80\x40\x00"
    "\x10\x20\x30\x40",
    12);
const std::string images = idx_bytes(0x00000803, {3, 2, 2}, pixels);
const std::string labels = idx_bytes(0x00000801, {3}, std::string("\x02\x00\x09", 3));

struct TinyFiles : ScratchDir {
    TinyFiles() : ScratchDir("idx") {
        write_bytes(path("img"), images);
        write_bytes(path("lbl"), labels);
    }
};

}  // namespace

BOOST_AUTO_TEST_SUITE(data_idx)

BOOST_AUTO_TEST_CASE(reads_sizes_and_bytes) {
    TinyFiles f;
    const auto a = read_idx(f.path("img"), 3);
    BOOST_TEST((a.dims == std::vector<std::size_t>{3, 2, 2}));
    BOOST_TEST(a.data.size() == 12u);
    BOOST_TEST(a.data[4] == 255);
    BOOST_TEST(a.data[11] == 0x40);
}

BOOST_AUTO_TEST_CASE(images_become_columns_scaled_to_unit_interval) {
    TinyFiles f;
    const DataSet d = load_idx(f.path("img"), f.path("lbl"));
    BOOST_TEST(d.M() == 3u);
    BOOST_TEST(d.N() == 4u);
    BOOST_TEST(d.K == 10u);
    BOOST_TEST((d.labels == std::vector<std::size_t>{2, 0, 9}));
    for (std::size_t m = 0; m < 3; ++m)
        for (std::size_t i = 0; i < 4; ++i)  // pixel i of image m, row after row, / 255
            BOOST_TEST(d.X(i, m) == static_cast<unsigned char>(pixels[4 * m + i]) / 255.0);
    BOOST_TEST(d.X(0, 1) == 1.0);
    BOOST_TEST(d.Y(9, 2) == 1.0);
}

BOOST_AUTO_TEST_CASE(gz_files_read_the_same) {
    TinyFiles f;
    write_bytes(f.path("img.gz"), gzip(images));
    write_bytes(f.path("lbl.gz"), gzip(labels));
    const DataSet plain = load_idx(f.path("img"), f.path("lbl"));
    const DataSet gz = load_idx(f.path("img.gz"), f.path("lbl.gz"));
    BOOST_TEST((gz.X == plain.X));
    BOOST_TEST((gz.labels == plain.labels));
}

BOOST_AUTO_TEST_CASE(max_samples_keeps_the_first) {
    TinyFiles f;
    const DataSet d = load_idx(f.path("img"), f.path("lbl"), 10, 2);
    BOOST_TEST(d.M() == 2u);
    BOOST_TEST((d.labels == std::vector<std::size_t>{2, 0}));
}

BOOST_AUTO_TEST_CASE(bad_magic_number) {
    ScratchDir s("idx_magic");
    write_bytes(s.path("bad"), idx_bytes(0x12345678, {3, 2, 2}, pixels));
    BOOST_CHECK_EXCEPTION(read_idx(s.path("bad"), 3), IoError,
                          message_has({"read_idx: " + s.path("bad"), "byte 0",
                                       "bad magic number 0x12345678", "expected 0x00000803"}));
}

BOOST_AUTO_TEST_CASE(data_type_other_than_unsigned_byte) {
    ScratchDir s("idx_type");
    write_bytes(s.path("float"), idx_bytes(0x00000D03, {3, 2, 2}, pixels));
    BOOST_CHECK_EXCEPTION(read_idx(s.path("float")), IoError,
                          message_has({s.path("float"), "byte 2", "data type 0x0D (float32)"}));
}

BOOST_AUTO_TEST_CASE(wrong_number_of_dimensions) {
    TinyFiles f;  // a labels file (1 dimension) given as the images
    BOOST_CHECK_EXCEPTION(load_idx(f.path("lbl"), f.path("lbl")), IoError,
                          message_has({f.path("lbl"), "byte 3", "wrong dimensions",
                                       "the file has 1", "expected 3"}));
}

BOOST_AUTO_TEST_CASE(size_zero_dimension) {
    ScratchDir s("idx_zero");
    write_bytes(s.path("zero"), idx_bytes(0x00000803, {3, 0, 2}, ""));
    BOOST_CHECK_EXCEPTION(read_idx(s.path("zero")), IoError,
                          message_has({s.path("zero"), "byte 8", "dimension 2 is 0"}));
}

BOOST_AUTO_TEST_CASE(truncated_data) {
    ScratchDir s("idx_trunc");
    write_bytes(s.path("short"), images.substr(0, 16 + 7));  // 7 of the 12 pixels
    BOOST_CHECK_EXCEPTION(read_idx(s.path("short")), IoError,
                          message_has({s.path("short"), "byte 23", "truncated",
                                       "(3×2×2) promises 12 data bytes", "ends after 7"}));
    write_bytes(s.path("short.gz"), gzip(images.substr(0, 16 + 7)));
    BOOST_CHECK_EXCEPTION(read_idx(s.path("short.gz")), IoError,
                          message_has({s.path("short.gz"), "truncated", "ends after 7"}));
}

// Found by `make fuzz` (fuzz_idx): a header promising 4294967295 images of 3×2 (24 GiB) made
// the reader allocate it all before reading, and the process ran out of memory. The data now
// grows as it is read, so the file's end comes first and gives an IoError.
BOOST_AUTO_TEST_CASE(header_promising_gigabytes_is_truncated_not_out_of_memory) {
    ScratchDir s("idx_huge");
    write_bytes(s.path("huge"), idx_bytes(0x00000803, {0xFFFFFFFF, 3, 2}, pixels));
    BOOST_CHECK_EXCEPTION(read_idx(s.path("huge")), IoError,
                          message_has({s.path("huge"), "byte 28", "truncated",
                                       "(4294967295×3×2) promises 25769803770 data bytes",
                                       "ends after 12"}));
    // Just under the 1 TiB a header may promise at all: the same answer, at once.
    write_bytes(s.path("tera"), idx_bytes(0x00000802, {0xFFFFFFFF, 255}, pixels));
    BOOST_CHECK_EXCEPTION(read_idx(s.path("tera")), IoError,
                          message_has({s.path("tera"), "truncated",
                                       "promises 1095216660225 data bytes", "ends after 12"}));
    // Reading only the first 2 items of 6 bytes needs just the 12 bytes that are there.
    const auto a = read_idx(s.path("huge"), 3, 2);
    BOOST_TEST((a.dims == std::vector<std::size_t>{2, 3, 2}));
    BOOST_TEST(a.data.size() == 12u);
}

BOOST_AUTO_TEST_CASE(truncated_header) {
    ScratchDir s("idx_head");
    write_bytes(s.path("head"), images.substr(0, 10));
    BOOST_CHECK_EXCEPTION(read_idx(s.path("head")), IoError,
                          message_has({s.path("head"), "byte 10", "truncated header", "12 bytes"}));
    write_bytes(s.path("empty"), "");
    BOOST_CHECK_EXCEPTION(read_idx(s.path("empty")), IoError,
                          message_has({s.path("empty"), "empty file"}));
}

BOOST_AUTO_TEST_CASE(bytes_after_the_data) {
    ScratchDir s("idx_long");
    write_bytes(s.path("long"), images + "xyz");
    BOOST_CHECK_EXCEPTION(read_idx(s.path("long")), IoError,
                          message_has(
                              {s.path("long"), "byte 28", "3 bytes after the 12 data bytes"}));
}

BOOST_AUTO_TEST_CASE(counts_disagree_between_images_and_labels) {
    TinyFiles f;
    write_bytes(f.path("lbl2"), idx_bytes(0x00000801, {2}, std::string("\x02\x00", 2)));
    BOOST_CHECK_EXCEPTION(load_idx(f.path("img"), f.path("lbl2")), IoError,
                          message_has({"counts disagree", f.path("img") + " has 3 images",
                                       f.path("lbl2") + " has 2 labels"}));
    // Also when only the first samples are asked for: the headers still disagree.
    BOOST_CHECK_EXCEPTION(load_idx(f.path("img"), f.path("lbl2"), 10, 1), IoError,
                          message_has({"counts disagree"}));
}

BOOST_AUTO_TEST_CASE(label_out_of_range) {
    TinyFiles f;
    write_bytes(f.path("lbl12"), idx_bytes(0x00000801, {3}, std::string("\x02\x0c\x01", 3)));
    BOOST_CHECK_EXCEPTION(load_idx(f.path("img"), f.path("lbl12")), IoError,
                          message_has(
                              {f.path("lbl12"), "byte 9", "item 1", "label 12", "outside 0…9"}));
}

BOOST_AUTO_TEST_CASE(missing_file) {
    ScratchDir s("idx_missing");
    BOOST_CHECK_EXCEPTION(read_idx(s.path("nothing")), IoError,
                          message_has({"read_idx: " + s.path("nothing"), "cannot open"}));
}

BOOST_AUTO_TEST_CASE(fashion_mnist_missing_names_the_path_and_the_package) {
    ScratchDir s("fmnist_missing");
    BOOST_CHECK_EXCEPTION(redes::data::fashion_mnist_files(s.dir.string()), IoError,
                          message_has({s.path("train-images-idx3-ubyte.gz"), "not found",
                                       "dataset-fashion-mnist"}));
}

BOOST_AUTO_TEST_CASE(fashion_mnist_requires_28_by_28) {
    ScratchDir s("fmnist_shape");
    const std::string img = idx_bytes(0x00000803, {1, 27, 28}, std::string(27 * 28, '\0'));
    const std::string lbl = idx_bytes(0x00000801, {1}, std::string(1, '\0'));
    for (const char* part : {"train", "t10k"}) {
        write_bytes(s.path(std::string(part) + "-images-idx3-ubyte.gz"), gzip(img));
        write_bytes(s.path(std::string(part) + "-labels-idx1-ubyte.gz"), gzip(lbl));
    }
    BOOST_CHECK_EXCEPTION(redes::data::load_fashion_mnist(FashionMnistPart::test, 0,
                                                          s.dir.string()),
                          IoError,
                          message_has({s.path("t10k-images-idx3-ubyte.gz"), "wrong dimensions",
                                       "images of 27×28", "Fashion-MNIST has 28×28"}));
}

// The real files: 10 000 test images of 28×28 in 10 balanced classes, 60 000 training labels.
BOOST_AUTO_TEST_CASE(fashion_mnist_real_files) {
    redes::data::FashionMnistFiles files;
    try {
        files = redes::data::fashion_mnist_files();
    } catch (const IoError& e) {
        BOOST_TEST_MESSAGE("skipped: " << e.what());
        return;
    }
    const DataSet test = redes::data::load_fashion_mnist(FashionMnistPart::test);
    BOOST_TEST(test.M() == 10000u);
    BOOST_TEST(test.N() == 784u);
    BOOST_TEST((test.class_counts() == std::vector<std::size_t>(10, 1000)));
    BOOST_TEST(redes::max_abs(test.X) == 1.0);  // some pixels are 255
    BOOST_TEST(test.class_names[9] == "Ankle boot");
    const auto train_labels = read_idx(files.train_labels, 1);
    BOOST_TEST(train_labels.dims[0] == 60000u);
    const DataSet train = redes::data::load_fashion_mnist(FashionMnistPart::train, 500);
    BOOST_TEST(train.M() == 500u);
    for (std::size_t m = 0; m < 500; ++m)
        BOOST_TEST_REQUIRE(train.labels[m] == train_labels.data[m]);
}

BOOST_AUTO_TEST_SUITE_END()
