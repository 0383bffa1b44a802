#pragma once
// CSV(.gz) loader for classification data: one sample per line, numbers separated by commas,
// one column holding the class label. A .gz file is recognised by its content (gzip magic).
//
// A UTF-8 byte order mark at the start is skipped. A non-number on line 1 hints at a header
// ("is line 1 a header? skip it: --header-lines 1").
//
// A field may be quoted as RFC 4180 says: "a,b" is the text a,b and "say ""hi""" is say "hi"
// (csv_field writes them so); a quoted field does not span lines.
//
// Every error is an IoError naming the file, the line and (where it applies) the column,
// both counted from 1 as an editor shows them (lines of the decompressed text for .gz):
//   load_csv: data/x.csv, line 7, column 3: 'abc' is not a number
#include <cstddef>
#include <string>
#include <vector>

#include "redes/data/dataset.hpp"

namespace redes::data {

struct CsvOptions {
    // Lines skipped at the top before the data (sklearn's iris.csv: 1; digits.csv.gz: 0).
    std::size_t header_lines = 0;
    // 0-based column holding the label; negative counts from the end (−1 = the last column).
    int label_column = -1;
    // K, the number of classes. > 0: every label must be in 0…K−1. 0: K = largest label + 1,
    // which must then be at most max_inferred_classes (the one-hot Y is K×M: one corrupt label
    // such as 999999999 would otherwise ask for gigabytes); pass num_classes for more classes.
    std::size_t num_classes = 0;
    static constexpr std::size_t max_inferred_classes = 10000;
    char delimiter = ',';
    // Labels may be class names (setosa, versicolor, …): when the first data line's label is not
    // a number, or class_names is given (a model's), every label is a name; class k is the
    // k-th name of class_names when given, else of the distinct names sorted.
    // DataSet::class_names holds them.
    bool label_names = false;
    std::vector<std::string> class_names;
    // true: the label column holds a real number, the target of a regression: DataSet Y (1×M)
    // holds it (make_regression_dataset); a field that is not a finite number is refused.
    bool real_targets = false;
    // false: no label column, every column is a feature (inputs to predict); labels are all 0.
    bool has_labels = true;
};

// The data set of the file: X (N×M, samples as columns), labels, one-hot Y.
// Throws IoError for: a missing file, an empty file (no data lines), a line with a different
// number of columns than the first data line, a field that is not a finite number, a label that
// is not a whole number ≥ 0 or is not below num_classes (or, without num_classes, below
// CsvOptions::max_inferred_classes).
DataSet load_csv(const std::string& path, const CsvOptions& options = {});

// text as one CSV field (RFC 4180): as it is, or in double quotes with each " doubled when it
// holds a quote, the delimiter, a line break, or blanks at either end (which load_csv trims).
// load_csv reads csv_field(t) back as t.
std::string csv_field(const std::string& text, char delimiter = ',');

// The 8×8 handwritten digits shipped in data/: M = 1797, N = 64 (pixels 0…16), K = 10.
DataSet load_digits(const std::string& path = "data/digits.csv.gz");
// Fisher's iris shipped in data/: M = 150, N = 4 (cm), K = 3.
DataSet load_iris(const std::string& path = "data/iris.csv");

}  // namespace redes::data
