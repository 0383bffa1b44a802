#pragma once
// Checks of the options every program shares, made before any work so that a bad value is one
// line naming the option (redes::app::require, ValueError "option --NAME: VALUE must be …"),
// not an error after minutes of training:
//   parse_seed("seed", "-1")                → option --seed: -1 must be a whole number 0…18446744073709551615
//   require_output_folder("out", "a/file/x") → option --out: 'a/file/x' must be a folder that can be created
//                                              and written (mkdir a/file/x: Not a directory)
//   require_output_file("save", "no/dir/m.txt") → option --save: 'no/dir/m.txt' must be a file in a
//                                              folder that exists and can be written (…)
#include <cstdint>
#include <string>

namespace redes::app {

// A seed: a whole number 0 … 2⁶⁴−1, written in decimal ("-1" is refused, not wrapped around).
std::uint64_t parse_seed(const std::string& option, const std::string& text);

// "" when folder can be written (access W_OK), else the reason, strerror of access()'s errno:
// not_writable("a-file/sub") = "Not a directory", also for root, for whom access() passes on
// every existing folder.
std::string not_writable(const std::string& folder);

// A folder the program writes into: created when missing, then it must be writable.
void require_output_folder(const std::string& option, const std::string& folder);

// A file the program writes: not a folder, and its folder exists and is writable.
void require_output_file(const std::string& option, const std::string& path);

}  // namespace redes::app
