#pragma once
// Checking a student's exercise (`make exercise-NN`): named checks, each comparing what the
// student's function returns with the library's own implementation on one case.
//
//   redes::app::ExerciseReport report(std::cout, "04", "w* = [Σ x_m x_mᵀ]⁻¹ [Σ y_m x_m]",
//                                     "chapters/04_linear/exercise.cpp");
//   report.check("N = 3, M = 10", [&] { return compare("w*", closed_form(X, y), expected, tol); });
//   return report.summary();  // the number of checks that failed
//
// A check passes when its body returns ""; otherwise the string says what is wrong. The body runs
// with checked indexing on (redes::CheckedIndexing, linalg/checked_indexing.hpp): an index past
// the end of a Vector, Matrix or Tensor3 becomes "index out of bounds: x[i]: index 5 outside a
// Vector of size 5 (valid 0 … 4)". Other exceptions thrown by the student's code are caught too:
// NotImplemented (the TODO is still there) becomes "not implemented yet", any other names its
// type and message. Every check prints one line, `PASS name` or `FAIL name: what is wrong`.
#include <cstddef>
#include <functional>
#include <iosfwd>
#include <string>
#include <vector>

#include "redes/linalg/matrix.hpp"
#include "redes/linalg/tensor3.hpp"
#include "redes/linalg/vector.hpp"

namespace redes::app {

class ExerciseReport {
public:
    // Prints the heading: the exercise's number, the formula it asks for, the file to edit.
    ExerciseReport(std::ostream& out, std::string number, const std::string& formula,
                   const std::string& file);

    // Runs body and prints `PASS name` when it returns "", else `FAIL name: <what it returned>`.
    void check(const std::string& name, const std::function<std::string()>& body);

    std::size_t passed() const { return passed_; }
    std::size_t failed() const { return failed_.size(); }
    // The names of the checks that failed, in order.
    const std::vector<std::string>& failed_names() const { return failed_; }

    // Prints "exercise NN: P of T checks pass" and returns the number that failed.
    std::size_t summary();

private:
    std::ostream& out_;
    std::string number_;
    std::size_t passed_ = 0;
    std::vector<std::string> failed_;
};

// "" when got has the shape of expected and every entry satisfies |got − expected| ≤ tol
// (NaN never does); otherwise names the first entry that does not (0-based indices, as in the
// code), its two values, and how many entries are off:
//   "r_{ℓ−1}[2]: expected 0.1234, got 0.5 (|difference| 0.38 > tolerance 1e-12); 3 of 5 entries off"
// and then what the whole result is, when it is one of these: "; every entry is exactly 8 ×
// expected" (one constant factor M ≠ 1, within tol·max(1, |M|); "(1/2)" added for M = 0.5),
// "; every entry is exactly −1 × expected: the sign is flipped", "; every entry is 0", and for
// matrices "; it is the transpose of what is expected" (or ": it is the transpose" after a
// shape that is the transposed one).
std::string compare(const std::string& what, double got, double expected, double tol);
std::string compare(const std::string& what, const Vector& got, const Vector& expected, double tol);
std::string compare(const std::string& what, const Matrix& got, const Matrix& expected, double tol);
std::string compare(const std::string& what, const Tensor3& got, const Tensor3& expected,
                    double tol);

// The first non-empty message of a list of comparisons ("" when all are empty).
std::string first_problem(const std::vector<std::string>& problems);

}  // namespace redes::app
