#pragma once
// Helpers for the data and model-file suites: checking that an error message names the file,
// the line, the column, and writing scratch files into a private temporary folder.
#include <unistd.h>

#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <fstream>
#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "redes/error.hpp"

namespace redes_test {

// A predicate for BOOST_CHECK_EXCEPTION: true when the message contains every part
// (and says which part is missing otherwise).
inline std::function<bool(const redes::Error&)> message_has(std::vector<std::string> parts) {
    return [parts = std::move(parts)](const redes::Error& e) {
        const std::string m = e.what();
        for (const std::string& p : parts)
            if (m.find(p) == std::string::npos) {
                BOOST_TEST_MESSAGE("message '" << m << "' lacks '" << p << "'");
                return false;
            }
        return true;
    };
}

// A fresh folder under the system's temporary directory, removed at the end of the test.
struct ScratchDir {
    std::filesystem::path dir;
    explicit ScratchDir(const std::string& name) {
        dir = std::filesystem::temp_directory_path() /
              ("redes_" + name + "_" + std::to_string(::getpid()));
        std::filesystem::remove_all(dir);
        std::filesystem::create_directories(dir);
    }
    ~ScratchDir() {
        std::error_code ec;
        std::filesystem::remove_all(dir, ec);
    }
    std::string path(const std::string& file) const { return (dir / file).string(); }
};

inline void write_bytes(const std::string& path, const std::string& bytes) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

}  // namespace redes_test
