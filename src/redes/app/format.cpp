#include "redes/app/format.hpp"

#include <cstdio>

namespace redes::app {

std::string fmt(double v, const char* f) {
    char buf[64];
    std::snprintf(buf, sizeof buf, f, v);
    return buf;
}

}  // namespace redes::app
