#include "quoted_output.hpp"

#include <algorithm>
#include <cctype>

namespace quoted_output {

namespace {

bool starts_with(const std::string& s, const std::string& p) {
    return s.compare(0, p.size(), p) == 0;
}

bool digit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }
bool word_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_'; }

std::string rtrim(std::string s) {
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.pop_back();
    return s;
}

std::string trim(const std::string& s) {
    const auto b = s.find_first_not_of(" \t");
    if (b == std::string::npos) return "";
    return rtrim(s.substr(b));
}

const std::string unicode_minus = "\xE2\x88\x92";  // U+2212 −

}  // namespace

bool is_record_path(const std::string& rel, std::string& chapter_dir, std::string& name) {
    // chapters/<dir>/output/<name>.txt, nothing deeper
    const std::string head = "chapters/";
    const std::string ext = ".txt";
    if (!starts_with(rel, head) || rel.size() <= ext.size() ||
        rel.compare(rel.size() - ext.size(), ext.size(), ext) != 0)
        return false;
    const auto slash = rel.find('/', head.size());
    if (slash == std::string::npos) return false;
    const std::string middle = "/output/";
    if (rel.compare(slash, middle.size(), middle) != 0) return false;
    const std::string file = rel.substr(slash + middle.size());
    if (file.find('/') != std::string::npos || file.size() <= ext.size()) return false;
    chapter_dir = rel.substr(0, slash);
    name = file.substr(0, file.size() - ext.size());
    return true;
}

std::string command_problem(const std::string& chapter_dir, const std::string& name,
                            const std::string& first_line) {
    const std::string folder = chapter_dir.substr(chapter_dir.rfind('/') + 1);
    const std::string nn = folder.substr(0, 2);
    const std::string command = "$ make chapter-" + nn;
    const std::string expected =
        name == "default" ? "`" + command + "`" : "`" + command + " ARGS=\"…\"`";
    const std::string says = "line 1 is `" + first_line + "`; it must be " + expected +
                             (name == "default" ? " (the run without ARGS is named default)"
                                                : " (only the run without ARGS is named default)");
    if (!starts_with(first_line, command)) return says;
    const std::string rest = first_line.substr(command.size());
    if (name == "default") return rest.empty() ? "" : says;
    const std::string open = " ARGS=\"";
    const bool quoted = starts_with(rest, open) && rest.size() > open.size() + 1 &&
                        rest.back() == '"' &&
                        rest.find('"', open.size()) == rest.size() - 1;
    return quoted ? "" : says;
}

bool is_plot_line(const std::string& line) { return starts_with(trim(line), "plot:"); }

std::string quoted_number(const std::string& link_text) {
    std::string s;
    for (char c : link_text)
        if (c != '`' && c != '*' && c != '_') s += c;
    s = trim(s);
    for (auto p = s.find(unicode_minus); p != std::string::npos; p = s.find(unicode_minus))
        s.replace(p, unicode_minus.size(), "-");
    return std::any_of(s.begin(), s.end(), digit) ? s : std::string();
}

bool has_number(const std::string& line, const std::string& number) {
    if (number.empty()) return false;
    const bool signed_number = number[0] == '-' || number[0] == '+';
    for (auto p = line.find(number); p != std::string::npos; p = line.find(number, p + 1)) {
        if (p > 0) {
            const char before = line[p - 1];
            if (word_char(before) || before == '.') continue;  // 10.15, x0.15, θ_0.15
            // '-' as a sign (not as in 1e-5 or 3-4): a negative number, not this one
            if (!signed_number && before == '-' &&
                (p == 1 || !(word_char(line[p - 2]) || line[p - 2] == ')')))
                continue;
            if (!signed_number && p >= unicode_minus.size() &&
                line.compare(p - unicode_minus.size(), unicode_minus.size(), unicode_minus) == 0)
                continue;
        }
        const std::size_t q = p + number.size();
        if (q < line.size()) {
            const char after = line[q];
            const char next = q + 1 < line.size() ? line[q + 1] : ' ';
            if (digit(number.back()) || number.back() == '.') {
                if (digit(after)) continue;                                   // 0.156
                if (after == '.' && digit(next)) continue;                    // 1 in 1.5
                if ((after == 'e' || after == 'E') &&
                    (digit(next) || next == '-' || next == '+'))
                    continue;  // 1.5 in 1.5e-03
            }
        }
        return true;
    }
    return false;
}

bool is_elision(const std::string& line) {
    const std::string t = trim(line);
    return t == "\xE2\x80\xA6" || t == "...";  // … (U+2026) or three dots
}

std::vector<BlockMiss> check_block(const std::vector<std::string>& block,
                                   const std::vector<std::string>& record,
                                   const std::string& record_shown) {
    std::vector<BlockMiss> misses;
    std::vector<std::string> rec;
    rec.reserve(record.size());
    for (const auto& r : record) rec.push_back(rtrim(r));
    std::size_t next = 0;  // the record line after the last one matched
    for (std::size_t i = 0; i < block.size(); ++i) {
        const std::string line = rtrim(block[i]);
        const std::string t = trim(line);
        if (t.empty() || is_elision(t)) continue;
        const auto from = rec.begin() + static_cast<std::ptrdiff_t>(next);
        const auto at = std::find(from, rec.end(), line);
        if (at != rec.end()) {
            next = static_cast<std::size_t>(at - rec.begin()) + 1;
            continue;
        }
        const auto earlier = std::find(rec.begin(), from, line);
        if (earlier != from)
            misses.push_back({i, "`" + t + "` is line " +
                                     std::to_string(earlier - rec.begin() + 1) + " of " +
                                     record_shown + ", before the line shown above it"});
        else
            misses.push_back({i, "`" + t + "` is not a line of " + record_shown});
    }
    return misses;
}

}  // namespace quoted_output
