// make check-briefs (scripts/check_briefs.sh): every class a header under src/redes defines gets a
// description on its Doxygen page, by the rules of docs/doxygen_filter.sh. Run on the library
// itself and on small headers written into a temporary folder.
#include <boost/test/unit_test.hpp>

#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace {

namespace fs = std::filesystem;

struct Run {
    int exit_code = -1;
    std::string out;
    bool says(const std::string& s) const { return out.find(s) != std::string::npos; }
};

Run run_check_briefs(const fs::path& dir) {
    const fs::path log =
        fs::temp_directory_path() / ("redes-check-briefs-" + std::to_string(::getpid()) + ".log");
    const std::string cmd =
        "scripts/check_briefs.sh '" + dir.string() + "' >'" + log.string() + "' 2>&1";
    const int status = std::system(cmd.c_str());
    Run r;
    r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    std::ifstream in(log);
    std::ostringstream s;
    s << in.rdbuf();
    r.out = s.str();
    fs::remove(log);
    BOOST_TEST_MESSAGE("check_briefs " << dir << " →\n" << r.out);
    return r;
}

// A folder of headers, removed afterwards.
struct Headers {
    fs::path dir;
    Headers() {
        static int count = 0;
        dir = fs::temp_directory_path() /
              ("redes-briefs-" + std::to_string(::getpid()) + "-" + std::to_string(++count));
        fs::remove_all(dir);
        fs::create_directories(dir);
    }
    ~Headers() {
        std::error_code ec;
        fs::remove_all(dir, ec);
    }
    void write(const std::string& name, const std::string& text) const {
        std::ofstream(dir / name) << text;
    }
};

}  // namespace

BOOST_AUTO_TEST_SUITE(check_briefs)

BOOST_AUTO_TEST_CASE(every_class_of_the_library_has_a_description) {
    const Run r = run_check_briefs("src/redes");
    BOOST_TEST(r.exit_code == 0);
    BOOST_TEST(r.says("each with a description"));
}

BOOST_AUTO_TEST_CASE(a_class_with_no_comment_above_it_is_reported_with_its_line) {
    Headers h;
    h.write("two.hpp",
            "#pragma once\n"
            "// Helpers for two things.\n"
            "namespace redes {\n"
            "\n"
            "// x_ℓ = σ(W x + b)\n"
            "struct Documented {\n"
            "};\n"
            "\n"
            "struct Bare {\n"
            "    int n;\n"
            "};\n"
            "}  // namespace redes\n");
    const Run r = run_check_briefs(h.dir);
    BOOST_TEST(r.exit_code == 1);
    BOOST_TEST(r.says("two.hpp:9 Bare: no // comment above it"));
    BOOST_TEST(!r.says("Documented"));
    BOOST_TEST(r.says("check-briefs: 1 of 2 classes have no description"));
}

BOOST_AUTO_TEST_CASE(a_blank_line_between_comment_and_class_leaves_the_class_bare) {
    Headers h;
    h.write("gap.hpp",
            "#pragma once\n"
            "// Notes on a section.\n"
            "namespace redes {\n"
            "// a note on what follows\n"
            "\n"
            "class First {};\n"
            "class Second {};\n"
            "}  // namespace redes\n");
    const Run r = run_check_briefs(h.dir);
    BOOST_TEST(r.exit_code == 1);
    BOOST_TEST(r.says("gap.hpp:6 First"));
    BOOST_TEST(r.says("gap.hpp:7 Second"));
}

BOOST_AUTO_TEST_CASE(the_file_comment_describes_its_namesake_or_only_class) {
    Headers h;
    // The filter gives both \copydoc of the file comment (namesake, only class at namespace level).
    h.write("schedule.hpp",
            "#pragma once\n"
            "// Schedules η_k, k = 0, 1, …\n"
            "namespace redes {\n"
            "class Schedule {};\n"
            "// η_k = η\n"
            "class ConstantSchedule : public Schedule {};\n"
            "}  // namespace redes\n");
    h.write("only.hpp",
            "#pragma once\n"
            "// The one thing this header declares.\n"
            "namespace redes {\n"
            "struct Only {\n"
            "    struct Impl;  // a forward declaration is no class page\n"
            "};\n"
            "}  // namespace redes\n");
    // A comment above `template <…>` documents the class under it.
    h.write("per_layer.hpp",
            "#pragma once\n"
            "namespace redes {\n"
            "// One entry per layer ℓ = 1…L.\n"
            "template <class T>\n"
            "class PerLayer {};\n"
            "}  // namespace redes\n");
    const Run r = run_check_briefs(h.dir);
    BOOST_TEST(r.exit_code == 0);
    BOOST_TEST(r.says("check-briefs: 4 classes and structs in 3 headers, each with a description"));
}

BOOST_AUTO_TEST_CASE(a_nested_class_needs_its_own_comment) {
    Headers h;
    h.write("figure.hpp",
            "#pragma once\n"
            "// Figure: a plot.\n"
            "namespace redes {\n"
            "class Figure {\n"
            "private:\n"
            "    struct Block {};\n"
            "};\n"
            "}  // namespace redes\n");
    const Run r = run_check_briefs(h.dir);
    BOOST_TEST(r.exit_code == 1);
    BOOST_TEST(r.says("figure.hpp:6 Block"));
    BOOST_TEST(!r.says("figure.hpp:4"));
}

BOOST_AUTO_TEST_SUITE_END()
