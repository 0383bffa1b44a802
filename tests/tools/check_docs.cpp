// check_docs — the documentation must not rot (make check-docs, make fix-docs).
//
//   check_docs [--root DIR] [--lock FILE]          check; list every problem as file:line: what
//   check_docs [--root DIR] --fix [--accept]       move `path:N` citations to where their line went
//
// It reads README.md, docs/*.md, chapters/*/README.md and chapters/*/SOLUTIONS.md and fails when
//   - a cited file (src/…, tests/…, chapters/…, data/…, docs/…, plots/…) or a link target is missing;
//   - an image (![](…), <img src="…">) is missing;
//   - a `path:N` citation is past the end of its file, points at a blank line, or line N no longer
//     reads what it read when it was recorded in docs/citations.lock (or was never recorded);
//   - a test case named after tests/x_test.cpp (or in a "test" column) is not a test case there;
//   - in docs/lecture-map.md, a symbol named after a file is not a whole word of that file;
//   - a recorded output chapters/NN_name/output/NAME.txt does not start with its own command
//     (`$ make chapter-NN` for NAME default, `$ make chapter-NN ARGS="…"` otherwise) or holds a
//     `plot:` line; a line of a ```output NAME block is not a line of output/NAME.txt (in order;
//     `…` elides); a link [number](output/NAME.txt) whose number the record does not print as a
//     whole number (tests/tools/quoted_output.hpp).
// It also reads docs/audit/*.md, the per-chapter audit tables.
//
// Drift. docs/citations.lock holds one line per citation: the doc, the cited file, N and the text
// of line N (trimmed, spaces collapsed) when it was recorded. When code moves, the text is found
// again by content: --fix rewrites N in the doc where the text is found once (or, when it is found
// several times, where it moved by the same amount as its neighbours), records new citations and
// drops the ones no doc makes any more. A line whose text changed cannot be found: --fix names it;
// correct the citation by hand (or, if line N is still right, run --fix --accept to record its new
// text) and run --fix again.
//
// Exit code: 0 all good, 1 problems found (or, with --fix, citations left for a human), 2 bad usage.
#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "quoted_output.hpp"

namespace fs = std::filesystem;

namespace {

// ---------------------------------------------------------------------------------- text helpers

std::vector<std::string> read_lines(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::vector<std::string> lines;
    std::string line;
    while (std::getline(in, line)) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        lines.push_back(line);
    }
    return lines;
}

std::string read_file(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// The text of a code line as the lock records it: trimmed, every run of blanks one space.
std::string normalize(const std::string& s) {
    std::string out;
    bool blank = false;
    for (char c : s) {
        if (c == ' ' || c == '\t' || c == '\r') {
            blank = true;
        } else {
            if (blank && !out.empty()) out += ' ';
            blank = false;
            out += c;
        }
    }
    return out;
}

bool is_digits(const std::string& s) {
    return !s.empty() &&
           std::all_of(s.begin(), s.end(), [](unsigned char c) { return std::isdigit(c); });
}

bool is_identifier(const std::string& s) {
    if (s.empty() || !(std::isalpha(static_cast<unsigned char>(s[0])) || s[0] == '_')) return false;
    return std::all_of(s.begin(), s.end(),
                       [](unsigned char c) { return std::isalnum(c) || c == '_'; });
}

bool starts_with(const std::string& s, const std::string& p) {
    return s.compare(0, p.size(), p) == 0;
}
bool ends_with(const std::string& s, const std::string& p) {
    return s.size() >= p.size() && s.compare(s.size() - p.size(), p.size(), p) == 0;
}

std::string trim(const std::string& s) {
    const auto b = s.find_first_not_of(" \t");
    if (b == std::string::npos) return "";
    return s.substr(b, s.find_last_not_of(" \t") - b + 1);
}

// "a/b/../c/./d" → "a/c/d" (paths stay relative to the root; no filesystem access).
std::string clean_path(const std::string& p) {
    return fs::path(p).lexically_normal().generic_string();
}

// The folders a doc may cite from the root; anything else in backticks is not a path to check.
bool has_known_root(const std::string& p) {
    for (const char* r : {"src/", "tests/", "chapters/", "data/", "docs/", "plots/", ".ci/"})
        if (starts_with(p, r)) return true;
    return false;
}

// Placeholders such as chapters/NN_name/, plots/chNN_<what>.png, bench_*.png, tests/xxx_test.cpp.
bool is_placeholder(const std::string& p) {
    for (const char* m : {"<", ">", "*", "{", "}", "$", "…", "...", "NN", "xxx", " "})
        if (p.find(m) != std::string::npos) return true;
    return false;
}

bool has_source_extension(const std::string& p) {
    for (const char* e : {".cpp", ".hpp", ".h", ".md", ".py", ".sh", ".txt", ".gp", ".csv"})
        if (ends_with(p, e)) return true;
    return p == "Makefile" || ends_with(p, "/Makefile");
}

// Whole-word search: `word` not preceded or followed by an identifier character.
bool has_word(const std::string& text, const std::string& word) {
    auto ident = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; };
    for (auto pos = text.find(word); pos != std::string::npos; pos = text.find(word, pos + 1)) {
        const bool left = pos == 0 || !ident(text[pos - 1]);
        const bool right = pos + word.size() >= text.size() || !ident(text[pos + word.size()]);
        if (left && right) return true;
    }
    return false;
}

// ---------------------------------------------------------------------------------- the model

struct Problem {
    std::string file;
    int line;
    std::string what;
};

// One `path:N` (or `:N`, or the `M` of `path:N`–`M`) in a doc.
struct Citation {
    std::string doc;   // root-relative doc path
    int doc_line;      // 1-based
    std::size_t col;   // byte offset of the digits of N in that doc line
    std::size_t len;   // number of digits
    std::string path;  // root-relative cited file
    int n;             // cited line (1-based)
};

struct LockEntry {
    std::string doc, path;
    int n;
    std::string text;
    int lock_line;
};

using Key = std::tuple<std::string, std::string, int>;

struct Checker {
    fs::path root;
    std::string lock_name = "docs/citations.lock";
    std::vector<Problem> problems;
    std::vector<Citation> citations;
    std::map<std::string, std::vector<std::string>> file_lines;  // cited file → its lines
    std::map<std::string, std::set<std::string>> test_cases;     // tests file → its case names
    int links = 0, cases = 0, symbols = 0;
    int numbers = 0, block_lines = 0, records = 0;  // quoted output checked
    std::vector<std::string> audits_missing;  // docs/audit/NN.md the index links, not written yet

    void problem(const std::string& file, int line, const std::string& what) {
        problems.push_back({file, line, what});
    }

    bool exists(const std::string& rel) const { return fs::exists(root / rel); }

    const std::vector<std::string>& lines_of(const std::string& rel) {
        auto it = file_lines.find(rel);
        if (it == file_lines.end()) it = file_lines.emplace(rel, read_lines(root / rel)).first;
        return it->second;
    }

    const std::set<std::string>& cases_of(const std::string& rel) {
        auto it = test_cases.find(rel);
        if (it != test_cases.end()) return it->second;
        std::set<std::string> names;
        const std::string text = read_file(root / rel);
        for (const char* macro :
             {"BOOST_AUTO_TEST_CASE", "BOOST_FIXTURE_TEST_CASE", "BOOST_DATA_TEST_CASE",
              "BOOST_AUTO_TEST_CASE_TEMPLATE", "BOOST_PARAM_TEST_CASE"}) {
            const std::string m = std::string(macro) + "(";
            for (auto pos = text.find(m); pos != std::string::npos; pos = text.find(m, pos + 1)) {
                if (pos > 0 && (std::isalnum(static_cast<unsigned char>(text[pos - 1])) ||
                                text[pos - 1] == '_'))
                    continue;
                std::size_t b = pos + m.size();
                while (b < text.size() && std::isspace(static_cast<unsigned char>(text[b]))) ++b;
                std::size_t e = b;
                while (e < text.size() &&
                       (std::isalnum(static_cast<unsigned char>(text[e])) || text[e] == '_'))
                    ++e;
                if (e > b) names.insert(text.substr(b, e - b));
            }
        }
        return test_cases.emplace(rel, names).first->second;
    }

    std::vector<std::string> all_test_files() const {
        std::vector<std::string> out;
        if (!fs::is_directory(root / "tests")) return out;
        for (const auto& e : fs::directory_iterator(root / "tests"))
            if (e.is_regular_file() && e.path().extension() == ".cpp")
                out.push_back("tests/" + e.path().filename().string());
        std::sort(out.begin(), out.end());
        return out;
    }

    std::vector<std::string> docs() const {
        std::vector<std::string> out;
        if (fs::exists(root / "README.md")) out.emplace_back("README.md");
        auto add_dir = [&](const std::string& dir, const std::vector<std::string>& names,
                           bool per_sub) {
            if (!fs::is_directory(root / dir)) return;
            std::vector<std::string> found;
            for (const auto& e : fs::directory_iterator(root / dir)) {
                if (per_sub && e.is_directory()) {
                    for (const auto& n : names)
                        if (fs::exists(e.path() / n))
                            found.push_back(dir + "/" + e.path().filename().string() + "/" + n);
                } else if (!per_sub && e.is_regular_file() && e.path().extension() == ".md") {
                    found.push_back(dir + "/" + e.path().filename().string());
                }
            }
            std::sort(found.begin(), found.end());
            out.insert(out.end(), found.begin(), found.end());
        };
        add_dir("docs", {}, false);
        add_dir("docs/audit", {}, false);
        add_dir("chapters", {"README.md", "SOLUTIONS.md"}, true);
        return out;
    }

    // ------------------------------------------------------------------------------ one doc

    // Which file a cited name means: root-relative, else relative to the doc's folder, else the
    // one file of that name the doc has already cited. Empty when it cannot tell.
    std::string resolve(const std::string& name, const std::string& doc,
                        const std::vector<std::string>& seen) const {
        if (name.find('/') != std::string::npos && has_known_root(name)) return clean_path(name);
        std::string local = clean_path((fs::path(doc).parent_path() / name).generic_string());
        if (exists(local)) return local;
        if (exists(name)) return clean_path(name);
        std::set<std::string> match;
        for (const auto& s : seen)
            if (fs::path(s).filename() == fs::path(name).filename() && ends_with(s, name))
                match.insert(s);
        return match.size() == 1 ? *match.begin() : std::string();
    }

    void check_path(const std::string& doc, int line, const std::string& rel,
                    const std::string& shown) {
        ++links;
        if (!exists(rel))
            problem(doc, line, "`" + shown + "`: no such file or folder (" + rel + ")");
    }

    // A markdown link or image target, relative to the doc; `text` is the link's text.
    void check_link(const std::string& doc, int line, std::string target, bool image,
                    const std::string& text = "") {
        if (target.find('\\') != std::string::npos || target.find('$') != std::string::npos)
            return;  // LaTeX, not a link
        if (target.empty() || target[0] == '#' || target.find("://") != std::string::npos ||
            starts_with(target, "mailto:"))
            return;
        if (auto h = target.find('#'); h != std::string::npos) target.erase(h);
        if (auto q = target.find('?'); q != std::string::npos) target.erase(q);
        if (auto sp = target.find(' '); sp != std::string::npos)
            target.erase(sp);  // [a](x "title")
        if (target.empty() || is_placeholder(target)) return;
        const std::string rel = clean_path((fs::path(doc).parent_path() / target).generic_string());
        ++links;
        if (starts_with(rel, "..")) {
            problem(doc, line, (image ? "image `" : "link `") + target + "` leaves the repository");
        } else if (!exists(rel) && doc == "docs/audit.md" && starts_with(rel, "docs/audit/")) {
            audits_missing.push_back(fs::path(rel).stem().string());  // the index runs ahead
        } else if (!exists(rel)) {
            problem(doc, line,
                    (image ? "image `" : "link `") + target + "` does not exist (" + rel + ")");
        } else if (std::string dir, name; !image && quoted_output::is_record_path(rel, dir, name)) {
            check_quoted_number(doc, line, text, target, rel);
        }
    }

    // [number](output/NAME.txt): the record must print that number (a link whose text holds no
    // digit only points at the record).
    void check_quoted_number(const std::string& doc, int line, const std::string& text,
                             const std::string& target, const std::string& rel) {
        const std::string number = quoted_output::quoted_number(text);
        if (number.empty()) return;
        ++numbers;
        for (const auto& l : lines_of(rel))
            if (quoted_output::has_number(l, number)) return;
        problem(doc, line,
                "quoted number `" + number + "` is not printed in " + target +
                    " (as a whole number): rerun the program (make record-" +
                    rel.substr(std::string("chapters/").size(), 2) +
                    ") and quote what it prints, or drop the number");
    }

    // ```output NAME: which record the block quotes ("" and a problem when there is none).
    std::string output_block_record(const std::string& doc, int line, const std::string& info) {
        std::istringstream words(info);
        std::string kind, name;
        words >> kind >> name;
        if (kind != "output") return "";
        if (name.empty()) {
            problem(doc, line, "an output block names its record: ```output NAME (output/NAME.txt)");
            return "";
        }
        std::string target = name.find('/') == std::string::npos ? "output/" + name : name;
        if (!ends_with(target, ".txt")) target += ".txt";
        const std::string rel = clean_path((fs::path(doc).parent_path() / target).generic_string());
        std::string dir, rec;
        if (!quoted_output::is_record_path(rel, dir, rec)) {
            problem(doc, line,
                    "output block `" + name + "`: " + rel +
                        " is not a record (chapters/NN_name/output/NAME.txt)");
            return "";
        }
        if (!exists(rel)) {
            problem(doc, line,
                    "output block `" + name + "`: no record " + rel + " (write its line 1, the " +
                        "command, then make record-" + rel.substr(std::string("chapters/").size(), 2) +
                        ")");
            return "";
        }
        return rel;
    }

    void check_output_block(const std::string& doc, int first_line,
                            const std::vector<std::string>& block, const std::string& rel) {
        const auto& record = lines_of(rel);
        for (const auto& l : block)
            block_lines += trim(l).empty() || quoted_output::is_elision(l) ? 0 : 1;
        const std::string shown = fs::path(rel).parent_path().filename().string() + "/" +
                                  fs::path(rel).filename().string();
        for (const auto& miss : quoted_output::check_block(block, record, shown))
            problem(doc, first_line + 1 + static_cast<int>(miss.index), miss.what);
    }

    // Every chapters/*/output/*.txt: line 1 its own command, no `plot:` lines.
    void check_records() {
        if (!fs::is_directory(root / "chapters")) return;
        std::vector<std::string> found;
        for (const auto& ch : fs::directory_iterator(root / "chapters")) {
            if (!fs::is_directory(ch.path() / "output")) continue;
            for (const auto& e : fs::directory_iterator(ch.path() / "output"))
                if (e.is_regular_file())
                    found.push_back("chapters/" + ch.path().filename().string() + "/output/" +
                                    e.path().filename().string());
        }
        std::sort(found.begin(), found.end());
        for (const auto& rel : found) {
            std::string dir, name;
            if (ends_with(rel, ".timed") &&
                exists(rel.substr(0, rel.size() - std::string(".timed").size()) + ".txt"))
                continue;  // the lines of NAME.txt that print measured times (make check-records)
            if (!quoted_output::is_record_path(rel, dir, name)) {
                problem(rel, 0,
                        "not a record: output/ holds NAME.txt records and their NAME.timed only");
                continue;
            }
            ++records;
            const auto& lines = lines_of(rel);
            const std::string why =
                quoted_output::command_problem(dir, name, lines.empty() ? "" : lines[0]);
            if (!why.empty()) problem(rel, 1, why);
            for (std::size_t i = 1; i < lines.size(); ++i)
                if (quoted_output::is_plot_line(lines[i]))
                    problem(rel, static_cast<int>(i) + 1,
                            "a record holds no `plot:` lines (make record-" +
                                dir.substr(std::string("chapters/").size(), 2) +
                                " leaves them out)");
        }
    }

    void check_case(const std::string& doc, int line, const std::string& file,
                    const std::string& name) {
        ++cases;
        const bool prefix = ends_with(name, "…") || ends_with(name, "...");
        // "…" is 3 bytes in UTF-8, like "..."
        const std::string stem = prefix ? name.substr(0, name.size() - 3) : name;
        auto found_in = [&](const std::string& f) {
            const auto& names = cases_of(f);
            if (!prefix) return names.count(stem) > 0;
            return std::any_of(names.begin(), names.end(),
                               [&](const std::string& n) { return starts_with(n, stem); });
        };
        if (!file.empty()) {
            if (!exists(file)) return;  // already reported as a missing file
            if (!found_in(file))
                problem(doc, line,
                        "test case `" + name + "` is not a BOOST_*_TEST_CASE in " + file);
            return;
        }
        for (const auto& f : all_test_files())
            if (found_in(f)) return;
        problem(doc, line,
                "test case `" + name + "` is not a BOOST_*_TEST_CASE in any tests/*.cpp");
    }

    void check_symbol(const std::string& doc, int line, const std::string& file, std::string sym) {
        if (ends_with(sym, "()")) sym.erase(sym.size() - 2);
        if (!exists(file)) return;
        ++symbols;
        const std::string text = read_file(root / file);
        std::size_t b = 0;
        while (b <= sym.size()) {
            auto e = sym.find("::", b);
            const std::string part =
                sym.substr(b, e == std::string::npos ? std::string::npos : e - b);
            if (!part.empty() && !has_word(text, part)) {
                problem(doc, line, "symbol `" + sym + "`: `" + part + "` is not a word of " + file);
                return;
            }
            if (e == std::string::npos) break;
            b = e + 2;
        }
    }

    // Table cells split at unescaped '|' (outside backticks); a line without '|' is one cell.
    static std::vector<std::pair<std::size_t, std::string>> cells(const std::string& line) {
        std::vector<std::pair<std::size_t, std::string>> out;
        std::size_t start = 0;
        bool code = false;
        for (std::size_t i = 0; i < line.size(); ++i) {
            if (line[i] == '`') code = !code;
            if (line[i] == '\\' && i + 1 < line.size()) {
                ++i;
                continue;
            }
            if (line[i] == '|' && !code) {
                out.emplace_back(start, line.substr(start, i - start));
                start = i + 1;
            }
        }
        out.emplace_back(start, line.substr(start));
        return out;
    }

    void scan_doc(const std::string& doc) {
        const auto lines = read_lines(root / doc);
        const bool lecture_map = doc == "docs/lecture-map.md";
        std::vector<std::string> seen;  // files this doc has cited so far
        bool fence = false;
        std::string fence_mark;  // the ``` or ~~~ run that opened it (a close is at least as long)
        bool output_block = false;        // inside a ```output NAME block
        std::string block_record;         // its record, "" when it has none
        int block_open = 0;               // the line of its opening fence
        std::vector<std::string> block;   // its lines so far
        int test_column = -1;          // in the current table, the "test …" column
        std::string test_column_file;  // the tests file its header names, if any
        for (std::size_t li = 0; li < lines.size(); ++li) {
            const std::string& text = lines[li];
            const int ln = static_cast<int>(li) + 1;
            const std::string t = trim(text);
            const std::size_t run = t.find_first_not_of(t.empty() ? '`' : t[0]);
            const std::string mark = t.substr(0, run);
            const bool fence_line =
                (starts_with(t, "```") || starts_with(t, "~~~")) &&
                (!fence || (mark[0] == fence_mark[0] && mark.size() >= fence_mark.size() &&
                            trim(t.substr(mark.size())).empty()));
            if (fence_line) {
                if (!fence) {
                    fence_mark = mark;
                    const std::string info = trim(t.substr(mark.size()));
                    output_block = info == "output" || starts_with(info, "output ");
                    block_record = output_block ? output_block_record(doc, ln, info) : "";
                    block_open = ln;
                    block.clear();
                } else if (output_block) {
                    if (!block_record.empty())
                        check_output_block(doc, block_open, block, block_record);
                    output_block = false;
                }
                fence = !fence;
                continue;
            }
            if (fence) {
                if (output_block) block.push_back(text);
                continue;
            }

            // A table header: remember which column holds tests (and a file named in its header).
            const bool table_row = starts_with(trim(text), "|");
            if (!table_row) test_column = -1;
            if (table_row && li + 1 < lines.size() && starts_with(trim(lines[li + 1]), "|-")) {
                test_column = -1;
                test_column_file.clear();
                const auto hc = cells(text);
                for (std::size_t c = 0; c < hc.size(); ++c) {
                    std::string h = trim(hc[c].second);
                    std::transform(h.begin(), h.end(), h.begin(),
                                   [](unsigned char ch) { return std::tolower(ch); });
                    if (starts_with(h, "test")) {
                        test_column = static_cast<int>(c);
                        auto p = h.find("tests/");
                        if (p != std::string::npos) {
                            auto e = h.find_first_of(" )`,", p);
                            test_column_file =
                                h.substr(p, e == std::string::npos ? std::string::npos : e - p);
                        }
                    }
                }
                continue;
            }

            // Images and links: ![alt](target), [text](target), <img src="target"> (not inside `code`).
            std::string prose = text;
            for (std::size_t p = prose.find('`'); p != std::string::npos; p = prose.find('`', p)) {
                const auto e = prose.find('`', p + 1);
                if (e == std::string::npos) break;
                prose.replace(p, e - p + 1, std::string(e - p + 1, ' '));
                p = e + 1;
            }
            for (std::size_t p = prose.find("]("); p != std::string::npos;
                 p = prose.find("](", p + 1)) {
                const auto e = prose.find(')', p + 2);
                if (e == std::string::npos) break;
                const auto open = prose.rfind('[', p);
                const bool image = open != std::string::npos && open > 0 && prose[open - 1] == '!';
                const std::string link_text =
                    open == std::string::npos ? "" : text.substr(open + 1, p - open - 1);
                check_link(doc, ln, prose.substr(p + 2, e - p - 2), image, link_text);
            }
            for (std::size_t p = prose.find("<img"); p != std::string::npos;
                 p = prose.find("<img", p + 1)) {
                const auto s = prose.find("src=\"", p);
                if (s == std::string::npos) continue;
                const auto e = prose.find('"', s + 5);
                if (e != std::string::npos)
                    check_link(doc, ln, prose.substr(s + 5, e - s - 5), true);
            }
            for (std::size_t p = prose.find("href=\""); p != std::string::npos;
                 p = prose.find("href=\"", p + 1)) {
                const auto e = prose.find('"', p + 6);
                if (e != std::string::npos)
                    check_link(doc, ln, prose.substr(p + 6, e - p - 6), false);
            }

            const auto row = cells(text);
            for (std::size_t c = 0; c < row.size(); ++c) {
                const std::size_t base = row[c].first;
                const std::string& cell = row[c].second;
                const bool in_test_column = table_row && static_cast<int>(c) == test_column;
                std::string test_file = in_test_column ? test_column_file : "";
                std::string code_file;   // the last src/chapters file of this cell (lecture map)
                std::string last_cited;  // the file of the last `path:N` in this cell
                bool prev_citation = false;  // the span just before was a `path:N`
                // Walk the cell: backtick spans, and bare root paths between them.
                std::size_t pos = 0;
                while (pos < cell.size()) {
                    const auto b = cell.find('`', pos);
                    const std::string between =
                        cell.substr(pos, b == std::string::npos ? std::string::npos : b - pos);
                    // Bare paths in the prose between spans (outside links, which were checked above).
                    scan_bare_paths(doc, ln, between, seen, test_file);
                    // "; " starts a new group: tests named after it belong to the column's file again.
                    if (between.find(';') != std::string::npos &&
                        between.find("tests/") == std::string::npos)
                        test_file = in_test_column ? test_column_file : "";
                    if (b == std::string::npos) break;
                    const auto e = cell.find('`', b + 1);
                    if (e == std::string::npos) break;
                    const std::string span = cell.substr(b + 1, e - b - 1);
                    const std::string gap = trim(cell.substr(pos, b - pos));
                    const bool continues = prev_citation;
                    prev_citation =
                        handle_span(doc, ln, span, base + b + 1, gap, continues, seen, test_file,
                                    code_file, last_cited, lecture_map, in_test_column);
                    pos = e + 1;
                }
            }
        }
    }

    void scan_bare_paths(const std::string& doc, int ln, const std::string& text,
                         std::vector<std::string>& seen, std::string& test_file) {
        for (const char* r : {"src/", "tests/", "chapters/", "data/", "docs/", "plots/"}) {
            for (auto p = text.find(r); p != std::string::npos; p = text.find(r, p + 1)) {
                if (p > 0) {
                    const char prev = text[p - 1];
                    if (std::isalnum(static_cast<unsigned char>(prev)) || prev == '/' ||
                        prev == '_' || prev == '.' || prev == '(' || prev == '"' || prev == '-')
                        continue;  // part of a longer path, a link target or an option value
                }
                std::size_t e = p;
                while (e < text.size() && (std::isalnum(static_cast<unsigned char>(text[e])) ||
                                           std::string("/_.-").find(text[e]) != std::string::npos))
                    ++e;
                std::string path = text.substr(p, e - p);
                while (!path.empty() && (path.back() == '.' || path.back() == '-')) path.pop_back();
                if (e < text.size() && std::string("<*{…").find(text[e]) != std::string::npos)
                    continue;
                if (is_placeholder(path) || path.find('.') == std::string::npos)
                    continue;  // folders in prose
                check_path(doc, ln, path, path);
                seen.push_back(path);
                if (starts_with(path, "tests/") && ends_with(path, ".cpp")) test_file = path;
            }
        }
    }

    bool handle_span(const std::string& doc, int ln, const std::string& span, std::size_t col,
                     const std::string& gap, bool continues, std::vector<std::string>& seen,
                     std::string& test_file, std::string& code_file, std::string& last_cited,
                     bool lecture_map, bool in_test_column) {
        // `M` right after `path:N` and a dash: the end of a range in the same file.
        if (is_digits(span) && continues && (gap == "–" || gap == "-" || gap == "—")) {
            add_citation(doc, ln, col, span.size(), last_cited, std::stoi(span));
            return true;
        }
        // `path:N`, `path:N-M`, `:N`, `:N-M`
        const auto colon = span.rfind(':');
        if (colon != std::string::npos) {
            const std::string name = span.substr(0, colon);
            const std::string nums = span.substr(colon + 1);
            const auto dash = nums.find('-');
            const std::string first = nums.substr(0, dash);
            const std::string second = dash == std::string::npos ? "" : nums.substr(dash + 1);
            if (is_digits(first) && (dash == std::string::npos || is_digits(second)) &&
                (name.empty() || has_source_extension(name)) &&
                name.find(' ') == std::string::npos) {
                std::string file;
                if (name.empty()) {
                    file = last_cited;
                    if (file.empty()) {
                        problem(doc, ln,
                                "`" + span +
                                    "`: a line number with no file before it in this cell");
                        return false;
                    }
                } else {
                    file = resolve(name, doc, seen);
                    if (file.empty()) {
                        problem(doc, ln,
                                "`" + span + "`: cannot tell which file `" + name +
                                    "` is (write its path from the repository root)");
                        return false;
                    }
                    if (!exists(file)) {
                        problem(doc, ln, "`" + span + "`: no such file " + file);
                        return false;
                    }
                    seen.push_back(file);
                }
                add_citation(doc, ln, col + colon + 1, first.size(), file, std::stoi(first));
                if (!second.empty())
                    add_citation(doc, ln, col + colon + 2 + first.size(), second.size(), file,
                                 std::stoi(second));
                last_cited = file;
                if (starts_with(file, "src/") || starts_with(file, "chapters/")) code_file = file;
                return true;
            }
        }
        // A path from the root.
        if (has_known_root(span) && span.find(' ') == std::string::npos) {
            if (is_placeholder(span)) return false;
            check_path(doc, ln, span, span);
            seen.push_back(clean_path(span));
            if (starts_with(span, "tests/") && ends_with(span, ".cpp")) test_file = span;
            if (starts_with(span, "src/") || starts_with(span, "chapters/")) code_file = span;
            last_cited = clean_path(span);
            return false;
        }
        // A test case name: after a tests file in the same cell, or anywhere in a "test" column.
        const std::string& name = span;
        const bool abbreviated = ends_with(name, "…");
        const std::string stem = abbreviated ? name.substr(0, name.size() - 3) : name;
        if (is_identifier(stem) && stem.find('_') != std::string::npos &&
            (!test_file.empty() || in_test_column)) {
            check_case(doc, ln, test_file, name);
            return false;
        }
        // A symbol of the code named just before it (lecture map only).
        if (lecture_map && !code_file.empty()) {
            std::string sym = span;
            if (ends_with(sym, "()")) sym.erase(sym.size() - 2);
            std::string flat = sym;
            for (auto p = flat.find("::"); p != std::string::npos; p = flat.find("::"))
                flat.replace(p, 2, "_");
            if (is_identifier(flat)) check_symbol(doc, ln, code_file, span);
        }
        return false;
    }

    void add_citation(const std::string& doc, int ln, std::size_t col, std::size_t len,
                      const std::string& file, int n) {
        citations.push_back({doc, ln, col, len, file, n});
    }

    // ------------------------------------------------------------------------------ the lock

    std::vector<LockEntry> read_lock() {
        std::vector<LockEntry> out;
        const auto lines = read_lines(root / lock_name);
        for (std::size_t i = 0; i < lines.size(); ++i) {
            const std::string& l = lines[i];
            if (l.empty() || l[0] == '#') continue;
            std::vector<std::string> f;
            std::size_t b = 0;
            for (int k = 0; k < 3; ++k) {
                const auto t = l.find('\t', b);
                if (t == std::string::npos) break;
                f.push_back(l.substr(b, t - b));
                b = t + 1;
            }
            if (f.size() != 3 || !is_digits(f[2])) {
                problem(lock_name, static_cast<int>(i) + 1,
                        "not a lock line (doc TAB file TAB line TAB text)");
                continue;
            }
            out.push_back({f[0], f[1], std::stoi(f[2]), l.substr(b), static_cast<int>(i) + 1});
        }
        return out;
    }

    void write_lock(const std::map<Key, std::string>& entries) {
        std::ofstream out(root / lock_name, std::ios::binary | std::ios::trunc);
        out << "# Citation lock for make check-docs: doc<TAB>cited file<TAB>line<TAB>text of that line when recorded\n"
               "# (trimmed, blanks collapsed). Written by make fix-docs; do not edit by hand.\n";
        for (const auto& [k, text] : entries)
            out << std::get<0>(k) << '\t' << std::get<1>(k) << '\t' << std::get<2>(k) << '\t'
                << text << '\n';
    }

    // Where the recorded text is now: every line of the file that reads it.
    std::vector<int> find_text(const std::string& file, const std::string& text) {
        std::vector<int> at;
        const auto& lines = lines_of(file);
        for (std::size_t i = 0; i < lines.size(); ++i)
            if (normalize(lines[i]) == text) at.push_back(static_cast<int>(i) + 1);
        return at;
    }

    // When a line left its file: " (it is now line K of OTHER)" if exactly one source file holds it.
    std::string elsewhere(const std::string& file, const std::string& text) {
        if (text.empty()) return "";
        std::vector<std::string> hits;
        for (const char* dir : {"src", "chapters", "tests"}) {
            if (!fs::is_directory(root / dir)) continue;
            for (const auto& e : fs::recursive_directory_iterator(root / dir)) {
                const std::string ext = e.path().extension().string();
                if (!e.is_regular_file() || (ext != ".cpp" && ext != ".hpp")) continue;
                const std::string rel = fs::relative(e.path(), root).generic_string();
                if (rel == file) continue;
                for (int n : find_text(rel, text)) hits.push_back(rel + ":" + std::to_string(n));
                if (hits.size() > 1) return "";
            }
        }
        return hits.size() == 1 ? " (it is now " + hits[0] + ": change the file the citation names)"
                                : "";
    }

    std::string current(const std::string& file, int n) {
        const auto& lines = lines_of(file);
        return n >= 1 && n <= static_cast<int>(lines.size()) ? normalize(lines[n - 1])
                                                             : std::string();
    }

    // The line the locked text moved to: the one match, or among several the match that moved by
    // the same amount as the nearest citation of the same file that moved unambiguously. 0: none.
    std::map<std::pair<std::string, int>, int> moved;  // (file, old N) → new N, unambiguous ones
    int relocate(const std::string& file, int n, const std::string& text, std::string& why) {
        const auto at = find_text(file, text);
        if (at.size() == 1) return at[0];
        if (at.empty()) {
            why = "its text is no longer in " + file + elsewhere(file, text);
            return 0;
        }
        int best_gap = -1, shift = 0;
        for (const auto& [k, v] : moved) {
            if (k.first != file) continue;
            const int gap = std::abs(k.second - n);
            if (best_gap < 0 || gap < best_gap) {
                best_gap = gap;
                shift = v - k.second;
            }
        }
        if (best_gap >= 0 && std::find(at.begin(), at.end(), n + shift) != at.end())
            return n + shift;
        std::string lines;
        for (std::size_t i = 0; i < at.size() && i < 6; ++i)
            lines += (i ? ", " : "") + std::to_string(at[i]);
        why = "its text is on " + std::to_string(at.size()) + " lines of " + file + " (" + lines +
              ")";
        return 0;
    }

    static std::string quote(const std::string& s) {
        return "`" + (s.size() > 90 ? s.substr(0, 87) + "..." : s) + "`";
    }

    // ------------------------------------------------------------------------------ check

    int check() {
        for (const auto& d : docs()) scan_doc(d);
        check_records();
        const auto lock = read_lock();
        if (!fs::exists(root / lock_name))
            problem(
                lock_name, 0,
                "missing: run make fix-docs to record every citation, then check what they point at");
        std::map<Key, const LockEntry*> locked;
        for (const auto& e : lock) locked[{e.doc, e.path, e.n}] = &e;
        std::set<Key> used;
        for (const auto& c : citations) {
            const Key k{c.doc, c.path, c.n};
            used.insert(k);
            const auto& lines = lines_of(c.path);
            const std::string cite = c.path + ":" + std::to_string(c.n);
            if (c.n < 1 || c.n > static_cast<int>(lines.size())) {
                problem(c.doc, c.doc_line,
                        cite + " is past the end of the file (" + std::to_string(lines.size()) +
                            " lines)");
                continue;
            }
            const std::string now = normalize(lines[c.n - 1]);
            auto it = locked.find(k);
            if (it == locked.end()) {
                problem(c.doc, c.doc_line,
                        cite + " is not in " + lock_name + "; it reads " + quote(now) +
                            ": if that is what you mean, run make fix-docs to record it");
                continue;
            }
            const std::string& was = it->second->text;
            if (now == was) {
                if (now.empty()) problem(c.doc, c.doc_line, cite + " points at a blank line");
                continue;
            }
            std::string why;
            const auto at = find_text(c.path, was);
            if (at.size() == 1)
                why = "it is now line " + std::to_string(at[0]) + ": run make fix-docs";
            else if (at.empty())
                why = "that text is gone from the file" + elsewhere(c.path, was) +
                      ": correct the citation by hand, then run make fix-docs";
            else
                why = "that text is on " + std::to_string(at.size()) +
                      " lines now: run make fix-docs (it uses the "
                      "shift of the neighbouring citations) or correct it by hand";
            problem(c.doc, c.doc_line,
                    cite + " no longer reads " + quote(was) + " (it reads " + quote(now) + "); " +
                        why);
        }
        for (const auto& e : lock)
            if (!used.count({e.doc, e.path, e.n}))
                problem(lock_name, e.lock_line,
                        e.doc + " no longer cites " + e.path + ":" + std::to_string(e.n) +
                            ": run make fix-docs to drop it");
        report();
        std::cout << "check-docs: " << citations.size() << " line citations, " << links
                  << " files and images, " << cases << " test cases, " << symbols
                  << " symbols, " << numbers << " quoted numbers and " << block_lines
                  << " lines of output blocks against " << records << " records checked in "
                  << docs().size() << " docs: "
                  << (problems.empty() ? "all hold" : std::to_string(problems.size()) + " problems");
        if (!audits_missing.empty()) {
            std::cout << "; audits missing:";
            for (const auto& a : audits_missing) std::cout << ' ' << a;
        }
        std::cout << "\n";
        return problems.empty() ? 0 : 1;
    }

    void report() {
        std::stable_sort(problems.begin(), problems.end(), [](const Problem& a, const Problem& b) {
            return std::tie(a.file, a.line) < std::tie(b.file, b.line);
        });
        for (const auto& p : problems)
            std::cout << p.file << ":" << p.line << ": " << p.what << "\n";
    }

    // ------------------------------------------------------------------------------ fix

    int fix(bool accept) {
        for (const auto& d : docs()) scan_doc(d);
        if (!problems.empty()) {
            report();
            std::cout
                << "fix-docs: fix these first (files, links and test cases are not moved automatically); "
                   "line citations are handled below\n";
            problems.clear();
        }
        const auto lock = read_lock();
        std::map<Key, std::string> locked;
        for (const auto& e : lock) locked[{e.doc, e.path, e.n}] = e.text;

        // First the unambiguous moves (their shifts settle the ambiguous ones), then the rest.
        std::map<Key, int> new_n;         // cited key → line it must say now
        std::map<Key, std::string> keep;  // entries left for a human: keep their recorded text
        std::set<Key> done;
        for (int pass = 0; pass < 2; ++pass) {
            for (const auto& c : citations) {
                const Key k{c.doc, c.path, c.n};
                if (done.count(k)) continue;
                auto it = locked.find(k);
                if (it == locked.end()) continue;  // new: recorded below
                if (current(c.path, c.n) == it->second) {
                    done.insert(k);
                    continue;
                }
                std::string why;
                const auto at = find_text(c.path, it->second);
                if (pass == 0 && at.size() != 1) continue;
                const int to = relocate(c.path, c.n, it->second, why);
                done.insert(k);
                if (to > 0) {
                    new_n[k] = to;
                    moved[{c.path, c.n}] = to;
                } else if (accept && c.n <= static_cast<int>(lines_of(c.path).size())) {
                    std::cout << c.doc << ":" << c.doc_line << ": " << c.path << ":" << c.n
                              << " accepted as it reads now: " << quote(current(c.path, c.n))
                              << " (was " << quote(it->second) << ")\n";
                } else {
                    keep[k] = it->second;
                    problem(c.doc, c.doc_line,
                            c.path + ":" + std::to_string(c.n) + " recorded as " +
                                quote(it->second) + ": " + why + "; it reads " +
                                quote(current(c.path, c.n)) + " now. Correct the citation by hand" +
                                " (or, if line " + std::to_string(c.n) +
                                " is still right, run make fix-docs ACCEPT=1), then make fix-docs");
                }
            }
        }

        // Rewrite the docs where a citation moved.
        std::map<std::string, std::vector<const Citation*>> by_doc;
        for (const auto& c : citations)
            if (new_n.count({c.doc, c.path, c.n})) by_doc[c.doc].push_back(&c);
        int rewritten = 0;
        for (auto& [doc, cs] : by_doc) {
            auto lines = read_lines(root / doc);
            std::sort(cs.begin(), cs.end(), [](const Citation* a, const Citation* b) {
                return std::tie(a->doc_line, a->col) >
                       std::tie(b->doc_line, b->col);  // right to left
            });
            for (const Citation* c : cs) {
                const int to = new_n.at({c->doc, c->path, c->n});
                lines[c->doc_line - 1].replace(c->col, c->len, std::to_string(to));
                std::cout << doc << ":" << c->doc_line << ": " << c->path << ":" << c->n
                          << " → :" << to << "  " << quote(current(c->path, to)) << "\n";
                ++rewritten;
            }
            const std::string original = read_file(root / doc);
            std::ofstream out(root / doc, std::ios::binary | std::ios::trunc);
            for (const auto& l : lines) out << l << '\n';
            if (!original.empty() && original.back() != '\n') {
            }  // docs end with a newline; keep it so
        }

        // The new lock: every citation as the docs say it now, with the text its line holds.
        std::set<Key> cited_before;  // as the docs cited them before this run rewrote any
        for (const auto& c : citations) cited_before.insert({c.doc, c.path, c.n});
        std::map<Key, std::string> entries;
        int recorded = 0;
        for (const auto& c : citations) {
            const Key old{c.doc, c.path, c.n};
            const int n = new_n.count(old) ? new_n.at(old) : c.n;
            const Key k{c.doc, c.path, n};
            if (keep.count(old)) {
                entries[old] = keep.at(old);
                continue;
            }
            if (n < 1 || n > static_cast<int>(lines_of(c.path).size())) {
                problem(c.doc, c.doc_line,
                        c.path + ":" + std::to_string(n) +
                            " is past the end of the file: correct it by hand");
                continue;
            }
            if (!locked.count(old) && !entries.count(k)) {
                ++recorded;
                // Renumbered by hand? Then an entry of the same doc and file with this text is no longer cited.
                std::string was;
                for (const auto& e : lock)
                    if (e.doc == c.doc && e.path == c.path && e.text == current(c.path, n) &&
                        e.n != n && !cited_before.count({e.doc, e.path, e.n}))
                        was = std::to_string(e.n);
                std::cout << c.doc << ":" << c.doc_line << ": recorded " << c.path << ":" << n
                          << "  " << quote(current(c.path, n))
                          << (was.empty()
                                  ? "  (new: check that this is the line you mean)\n"
                                  : "  (renumbered from :" + was + ", the line recorded there)\n");
            }
            entries[k] = current(c.path, n);
        }
        int dropped = 0;
        for (const auto& e : lock) dropped += cited_before.count({e.doc, e.path, e.n}) ? 0 : 1;
        write_lock(entries);
        report();
        std::cout << "fix-docs: " << rewritten << " citations moved, " << recorded << " recorded, "
                  << dropped << " no longer cited dropped; " << entries.size() << " in "
                  << lock_name;
        if (!problems.empty()) std::cout << "; " << problems.size() << " need a hand (above)";
        std::cout << "\n";
        return problems.empty() ? 0 : 1;
    }
};

}  // namespace

int main(int argc, char** argv) {
    Checker checker;
    checker.root = ".";
    bool fix = false, accept = false;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--fix") {
            fix = true;
        } else if (a == "--accept") {
            accept = true;
        } else if (a == "--root" && i + 1 < argc) {
            checker.root = argv[++i];
        } else if (a == "--lock" && i + 1 < argc) {
            checker.lock_name = argv[++i];
        } else {
            std::cerr << "check_docs: unknown option '" << a << "'\n"
                      << "usage: check_docs [--root DIR] [--lock FILE] [--fix [--accept]]\n";
            return 2;
        }
    }
    if (accept && !fix) {
        std::cerr << "check_docs: --accept only goes with --fix\n";
        return 2;
    }
    if (!fs::is_directory(checker.root)) {
        std::cerr << "check_docs: --root " << checker.root << ": not a folder\n";
        return 2;
    }
    return fix ? checker.fix(accept) : checker.check();
}
