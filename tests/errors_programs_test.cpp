// The programs' side of docs/errors.md: every chapter program and the train command turn a
// bad option value into exactly one line on stderr naming the option, and a non-zero exit
// (2 for the command line, 1 for anything else), with no stack trace or "terminate called".
#include <boost/test/unit_test.hpp>

#include <sys/wait.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "data_test_helpers.hpp"
#include "redes/io/atomic_write.hpp"

#ifndef REDES_BIN_DIR
#error "REDES_BIN_DIR must name the folder of the programs"
#endif

using redes_test::ScratchDir;

namespace {

struct Run {
    int code = -1;
    std::string out, err;
};

// bin/<program> with args, stdout and stderr captured in the scratch folder.
Run run(const ScratchDir& s, const std::string& program, const std::string& args) {
    const std::string cmd = std::string(REDES_BIN_DIR) + "/" + program + " " + args + " >'" +
                            s.path("out.txt") + "' 2>'" + s.path("err.txt") + "'";
    const int status = std::system(cmd.c_str());
    Run r;
    r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    r.out = redes::io::read_file(s.path("out.txt"));
    r.err = redes::io::read_file(s.path("err.txt"));
    return r;
}

std::size_t lines(const std::string& s) {
    return static_cast<std::size_t>(std::count(s.begin(), s.end(), '\n'));
}

// "ch01_learning", … from the folders under chapters/.
std::vector<std::string> chapter_programs() {
    std::vector<std::string> names;
    for (const auto& e : std::filesystem::directory_iterator("chapters"))
        if (e.is_directory()) names.push_back("ch" + e.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
}

// One line on stderr, "<program>: …", holding `what`, and the exit code.
void check_one_line(const Run& r, const std::string& program, int code, const std::string& what) {
    BOOST_TEST(r.code == code, program << " → " << r.err);
    BOOST_TEST(lines(r.err) == 1u, program << " → " << r.err);
    BOOST_TEST(r.err.rfind(program + ": ", 0) == 0u, program << " → " << r.err);
    BOOST_TEST(r.err.find(what) != std::string::npos,
               program << " → " << r.err << " should hold " << what);
    BOOST_TEST(r.err.find("terminate called") == std::string::npos, r.err);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(errors_programs)

BOOST_AUTO_TEST_CASE(every_chapter_refuses_a_negative_seed) {
    ScratchDir s("errors_seed");
    const auto programs = chapter_programs();
    BOOST_TEST(programs.size() >= 18u);
    for (const std::string& p : programs) {
        const Run r = run(s, p, "--quick --seed -1 --out '" + s.path("plots") + "'");
        BOOST_TEST(r.err ==
                   p + ": option --seed: -1 must be a whole number 0…18446744073709551615\n");
        check_one_line(r, p, 2, "option --seed");
    }
}

BOOST_AUTO_TEST_CASE(every_chapter_refuses_an_out_folder_it_cannot_create) {
    ScratchDir s("errors_out");
    redes::io::write_file_atomic(s.path("file"), "x");
    const std::string out = s.path("file") + "/plots";
    for (const std::string& p : chapter_programs()) {
        const Run r = run(s, p, "--quick --out '" + out + "'");
        BOOST_TEST(r.err == p + ": option --out: '" + out +
                                "' must be a folder that can be created and written (mkdir " + out +
                                ": Not a directory)\n");
        check_one_line(r, p, 2, "option --out");
        BOOST_TEST(r.out.empty(), p << " started its work: " << r.out);
    }
}

BOOST_AUTO_TEST_CASE(every_chapter_reports_an_unknown_option_as_a_bad_command_line) {
    ScratchDir s("errors_cmdline");
    for (const std::string& p : chapter_programs()) {
        const Run r = run(s, p, "--quick --no-such-option --out '" + s.path("plots") + "'");
        BOOST_TEST(r.err ==
                   p + ": bad command line: unrecognised option '--no-such-option' (see --help)\n");
        check_one_line(r, p, 2, "bad command line");
        const Run t = run(s, p, "--quick --seed twelve --out '" + s.path("plots") + "'");
        check_one_line(t, p, 2, "option --seed: twelve must be a whole number");
    }
}

BOOST_AUTO_TEST_CASE(train_bad_option_values_are_one_line) {
    ScratchDir s("errors_train");
    redes::io::write_file_atomic(s.path("file"), "x");
    const std::string iris = "data/iris.csv --header-lines 1 --epochs 2 --progress quiet";
    const std::vector<std::pair<std::string, std::string>> cases{
        {iris + " --eta -0.5",
         "train: option --eta: -0.5 must be positive and finite (the learning rate η)\n"},
        {iris + " --batch-size 0", "train: option --batch-size: 0 must be at least 1\n"},
        {iris + " --batch-size 121",
         "train: option --batch-size: 121 must be at most the number of training samples M = 120\n"},
        {iris + " --activation swish",
         "train: option --activation: 'swish' must be one of relu, leaky_relu, abs, sigmoid, tanh, identity\n"},
        {iris + " --seed -1",
         "train: option --seed: -1 must be a whole number 0…18446744073709551615\n"},
        {iris + " --save '" + s.path("file") + "/m.txt'",
         "train: option --save: '" + s.path("file") +
             "/m.txt' must be a file in a folder that exists and can be written (no folder " +
             s.path("file") + ")\n"},
        {iris + " --save '" + s.dir.string() + "'",
         "train: option --save: '" + s.dir.string() +
             "' must be a file in a folder that exists and can be written (it is a folder)\n"},
        {iris + " --plot '" + s.path("file") + "/runs/iris'",
         "train: option --plot: '" + s.path("file") +
             "/runs' must be a folder that can be created and written (mkdir " + s.path("file") +
             "/runs: Not a directory)\n"},
    };
    for (const auto& [args, message] : cases) {
        const Run r = run(s, "train", args);
        BOOST_TEST(r.err == message, args);
        check_one_line(r, "train", 2, "option --");
        BOOST_TEST(r.out.find("trained in") == std::string::npos,
                   args << ": trained before refusing");
    }
}

BOOST_AUTO_TEST_CASE(train_missing_data_file_is_one_line_exit_1) {
    ScratchDir s("errors_train_missing");
    const Run r = run(s, "train", "data/no-such-file.csv");
    BOOST_TEST(
        r.err ==
        "train: error: load_csv: data/no-such-file.csv: cannot open: No such file or directory\n");
    check_one_line(r, "train", 1, "data/no-such-file.csv");
    const Run m =
        run(s, "train",
            "data/iris.csv --header-lines 1 --load '" + s.path("none.txt") + "' --evaluate");
    check_one_line(m, "train", 1, s.path("none.txt"));
}

BOOST_AUTO_TEST_SUITE_END()
