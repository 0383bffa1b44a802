#pragma once
// Typed errors. Every message names the operation and the offending values,
// e.g. "matmul: (3×4)·(5×2): 4 ≠ 5".
#include <stdexcept>
#include <string>

namespace redes {

// Base of every error the library throws on purpose.
struct Error : std::runtime_error {
    using std::runtime_error::runtime_error;
};
// Operands whose shapes do not fit the operation.
struct ShapeError : Error {
    using Error::Error;
};
// An index outside the object.
struct IndexError : Error {
    using Error::Error;
};
// A value outside the domain the operation accepts (η ≤ 0, M' = 0, NaN input...).
struct ValueError : Error {
    using Error::Error;
};
// A linear system with no unique solution.
struct SingularMatrixError : Error {
    using Error::Error;
};
// Training produced NaN or Inf.
struct DivergenceError : Error {
    using Error::Error;
};
// Reading or writing a file failed; the message names the file (and line/column when parsing).
struct IoError : Error {
    using Error::Error;
};
// A resource limit the caller can raise (memory of the literal backprop path).
struct LimitError : Error {
    using Error::Error;
};
// An exercise's function still holds its TODO (chapters/NN_name/exercise.cpp); the checker
// (make exercise-NN) reports it as "not implemented yet".
struct NotImplemented : Error {
    using Error::Error;
};

// "(3×4)" — the shape notation used in every message.
std::string shape_str(std::size_t rows, std::size_t cols);

}  // namespace redes
