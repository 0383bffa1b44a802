#include "redes/app/format.hpp"

#include "redes/text.hpp"

namespace redes::app {

std::string fmt(double v, const char* f) { return num(v, f); }

// 100·a, "%.1f %%"
std::string percent(double a) { return num(100.0 * a, "%.1f %%"); }

std::string seconds(double s) { return num(s, "%.1f s"); }

std::string point(const Vector& theta) {
    std::string out = "(";
    for (std::size_t i = 0; i < theta.size(); ++i) out += (i ? ", " : "") + fmt(theta[i]);
    return out + ")";
}

}  // namespace redes::app
