#pragma once
// InputFile: reads a file, plain or gzip-compressed, as one stream of bytes.
// A file whose first two bytes are the gzip magic 1f 8b is decompressed on the fly
// (Boost.Iostreams gzip_decompressor), whatever its name; any other file is read as is.
// Every error is an IoError that starts with "OP: PATH: ".
#include <cstddef>
#include <memory>
#include <string>

namespace redes::data {

class InputFile {
public:
    // Opens path; throws IoError "OP: PATH: cannot open: <reason>" when missing or unreadable.
    InputFile(const std::string& path, const std::string& op);
    ~InputFile();
    InputFile(const InputFile&) = delete;
    InputFile& operator=(const InputFile&) = delete;

    // Reads up to n bytes into buf; returns how many were read (< n only at the end).
    // Corrupt or truncated gzip data throws IoError.
    std::size_t read(char* buf, std::size_t n);
    // Everything from here to the end.
    std::string read_all();

    bool gzipped() const { return gzipped_; }
    const std::string& path() const { return path_; }
    // "OP: PATH: " — the start of every message about this file.
    std::string where() const { return op_ + ": " + path_ + ": "; }

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
    std::string path_, op_;
    bool gzipped_ = false;
};

}  // namespace redes::data
