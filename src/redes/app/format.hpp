#pragma once
// Numbers in a chapter's printed findings, formatted with a printf conversion ("%.4g" by
// default) so that the README can quote them digit for digit.
#include <string>

namespace redes::app {

std::string fmt(double v, const char* f = "%.4g");

}  // namespace redes::app
