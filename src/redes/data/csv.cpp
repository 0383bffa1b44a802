#include "redes/data/csv.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <deque>
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

// A line's fields, trimmed. A field in double quotes (RFC 4180) may hold the delimiter, and ""
// stands for one quote: "a,b" → a,b and "say ""hi""" → say "hi"; its text is kept in `unquoted`
// (a deque: the views into it stay valid). A malformed quoted field gives "" and error = the
// reason, column = its 1-based column.
std::vector<std::string_view> split(std::string_view line, char delimiter,
                                    std::deque<std::string>& unquoted, std::string& error,
                                    std::size_t& column) {
    std::vector<std::string_view> fields;
    if (line.find('"') == std::string_view::npos) {  // the common case: no quotes, no copies
        for (std::size_t start = 0;;) {
            const std::size_t pos = line.find(delimiter, start);
            fields.push_back(
                trim(line.substr(start, pos == std::string_view::npos ? pos : pos - start)));
            if (pos == std::string_view::npos) return fields;
            start = pos + 1;
        }
    }
    std::size_t i = 0;
    for (;;) {
        while (i < line.size() && (line[i] == ' ' || line[i] == '\t') && line[i] != delimiter) ++i;
        if (i < line.size() && line[i] == '"') {
            std::string text;
            bool closed = false;
            for (++i; i < line.size(); ++i) {
                if (line[i] != '"') {
                    text += line[i];
                } else if (i + 1 < line.size() && line[i + 1] == '"') {
                    text += '"';
                    ++i;
                } else {
                    closed = true;
                    ++i;
                    break;
                }
            }
            const std::size_t next = line.find(delimiter, i);
            const std::string_view after =
                trim(line.substr(i, next == std::string_view::npos ? next : next - i));
            if (!closed || !after.empty()) {
                error = !closed ? "a quoted field without its closing quote"
                                : "text after the closing quote of a quoted field";
                column = fields.size() + 1;
                return {};
            }
            unquoted.push_back(std::move(text));
            fields.emplace_back(unquoted.back());
            if (next == std::string_view::npos) return fields;
            i = next + 1;
        } else {
            const std::size_t next = line.find(delimiter, i);
            fields.push_back(
                trim(line.substr(i, next == std::string_view::npos ? next : next - i)));
            if (next == std::string_view::npos) return fields;
            i = next + 1;
        }
    }
}

// The class names: opt.class_names when given (every name must be one of them), else the
// distinct names sorted (so the same file always gives the same class numbers).
std::vector<std::string> class_names_of(const std::vector<std::string>& name_of_sample,
                                        const CsvOptions& opt, const std::string& where) {
    if (!opt.class_names.empty()) {
        for (const std::string& n : name_of_sample)
            if (std::find(opt.class_names.begin(), opt.class_names.end(), n) ==
                opt.class_names.end()) {
                std::string known;
                for (const std::string& k : opt.class_names)
                    known += (known.empty() ? "" : ", ") + k;
                throw IoError(where + ": label '" + n + "' is not one of the classes " + known);
            }
        return opt.class_names;
    }
    std::vector<std::string> classes = name_of_sample;
    std::sort(classes.begin(), classes.end());
    classes.erase(std::unique(classes.begin(), classes.end()), classes.end());
    if (opt.num_classes > 0 && classes.size() > opt.num_classes)
        throw IoError(where + ": " + std::to_string(classes.size()) + " label names for " +
                      "num_classes = " + std::to_string(opt.num_classes));
    return classes;
}

}  // namespace

DataSet load_csv(const std::string& path, const CsvOptions& opt) {
    InputFile file(path, "load_csv");
    std::string text = file.read_all();
    // a UTF-8 byte order mark (EF BB BF), as spreadsheet programs write it, is not data
    if (text.compare(0, 3, "\xEF\xBB\xBF") == 0) text.erase(0, 3);
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
    bool names = false;                       // the labels are class names (label_names)
    std::vector<std::string> name_of_sample;  // then: the name of each sample
    std::vector<double> targets;              // real_targets: the target of each sample
    for (std::size_t li = first; li < lines.size(); ++li) {
        const std::size_t line = li + 1;
        if (trim(lines[li]).empty()) throw IoError(at_line(line) + "empty line");
        std::deque<std::string> unquoted;
        std::string bad_quote;
        std::size_t bad_column = 0;
        const auto fields = split(lines[li], opt.delimiter, unquoted, bad_quote, bad_column);
        if (!bad_quote.empty()) throw IoError(at(line, bad_column) + bad_quote);
        if (li == first && !opt.has_labels) {
            C = fields.size();
        } else if (li == first) {
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
            if (c != label_col || !opt.has_labels) {
                if (!ok)
                    throw IoError(
                        at(line, c + 1) + "'" + std::string(f) + "' is not a number" +
                        (line == 1 ? " (is line 1 a header? skip it: --header-lines 1)" : ""));
                if (!std::isfinite(v))
                    throw IoError(at(line, c + 1) + "'" + std::string(f) +
                                  "' is not a finite number");
                features.push_back(v);
                continue;
            }
            if (opt.real_targets) {
                if (!ok || !std::isfinite(v))
                    throw IoError(at(line, c + 1) + "target '" + std::string(f) +
                                  "' is not a finite number (a regression needs real targets)");
                targets.push_back(v);
                labels.push_back(0);
                continue;
            }
            if (li == first) names = opt.label_names && (!ok || !opt.class_names.empty());
            if (names) {
                name_of_sample.emplace_back(f);
                labels.push_back(0);  // set below, once every name is known
                continue;
            }
            if (!ok || !(v >= 0.0) || v != std::floor(v) || v > 1e9)
                throw IoError(at(line, c + 1) + "label '" + std::string(f) +
                              "' is not a class number (a whole number ≥ 0)" +
                              (opt.label_names ? " like the labels before it" : ""));
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
    const std::size_t N = opt.has_labels ? C - 1 : C;  // ≥ 1: a line has at least one field
    const std::size_t M = N == 0 ? 0 : features.size() / N;
    Matrix X(N, M);
    for (std::size_t m = 0; m < M; ++m)
        for (std::size_t i = 0; i < N; ++i) X(i, m) = features[m * N + i];
    if (!opt.has_labels) return make_dataset(std::move(X), std::vector<std::size_t>(M, 0), 1, path);
    if (opt.real_targets) {
        Matrix Y(1, M);
        for (std::size_t m = 0; m < M; ++m) Y(0, m) = targets[m];
        return make_regression_dataset(std::move(X), std::move(Y), path);
    }
    if (!names) return make_dataset(std::move(X), std::move(labels), opt.num_classes, path);
    const std::vector<std::string> classes = class_names_of(name_of_sample, opt, name);
    for (std::size_t m = 0; m < M; ++m)
        labels[m] = static_cast<std::size_t>(
            std::find(classes.begin(), classes.end(), name_of_sample[m]) - classes.begin());
    return make_dataset(std::move(X), std::move(labels), classes.size(), path, classes);
}

std::string csv_field(const std::string& text, char delimiter) {
    if (text.find_first_of(std::string("\"\r\n") + delimiter) == std::string::npos &&
        trim(text).size() == text.size())
        return text;
    std::string quoted = "\"";
    for (char c : text) quoted += c == '"' ? "\"\"" : std::string(1, c);
    return quoted + "\"";
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
