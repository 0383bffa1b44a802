#pragma once
// Files are written whole or not at all: the content goes to "PATH.tmp.<pid>" and is renamed
// onto PATH only after it was flushed without error, so a crash never leaves half a file.
#include <string>

namespace redes::io {

// Writes content to path atomically; throws IoError naming the file on failure.
void write_file_atomic(const std::string& path, const std::string& content);
// Creates the directory and its parents when missing; throws IoError on failure.
void make_directories(const std::string& dir);
// The whole content of a file; throws IoError naming the file when it cannot be read.
std::string read_file(const std::string& path);

}  // namespace redes::io
