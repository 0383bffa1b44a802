#include "redes/text.hpp"

#include <cstdio>

namespace redes {

std::string num(double v, const char* f) {
    char buf[64];
    const int n = std::snprintf(buf, sizeof buf, f, v);
    if (n < 0) return {};
    if (static_cast<std::size_t>(n) < sizeof buf)
        return std::string(buf, static_cast<std::size_t>(n));
    // A long conversion ("%.3f" of 1e300): measure, then write it whole.
    std::string out(static_cast<std::size_t>(n) + 1, '\0');
    std::snprintf(&out[0], out.size(), f, v);
    out.resize(static_cast<std::size_t>(n));
    return out;
}

std::string join(const std::vector<std::string>& items, const std::string& sep) {
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) out += (i ? sep : std::string()) + items[i];
    return out;
}

}  // namespace redes
