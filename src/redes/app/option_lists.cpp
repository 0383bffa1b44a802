#include "redes/app/option_lists.hpp"

#include <algorithm>
#include <sstream>

#include "redes/app/chapter.hpp"

namespace redes::app {

namespace {

// "a,b,c" → {"a", "b", "c"}; an empty item (",," or a trailing comma) stays as "".
std::vector<std::string> split_commas(const std::string& text) {
    std::vector<std::string> items;
    std::string item;
    std::stringstream ss(text);
    while (std::getline(ss, item, ',')) items.push_back(item);
    if (!text.empty() && text.back() == ',') items.emplace_back();
    return items;
}

std::string quoted(const std::string& text) { return "'" + text + "'"; }

}  // namespace

std::vector<std::size_t> parse_size_list(const std::string& option, const std::string& text,
                                         std::size_t lo, std::size_t hi) {
    const std::string what = "a comma-separated list of different whole numbers in [" +
                             std::to_string(lo) + ", " + std::to_string(hi) + "]";
    std::vector<std::size_t> v;
    for (const std::string& item : split_commas(text)) {
        const bool digits =
            !item.empty() && item.size() <= 9 &&
            std::all_of(item.begin(), item.end(), [](char c) { return c >= '0' && c <= '9'; });
        const std::size_t n = digits ? static_cast<std::size_t>(std::stoul(item)) : 0;
        require(digits && n >= lo && n <= hi && std::find(v.begin(), v.end(), n) == v.end(), option,
                quoted(text), what);
        v.push_back(n);
    }
    require(!v.empty(), option, quoted(text), what);
    return v;
}

std::vector<std::string> parse_name_list(const std::string& option, const std::string& text,
                                         const std::vector<std::string>& allowed) {
    std::string names;
    for (const std::string& a : allowed) names += (names.empty() ? "" : ", ") + a;
    const std::string what = "a comma-separated list of different names out of: " + names;
    std::vector<std::string> v;
    for (const std::string& item : split_commas(text)) {
        require(std::find(allowed.begin(), allowed.end(), item) != allowed.end() &&
                    std::find(v.begin(), v.end(), item) == v.end(),
                option, quoted(text), what);
        v.push_back(item);
    }
    require(!v.empty(), option, quoted(text), what);
    return v;
}

}  // namespace redes::app
