#include "redes/error.hpp"

namespace redes {

std::string shape_str(std::size_t rows, std::size_t cols) {
    return "(" + std::to_string(rows) + "×" + std::to_string(cols) + ")";
}

}  // namespace redes
