// `train` never loses data (issue 12): no output is an input, existing files are replaced only
// with --overwrite, a diverging run saves nothing and exits 1, --evaluate never prints nan with
// exit 0, exit 2 only for a bad option, and each refusal is one exact line.
#include <boost/test/unit_test.hpp>

#include <filesystem>

#include "data_test_helpers.hpp"
#include "redes/io/atomic_write.hpp"
#include "redes/models/model_io.hpp"
#include "train_runner.hpp"

using namespace redes;
using redes_test::run_train_command;
using redes_test::ScratchDir;

namespace {

const std::string quick = " --header-lines 1 --widths 4 --epochs 2 --progress quiet";

// A copy of data/iris.csv in the scratch folder (the file a careless --plot would destroy).
std::string iris_copy(const ScratchDir& s) {
    std::string p = s.path("iris.csv");
    io::write_file_atomic(p, io::read_file("data/iris.csv"));
    return p;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(train_safety)

BOOST_AUTO_TEST_CASE(no_output_is_an_input) {
    ScratchDir s("train_safe_inputs");
    const std::string data = iris_copy(s), stem = s.path("iris");
    const std::string before = io::read_file(data);
    // --plot STEM whose STEM.csv is the data: refused, even with --overwrite
    for (const std::string extra : {"", " --overwrite"}) {
        const auto r = run_train_command(data + quick + " --plot " + stem + extra);
        BOOST_TEST(r.code == 2);
        BOOST_TEST(r.err == "train: option --plot: '" + stem +
                                ".csv' must be a new file, not the --data file " + data +
                                " (it would be overwritten)\n");
    }
    // --save onto the data: refused, even with --overwrite
    const auto r = run_train_command(data + quick + " --save " + data + " --overwrite");
    BOOST_TEST(r.code == 2);
    BOOST_TEST(r.err == "train: option --save: '" + data +
                            "' must be a new file, not the --data file " + data +
                            " (it would be overwritten)\n");
    // the same file by another name
    const auto r2 = run_train_command(data + quick + " --save " + s.dir.string() + "/./iris.csv");
    BOOST_TEST(r2.code == 2);
    BOOST_TEST(r2.err.find("not the --data file") != std::string::npos, r2.err);
    // a plot stem whose .csv is the --save file
    const auto r3 =
        run_train_command(data + quick + " --save " + s.path("m.csv") + " --plot " + s.path("m"));
    BOOST_TEST(r3.code == 2);
    BOOST_TEST(r3.err == "train: option --plot: '" + s.path("m") + "' must be a stem whose " +
                             s.path("m.csv") + " is not the --save file\n");
    BOOST_TEST(io::read_file(data) == before);
    BOOST_TEST(!std::filesystem::exists(s.path("m.csv")));
}

BOOST_AUTO_TEST_CASE(existing_files_are_replaced_only_with_overwrite) {
    ScratchDir s("train_safe_overwrite");
    const std::string data = iris_copy(s), notes = s.path("notes.txt"), stem = s.path("run");
    io::write_file_atomic(notes, "my notes\n");
    auto r = run_train_command(data + quick + " --save " + notes);
    BOOST_TEST(r.code == 2);
    BOOST_TEST(r.err == "train: option --save: '" + notes +
                            "' must be a new file or a redes model file (it exists; --overwrite "
                            "replaces it)\n");
    BOOST_TEST(io::read_file(notes) == "my notes\n");
    BOOST_TEST(run_train_command(data + quick + " --save " + notes + " --overwrite").code == 0);
    BOOST_TEST(io::read_file(notes).rfind("redes-mlp 2\n", 0) == 0u);
    // a redes model file is replaced without asking (continued training saves onto it)
    BOOST_TEST(run_train_command(data + quick + " --save " + notes).code == 0);

    io::write_file_atomic(stem + ".gp", "my gnuplot script\n");
    r = run_train_command(data + quick + " --plot " + stem);
    BOOST_TEST(r.code == 2);
    BOOST_TEST(r.err == "train: option --plot: '" + stem + "' must be a stem of new files: " +
                            stem + ".gp exists (--overwrite replaces it)\n");
    BOOST_TEST(io::read_file(stem + ".gp") == "my gnuplot script\n");
    BOOST_TEST(!std::filesystem::exists(stem + ".png"));
    r = run_train_command(data + quick + " --plot " + stem + " --overwrite");
    BOOST_TEST(r.code == 0, r.err);
    BOOST_TEST(std::filesystem::exists(stem + ".png"));
}

BOOST_AUTO_TEST_CASE(stale_temporaries_of_a_killed_save_are_reported) {
    ScratchDir s("train_safe_stale");
    const std::string data = iris_copy(s), model = s.path("m.txt");
    redes_test::write_bytes(model + ".tmp.Q1w2E3", "half a model");
    const auto r = run_train_command(data + quick + " --save " + model);
    BOOST_TEST(r.code == 0);
    BOOST_TEST(r.out.rfind("warning: " + model +
                               ".tmp.Q1w2E3 is left from an interrupted save of " + model +
                               " (delete it if no other train is running)\n",
                           0) == 0u,
               r.out);
}

BOOST_AUTO_TEST_CASE(a_diverging_run_saves_nothing_and_exits_1) {
    ScratchDir s("train_safe_diverge");
    const std::string data = iris_copy(s), model = s.path("good.txt");
    BOOST_TEST(run_train_command(data + quick + " --save " + model).code == 0);
    const std::string good = io::read_file(model);
    // R̂ grows past 100 · max(R̂(θ_0), 1) while staying finite (the 1e122 of issue 12)
    const std::string gd = " --header-lines 1 --widths 4 --progress quiet --optimizer gd";
    auto r = run_train_command(data + gd + " --eta 3 --cost quadratic --epochs 50 --save " + model +
                               " --overwrite");
    BOOST_TEST(r.code == 1);
    const std::string head = "train: error: training diverged in epoch 1: R̂ = ";
    BOOST_TEST(r.err.rfind(head, 0) == 0u, r.err);
    BOOST_TEST(r.err.find(" grew past 100 · max(R̂(θ_0), 1) = ") != std::string::npos, r.err);
    const std::string tail = "; nothing was saved (try a smaller --eta)\n";
    BOOST_TEST(r.err.size() > tail.size());
    BOOST_TEST(r.err.substr(r.err.size() - tail.size()) == tail, r.err);
    // R̂ = inf: sgd's own DivergenceError, in the same words
    r = run_train_command(data + gd + " --eta 1000 --cost quadratic --save " + model);
    BOOST_TEST(r.code == 1);
    BOOST_TEST(r.err.rfind("train: error: training diverged in epoch 1: sgd: ", 0) == 0u, r.err);
    BOOST_TEST(r.err.find("lower the learning rate") != std::string::npos, r.err);
    BOOST_TEST(io::read_file(model) == good);  // the good model is still there, byte for byte
}

BOOST_AUTO_TEST_CASE(evaluate_never_prints_nan_with_exit_0) {
    ScratchDir s("train_safe_overflow");
    // W_1 rows of ±2¹⁰²²: f(x) = ±inf on iris, and the cross-entropy of inf − inf is nan
    const std::string w = "0x1p+1022";
    std::string model = "redes-mlp 1\nL 1\nN 4 3\nlayer 1 identity\nW 3 4\n";
    model += w + " " + w + " " + w + " " + w + "\n-" + w + " -" + w + " -" + w + " -" + w +
             "\n0 0 0 0\nb 3\n0 0 0\nend\n";
    redes_test::write_bytes(s.path("big.txt"), model);
    const auto r =
        run_train_command("data/iris.csv --header-lines 1 --evaluate --load " + s.path("big.txt"));
    BOOST_TEST(r.code == 1);
    BOOST_TEST(r.err ==
               "train: error: the model gives R̂ = nan on data/iris.csv (its outputs "
               "overflow: the model diverged or does not fit these inputs)\n");
    BOOST_TEST(r.out.find("nan") == std::string::npos, r.out);
}

BOOST_AUTO_TEST_CASE(exit_2_only_for_options_and_one_train_prefix) {
    ScratchDir s("train_safe_exit");
    redes_test::write_bytes(s.path("one.csv"), "1,0\n2,0\n");
    auto r = run_train_command(s.path("one.csv") + " --epochs 1");
    BOOST_TEST(r.code == 1);  // a property of the data, not of an option
    BOOST_TEST(r.err == "train: error: " + s.path("one.csv") +
                            " has a single class (K = 1): nothing to tell apart\n");
    r = run_train_command("data/iris.csv --load " + s.dir.string() + " --evaluate");
    BOOST_TEST(r.code == 1);
    BOOST_TEST(r.err == "train: error: read " + s.dir.string() + ": it is a folder, not a file\n");
    r = run_train_command("data/iris.csv --epochs 1000001");
    BOOST_TEST(r.code == 2);
    BOOST_TEST(r.err == "train: option --epochs: 1000001 must be at most 1000000\n");
    r = run_train_command("data/iris.csv --header-lines 1 --widths 100000,100000");
    BOOST_TEST(r.code == 2);
    BOOST_TEST(r.err ==
               "train: option --memory-budget: 4 GiB must be at least the 597 GiB that 4 → 100000 "
               "→ 100000 → 3 with M = 150 samples and M′ = 32 needs (narrower --widths, or raise "
               "--memory-budget)\n");
    // a model for other data: the message is not prefixed twice
    BOOST_TEST(run_train_command("data/iris.csv" + quick + " --save " + s.path("m.txt")).code == 0);
    r = run_train_command("data/digits.csv.gz --evaluate --load " + s.path("m.txt"));
    BOOST_TEST(r.code == 1);
    BOOST_TEST(r.err ==
               "train: error: data/digits.csv.gz has N = 64 features per sample, the "
               "model " +
                   s.path("m.txt") + " takes N_0 = 4\n");
}

BOOST_AUTO_TEST_CASE(redes_threads_is_checked_at_the_start) {
    ScratchDir s("train_safe_threads");
    const std::string bin = std::string(REDES_BIN_DIR) + "/train";
    const std::string cmd = "REDES_THREADS=many " + bin + " data/iris.csv --epochs 1 >'" +
                            s.path("out") + "' 2>'" + s.path("err") + "'";
    const int status = std::system(cmd.c_str());
    BOOST_TEST(WIFEXITED(status));
    BOOST_TEST(WEXITSTATUS(status) == 1);
    BOOST_TEST(io::read_file(s.path("err")) ==
               "train: error: gemm: environment variable REDES_THREADS = 'many' is not a whole "
               "number in 1…1024\n");
    BOOST_TEST(io::read_file(s.path("out")).empty());  // before reading any data
}

BOOST_AUTO_TEST_CASE(a_plot_path_with_an_apostrophe) {
    // the gnuplot call goes through the shell: the path must be quoted for it ('\''), not with
    // gnuplot's '' (which ended the word and lost the error log)
    ScratchDir s("train_safe_quote");
    const std::string stem = s.path("o'brien/iris");
    const auto r = run_train_command("data/iris.csv" + quick + " --plot " + stem);
    BOOST_TEST(r.code == 0, r.err);
    BOOST_TEST(std::filesystem::file_size(stem + ".png") > 0u);
    BOOST_TEST(r.out.find("plot: " + stem + ".png\n") != std::string::npos, r.out);
}

BOOST_AUTO_TEST_SUITE_END()
