#pragma once
// Shared by the libFuzzer targets (tests/fuzz/fuzz_*.cpp, built and run by `make fuzz`).
//
// The loaders take a path, so each fuzz input is written to a private temporary file first.
// The contract under test: on any input a loader returns a value or throws a redes::Error
// (IoError, ValueError, ...). Anything else is a bug: a crash or a sanitizer report (libFuzzer
// stops on those itself), a hang (-timeout), an allocation beyond -malloc_limit_mb, or any
// other exception (std::bad_alloc, std::out_of_range, ...), which fail() turns into a crash
// that names the exception.
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <filesystem>
#include <fstream>
#include <string>
#include <typeinfo>

#include "redes/error.hpp"

namespace redes_fuzz {

// A file in the system's temporary folder named after the target and the process, removed
// when the process ends normally.
class ScratchFile {
public:
    explicit ScratchFile(const std::string& name)
        : path_((std::filesystem::temp_directory_path() /
                 ("redes_fuzz_" + name + "_" + std::to_string(::getpid())))
                    .string()) {}
    ~ScratchFile() { std::remove(path_.c_str()); }

    // The file now holds exactly these bytes.
    const std::string& write(const std::uint8_t* data, std::size_t size) {
        std::ofstream out(path_, std::ios::binary | std::ios::trunc);
        out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
        out.close();
        if (!out) {
            std::fprintf(stderr, "fuzz: cannot write %s\n", path_.c_str());
            std::abort();
        }
        return path_;
    }
    const std::string& path() const { return path_; }

private:
    std::string path_;
};

// A broken contract: say what happened and crash, so libFuzzer saves the input.
[[noreturn]] inline void fail(const std::string& what) {
    std::fprintf(stderr, "\nfuzz: CONTRACT BROKEN: %s\n", what.c_str());
    std::abort();
}

// Runs load(); a redes::Error is a fine answer to bad input, any other exception is a bug.
template <class F>
void only_redes_errors(const char* op, F load) {
    try {
        load();
    } catch (const redes::Error&) {
        // the expected answer to a bad file
    } catch (const std::exception& e) {
        fail(std::string(op) + " threw " + typeid(e).name() + " (not a redes::Error): " + e.what());
    } catch (...) {
        fail(std::string(op) + " threw something that is not a std::exception");
    }
}

}  // namespace redes_fuzz
