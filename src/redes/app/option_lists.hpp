#pragma once
// Comma-separated option values for the chapters, checked like every option (redes::app::require:
// a ValueError "option --NAME: VALUE must be WHAT", so the program exits with one clear line):
//   --widths 1,2,4,8        parse_size_list("widths", "1,2,4,8", 1, 256)        → {1, 2, 4, 8}
//   --activations relu,tanh parse_name_list("activations", "relu,tanh", {...}) → {"relu", "tanh"}
//   --widths 64,64          parse_hidden_widths("widths", "64,64")              → {64, 64}
#include <cstddef>
#include <string>
#include <vector>

namespace redes::app {

// Whole numbers in [lo, hi], at least one, no repeats, in the order given.
std::vector<std::size_t> parse_size_list(const std::string& option, const std::string& text,
                                         std::size_t lo, std::size_t hi);

// The hidden widths N_1 … N_{L−1} of one network: whole numbers in [1, hi], repeats allowed
// (64,64), and "" or "none" for no hidden layer (a linear model).
std::vector<std::size_t> parse_hidden_widths(const std::string& option, const std::string& text,
                                             std::size_t hi = 100000);

// Names out of `allowed`, at least one, no repeats, in the order given.
std::vector<std::string> parse_name_list(const std::string& option, const std::string& text,
                                         const std::vector<std::string>& allowed);

}  // namespace redes::app
