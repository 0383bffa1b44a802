#include "redes/plot/palette.hpp"

namespace redes::plot {

const char* colour(std::size_t k) {
    static const char* const tab[palette_size] = {"#1f77b4", "#ff7f0e", "#2ca02c", "#d62728",
                                                  "#9467bd", "#8c564b", "#e377c2", "#17becf"};
    return tab[k % palette_size];
}

std::string line_colour(std::size_t k) { return std::string("lc rgb '") + colour(k) + "'"; }

}  // namespace redes::plot
