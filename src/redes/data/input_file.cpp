#include "redes/data/input_file.hpp"

#include <boost/iostreams/device/file.hpp>
#include <boost/iostreams/filter/gzip.hpp>
#include <boost/iostreams/filtering_stream.hpp>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>

#include "redes/error.hpp"

namespace redes::data {

namespace bio = boost::iostreams;

namespace {

std::string gzip_reason(const bio::gzip_error& e) {
    switch (e.error()) {
        case bio::gzip::bad_crc: return "the CRC in the trailer does not match the data";
        case bio::gzip::bad_length: return "the length in the trailer does not match the data";
        case bio::gzip::bad_header: return "malformed gzip header";
        case bio::gzip::bad_footer: return "malformed or missing gzip trailer (file truncated?)";
        case bio::gzip::bad_method: return "unsupported compression method";
        case bio::gzip::zlib_error:
            if (e.zlib_error_code() == bio::zlib::data_error) return "invalid deflate data";
            if (e.zlib_error_code() == bio::zlib::buf_error)
                return "the compressed stream ends early (file truncated?)";
            return "zlib error " + std::to_string(e.zlib_error_code());
    }
    return e.what();
}

}  // namespace

// The open stream: the file, through a gzip decompressor when it starts with gzip's magic 1f 8b.
struct InputFile::Impl {
    bio::filtering_istream in;
};

InputFile::InputFile(const std::string& path, const std::string& op)
    : impl_(std::make_unique<Impl>()), path_(path), op_(op) {
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec))
        throw IoError(where() + "cannot open: it is a directory");
    unsigned char magic[2] = {0, 0};
    {
        std::ifstream probe(path, std::ios::binary);
        if (!probe) throw IoError(where() + "cannot open: " + std::strerror(errno));
        probe.read(reinterpret_cast<char*>(magic), 2);
    }
    // gzip member header: ID1 = 0x1f, ID2 = 0x8b (RFC 1952)
    gzipped_ = magic[0] == 0x1f && magic[1] == 0x8b;
    if (gzipped_) impl_->in.push(bio::gzip_decompressor());
    impl_->in.push(bio::file_source(path, std::ios::binary));
    // A failing filter (corrupt gzip) then rethrows its own exception, with its reason.
    impl_->in.exceptions(std::ios::badbit);
    if (!impl_->in.component<bio::file_source>(gzipped_ ? 1 : 0)->is_open())
        throw IoError(where() + "cannot open");
}

InputFile::~InputFile() = default;

std::size_t InputFile::read(char* buf, std::size_t n) {
    try {
        impl_->in.read(buf, static_cast<std::streamsize>(n));
        const auto got = static_cast<std::size_t>(impl_->in.gcount());
        if (impl_->in.bad()) throw IoError(where() + "reading failed");
        return got;
    } catch (const bio::gzip_error& e) {
        throw IoError(where() + "corrupt gzip data: " + gzip_reason(e));
    } catch (const std::ios_base::failure& e) {
        throw IoError(where() + "reading failed (" + e.what() + ")");
    }
}

std::string InputFile::read_all() {
    std::string out;
    char buf[1 << 16];
    for (;;) {
        const std::size_t got = read(buf, sizeof buf);
        out.append(buf, got);
        if (got < sizeof buf) break;
    }
    return out;
}

}  // namespace redes::data
