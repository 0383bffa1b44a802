#include "redes/plot/gnuplot_text.hpp"

namespace redes::plot {

std::string literal_text(const std::string& name) {
    std::string out;
    for (char c : name) {
        // subscript and superscript marks of enhanced text ("help enhanced"); Figure writes
        // labels in single quotes, where the backslash reaches the enhanced-text parser as is
        if (c == '_' || c == '^') out += '\\';
        out += c;
    }
    return out;
}

}  // namespace redes::plot
