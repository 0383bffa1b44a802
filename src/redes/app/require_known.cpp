#include "redes/app/require_known.hpp"

#include <algorithm>

#include "redes/app/chapter.hpp"
#include "redes/error.hpp"
#include "redes/text.hpp"

namespace redes::app {

void require_known(const std::string& option, const std::string& value,
                   const std::vector<std::string>& names) {
    require(std::find(names.begin(), names.end(), value) != names.end(), option, value,
            "one of " + join(names));
}

void require_known(const std::string& option, const std::string& value,
                   const std::vector<std::string>& names,
                   const std::function<void(const std::string&)>& make) {
    try {
        make(value);
    } catch (const ValueError&) {
        require(false, option, "'" + value + "'", "one of " + join(names));
    }
}

}  // namespace redes::app
