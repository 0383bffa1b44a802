#include "redes/app/exercise.hpp"

#include <algorithm>
#include <cmath>
#include <exception>
#include <ostream>
#include <typeinfo>
#include <utility>

#if defined(__GNUG__)
#include <cxxabi.h>

#include <cstdlib>
#endif

#include "redes/error.hpp"
#include "redes/linalg/checked_indexing.hpp"
#include "redes/text.hpp"

namespace redes::app {

namespace {

// Values in messages: 12 significant digits, enough to see a difference of 1e-12 relative.
std::string num(double v) { return redes::num(v, "%.12g"); }

// "redes::ShapeError" rather than the mangled "N5redes10ShapeErrorE".
std::string type_name(const std::exception& e) {
    const char* raw = typeid(e).name();
#if defined(__GNUG__)
    int status = 0;
    char* readable = abi::__cxa_demangle(raw, nullptr, nullptr, &status);
    if (status == 0 && readable) {
        std::string name = readable;
        std::free(readable);
        return name;
    }
#endif
    return raw;
}

// |got − expected| ≤ tol, false for NaN.
bool within(double got, double expected, double tol) { return std::abs(got - expected) <= tol; }

// The message for the first entry off, at `where` (e.g. "[2]" or "(1, 2)").
std::string off_message(const std::string& what, const std::string& where, double got,
                        double expected, double tol, std::size_t off, std::size_t total) {
    std::string m = what + where + ": expected " + num(expected) + ", got " + num(got) +
                    " (|difference| " + redes::num(std::abs(got - expected), "%.2g") +
                    " > tolerance " + redes::num(tol, "%.2g") + ")";
    if (total > 1)
        m += "; " + std::to_string(off) + " of " + std::to_string(total) + " entries off";
    return m;
}

// When every entry of got is one M × the entry of want (within tol·max(1, |M|), at least two
// entries of want not 0, M ≠ 1), says so: "; every entry is exactly 0.5 × expected (1/2)". A
// factor that is off by a constant (a missing 1/2, a doubled gradient, a sum for a mean) or a
// flipped sign then shows at once, not as one wrong entry among many.
template <class Got, class Want>
std::string ratio_note(std::size_t n, Got got, Want want, double tol) {
    std::size_t p = 0, nonzero = 0;
    for (std::size_t i = 0; i < n; ++i) {
        if (std::abs(want(i)) > std::abs(want(p))) p = i;
        nonzero += std::abs(want(i)) > tol;
    }
    if (nonzero < 2) return "";
    const double M = got(p) / want(p);
    if (!std::isfinite(M)) return "";
    for (std::size_t i = 0; i < n; ++i)
        if (!within(got(i), M * want(i), tol * std::max(1.0, std::abs(M)))) return "";
    if (std::abs(M) <= 1e-12) return "; every entry is 0";
    if (std::abs(M + 1.0) <= 1e-9)
        return "; every entry is exactly −1 × expected: the sign is flipped";
    std::string note = "; every entry is exactly " + redes::num(M, "%.6g") + " × expected";
    const double k = std::round(1.0 / M);
    if (std::abs(M) < 1.0 && std::abs(k) >= 2.0 && std::abs(1.0 / M - k) <= 1e-9 * std::abs(k))
        note += " (1/" + redes::num(k, "%.0f") + ")";
    return note;
}

// Compares n values read through get(i) / want(i); where(i) names entry i.
template <class Got, class Want, class Where>
std::string compare_entries(const std::string& what, std::size_t n, Got got, Want want, Where where,
                            double tol) {
    std::size_t first = n, off = 0;
    for (std::size_t i = 0; i < n; ++i)
        if (!within(got(i), want(i), tol)) {
            if (first == n) first = i;
            ++off;
        }
    if (off == 0) return "";
    return off_message(what, where(first), got(first), want(first), tol, off, n) +
           ratio_note(n, got, want, tol);
}

// "" unless got is the transpose of expected (within tol) and expected is not all 0s.
std::string transpose_note(const Matrix& got, const Matrix& expected, double tol) {
    if (got.rows() != expected.cols() || got.cols() != expected.rows()) return "";
    if (max_abs(expected) <= tol) return "";
    for (std::size_t i = 0; i < got.rows(); ++i)
        for (std::size_t j = 0; j < got.cols(); ++j)
            if (!within(got(i, j), expected(j, i), tol)) return "";
    return "it is the transpose of what is expected";
}

}  // namespace

ExerciseReport::ExerciseReport(std::ostream& out, std::string number, const std::string& formula,
                               const std::string& file)
    : out_(out), number_(std::move(number)) {
    out_ << "exercise " << number_ << ": " << formula << "\n"
         << "your code: " << file << " (indices below are 0-based, as in C++)\n";
}

void ExerciseReport::check(const std::string& name, const std::function<std::string()>& body) {
    std::string problem;
    try {
        const CheckedIndexing checked;  // x[i], A(i, j), T(i, j, k) throw IndexError past the end
        problem = body();
    } catch (const NotImplemented& e) {
        problem = std::string("not implemented yet (") + e.what() + ")";
    } catch (const IndexError& e) {
        problem = std::string("index out of bounds: ") + e.what();
    } catch (const std::exception& e) {
        problem = "threw " + type_name(e) + ": " + e.what();
    } catch (...) {
        problem = "threw something that is not a std::exception";
    }
    if (problem.empty()) {
        ++passed_;
        out_ << "PASS " << name << "\n";
    } else {
        failed_.push_back(name);
        out_ << "FAIL " << name << ": " << problem << "\n";
    }
}

std::size_t ExerciseReport::summary() {
    const std::size_t total = passed_ + failed_.size();
    if (failed_.empty()) out_ << "exercise " << number_ << ": all " << total << " checks pass\n";
    else
        out_ << "exercise " << number_ << ": " << passed_ << " of " << total << " checks pass, "
             << failed_.size() << " fail\n";
    out_.flush();
    return failed_.size();
}

std::string compare(const std::string& what, double got, double expected, double tol) {
    if (within(got, expected, tol)) return "";
    return off_message(what, "", got, expected, tol, 1, 1);
}

std::string compare(const std::string& what, const Vector& got, const Vector& expected,
                    double tol) {
    if (got.size() != expected.size())
        return what + ": expected " + std::to_string(expected.size()) + " entries, got " +
               std::to_string(got.size());
    return compare_entries(
        what, got.size(), [&](std::size_t i) { return got[i]; },
        [&](std::size_t i) { return expected[i]; },
        [](std::size_t i) { return "[" + std::to_string(i) + "]"; }, tol);
}

std::string compare(const std::string& what, const Matrix& got, const Matrix& expected,
                    double tol) {
    if (got.rows() != expected.rows() || got.cols() != expected.cols())
        return what + ": expected shape " + shape_str(expected.rows(), expected.cols()) + ", got " +
               shape_str(got.rows(), got.cols()) +
               (transpose_note(got, expected, tol).empty() ? "" : ": it is the transpose");
    const std::size_t cols = got.cols();
    const std::string problem = compare_entries(
        what, got.size(), [&](std::size_t i) { return got.data()[i]; },
        [&](std::size_t i) { return expected.data()[i]; },
        [cols](std::size_t i) {
            return "(" + std::to_string(i / cols) + ", " + std::to_string(i % cols) + ")";
        },
        tol);
    if (problem.empty() || got.rows() < 2) return problem;
    const std::string transposed = transpose_note(got, expected, tol);
    return transposed.empty() ? problem : problem + "; " + transposed;
}

std::string compare(const std::string& what, const Tensor3& got, const Tensor3& expected,
                    double tol) {
    if (got.dim0() != expected.dim0() || got.dim1() != expected.dim1() ||
        got.dim2() != expected.dim2())
        return what + ": expected shape " + std::to_string(expected.dim0()) + "×" +
               std::to_string(expected.dim1()) + "×" + std::to_string(expected.dim2()) + ", got " +
               std::to_string(got.dim0()) + "×" + std::to_string(got.dim1()) + "×" +
               std::to_string(got.dim2());
    const std::size_t n1 = got.dim1(), n2 = got.dim2();
    return compare_entries(
        what, got.size(), [&](std::size_t i) { return got.data()[i]; },
        [&](std::size_t i) { return expected.data()[i]; },
        [n1, n2](std::size_t i) {
            return "(" + std::to_string(i / (n1 * n2)) + ", " + std::to_string((i / n2) % n1) +
                   ", " + std::to_string(i % n2) + ")";
        },
        tol);
}

std::string first_problem(const std::vector<std::string>& problems) {
    for (const auto& p : problems)
        if (!p.empty()) return p;
    return "";
}

}  // namespace redes::app
