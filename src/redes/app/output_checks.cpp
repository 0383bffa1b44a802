#include "redes/app/output_checks.hpp"

#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <limits>

#include "redes/app/chapter.hpp"
#include "redes/error.hpp"
#include "redes/io/atomic_write.hpp"

namespace redes::app {

// strerror(errno) is read right after access(), on its own line: written as an argument next to
// the access() call it may be evaluated first (the order of arguments is unspecified) and report
// an earlier call's errno ("Success").
std::string not_writable(const std::string& folder) {
    if (::access(folder.c_str(), W_OK) == 0) return "";
    return std::strerror(errno);
}

std::uint64_t parse_seed(const std::string& option, const std::string& text) {
    const std::uint64_t max = std::numeric_limits<std::uint64_t>::max();
    const std::string what = "a whole number 0…" + std::to_string(max);
    require(!text.empty() && text.size() <= 20 &&
                text.find_first_not_of("0123456789") == std::string::npos,
            option, text, what);
    std::uint64_t seed = 0;
    for (char c : text) {
        const auto digit = static_cast<std::uint64_t>(c - '0');
        require(seed <= (max - digit) / 10, option, text, what);  // no wrap-around past 2⁶⁴−1
        seed = 10 * seed + digit;
    }
    return seed;
}

void require_output_folder(const std::string& option, const std::string& folder) {
    const std::string what = "a folder that can be created and written";
    require(!folder.empty(), option, "''", what);
    try {
        io::make_directories(folder);
    } catch (const IoError& e) {
        require(false, option, "'" + folder + "'", what + " (" + e.what() + ")");
    }
    const std::string why = not_writable(folder);
    require(why.empty(), option, "'" + folder + "'", what + " (" + why + ")");
}

void require_output_file(const std::string& option, const std::string& path) {
    namespace fs = std::filesystem;
    const std::string what = "a file in a folder that exists and can be written";
    require(!path.empty(), option, "''", what);
    std::error_code ec;
    require(!fs::is_directory(path, ec), option, "'" + path + "'", what + " (it is a folder)");
    const fs::path parent = fs::path(path).parent_path();
    const std::string dir = parent.empty() ? "." : parent.string();
    require(fs::is_directory(dir, ec), option, "'" + path + "'", what + " (no folder " + dir + ")");
    const std::string why = not_writable(dir);
    require(why.empty(), option, "'" + path + "'", what + " (" + dir + ": " + why + ")");
}

}  // namespace redes::app
