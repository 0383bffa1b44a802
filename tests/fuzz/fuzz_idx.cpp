// libFuzzer target for the IDX(.gz) reader, redes::data::read_idx and load_idx
// (src/redes/data/idx.hpp).
// The whole input is one IDX file, read with any number of dimensions, then as images
// (3 dimensions) keeping only the first 2 items. When the input contains the separator line
// "\n--labels--\n", the bytes before it are an images file and those after it a labels file,
// loaded together with load_idx. Whatever loads must be consistent: Π dims bytes of data,
// pixels scaled into [0, 1], labels below K.
#include <cstdint>
#include <cstring>
#include <string>

#include "fuzz_input.hpp"
#include "redes/data/idx.hpp"

namespace {

using redes_fuzz::fail;

void check(const redes::data::IdxArray& a, std::size_t expected_dims, std::size_t max_items) {
    if (a.dims.empty() || (expected_dims && a.dims.size() != expected_dims))
        fail("read_idx: wrong number of dims");
    if (max_items && a.dims[0] > max_items) fail("read_idx: more items than max_items");
    std::size_t total = 1;
    for (std::size_t d : a.dims)
        if (__builtin_mul_overflow(total, d, &total))
            fail("read_idx: accepted sizes whose product overflows");
    if (total != a.data.size())
        fail("read_idx: Π dims = " + std::to_string(total) + " but " +
             std::to_string(a.data.size()) + " data bytes");
}

void check(const redes::data::DataSet& d, std::size_t K) {
    if (d.K != K || d.labels.size() != d.M()) fail("load_idx: inconsistent K or M");
    for (std::size_t m = 0; m < d.M(); ++m) {
        if (d.labels[m] >= K) fail("load_idx: label ≥ K");
        for (std::size_t i = 0; i < d.N(); ++i)
            if (!(d.X(i, m) >= 0.0 && d.X(i, m) <= 1.0)) fail("load_idx: a pixel outside [0, 1]");
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static redes_fuzz::ScratchFile whole("idx"), images("idx_images"), labels("idx_labels");
    const std::string& path = whole.write(data, size);
    redes_fuzz::only_redes_errors("read_idx", [&] { check(redes::data::read_idx(path), 0, 0); });
    redes_fuzz::only_redes_errors("read_idx",
                                  [&] { check(redes::data::read_idx(path, 3, 2), 3, 2); });

    static const char sep[] = "\n--labels--\n";
    const std::size_t n = sizeof sep - 1;
    for (std::size_t i = 0; i + n <= size; ++i) {
        if (std::memcmp(data + i, sep, n) != 0) continue;
        images.write(data, i);
        labels.write(data + i + n, size - i - n);
        redes_fuzz::only_redes_errors("load_idx", [&] {
            check(redes::data::load_idx(images.path(), labels.path(), 10, 0), 10);
        });
        redes_fuzz::only_redes_errors("load_idx", [&] {
            check(redes::data::load_idx(images.path(), labels.path(), 3, 1), 3);
        });
        break;
    }
    return 0;
}
