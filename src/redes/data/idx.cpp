#include "redes/data/idx.hpp"

#include <algorithm>
#include <cstdio>
#include <filesystem>

#include "redes/data/input_file.hpp"
#include "redes/error.hpp"

namespace redes::data {

namespace {

std::string hex(std::uint32_t v, int digits) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "0x%0*X", digits, static_cast<unsigned>(v));
    return buf;
}

// Big-endian (most significant byte first), as IDX stores its integers.
std::uint32_t big_endian_u32(const unsigned char* p) {
    return (std::uint32_t{p[0]} << 24) | (std::uint32_t{p[1]} << 16) | (std::uint32_t{p[2]} << 8) |
           p[3];
}

const char* type_name(unsigned t) {
    switch (t) {
        case 0x08: return "unsigned byte";
        case 0x09: return "signed byte";
        case 0x0B: return "int16";
        case 0x0C: return "int32";
        case 0x0D: return "float32";
        case 0x0E: return "float64";
        default: return "unknown type";
    }
}

std::string dims_str(const std::vector<std::size_t>& dims) {
    std::string s;
    for (std::size_t d : dims) s += (s.empty() ? "" : "×") + std::to_string(d);
    return s;
}

// An IDX array as read (at most max_items), and how many items the file itself holds.
struct IdxRead {
    IdxArray array;
    std::size_t items_in_file = 0;  // dims[0] as the header says, before max_items
};

IdxRead read_idx_impl(const std::string& path, std::size_t expected_dims, std::size_t max_items) {
    InputFile file(path, "read_idx");
    const std::string w = "read_idx: " + path;
    auto at_byte = [&](std::size_t b) { return w + ", byte " + std::to_string(b) + ": "; };

    unsigned char magic[4];
    std::size_t got = file.read(reinterpret_cast<char*>(magic), 4);
    if (got == 0) throw IoError(w + ": empty file");
    if (got < 4)
        throw IoError(at_byte(0) +
                      "truncated header: the magic number needs 4 bytes, the file has " +
                      std::to_string(got));
    const std::uint32_t m = big_endian_u32(magic);
    const std::uint32_t expected_magic = 0x0800u | static_cast<std::uint32_t>(expected_dims);
    if (magic[0] != 0 || magic[1] != 0)
        throw IoError(
            at_byte(0) + "bad magic number " + hex(m, 8) +
            ": an IDX file starts with 0x00 0x00, the type 0x08 and the number of dimensions" +
            (expected_dims ? " (expected " + hex(expected_magic, 8) + ")" : std::string()));
    if (magic[2] != 0x08)
        throw IoError(at_byte(2) + "data type " + hex(magic[2], 2) + " (" + type_name(magic[2]) +
                      "); this reader reads unsigned bytes (0x08)");
    const std::size_t D = magic[3];
    if (D == 0) throw IoError(at_byte(3) + "0 dimensions");
    if (expected_dims && D != expected_dims)
        throw IoError(at_byte(3) + "wrong dimensions: the file has " + std::to_string(D) +
                      " (magic " + hex(m, 8) + "), expected " + std::to_string(expected_dims) +
                      " (magic " + hex(expected_magic, 8) + ")");

    std::vector<unsigned char> header(4 * D);
    got = file.read(reinterpret_cast<char*>(header.data()), header.size());
    if (got < header.size())
        throw IoError(at_byte(4 + got) + "truncated header: " + std::to_string(D) + " sizes need " +
                      std::to_string(header.size()) +
                      " bytes after the magic number, the file has " + std::to_string(got));
    IdxRead r;
    IdxArray& a = r.array;
    const double limit = 1ull << 40;  // 1 TiB: a header promising more is corrupt
    double total = 1.0;
    for (std::size_t d = 0; d < D; ++d) {
        a.dims.push_back(big_endian_u32(&header[4 * d]));
        if (d > 0 && a.dims[d] == 0)
            throw IoError(at_byte(4 + 4 * d) + "wrong dimensions: size of dimension " +
                          std::to_string(d + 1) + " is 0 (" + dims_str(a.dims) + "…)");
        total *= static_cast<double>(a.dims[d]);
    }
    if (total > limit)
        throw IoError(at_byte(4) + "sizes " + dims_str(a.dims) + " promise more than 1 TiB");
    const std::size_t data_start = 4 + 4 * D;
    std::size_t item_bytes = 1;
    for (std::size_t d = 1; d < D; ++d) item_bytes *= a.dims[d];
    r.items_in_file = a.dims[0];
    const bool partial = max_items > 0 && max_items < a.dims[0];
    if (partial) a.dims[0] = max_items;

    // The header's sizes are not trusted with memory: the data grows as it arrives, so a corrupt
    // header that promises gigabytes meets the end of the file, not the end of the memory.
    const std::size_t need = a.dims[0] * item_bytes;
    const std::size_t chunk = std::size_t{1} << 20;
    a.data.clear();
    while (a.data.size() < need) {
        const std::size_t have = a.data.size(), want = std::min(chunk, need - have);
        a.data.resize(have + want);
        const std::size_t n = file.read(reinterpret_cast<char*>(a.data.data() + have), want);
        if (n < want) {
            a.data.resize(have + n);
            break;
        }
    }
    got = a.data.size();
    if (got < need)
        throw IoError(at_byte(data_start + got) + "truncated: " +
                      (partial ? "the first " + std::to_string(a.dims[0]) + " items need "
                               : "the header (" + dims_str(a.dims) + ") promises ") +
                      std::to_string(need) + " data bytes, the file ends after " +
                      std::to_string(got));
    if (!partial) {
        std::size_t extra = 0;
        char buf[4096];
        while ((got = file.read(buf, sizeof buf)) > 0) extra += got;
        if (extra > 0)
            throw IoError(at_byte(data_start + need) + std::to_string(extra) + " bytes after the " +
                          std::to_string(need) + " data bytes the header (" + dims_str(a.dims) +
                          ") promises");
    }
    return r;
}

DataSet load_idx_impl(const std::string& images_path, const std::string& labels_path,
                      std::size_t num_classes, std::size_t max_samples, std::size_t rows,
                      std::size_t cols, const std::string& what) {
    if (num_classes == 0) throw ValueError("load_idx: num_classes = 0, need at least 1 class");
    const IdxRead img = read_idx_impl(images_path, 3, max_samples);
    const IdxRead lab = read_idx_impl(labels_path, 1, max_samples);
    if (img.items_in_file != lab.items_in_file)
        throw IoError("load_idx: the counts disagree: " + images_path + " has " +
                      std::to_string(img.items_in_file) + " images, " + labels_path + " has " +
                      std::to_string(lab.items_in_file) + " labels");
    const auto& dims = img.array.dims;
    if (rows && (dims[1] != rows || dims[2] != cols))
        throw IoError("load_idx: " + images_path + ", byte 8: wrong dimensions: images of " +
                      std::to_string(dims[1]) + "×" + std::to_string(dims[2]) + ", " + what +
                      " has " + std::to_string(rows) + "×" + std::to_string(cols));
    const std::size_t M = dims[0], N = dims[1] * dims[2];
    std::vector<std::size_t> labels(M);
    for (std::size_t m = 0; m < M; ++m) {
        labels[m] = lab.array.data[m];
        if (labels[m] >= num_classes)
            throw IoError("load_idx: " + labels_path + ", byte " + std::to_string(8 + m) +
                          " (item " + std::to_string(m) + "): label " + std::to_string(labels[m]) +
                          " outside 0…" + std::to_string(num_classes - 1));
    }
    // x = pixel / 255, image m as column m
    Matrix X(N, M);
    const std::uint8_t* p = img.array.data.data();
    for (std::size_t m = 0; m < M; ++m)
        for (std::size_t i = 0; i < N; ++i) X(i, m) = p[m * N + i] / 255.0;
    return make_dataset(std::move(X), std::move(labels), num_classes, images_path);
}

}  // namespace

IdxArray read_idx(const std::string& path, std::size_t expected_dims, std::size_t max_items) {
    return read_idx_impl(path, expected_dims, max_items).array;
}

DataSet load_idx(const std::string& images_path, const std::string& labels_path,
                 std::size_t num_classes, std::size_t max_samples) {
    return load_idx_impl(images_path, labels_path, num_classes, max_samples, 0, 0, "");
}

FashionMnistFiles fashion_mnist_files(const std::string& dir) {
    FashionMnistFiles f{dir + "/train-images-idx3-ubyte.gz", dir + "/train-labels-idx1-ubyte.gz",
                        dir + "/t10k-images-idx3-ubyte.gz", dir + "/t10k-labels-idx1-ubyte.gz"};
    for (const std::string* p :
         {&f.train_images, &f.train_labels, &f.test_images, &f.test_labels}) {
        std::error_code ec;
        if (!std::filesystem::is_regular_file(*p, ec))
            throw IoError(
                "fashion_mnist_files: " + *p +
                " not found; Fashion-MNIST comes from the Debian package dataset-fashion-mnist "
                "(`make deps` as root, or: sudo apt-get install dataset-fashion-mnist)");
    }
    return f;
}

const std::vector<std::string>& fashion_mnist_class_names() {
    static const std::vector<std::string> names = {"T-shirt/top", "Trouser", "Pullover",
                                                   "Dress",       "Coat",    "Sandal",
                                                   "Shirt",       "Sneaker", "Bag",
                                                   "Ankle boot"};
    return names;
}

DataSet load_fashion_mnist(FashionMnistPart part, std::size_t max_samples, const std::string& dir) {
    const FashionMnistFiles f = fashion_mnist_files(dir);
    const bool train = part == FashionMnistPart::train;
    DataSet d = load_idx_impl(train ? f.train_images : f.test_images,
                              train ? f.train_labels : f.test_labels, 10, max_samples, 28, 28,
                              "Fashion-MNIST");
    d.class_names = fashion_mnist_class_names();
    return d;
}

}  // namespace redes::data
