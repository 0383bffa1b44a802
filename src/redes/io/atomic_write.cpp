#include "redes/io/atomic_write.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "redes/error.hpp"

namespace redes::io {

namespace {

// The folder of path, "." for a bare file name.
std::string folder_of(const std::string& path) {
    const std::filesystem::path parent = std::filesystem::path(path).parent_path();
    return parent.empty() ? "." : parent.string();
}

// Writes all n bytes to fd (write() may write fewer); false with errno set on failure.
bool write_all(int fd, const char* p, std::size_t n) {
    while (n > 0) {
        const ssize_t w = ::write(fd, p, n);
        if (w < 0) {
            if (errno == EINTR) continue;
            return false;
        }
        p += w;
        n -= static_cast<std::size_t>(w);
    }
    return true;
}

}  // namespace

void write_file_atomic(const std::string& path, const std::string& content) {
    if (path.empty()) throw IoError("write: empty file name");
    // mkstemp: O_CREAT | O_EXCL with mode 0600, so the temporary is always a new file of ours
    std::string tmp = path + ".tmp.XXXXXX";
    const int fd = ::mkstemp(tmp.data());
    if (fd < 0) {
        const std::string why = std::strerror(errno);  // before any other call changes errno
        throw IoError("write " + path + ": cannot create a temporary " + path +
                      ".tmp.XXXXXX: " + why);
    }
    auto fail = [&](const std::string& what) {
        const std::string why = std::strerror(errno);
        ::close(fd);
        ::unlink(tmp.c_str());
        throw IoError("write " + path + ": " + what + ": " + why);
    };
    if (!write_all(fd, content.data(), content.size())) fail("writing " + tmp + " failed");
    // not mkstemp's private 0600: the mode of the file it replaces, else rw-r--r--
    // (reading the umask would mean changing it for a moment, for every thread)
    struct stat old {};
    const mode_t mode = ::stat(path.c_str(), &old) == 0 ? (old.st_mode & 07777) : 0644;
    if (::fchmod(fd, mode) != 0) fail("chmod " + tmp);
    if (::fsync(fd) != 0) fail("fsync " + tmp);
    if (::close(fd) != 0) {
        const std::string why = std::strerror(errno);
        ::unlink(tmp.c_str());
        throw IoError("write " + path + ": closing " + tmp + " failed: " + why);
    }
    if (std::rename(tmp.c_str(), path.c_str()) != 0) {
        const std::string why = std::strerror(errno);
        ::unlink(tmp.c_str());
        throw IoError("write " + path + ": cannot rename " + tmp + " into place: " + why);
    }
    // the rename is durable only once the folder's entry is on disk
    const int dir = ::open(folder_of(path).c_str(), O_RDONLY | O_DIRECTORY);
    if (dir >= 0) {
        ::fsync(dir);  // best effort: some file systems refuse fsync on a folder
        ::close(dir);
    }
}

std::vector<std::string> stale_temporaries(const std::string& path) {
    namespace fs = std::filesystem;
    std::vector<std::string> found;
    const std::string prefix = fs::path(path).filename().string() + ".tmp.";
    std::error_code ec;
    fs::directory_iterator it(folder_of(path), ec), end;
    for (; !ec && it != end; it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (name.size() > prefix.size() && name.compare(0, prefix.size(), prefix) == 0)
            found.push_back(it->path().string());
    }
    std::sort(found.begin(), found.end());
    return found;
}

void make_directories(const std::string& dir) {
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    if (ec) throw IoError("mkdir " + dir + ": " + ec.message());
}

std::string read_file(const std::string& path) {
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec))
        throw IoError("read " + path + ": it is a folder, not a file");
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        const std::string why = std::strerror(errno);
        throw IoError("read " + path + ": cannot open: " + why);
    }
    std::ostringstream s;
    s << in.rdbuf();
    if (in.bad()) throw IoError("read " + path + ": reading failed");
    return s.str();
}

}  // namespace redes::io
