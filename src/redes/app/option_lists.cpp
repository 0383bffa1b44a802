#include "redes/app/option_lists.hpp"

#include <algorithm>
#include <sstream>

#include "redes/app/chapter.hpp"
#include "redes/text.hpp"

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

// A whole number written with digits only (no sign, no spaces, at most 9 digits), else −1.
long long whole_number(const std::string& item) {
    const bool digits =
        !item.empty() && item.size() <= 9 &&
        std::all_of(item.begin(), item.end(), [](char c) { return c >= '0' && c <= '9'; });
    return digits ? std::stoll(item) : -1;
}

// lo ≤ n ≤ hi for a parsed n (−1: not a number)
bool within(long long n, std::size_t lo, std::size_t hi) {
    return n >= 0 && static_cast<std::size_t>(n) >= lo && static_cast<std::size_t>(n) <= hi;
}

}  // namespace

std::vector<std::size_t> parse_size_list(const std::string& option, const std::string& text,
                                         std::size_t lo, std::size_t hi) {
    const std::string what = "a comma-separated list of different whole numbers in [" +
                             std::to_string(lo) + ", " + std::to_string(hi) + "]";
    std::vector<std::size_t> v;
    for (const std::string& item : split_commas(text)) {
        const long long parsed = whole_number(item);
        const auto n = static_cast<std::size_t>(parsed);
        require(within(parsed, lo, hi) && std::find(v.begin(), v.end(), n) == v.end(), option,
                quoted(text), what);
        v.push_back(n);
    }
    require(!v.empty(), option, quoted(text), what);
    return v;
}

std::vector<std::size_t> parse_hidden_widths(const std::string& option, const std::string& text,
                                             std::size_t hi) {
    std::vector<std::size_t> N;
    if (text.empty() || text == "none") return N;
    const std::string what =
        "a comma-separated list of widths 1…" + std::to_string(hi) + ", e.g. 64,32 (or none)";
    const bool trailing = text.back() == ',';
    std::vector<std::string> items = split_commas(text);
    if (trailing) items.pop_back();  // "8,": said apart below
    for (const std::string& item : items) {
        const long long w = whole_number(item);
        require(within(w, 1, hi), option, quoted(text), what);
        N.push_back(static_cast<std::size_t>(w));
    }
    require(!trailing, option, quoted(text), "a comma-separated list of widths, e.g. 64,32");
    return N;
}

std::vector<std::string> parse_name_list(const std::string& option, const std::string& text,
                                         const std::vector<std::string>& allowed) {
    const std::string what = "a comma-separated list of different names out of: " + join(allowed);
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
