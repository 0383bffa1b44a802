#include "redes/data/csv.hpp"

#include <charconv>
#include <cmath>
#include <filesystem>
#include <string_view>
#include <vector>

#include "redes/data/input_file.hpp"
#include "redes/error.hpp"

namespace redes::data {

namespace {

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
        s.remove_suffix(1);
    return s;
}

// The whole field as a double (locale-independent); false when it is not exactly a number.
bool parse_number(std::string_view f, double& value) {
    if (f.size() > 1 && f.front() == '+' && f[1] != '-') f.remove_prefix(1);
    if (f.empty()) return false;
    const auto [end, ec] = std::from_chars(f.data(), f.data() + f.size(), value);
    return ec == std::errc() && end == f.data() + f.size();
}

std::vector<std::string_view> split(std::string_view line, char delimiter) {
    std::vector<std::string_view> fields;
    std::size_t start = 0;
    for (;;) {
        const std::size_t pos = line.find(delimiter, start);
        fields.push_back(
            trim(line.substr(start, pos == std::string_view::npos ? pos : pos - start)));
        if (pos == std::string_view::npos) return fields;
        start = pos + 1;
    }
}

}  // namespace

DataSet load_csv(const std::string& path, const CsvOptions& opt) {
    InputFile file(path, "load_csv");
    const std::string text = file.read_all();
    const std::string name = "load_csv: " + path;
    auto at_line = [&](std::size_t line) { return name + ", line " + std::to_string(line) + ": "; };
    auto at = [&](std::size_t line, std::size_t col) {
        return name + ", line " + std::to_string(line) + ", column " + std::to_string(col) + ": ";
    };

    // The lines, without their '\n' (and '\r' for files written on Windows).
    std::vector<std::string_view> lines;
    std::string_view rest(text);
    while (!rest.empty()) {
        const std::size_t nl = rest.find('\n');
        lines.push_back(rest.substr(0, nl));
        rest = nl == std::string_view::npos ? std::string_view() : rest.substr(nl + 1);
    }
    // Blank lines at the very end are not data; a blank line before data is an error below.
    while (!lines.empty() && trim(lines.back()).empty()) lines.pop_back();
    if (lines.size() <= opt.header_lines) {
        if (text.empty()) throw IoError(name + ": empty file");
        throw IoError(name + ": no data after the header (header_lines = " +
                      std::to_string(opt.header_lines) + ", the file has " +
                      std::to_string(lines.size()) + " non-blank line" +
                      (lines.size() == 1 ? "" : "s") + ")");
    }

    const std::size_t first = opt.header_lines;  // 0-based index of the first data line
    std::size_t C = 0;                           // columns per line, from the first data line
    std::size_t label_col = 0;                   // 0-based
    std::vector<double> features;                // sample after sample, N values each
    std::vector<std::size_t> labels;
    for (std::size_t li = first; li < lines.size(); ++li) {
        const std::size_t line = li + 1;
        if (trim(lines[li]).empty()) throw IoError(at_line(line) + "empty line");
        const auto fields = split(lines[li], opt.delimiter);
        if (li == first) {
            C = fields.size();
            if (C < 2)
                throw IoError(at_line(line) +
                              "1 column; a sample needs at least one feature and a label");
            const long lc = opt.label_column < 0 ? static_cast<long>(C) + opt.label_column
                                                 : static_cast<long>(opt.label_column);
            if (lc < 0 || lc >= static_cast<long>(C))
                throw IoError(at_line(line) + "label column " + std::to_string(opt.label_column) +
                              " does not exist in a line of " + std::to_string(C) + " columns");
            label_col = static_cast<std::size_t>(lc);
        } else if (fields.size() != C) {
            throw IoError(at_line(line) + std::to_string(fields.size()) + " columns, expected " +
                          std::to_string(C) + " (as on line " + std::to_string(first + 1) + ")");
        }
        for (std::size_t c = 0; c < C; ++c) {
            const std::string_view f = fields[c];
            if (f.empty()) throw IoError(at(line, c + 1) + "empty field");
            double v = 0.0;
            const bool ok = parse_number(f, v);
            if (c != label_col) {
                if (!ok)
                    throw IoError(at(line, c + 1) + "'" + std::string(f) + "' is not a number");
                if (!std::isfinite(v))
                    throw IoError(at(line, c + 1) + "'" + std::string(f) +
                                  "' is not a finite number");
                features.push_back(v);
                continue;
            }
            if (!ok || !(v >= 0.0) || v != std::floor(v) || v > 1e9)
                throw IoError(at(line, c + 1) + "label '" + std::string(f) +
                              "' is not a class number (a whole number ≥ 0)");
            const auto k = static_cast<std::size_t>(v);
            if (opt.num_classes > 0 && k >= opt.num_classes)
                throw IoError(at(line, c + 1) + "label " + std::to_string(k) + " outside 0…" +
                              std::to_string(opt.num_classes - 1) +
                              " (num_classes = " + std::to_string(opt.num_classes) + ")");
            if (opt.num_classes == 0 && k >= CsvOptions::max_inferred_classes)
                throw IoError(at(line, c + 1) + "label " + std::to_string(k) +
                              " would make K = " + std::to_string(k + 1) +
                              " classes (K = largest label + 1 is inferred up to " +
                              std::to_string(CsvOptions::max_inferred_classes) +
                              "); pass num_classes if the data really has that many");
            labels.push_back(k);
        }
    }

    // Samples as columns: X(i, m) = feature i of sample m.
    const std::size_t M = labels.size(), N = C - 1;
    Matrix X(N, M);
    for (std::size_t m = 0; m < M; ++m)
        for (std::size_t i = 0; i < N; ++i) X(i, m) = features[m * N + i];
    return make_dataset(std::move(X), std::move(labels), opt.num_classes, path);
}

namespace {

// The shipped files are found relative to the repository root, where make runs the programs.
void require_shipped(const std::string& path, const std::string& op) {
    std::error_code ec;
    if (!std::filesystem::exists(path, ec))
        throw IoError(op + ": " + path +
                      " not found (the path is relative to the repository root: " +
                      "run the program from there, or pass the file's path)");
}

}  // namespace

DataSet load_digits(const std::string& path) {
    require_shipped(path, "load_digits");
    CsvOptions opt;
    opt.num_classes = 10;  // no header; 64 pixels then the digit
    DataSet d = load_csv(path, opt);
    for (int k = 0; k < 10; ++k) d.class_names.push_back(std::to_string(k));
    return d;
}

DataSet load_iris(const std::string& path) {
    require_shipped(path, "load_iris");
    CsvOptions opt;
    opt.header_lines = 1;  // "150,4,setosa,versicolor,virginica"
    opt.num_classes = 3;
    DataSet d = load_csv(path, opt);
    d.class_names = {"setosa", "versicolor", "virginica"};
    return d;
}

}  // namespace redes::data
