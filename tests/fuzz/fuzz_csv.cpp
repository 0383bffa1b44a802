// libFuzzer target for the CSV(.gz) loader, redes::data::load_csv (src/redes/data/csv.hpp).
// Each input is a file, plain text or gzip (recognised by its first two bytes), loaded with
// the default options and with those of iris.csv (a header line, label first, K = 3).
// A file that loads must give a consistent DataSet: X is N×M and finite, every label is
// below K, and Y is the one-hot matrix of the labels.
#include <cmath>
#include <cstdint>
#include <string>

#include "fuzz_input.hpp"
#include "redes/data/csv.hpp"

namespace {

void check(const redes::data::DataSet& d, const redes::data::CsvOptions& opt) {
    using redes_fuzz::fail;
    if (d.labels.size() != d.M() || d.M() == 0)
        fail("load_csv: M = " + std::to_string(d.M()) + " samples but " +
             std::to_string(d.labels.size()) + " labels");
    if (opt.num_classes && d.K != opt.num_classes) fail("load_csv: K differs from num_classes");
    if (d.Y.rows() != d.K || d.Y.cols() != d.M()) fail("load_csv: Y is not K×M");
    for (std::size_t m = 0; m < d.M(); ++m) {
        if (d.labels[m] >= d.K) fail("load_csv: label ≥ K");
        for (std::size_t k = 0; k < d.K; ++k)
            if (d.Y(k, m) != (k == d.labels[m] ? 1.0 : 0.0)) fail("load_csv: Y is not one-hot");
        for (std::size_t i = 0; i < d.N(); ++i)
            if (!std::isfinite(d.X(i, m))) fail("load_csv: a feature is not finite");
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static redes_fuzz::ScratchFile file("csv");
    const std::string& path = file.write(data, size);

    redes::data::CsvOptions plain;  // no header, label last, K = largest label + 1
    redes::data::CsvOptions iris;
    iris.header_lines = 1;
    iris.label_column = 0;
    iris.num_classes = 3;
    for (const auto& opt : {plain, iris})
        redes_fuzz::only_redes_errors("load_csv",
                                      [&] { check(redes::data::load_csv(path, opt), opt); });
    return 0;
}
