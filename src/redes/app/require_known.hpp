#pragma once
// A chapter option that names something (an optimizer, an activation, a solver) checked against
// the names the library knows, with the list in the message, like every option
// (redes::app::require: ValueError "option --NAME: VALUE must be WHAT"):
//   require_known("optimizer", "nadam", optimizer_names())
//     → "option --optimizer: nadam must be one of gd, momentum, …, adam"
#include <functional>
#include <string>
#include <vector>

namespace redes::app {

// value ∈ names, else ValueError "option --NAME: VALUE must be one of a, b, c".
void require_known(const std::string& option, const std::string& value,
                   const std::vector<std::string>& names);

// For names the library's own parser reads, which accepts more than the list (leaky_relu:0.2):
// make(value) throws ValueError for an unknown name; that becomes
// ValueError "option --NAME: 'VALUE' must be one of a, b, c" (the `train` command's form).
void require_known(const std::string& option, const std::string& value,
                   const std::vector<std::string>& names,
                   const std::function<void(const std::string&)>& make);

}  // namespace redes::app
