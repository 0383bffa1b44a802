#pragma once
// Runs a chapter program the way a student does, for the chapter test suites:
//   auto r = run_chapter("04_linear", "--quick");
//   BOOST_TEST(r.exit_code == 0);  BOOST_TEST(r.has_plot("ch04_xor"));
// Programs live in REDES_BIN_DIR (set by the Makefile); each run writes into its own
// temporary folder, passed as --out.
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#ifndef REDES_BIN_DIR
#error "REDES_BIN_DIR must name the folder of the chapter programs"
#endif

namespace redes_test {

struct ChapterRun {
    int exit_code = -1;
    std::string out;     // everything the program wrote on stdout
    std::string err;     // and on stderr
    std::string folder;  // its --out folder
    bool has_plot(const std::string& stem) const {
        namespace fs = std::filesystem;
        const std::string base = folder + "/" + stem;
        return fs::exists(base + ".png") && fs::file_size(base + ".png") > 0 &&
               fs::exists(base + ".csv") && fs::exists(base + ".gp");
    }
};

inline std::string slurp(const std::string& path) {
    std::ifstream in(path);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// name: the chapter folder, e.g. "04_linear"; args: further options.
inline ChapterRun run_chapter(const std::string& name, const std::string& args = "--quick") {
    namespace fs = std::filesystem;
    ChapterRun r;
    r.folder =
        (fs::temp_directory_path() / ("redes-test-" + name + "-" + std::to_string(::getpid())))
            .string();
    fs::remove_all(r.folder);
    fs::create_directories(r.folder);
    const std::string cmd = std::string(REDES_BIN_DIR) + "/ch" + name + " " + args + " --out '" +
                            r.folder + "' >'" + r.folder + "/stdout.txt' 2>'" + r.folder +
                            "/stderr.txt'";
    const int status = std::system(cmd.c_str());
    r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    r.out = slurp(r.folder + "/stdout.txt");
    r.err = slurp(r.folder + "/stderr.txt");
    return r;
}

}  // namespace redes_test
