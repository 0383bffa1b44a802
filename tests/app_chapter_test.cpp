// The scaffolding every chapter program shares (src/redes/app/chapter.*): a bad REDES_THREADS
// stops the program at its start, with one line naming the variable and the value, and exit 2.
#include <boost/test/unit_test.hpp>

#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "chapter_runner.hpp"

#ifndef REDES_BIN_DIR
#error "REDES_BIN_DIR must name the folder of the chapter programs"
#endif

namespace {

namespace fs = std::filesystem;

struct Run {
    int exit_code = -1;
    std::string out, err;
};

// `env REDES_THREADS=value bin/ch<name> --quick --out <scratch>`, its stdout and stderr.
Run run_with_threads(const std::string& name, const std::string& value) {
    const fs::path dir =
        fs::temp_directory_path() / ("redes-app-chapter-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    const std::string cmd = "env REDES_THREADS='" + value + "' " + std::string(REDES_BIN_DIR) +
                            "/ch" + name + " --quick --out '" + dir.string() + "' >'" +
                            (dir / "out.txt").string() + "' 2>'" + (dir / "err.txt").string() + "'";
    const int status = std::system(cmd.c_str());
    Run r;
    r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    r.out = redes_test::slurp((dir / "out.txt").string());
    r.err = redes_test::slurp((dir / "err.txt").string());
    fs::remove_all(dir);
    return r;
}

// "01_learning", … : the folders under chapters/.
std::vector<std::string> chapters() {
    std::vector<std::string> names;
    for (const auto& e : std::filesystem::directory_iterator("chapters"))
        if (e.is_directory()) names.push_back(e.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(app_chapter)

BOOST_AUTO_TEST_CASE(every_chapter_refuses_a_bad_REDES_THREADS_before_it_starts) {
    const auto names = chapters();
    BOOST_TEST(names.size() >= 18u);
    for (const std::string& name : names) {
        for (const std::string value : {"zero", "0", "2x"}) {
            const Run r = run_with_threads(name, value);
            BOOST_TEST(r.exit_code == 2, name << " → " << r.err);
            BOOST_TEST(r.err == "ch" + name + ": gemm: environment variable REDES_THREADS = '" +
                                    value + "' is not a whole number in 1…1024\n",
                       name);
            BOOST_TEST(r.out.empty(), name << " printed " << r.out);
        }
    }
}

BOOST_AUTO_TEST_CASE(a_chapter_runs_with_REDES_THREADS_1) {
    const Run r = run_with_threads("04_linear", "1");
    BOOST_TEST(r.exit_code == 0, r.err);
    BOOST_TEST(r.out.find("ch04_linear (seed 1, quick)") == 0u, r.out);
}

BOOST_AUTO_TEST_SUITE_END()
