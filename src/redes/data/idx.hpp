#pragma once
// IDX(.gz), the file format of MNIST and Fashion-MNIST:
//   bytes 0–1  0x00 0x00
//   byte  2    data type: 0x08 = unsigned byte (the only type read here)
//   byte  3    D, the number of dimensions
//   then D sizes, 4-byte big-endian unsigned integers, then the data in C order (last index
//   fastest). Images: 0x00000803, count × rows × cols; labels: 0x00000801, count.
// A .gz file is recognised by its content and decompressed on the fly.
//
// Every error is an IoError naming the file and the byte offset or item where it applies:
//   read_idx: t.idx, byte 0: bad magic number 0x12345678 (...)
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "redes/data/dataset.hpp"

namespace redes::data {

// An IDX file's contents: its D sizes and its bytes in C order (last index fastest).
struct IdxArray {
    std::vector<std::size_t> dims;   // sizes, dims[0] = number of items
    std::vector<std::uint8_t> data;  // Π dims bytes, C order
};

// The array of an IDX file of unsigned bytes. expected_dims > 0 requires that many
// dimensions; max_items > 0 reads only the first max_items along dimension 0 (and then
// does not look at the rest of the file). Throws IoError for a missing file, a bad magic
// number, a type other than unsigned byte, the wrong number of dimensions, a size of 0
// (other than the item count), a truncated header or data, bytes after the data.
IdxArray read_idx(const std::string& path, std::size_t expected_dims = 0,
                  std::size_t max_items = 0);

// Images (count × rows × cols) and labels (count) into a DataSet: column m of X is image m,
// row after row, with x = pixel / 255 ∈ [0, 1] (N = rows·cols); K = num_classes.
// max_samples > 0 keeps only the first max_samples. Throws IoError (naming both files) when
// the counts disagree, and naming the labels file and the item for a label ≥ num_classes.
DataSet load_idx(const std::string& images_path, const std::string& labels_path,
                 std::size_t num_classes = 10, std::size_t max_samples = 0);

// Where Debian's dataset-fashion-mnist package puts its files.
inline const char* const fashion_mnist_default_dir = "/usr/share/datasets/fashion-mnist";

// The four IDX files of Fashion-MNIST: training and test images and their labels.
struct FashionMnistFiles {
    std::string train_images, train_labels;  // 60 000 images of 28×28 and their labels
    std::string test_images, test_labels;    // 10 000
};

// The four file paths in dir. Throws IoError naming the first missing path and the Debian
// package that provides it (dataset-fashion-mnist; `make deps` installs it).
FashionMnistFiles fashion_mnist_files(const std::string& dir = fashion_mnist_default_dir);

// "T-shirt/top", "Trouser", …, "Ankle boot": the names of the labels 0…9.
const std::vector<std::string>& fashion_mnist_class_names();

enum class FashionMnistPart { train, test };

// Fashion-MNIST's training (M = 60 000) or test (M = 10 000) part, N = 784, K = 10,
// pixels scaled to [0, 1]; images must be 28×28 (IoError otherwise). max_samples > 0 keeps
// the first max_samples (the whole training part takes ~380 MB as doubles).
DataSet load_fashion_mnist(FashionMnistPart part, std::size_t max_samples = 0,
                           const std::string& dir = fashion_mnist_default_dir);

}  // namespace redes::data
