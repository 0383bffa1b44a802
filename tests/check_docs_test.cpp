// make check-docs / make fix-docs (tests/tools/check_docs.cpp), run on a copy of the small tree
// in tests/data/check_docs/: a chapter README with file:line citations, test cases, an image, an
// output block and quoted numbers, the chapter's two recorded outputs (output/default.txt and
// output/eta2.txt), a top README with a thumbnail, a lecture map with symbols, an audit table
// (docs/audit/01.md) and the citation lock.
#include <boost/test/unit_test.hpp>

#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#ifndef REDES_BIN_DIR
#error "REDES_BIN_DIR must name the folder of the programs"
#endif

namespace {

namespace fs = std::filesystem;

std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

void spit(const fs::path& p, const std::string& text) {
    std::ofstream out(p, std::ios::binary | std::ios::trunc);
    out << text;
}

// Replaces the first `from` in file p by `to`; fails the test when `from` is not there.
void edit(const fs::path& p, const std::string& from, const std::string& to) {
    std::string text = slurp(p);
    const auto at = text.find(from);
    BOOST_TEST_REQUIRE(at != std::string::npos, p.string() << " should contain '" << from << "'");
    text.replace(at, from.size(), to);
    spit(p, text);
}

struct Run {
    int exit_code = -1;
    std::string out;
    bool says(const std::string& s) const { return out.find(s) != std::string::npos; }
};

// A fresh copy of the fixture tree per test case.
struct Tree {
    fs::path root;
    Tree() {
        static int count = 0;
        root = fs::temp_directory_path() /
               ("redes-check-docs-" + std::to_string(::getpid()) + "-" + std::to_string(++count));
        fs::remove_all(root);
        fs::copy("tests/data/check_docs", root, fs::copy_options::recursive);
    }
    ~Tree() {
        std::error_code ec;
        fs::remove_all(root, ec);
    }
    Run run(const std::string& args = "") const {
        Run r;
        const fs::path log = root / "check_docs.log";
        const std::string cmd = std::string(REDES_BIN_DIR) + "/check_docs --root '" +
                                root.string() + "' " + args + " >'" + log.string() + "' 2>&1";
        const int status = std::system(cmd.c_str());
        r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
        r.out = slurp(log);
        fs::remove(log);
        BOOST_TEST_MESSAGE("check_docs " << args << " →\n" << r.out);
        return r;
    }
    fs::path operator/(const std::string& rel) const { return root / rel; }
};

const std::string chapter = "chapters/01_first/README.md";
const std::string record = "chapters/01_first/output/default.txt";

}  // namespace

BOOST_AUTO_TEST_SUITE(check_docs)

BOOST_AUTO_TEST_CASE(the_fixture_tree_holds) {
    Tree t;
    const Run r = t.run();
    BOOST_TEST(r.exit_code == 0, r.out);
    BOOST_TEST(r.says("5 line citations"), r.out);
    BOOST_TEST(r.says("6 test cases, 2 symbols, 5 quoted numbers and 3 lines of output blocks "
                      "against 2 records checked in 4 docs"),
               r.out);
    BOOST_TEST(r.says("all hold"), r.out);
}

BOOST_AUTO_TEST_CASE(moved_code_is_reported_and_fix_docs_moves_the_citations) {
    Tree t;
    edit(t / "src/lib/f.cpp", "// A library file",
         "#include <cmath>\n\n// A library file");  // 2 lines down
    const Run check = t.run();
    BOOST_TEST(check.exit_code == 1);
    BOOST_TEST(check.says(
                   chapter +
                   ":7: src/lib/f.cpp:3 no longer reads `double empirical_risk(const double* J, "
                   "int M) {`"),
               check.out);
    BOOST_TEST(check.says("it is now line 5: run make fix-docs"), check.out);

    const Run fix = t.run("--fix");
    BOOST_TEST(fix.exit_code == 0, fix.out);
    BOOST_TEST(fix.says("5 citations moved"), fix.out);  // f.cpp:11 is cited twice
    const std::string doc = slurp(t / chapter);
    BOOST_TEST(doc.find("`src/lib/f.cpp:5`–`9`") != std::string::npos,
               doc);  // `}` found by the range's shift
    BOOST_TEST(doc.find("`src/lib/f.cpp:11`, `:13`") != std::string::npos, doc);
    BOOST_TEST(doc.find("`f.cpp:13`") != std::string::npos, doc);
    BOOST_TEST(slurp(t / "docs/citations.lock").find("src/lib/f.cpp\t13\ttheta -= eta * g;") !=
               std::string::npos);
    BOOST_TEST(t.run().exit_code == 0);
}

BOOST_AUTO_TEST_CASE(a_closing_brace_that_appears_twice_moves_with_its_neighbours) {
    Tree t;
    // Line 7 `}` exists twice (lines 7 and 12) after the change; only the shift (+3) of the unique
    // line 3 of the same range tells which one the citation meant.
    edit(t / "src/lib/f.cpp", "// A library file", "// one\n// two\n// three\n// A library file");
    const Run fix = t.run("--fix");
    BOOST_TEST(fix.exit_code == 0, fix.out);
    BOOST_TEST(slurp(t / chapter).find("`src/lib/f.cpp:6`–`10`") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_changed_line_is_left_for_a_human_until_accepted) {
    Tree t;
    edit(t / "src/lib/f.cpp", "theta -= eta * g;", "theta = theta - eta * g;");
    const Run check = t.run();
    BOOST_TEST(check.exit_code == 1);
    BOOST_TEST(check.says(chapter +
                          ":8: src/lib/f.cpp:11 no longer reads `theta -= eta * g;` (it reads "
                          "`theta = theta - eta * g;`); that text is gone from the file"),
               check.out);
    BOOST_TEST(check.says(chapter + ":10: src/lib/f.cpp:11 no longer reads"),
               check.out);  // the short `f.cpp:11`

    const std::string before = slurp(t / chapter);
    const Run fix = t.run("--fix");
    BOOST_TEST(fix.exit_code == 1, fix.out);
    BOOST_TEST(fix.says("need a hand"), fix.out);
    BOOST_TEST(slurp(t / chapter) == before);
    BOOST_TEST(t.run().exit_code == 1);  // still failing: the lock kept the old text

    const Run accept = t.run("--fix --accept");
    BOOST_TEST(accept.exit_code == 0, accept.out);
    BOOST_TEST(accept.says("accepted as it reads now"), accept.out);
    BOOST_TEST(t.run().exit_code == 0);
}

BOOST_AUTO_TEST_CASE(a_new_citation_must_be_recorded_and_an_old_one_dropped) {
    Tree t;
    edit(t / chapter, "`src/lib/f.cpp:9`, `:11`", "`src/lib/f.cpp:10`, `:11`");
    const Run check = t.run();
    BOOST_TEST(check.exit_code == 1);
    BOOST_TEST(check.says(chapter + ":8: src/lib/f.cpp:10 is not in docs/citations.lock; it reads "
                                    "`void step(double& theta, double eta, double g) {`"),
               check.out);
    BOOST_TEST(
        check.says(
            "docs/citations.lock:5: chapters/01_first/README.md no longer cites src/lib/f.cpp:9"),
        check.out);
    const Run fix = t.run("--fix");
    BOOST_TEST(fix.exit_code == 0, fix.out);
    BOOST_TEST(fix.says("1 recorded, 1 no longer cited dropped"), fix.out);
    BOOST_TEST(t.run().exit_code == 0);
}

BOOST_AUTO_TEST_CASE(a_citation_past_the_end_or_to_a_missing_file_is_reported) {
    Tree t;
    edit(t / chapter, "`src/lib/f.cpp:9`", "`src/lib/f.cpp:99`");
    edit(t / chapter, "`tests/f_test.cpp`", "`tests/g_test.cpp`");
    const Run r = t.run();
    BOOST_TEST(r.exit_code == 1);
    BOOST_TEST(r.says(chapter + ":8: src/lib/f.cpp:99 is past the end of the file (12 lines)"),
               r.out);
    BOOST_TEST(r.says(chapter + ":7: `tests/g_test.cpp`: no such file or folder"), r.out);
}

BOOST_AUTO_TEST_CASE(a_missing_test_case_is_reported) {
    Tree t;
    edit(t / chapter, "`risk_is_the_mean_of_J`", "`risk_is_the_median_of_J`");
    edit(t / chapter, "`step_moves_against_the_gradient`", "`step_moves_along_the_gradient`");
    const Run r = t.run();
    BOOST_TEST(r.exit_code == 1);
    BOOST_TEST(r.says(chapter +
                      ":7: test case `risk_is_the_median_of_J` is not a BOOST_*_TEST_CASE in "
                      "tests/f_test.cpp"),
               r.out);
    // In the "test" column without a file: looked up in every tests/*.cpp.
    BOOST_TEST(
        r.says(chapter +
               ":8: test case `step_moves_along_the_gradient` is not a BOOST_*_TEST_CASE in any "
               "tests/*.cpp"),
        r.out);
}

BOOST_AUTO_TEST_CASE(a_missing_plot_is_reported_wherever_it_is_shown) {
    Tree t;
    fs::remove(t / "plots/ch01_risk.png");
    const Run r = t.run();
    BOOST_TEST(r.exit_code == 1);
    BOOST_TEST(r.says("README.md:5: image `plots/ch01_risk.png` does not exist"),
               r.out);  // <img src>
    BOOST_TEST(r.says(chapter + ":12: image `../../plots/ch01_risk.png` does not exist"),
               r.out);  // ![..](..)
    BOOST_TEST(r.says("docs/lecture-map.md:5: `plots/ch01_risk.png`: no such file"), r.out);
}

BOOST_AUTO_TEST_CASE(a_lecture_map_symbol_missing_from_its_file_is_reported) {
    Tree t;
    edit(t / "src/lib/f.cpp", "void step(", "void gd_step(");
    const Run check = t.run();
    BOOST_TEST(check.exit_code == 1);
    BOOST_TEST(check.says(
                   "docs/lecture-map.md:6: symbol `step`: `step` is not a word of src/lib/f.cpp"),
               check.out);
}

BOOST_AUTO_TEST_CASE(a_line_moved_to_another_file_is_found_there) {
    Tree t;
    edit(t / "src/lib/f.cpp", "    theta -= eta * g;", "    apply(theta, eta, g);");
    spit(
        t / "src/lib/g.cpp",
        "// The update, moved out of f.cpp.\nvoid apply(double& theta, double eta, double g) {\n    theta -= eta * g;\n}\n");
    const Run check = t.run();
    BOOST_TEST(check.exit_code == 1);
    BOOST_TEST(
        check.says(
            "that text is gone from the file (it is now src/lib/g.cpp:3: change the file the citation "
            "names)"),
        check.out);
    const Run fix = t.run("--fix");
    BOOST_TEST(fix.exit_code == 1, fix.out);
    BOOST_TEST(fix.says("its text is no longer in src/lib/f.cpp (it is now src/lib/g.cpp:3"),
               fix.out);
}

BOOST_AUTO_TEST_CASE(a_citation_renumbered_by_hand_is_recorded_as_such) {
    Tree t;
    edit(t / "src/lib/f.cpp", "// A library file",
         std::string(10, '\n') + "// A library file");                      // 10 lines down
    edit(t / chapter, "`src/lib/f.cpp:3`–`7`", "`src/lib/f.cpp:13`–`17`");  // one row by hand
    const Run fix = t.run("--fix");
    BOOST_TEST(fix.exit_code == 0, fix.out);
    BOOST_TEST(
        fix.says(
            "recorded src/lib/f.cpp:13  `double empirical_risk(const double* J, int M) {`  (renumbered "
            "from :3"),
        fix.out);
    BOOST_TEST(fix.says("3 citations moved, 2 recorded, 2 no longer cited dropped"), fix.out);
    BOOST_TEST(slurp(t / chapter).find("`src/lib/f.cpp:19`, `:21`") != std::string::npos);
    BOOST_TEST(t.run().exit_code == 0);
}

BOOST_AUTO_TEST_CASE(check_docs_fails_on_a_changed_quoted_number) {
    {
        Tree t;  // the doc changed
        edit(t / chapter, "[`0.0607883`]", "[`0.0607884`]");
        const Run r = t.run();
        BOOST_TEST(r.exit_code == 1);
        BOOST_TEST(r.says(chapter +
                          ":24: quoted number `0.0607884` is not printed in output/default.txt (as "
                          "a whole number): rerun the program (make record-01)"),
                   r.out);
    }
    Tree t;  // the program's output changed: the prose, the block and the audit table all fail
    edit(t / record, "10    0.348678   0.0607883", "10    0.348678   0.0607885");
    edit(t / record, "risk after 10 steps: 0.0607883", "risk after 10 steps: 0.0607885");
    const Run r = t.run();
    BOOST_TEST(r.exit_code == 1);
    BOOST_TEST(r.says(chapter + ":24: quoted number `0.0607883` is not printed"), r.out);
    BOOST_TEST(r.says(chapter +
                      ":21: `risk after 10 steps: 0.0607883 (0.12 of the start)` is not a line of "
                      "output/default.txt"),
               r.out);
    BOOST_TEST(r.says("docs/audit/01.md:5: quoted number `0.0607883` is not printed in "
                      "../../chapters/01_first/output/default.txt"),
               r.out);
    BOOST_TEST(r.says("3 problems"), r.out);
}

BOOST_AUTO_TEST_CASE(a_quoted_number_is_a_whole_number_of_the_record) {
    Tree t;
    edit(t / chapter, "[0.5]", "[0.17]");                      // begins 0.174339
    edit(t / chapter, "[−0.21]", "[0.21]");                    // the record prints -0.21
    edit(t / chapter, "[0.00576461]", "[0.0057646]");          // begins 0.00576461
    edit(t / chapter, "[whole run]", "[0.012 of the start]");  // printed as is: holds
    const Run r = t.run();
    BOOST_TEST(r.exit_code == 1);
    BOOST_TEST(r.says(chapter + ":24: quoted number `0.17` is not printed"), r.out);
    BOOST_TEST(r.says(chapter + ":25: quoted number `0.21` is not printed"), r.out);
    BOOST_TEST(r.says(chapter + ":26: quoted number `0.0057646` is not printed in output/eta2.txt"),
               r.out);
    BOOST_TEST(r.says("3 problems"), r.out);

    Tree u;  // a sign written as U+2212 or '-' is the same number
    edit(u / chapter, "[−0.21]", "[-0.21]");
    BOOST_TEST(u.run().exit_code == 0);
}

BOOST_AUTO_TEST_CASE(an_output_block_shows_lines_of_its_record_in_order) {
    {
        Tree t;
        edit(t / chapter, "0     1          0.5\n…", "0     1          0.50\n…");
        const Run r = t.run();
        BOOST_TEST(r.exit_code == 1);
        BOOST_TEST(r.says(chapter + ":19: `0     1          0.50` is not a line of "
                                    "output/default.txt"),
                   r.out);
    }
    {
        Tree t;
        edit(t / chapter, "$ make chapter-01\n…\n0     1          0.5",
             "0     1          0.5\n$ make chapter-01");
        const Run r = t.run();
        BOOST_TEST(r.exit_code == 1);
        BOOST_TEST(r.says(chapter + ":18: `$ make chapter-01` is line 1 of output/default.txt, "
                                    "before the line shown above it"),
                   r.out);
    }
    Tree t;
    edit(t / chapter, "```output default", "```output quick");
    const Run r = t.run();
    BOOST_TEST(r.exit_code == 1);
    BOOST_TEST(r.says(chapter + ":16: output block `quick`: no record "
                                "chapters/01_first/output/quick.txt"),
               r.out);
}

BOOST_AUTO_TEST_CASE(a_record_starts_with_its_own_command_and_holds_no_plot_lines) {
    Tree t;
    edit(t / record, "$ make chapter-01", "$ make chapter-02");
    spit(t / "chapters/01_first/output/eta2.txt",
         "$ make chapter-01\nch01_first (seed 1)\n  plot: plots/ch01_risk.png\n"
         "risk after 10 steps: 0.00576461 (0.012 of the start)\n");
    const Run r = t.run();
    BOOST_TEST(r.exit_code == 1);
    BOOST_TEST(r.says(record + ":1: line 1 is `$ make chapter-02`; it must be `$ make chapter-01` "
                               "(the run without ARGS is named default)"),
               r.out);
    BOOST_TEST(r.says("chapters/01_first/output/eta2.txt:1: line 1 is `$ make chapter-01`; it must "
                      "be `$ make chapter-01 ARGS=\"…\"` (only the run without ARGS is named "
                      "default)"),
               r.out);
    BOOST_TEST(r.says("chapters/01_first/output/eta2.txt:3: a record holds no `plot:` lines"),
               r.out);
    BOOST_TEST(r.says("4 problems"), r.out);  // and the block's `$ make chapter-01` line
}

BOOST_AUTO_TEST_CASE(the_audit_tables_are_checked) {
    Tree t;
    edit(t / "docs/audit/01.md", "`step_moves_against_the_gradient`",
         "`step_moves_with_the_gradient`");
    const Run r = t.run();
    BOOST_TEST(r.exit_code == 1);
    BOOST_TEST(r.says("docs/audit/01.md:6: test case `step_moves_with_the_gradient` is not a "
                      "BOOST_*_TEST_CASE in tests/f_test.cpp"),
               r.out);
}

// scripts/records.sh on the fixture tree, with a stand-in for the chapter program bin/ch01_first:
// it prints the run its options name (kept in bin/NAME.out) and a plot line, and writes its
// arguments to bin/NAME.args.
struct RecordsTree : Tree {
    RecordsTree() {
        fs::create_directories(root / "bin");
        for (const char* name : {"default", "eta2"}) {
            const std::string rec =
                slurp(root / "chapters/01_first/output" / (std::string(name) + ".txt"));
            spit(root / "bin" / (std::string(name) + ".out"), rec.substr(rec.find('\n') + 1));
        }
        spit(root / "bin/ch01_first",
             "#!/bin/sh\ncase \"$*\" in *'--eta 0.2'*) r=eta2 ;; *) r=default ;; esac\n"
             "echo \"$*\" > bin/$r.args\nhead -n 1 bin/$r.out\necho '  plot: x/ch01_risk.png'\n"
             "tail -n +2 bin/$r.out\n");
        fs::permissions(root / "bin/ch01_first", fs::perms::owner_all, fs::perm_options::add);
    }
    Run records(const std::string& mode) const {
        Run r;
        const fs::path log = root / "records.log";
        const std::string cmd = "cd '" + root.string() + "' && '" +
                                (fs::current_path() / "scripts/records.sh").string() + "' bin " +
                                mode + " >'" + log.string() + "' 2>&1";
        const int status = std::system(cmd.c_str());
        r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
        r.out = slurp(log);
        fs::remove(log);
        BOOST_TEST_MESSAGE("records.sh " << mode << " →\n" << r.out);
        return r;
    }
};

BOOST_AUTO_TEST_CASE(check_records_reruns_each_command_and_finds_a_stale_record) {
    RecordsTree t;
    const Run fresh = t.records("check");
    BOOST_TEST(fresh.exit_code == 0, fresh.out);
    BOOST_TEST(fresh.says("check-records: 2 records rerun, 0 stale or failing"), fresh.out);
    // ARGS as the shell splits them; figures never into plots/ when checking
    BOOST_TEST(slurp(t / "bin/eta2.args") ==
               "--eta 0.2 --out build/runs/check-records/chapter-01-eta2\n");
    BOOST_TEST(slurp(t / "bin/default.args") ==
               "--out build/runs/check-records/chapter-01-default\n");

    edit(t / "bin/eta2.out", "0.00576461 (0.012", "0.00576462 (0.012");  // the program changed
    const Run stale = t.records("check");
    BOOST_TEST(stale.exit_code == 1);
    BOOST_TEST(stale.says("records: chapters/01_first/output/eta2.txt is stale"), stale.out);
    BOOST_TEST(stale.says("> risk after 10 steps: 0.00576462 (0.012 of the start)"), stale.out);
    BOOST_TEST(stale.says("check-records: 2 records rerun, 1 stale or failing"), stale.out);
}

BOOST_AUTO_TEST_CASE(make_record_rewrites_a_record_from_its_first_line) {
    RecordsTree t;
    const std::string before = slurp(t / record);
    spit(t / record, "$ make chapter-01\n");  // a new record: its command only
    const Run w = t.records("write");
    BOOST_TEST(w.exit_code == 0, w.out);
    BOOST_TEST(w.says("records: " + record + " rewritten"), w.out);
    BOOST_TEST(slurp(t / record) == before);                       // the plot line left out
    BOOST_TEST(slurp(t / "bin/default.args") == "--out plots\n");  // the default run draws plots/
    // a record with ARGS: a folder of its own, so JOBS=2 never runs two into the same files
    BOOST_TEST(slurp(t / "bin/eta2.args") ==
               "--eta 0.2 --out build/runs/records/chapter-01-eta2\n");
}

BOOST_AUTO_TEST_CASE(measured_times_listed_in_a_timed_file_may_differ) {
    RecordsTree t;
    edit(t / "bin/default.out", "log-risk slope per step: -0.21", "log-risk slope per step: -0.22");
    BOOST_TEST(t.records("check").exit_code == 1);
    spit(t / "chapters/01_first/output/default.timed", "# measured\n^log-risk slope\n");
    const Run r = t.records("check");
    BOOST_TEST(r.exit_code == 0, r.out);
    BOOST_TEST(t.run().exit_code == 0);  // check-docs accepts NAME.timed beside NAME.txt
    edit(t / "bin/default.out", "slope per step: -0.22", "slope per step: -0.22 -0.1");
    BOOST_TEST(t.records("check").exit_code == 1);  // another count of numbers: stale
}

// make run (records.sh run) rewrites output/default.txt, unless the run differs from it only in
// the lines default.timed names: then the recorded times, which the docs quote, stay.
BOOST_AUTO_TEST_CASE(make_run_keeps_a_record_whose_only_change_is_a_measured_time) {
    RecordsTree t;
    const std::string before = slurp(t / record);
    edit(t / "bin/default.out", "log-risk slope per step: -0.21", "log-risk slope per step: -0.22");
    spit(t / "chapters/01_first/output/default.timed", "^log-risk slope\n");
    BOOST_TEST(t.records("run").exit_code == 0);
    BOOST_TEST(slurp(t / record) == before);
    BOOST_TEST(slurp(t / "bin/default.args") == "--out plots\n");
    fs::remove(t / "chapters/01_first/output/default.timed");  // not a time: written
    BOOST_TEST(t.records("run").exit_code == 0);
    BOOST_TEST(slurp(t / record).find("log-risk slope per step: -0.22") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(bad_options_are_refused) {
    Tree t;
    const Run r = t.run("--frobnicate");
    BOOST_TEST(r.exit_code == 2);
    BOOST_TEST(r.says("unknown option '--frobnicate'"), r.out);
    BOOST_TEST(t.run("--accept").exit_code == 2);
}

BOOST_AUTO_TEST_SUITE_END()
