#include "redes/models/model_io.hpp"

#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <sstream>
#include <vector>

#include "redes/error.hpp"
#include "redes/io/atomic_write.hpp"

namespace redes {

namespace {

// The exact bits of v as a C99 hexfloat, e.g. 0x1.999999999999ap-4 (locale-independent).
std::string hexfloat(double v) {
    char buf[64];
    char* p = buf;
    if (std::signbit(v)) *p++ = '-';
    *p++ = '0';
    *p++ = 'x';
    const auto r = std::to_chars(p, buf + sizeof buf, std::abs(v), std::chars_format::hex);
    return std::string(buf, r.ptr);
}

// FNV-1a, 64 bits, of bytes: a flipped digit anywhere changes it (not a defence against
// someone who edits the file on purpose: they can recompute it).
std::uint64_t fnv1a64(const std::string& bytes) {
    std::uint64_t h = 0xcbf29ce484222325ULL;
    for (unsigned char c : bytes) {
        h ^= c;
        h *= 0x100000001b3ULL;
    }
    return h;
}

std::string hex16(std::uint64_t v) {
    char buf[17];
    std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(v));
    return buf;
}

// A hexfloat (exact) or a decimal number (for hand-written files); false if neither.
bool parse_number(const std::string& t, double& v) {
    std::string s = t;
    bool neg = false;
    if (!s.empty() && s[0] == '-') {
        neg = true;
        s.erase(0, 1);
    }
    auto fmt = std::chars_format::general;
    if (s.size() > 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) {
        s.erase(0, 2);
        fmt = std::chars_format::hex;
    }
    if (s.empty() || s[0] == '-' || s[0] == '+') return false;
    const auto r = std::from_chars(s.data(), s.data() + s.size(), v, fmt);
    if (r.ec != std::errc() || r.ptr != s.data() + s.size()) return false;
    if (neg) v = -v;
    return true;
}

void append_numbers(std::string& out, const double* p, std::size_t n) {
    for (std::size_t i = 0; i < n; ++i) {
        if (i) out += ' ';
        out += hexfloat(p[i]);
    }
    out += '\n';
}

void check_finite(const double* p, std::size_t n, const std::string& what, std::size_t cols) {
    for (std::size_t i = 0; i < n; ++i)
        if (!std::isfinite(p[i]))
            throw ValueError("save_mlp: " + what +
                             (cols ? "(" + std::to_string(i / cols + 1) + ", " +
                                         std::to_string(i % cols + 1) + ")"
                                   : "[" + std::to_string(i + 1) + "]") +
                             " = " + std::to_string(p[i]) + " is not finite; nothing was written");
}

// A note fits on its line of the file: the key one word without '#', the value one line.
// save_mlp writes only such notes and load_mlp accepts only such notes, so what loads saves.
bool writable_note(const std::string& key, const std::string& value) {
    return !key.empty() && key.find_first_of(" \t\r\n#") == std::string::npos &&
           value.find_first_of("\r\n") == std::string::npos;
}

// Reads the file line by line, skipping blank lines and '#' comments; knows the line number.
class Reader {
public:
    Reader(const std::string& path, const std::string& text)
        : path_(path), in_(text), bytes_(text.size()) {}

    // "load_mlp: PATH, line N: "
    std::string at(std::size_t line) const {
        return "load_mlp: " + path_ + ", line " + std::to_string(line) + ": ";
    }
    std::size_t line() const { return line_; }

    // The next significant line split into words; false at the end of the file.
    bool next(std::vector<std::string>& words) {
        std::string s;
        while (std::getline(in_, s)) {
            ++line_;
            if (!s.empty() && s.back() == '\r') s.pop_back();
            std::istringstream ws(s);
            words.clear();
            for (std::string w; ws >> w;) words.push_back(w);
            if (!words.empty() && words[0][0] != '#') {
                raw_ = s;
                return true;
            }
        }
        ++line_;  // the end of the file is reported as the line after the last one
        return false;
    }
    // As next(), but the end of the file is an error naming what was expected.
    std::vector<std::string> expect(const std::string& what) {
        std::vector<std::string> w;
        if (!next(w))
            throw IoError(at(line_) + "unexpected end of file, expected " + what +
                          " (file truncated?)");
        return w;
    }
    const std::string& raw() const { return raw_; }
    // The size of the whole file: no table in it can hold more than bytes()/2 numbers.
    std::size_t bytes() const { return bytes_; }

private:
    std::string path_;
    std::istringstream in_;
    std::size_t bytes_;
    std::size_t line_ = 0;
    std::string raw_;
};

std::size_t parse_count(Reader& r, const std::string& word, const std::string& what) {
    std::size_t v = 0;
    const auto res = std::from_chars(word.data(), word.data() + word.size(), v);
    if (res.ec != std::errc() || res.ptr != word.data() + word.size())
        throw IoError(r.at(r.line()) + what + ": '" + word + "' is not a whole number ≥ 0");
    return v;
}

// The n numbers of words[first…], named "what, value j" in messages.
std::vector<double> parse_numbers(Reader& r, const std::vector<std::string>& words,
                                  std::size_t first, std::size_t n, const std::string& what) {
    if (words.size() - first != n)
        throw IoError(r.at(r.line()) + what + ": " + std::to_string(words.size() - first) +
                      " numbers, expected " + std::to_string(n));
    std::vector<double> v(n);
    for (std::size_t j = 0; j < n; ++j) {
        const std::string& t = words[first + j];
        const std::string where = what + ", value " + std::to_string(j + 1) + ": ";
        if (!parse_number(t, v[j]))
            throw IoError(r.at(r.line()) + where + "'" + t + "' is not a number");
        if (!std::isfinite(v[j]))
            throw IoError(r.at(r.line()) + where + "'" + t + "' is not finite");
    }
    return v;
}

void expect_keyword(Reader& r, const std::vector<std::string>& w, const std::string& keyword,
                    std::size_t words, const std::string& form) {
    if (w[0] != keyword || w.size() != words)
        throw IoError(r.at(r.line()) + "expected '" + form + "', found '" + r.raw() + "'");
}

// The checked body of a version-2 file: everything before its last line
// "checksum fnv1a64 <16 hex digits>", which must match FNV-1a of that body.
std::string verified_body(const std::string& path, const std::string& text) {
    const std::string where = "load_mlp: " + path + ": ";
    std::size_t end = text.size();
    while (end > 0 && (text[end - 1] == '\n' || text[end - 1] == '\r')) --end;
    const std::size_t start = text.rfind('\n', end == 0 ? 0 : end - 1);
    const std::size_t line_at = start == std::string::npos ? 0 : start + 1;
    const std::string last = text.substr(line_at, end - line_at);
    const std::string tag = "checksum fnv1a64 ";
    if (last.compare(0, tag.size(), tag) != 0 || last.size() != tag.size() + 16 ||
        last.find_first_not_of("0123456789abcdef", tag.size()) != std::string::npos)
        throw IoError(where + "the last line is not 'checksum fnv1a64 <16 hex digits>' " +
                      "(file truncated or damaged?)");
    std::string body = text.substr(0, line_at);
    const std::string stored = last.substr(tag.size()), actual = hex16(fnv1a64(body));
    if (stored != actual)
        throw IoError(where + "checksum " + actual + " of the content differs from the stored " +
                      stored + ": the file was damaged or edited (a digit changed?)");
    return body;
}

// The header line "redes-mlp V": the version, 1 (no checksum) or 2.
int read_version(Reader& r, const std::string& path) {
    const std::string header = "redes-mlp " + std::to_string(mlp_file_version);
    std::vector<std::string> w;
    if (!r.next(w)) throw IoError("load_mlp: " + path + ": empty file, expected '" + header + "'");
    if (w[0] != "redes-mlp" || w.size() != 2)
        throw IoError(r.at(r.line()) + "not a redes model file: expected '" + header +
                      "', found '" + r.raw() + "'");
    if (w[1] != "1" && w[1] != std::to_string(mlp_file_version))
        throw IoError(r.at(r.line()) + "format version " + w[1] +
                      ", this build reads versions 1 and " + std::to_string(mlp_file_version));
    return w[1] == "1" ? 1 : mlp_file_version;
}

// A metadata line "note KEY VALUE": the value is the rest of the line, blanks trimmed.
void read_note(Reader& r, const std::vector<std::string>& w, ModelMetadata& meta) {
    const std::string& s = r.raw();
    const std::size_t key_at = s.find(w[1], s.find("note") + 4);
    std::string value = s.substr(key_at + w[1].size());
    value.erase(0, value.find_first_not_of(" \t"));
    value.erase(value.find_last_not_of(" \t") + 1);
    if (!writable_note(w[1], value))
        throw IoError(r.at(r.line()) + "note '" + w[1] +
                      "': the key must be one word without '#', the value one line");
    meta.notes[w[1]] = value;
}

// Metadata lines (num_classes, mean, stddev, note, state) in any order, until "L"; returns the
// words of the "L" line. mean_line: where the means were (for a later size message).
std::vector<std::string> read_metadata(Reader& r, ModelMetadata& meta, std::size_t& mean_line) {
    for (;;) {
        std::vector<std::string> w = r.expect("'L <number of layers>'");
        if (w[0] == "L") return w;
        if (w[0] == "num_classes" && w.size() == 2) {
            meta.num_classes = parse_count(r, w[1], "num_classes");
        } else if (w[0] == "mean" && w.size() >= 2) {
            meta.mean = Vector(parse_numbers(r, w, 2, parse_count(r, w[1], "mean count"), "mean"));
            mean_line = r.line();
        } else if (w[0] == "stddev" && w.size() >= 2) {
            const std::size_t n = parse_count(r, w[1], "stddev count");
            Vector v(parse_numbers(r, w, 2, n, "stddev"));
            for (std::size_t i = 0; i < n; ++i)
                if (!(v[i] > 0.0))
                    throw IoError(r.at(r.line()) + "stddev, value " + std::to_string(i + 1) +
                                  ": s = " + std::to_string(v[i]) + " must be > 0");
            meta.stddev = std::move(v);
        } else if (w[0] == "note" && w.size() >= 2) {
            read_note(r, w, meta);
        } else if (w[0] == "state" && w.size() >= 3 && writable_note(w[1], "")) {
            const std::size_t n = parse_count(r, w[2], "state " + w[1] + " count");
            meta.state[w[1]] = Vector(parse_numbers(r, w, 3, n, "state " + w[1]));
        } else {
            throw IoError(r.at(r.line()) + "unknown line '" + r.raw() +
                          "' (expected num_classes, mean, stddev, note, state or L)");
        }
    }
}

// "N N_0 … N_L" after "L <L>": the widths, each ≥ 1.
std::vector<std::size_t> read_widths(Reader& r, const std::vector<std::string>& Lw) {
    if (Lw.size() != 2)
        throw IoError(r.at(r.line()) + "expected 'L <number of layers>', found '" + r.raw() + "'");
    const std::size_t L = parse_count(r, Lw[1], "L");
    if (L == 0) throw IoError(r.at(r.line()) + "L = 0, a network needs at least one layer");
    const std::vector<std::string> w = r.expect("'N' and " + std::to_string(L + 1) + " widths");
    // L + 1 widths after "N" (said without L + 2, which wraps to 1 for L = 2⁶⁴ − 1)
    if (w[0] != "N" || w.size() < 2 || w.size() - 2 != L)
        throw IoError(r.at(r.line()) + "expected 'N' and " + std::to_string(L + 1) +
                      " widths N_0 … N_" + std::to_string(L) + ", found '" + r.raw() + "'");
    std::vector<std::size_t> N;
    for (std::size_t l = 0; l <= L; ++l) {
        N.push_back(parse_count(r, w[l + 1], "N_" + std::to_string(l)));
        if (N.back() == 0) throw IoError(r.at(r.line()) + "width N_" + std::to_string(l) + " is 0");
    }
    return N;
}

// "layer ℓ <activation> [α]"
Activation read_activation(Reader& r, const std::string& ell) {
    const std::vector<std::string> w = r.expect("'layer " + ell + " <activation>'");
    if (w[0] != "layer" || w.size() < 3 || w.size() > 4 || w[1] != ell)
        throw IoError(r.at(r.line()) + "expected 'layer " + ell + " <activation>', found '" +
                      r.raw() + "'");
    if (w[2] == "leaky_relu" && w.size() == 4)
        return Activation::leaky_relu(parse_numbers(r, w, 3, 1, "α of layer " + ell)[0]);
    if (w.size() != 3)
        throw IoError(r.at(r.line()) + "activation '" + w[2] + "' takes no parameter, found '" +
                      r.raw() + "'");
    try {
        return Activation::from_name(w[2]);
    } catch (const ValueError& e) {
        throw IoError(r.at(r.line()) + e.what());
    }
}

// Layer ℓ: its σ_ℓ, "W N_ℓ N_{ℓ−1}" and its rows, "b N_ℓ" and its numbers.
Layer read_layer(Reader& r, std::size_t l, const std::vector<std::size_t>& N) {
    const std::string ell = std::to_string(l);
    const Activation sigma = read_activation(r, ell);
    const std::string rows = std::to_string(N[l]), cols = std::to_string(N[l - 1]);
    std::vector<std::string> w = r.expect("'W " + rows + " " + cols + "' of layer " + ell);
    expect_keyword(r, w, "W", 3, "W " + rows + " " + cols);
    if (w[1] != rows || w[2] != cols)
        throw IoError(r.at(r.line()) + "W_" + ell + " is " + w[1] + "×" + w[2] +
                      ", the widths N say " + rows + "×" + cols);
    // A corrupt size must not allocate what the file cannot hold: every number takes at least
    // 2 bytes (a digit and a blank), so R·C ≤ bytes/2 (written as R ≤ (bytes/2)/C: no overflow).
    if (N[l] > r.bytes() / 2 / N[l - 1])
        throw IoError(r.at(r.line()) + "W_" + ell + " is " + rows + "×" + cols +
                      ": that many numbers cannot " + "fit in the " + std::to_string(r.bytes()) +
                      " bytes of the file (corrupt or truncated?)");
    Matrix W(N[l], N[l - 1]);
    for (std::size_t i = 0; i < N[l]; ++i) {
        const std::string what = "W_" + ell + " row " + std::to_string(i + 1);
        w = r.expect(what + " of " + rows);
        const std::vector<double> v = parse_numbers(r, w, 0, N[l - 1], what);
        std::copy(v.begin(), v.end(), W.row_ptr(i));
    }
    w = r.expect("'b " + rows + "' of layer " + ell);
    expect_keyword(r, w, "b", 2, "b " + rows);
    if (w[1] != rows)
        throw IoError(r.at(r.line()) + "b_" + ell + " has size " + w[1] + ", the widths N say " +
                      rows);
    w = r.expect("the " + rows + " numbers of b_" + ell);
    Vector b(parse_numbers(r, w, 0, N[l], "b_" + ell));
    return Layer{std::move(W), std::move(b), sigma};
}

}  // namespace

void save_mlp(const std::string& path, const MLP& net, const ModelMetadata& meta) {
    if (net.L() == 0) throw ValueError("save_mlp: " + path + ": the network has no layers");
    if (meta.mean.size() != meta.stddev.size() ||
        (!meta.mean.empty() && meta.mean.size() != net.input_size()))
        throw ShapeError("save_mlp: standardisation with " + std::to_string(meta.mean.size()) +
                         " means and " + std::to_string(meta.stddev.size()) +
                         " standard deviations for N_0 = " + std::to_string(net.input_size()) +
                         " inputs");
    std::string out = "redes-mlp " + std::to_string(mlp_file_version) + "\n";
    out += "# A multilayer perceptron saved by redes::save_mlp (src/redes/models/model_io.hpp).\n";
    out += "# Numbers are C99 hexfloats (0x1.8p+1 = 3): they read back to the same bits.\n";
    if (meta.num_classes) out += "num_classes " + std::to_string(meta.num_classes) + "\n";
    if (!meta.mean.empty()) {
        check_finite(meta.mean.data(), meta.mean.size(), "mean", 0);
        check_finite(meta.stddev.data(), meta.stddev.size(), "stddev", 0);
        for (std::size_t i = 0; i < meta.stddev.size(); ++i)
            if (!(meta.stddev[i] > 0.0))
                throw ValueError("save_mlp: stddev[" + std::to_string(i + 1) +
                                 "] = " + std::to_string(meta.stddev[i]) +
                                 " must be > 0; nothing was written");
        out += "mean " + std::to_string(meta.mean.size()) + " ";
        append_numbers(out, meta.mean.data(), meta.mean.size());
        out += "stddev " + std::to_string(meta.stddev.size()) + " ";
        append_numbers(out, meta.stddev.data(), meta.stddev.size());
    }
    for (const auto& [key, value] : meta.notes) {
        if (!writable_note(key, value))
            throw ValueError("save_mlp: note '" + key + "' = '" + value +
                             "': the key must be one word (no blanks, no '#'), the value one line");
        out += "note " + key + (value.empty() ? "" : " " + value) + "\n";
    }
    for (const auto& [key, v] : meta.state) {
        if (!writable_note(key, ""))
            throw ValueError("save_mlp: state '" + key +
                             "': the name must be one word (no blanks, no '#')");
        check_finite(v.data(), v.size(), "state " + key, 0);
        out += "state " + key + " " + std::to_string(v.size()) + (v.empty() ? "" : " ");
        append_numbers(out, v.data(), v.size());
    }
    out += "L " + std::to_string(net.L()) + "\nN";
    for (std::size_t n : net.N()) out += " " + std::to_string(n);
    out += "\n";
    for (std::size_t l = 1; l <= net.L(); ++l) {
        const std::string ell = std::to_string(l);
        const Matrix& W = net.W(l);
        const Vector& b = net.b(l);
        check_finite(W.data(), W.size(), "W_" + ell, W.cols());
        check_finite(b.data(), b.size(), "b_" + ell, 0);
        const Activation& s = net.sigma(l);
        out += "layer " + ell + " ";
        out +=
            s.kind() == ActivationKind::leaky_relu ? "leaky_relu " + hexfloat(s.alpha()) : s.name();
        out += "\nW " + std::to_string(W.rows()) + " " + std::to_string(W.cols()) + "\n";
        for (std::size_t i = 0; i < W.rows(); ++i) append_numbers(out, W.row_ptr(i), W.cols());
        out += "b " + std::to_string(b.size()) + "\n";
        append_numbers(out, b.data(), b.size());
    }
    out += "end\n";
    out += "checksum fnv1a64 " + hex16(fnv1a64(out)) + "\n";
    io::write_file_atomic(path, out);
}

// The file's parts in order: version (and checksum), metadata, widths, layers, "end".
MLPFile load_mlp(const std::string& path) {
    std::string text = io::read_file(path);
    if (text.compare(0, 12, "redes-mlp 2\n") == 0) text = verified_body(path, text);
    Reader r(path, text);
    read_version(r, path);
    MLPFile f;
    std::size_t mean_line = 0;
    const std::vector<std::string> Lw = read_metadata(r, f.meta, mean_line);
    const std::vector<std::size_t> N = read_widths(r, Lw);
    const ModelMetadata& meta = f.meta;
    if (meta.mean.size() != meta.stddev.size() || (!meta.mean.empty() && meta.mean.size() != N[0]))
        throw IoError(r.at(mean_line ? mean_line : r.line()) + "standardisation with " +
                      std::to_string(meta.mean.size()) + " means and " +
                      std::to_string(meta.stddev.size()) +
                      " standard deviations for N_0 = " + std::to_string(N[0]) + " inputs");
    std::vector<Layer> layers;
    for (std::size_t l = 1; l < N.size(); ++l) layers.push_back(read_layer(r, l, N));
    std::vector<std::string> w = r.expect("'end'");
    if (w.size() != 1 || w[0] != "end")
        throw IoError(r.at(r.line()) + "expected 'end' after layer " +
                      std::to_string(N.size() - 1) + ", found '" + r.raw() + "'");
    if (r.next(w)) throw IoError(r.at(r.line()) + "text after 'end': '" + r.raw() + "'");
    f.net = MLP(std::move(layers));
    return f;
}

}  // namespace redes
