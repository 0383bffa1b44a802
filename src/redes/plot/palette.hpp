#pragma once
// Colours for series that have no colour of their own (one curve per width, per depth, per η):
// matplotlib's "tab10" cycle without its grey and olive (grey reads as a reference line, olive
// is hard to see on white), so colour(0) is always the same blue in every chapter.
//   fig.line(label, x, y, "lines lw 2 lc rgb '" + std::string(colour(k)) + "'")
//   fig.line(label, x, y, "lines lw 2 " + line_colour(k))          (the same)
#include <cstddef>
#include <string>

namespace redes::plot {

// How many colours before the cycle repeats.
constexpr std::size_t palette_size = 8;

// "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#17becf",
// then again from the first (k mod 8).
const char* colour(std::size_t k);

// gnuplot's "lc rgb '#…'" for colour(k).
std::string line_colour(std::size_t k);

}  // namespace redes::plot
