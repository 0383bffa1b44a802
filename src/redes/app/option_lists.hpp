#pragma once
// Comma-separated option values for the chapters, checked like every option (redes::app::require:
// a ValueError "option --NAME: VALUE must be WHAT", so the program exits with one clear line):
//   --widths 1,2,4,8        parse_size_list("widths", "1,2,4,8", 1, 256)        → {1, 2, 4, 8}
//   --activations relu,tanh parse_name_list("activations", "relu,tanh", {...}) → {"relu", "tanh"}
#include <cstddef>
#include <string>
#include <vector>

namespace redes::app {

// Whole numbers in [lo, hi], at least one, no repeats, in the order given.
std::vector<std::size_t> parse_size_list(const std::string& option, const std::string& text,
                                         std::size_t lo, std::size_t hi);

// Names out of `allowed`, at least one, no repeats, in the order given.
std::vector<std::string> parse_name_list(const std::string& option, const std::string& text,
                                         const std::vector<std::string>& allowed);

}  // namespace redes::app
