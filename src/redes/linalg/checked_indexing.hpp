#pragma once
// Checked indexing: while a CheckedIndexing object lives, x[i] (Vector), A(i, j) (Matrix) and
// T(i, j, k) (Tensor3) check their indices and throw IndexError naming the index and the size;
// otherwise they do not check (the library's loops). `make exercise-NN` runs the student's code
// in this mode (redes::app::ExerciseReport::check), so an index past the end is a FAIL line that
// names it, not a crash or a silently wrong number — A(0, N) inside an N-column matrix reads
// A(1, 0) without it, which no std::vector check sees.
//
//   { redes::CheckedIndexing on;  x[x.size()];  }   // throws IndexError("x[i]: index 3 …")
//
// Why a run-time switch and not a macro: the accessors are inline, so a macro that compiled them
// checked in the exercise objects and unchecked in the library would give one inline function two
// definitions — an ODR violation, after which the linker keeps one of them, checked or not, for
// every caller. One definition that reads a flag is the same in every object file; off, it costs
// a load and a predictable branch. (The accessors read data_.data()[…], not std::vector's
// operator[], so they do not depend on -D_GLIBCXX_ASSERTIONS either.)
// The flag is process-wide: switch it while no other thread is indexing (the checker does).
#include <cstddef>

namespace redes {

namespace detail {

// A plain bool, not std::atomic: a relaxed atomic load cannot be hoisted out of a loop, and
// that alone cost 15–20 % of the training throughput (make bench, digits MLP). A bool
// cannot alias the doubles a loop writes, so the compiler reads it once per loop.
inline bool checked_indexing = false;

inline bool indexing_checked() noexcept { return checked_indexing; }

// The IndexError of each accessor: "x[i]: index 5 outside a Vector of size 5 (valid 0 … 4)", …
[[noreturn]] void vector_index_error(std::size_t i, std::size_t n);
[[noreturn]] void matrix_index_error(std::size_t i, std::size_t j, std::size_t rows,
                                     std::size_t cols);
[[noreturn]] void tensor3_index_error(std::size_t i, std::size_t j, std::size_t k, std::size_t n0,
                                      std::size_t n1, std::size_t n2);

}  // namespace detail

// Checked indexing on for the lifetime of the object (restores the previous mode after).
class CheckedIndexing {
public:
    CheckedIndexing() : was_(detail::checked_indexing) { detail::checked_indexing = true; }
    ~CheckedIndexing() { detail::checked_indexing = was_; }
    CheckedIndexing(const CheckedIndexing&) = delete;
    CheckedIndexing& operator=(const CheckedIndexing&) = delete;

private:
    bool was_;
};

}  // namespace redes
