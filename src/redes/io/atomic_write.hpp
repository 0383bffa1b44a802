#pragma once
// Files are written whole or not at all, and never through someone else's file:
//   1. the content goes to a new temporary "PATH.tmp.XXXXXX" in PATH's folder, created by
//      mkstemp (O_CREAT | O_EXCL: it cannot be an existing file or a planted symlink),
//   2. the temporary is fsync'ed, then renamed onto PATH (atomic on POSIX file systems),
//   3. the folder is fsync'ed, so that the new name survives a power cut.
// On any failure the temporary is removed and PATH is left as it was. A save killed between
// 1 and 2 (kill -9, power cut) leaves its temporary behind: stale_temporaries() finds them.
#include <string>
#include <vector>

namespace redes::io {

// Writes content to path atomically; throws IoError naming the file on failure.
void write_file_atomic(const std::string& path, const std::string& content);
// The temporaries "PATH.tmp.*" an interrupted write_file_atomic(path, …) left in path's folder
// (sorted). They are only reported: a running save of another process may own one.
std::vector<std::string> stale_temporaries(const std::string& path);
// Creates the directory and its parents when missing; throws IoError on failure.
void make_directories(const std::string& dir);
// The whole content of a file; throws IoError naming the file when it cannot be read
// (missing, unreadable, or a folder: "read DIR: it is a folder, not a file").
std::string read_file(const std::string& path);

}  // namespace redes::io
