// The `train` command (src/redes/app/train_command.hpp) end to end on data/iris.csv: train and
// save, load and evaluate (the same accuracy and risk), continue training (it starts exactly
// where the saved model stopped), determinism by seed (the same bytes), bad options (one line
// naming the option, non-zero exit), and the built program itself.
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <filesystem>
#include <sstream>

#include "chapter_runner.hpp"
#include "data_test_helpers.hpp"
#include "redes/app/risk_plot.hpp"
#include "redes/app/train_command.hpp"
#include "redes/data/csv.hpp"
#include "redes/data/standardize.hpp"
#include "redes/io/atomic_write.hpp"
#include "redes/models/model_io.hpp"
#include "train_runner.hpp"

using namespace redes;
using redes_test::ScratchDir;

namespace {

using Run = redes_test::TrainRun;

// train_main with the given arguments (split at blanks), its output captured.
Run train(const std::string& args) { return redes_test::run_train_command(args); }

app::TrainOptions options(const std::string& args) {
    const redes_test::TrainArgv a(args);
    return app::parse_train_options(a.argc(), a.argv.data());
}

// The line of the output that starts with `what` ("all", "training", "validation").
std::string line_of(const std::string& out, const std::string& what) {
    std::istringstream in(out);
    for (std::string line; std::getline(in, line);)
        if (line.rfind(what + " ", 0) == 0) return line;
    return "";
}

const std::string iris = "data/iris.csv --header-lines 1";
const std::string small_run = " --widths 8 --eta 0.02 --epochs 30 --batch-size 16 --progress quiet";

}  // namespace

BOOST_AUTO_TEST_SUITE(train_command)

BOOST_AUTO_TEST_CASE(train_save_load_evaluate_gives_the_same_accuracy) {
    ScratchDir s("train_cmd_eval");
    const std::string model = s.path("iris.txt");
    std::ostringstream log;
    const app::TrainReport trained =
        app::run_train(options(iris + small_run + " --save " + model), log);
    BOOST_TEST(trained.M == 150u);
    BOOST_TEST(trained.M_train == 120u);  // 80 % of each class of 50
    BOOST_TEST(trained.M_validation == 30u);
    BOOST_TEST(trained.all.accuracy() >= 0.9);  // measured 0.96 (iris is nearly separable)

    std::ostringstream log2;
    const app::TrainReport evaluated =
        app::run_train(options(iris + " --load " + model + " --evaluate"), log2);
    BOOST_TEST(evaluated.evaluated_only);
    BOOST_TEST(evaluated.all.confusion.counts == trained.all.confusion.counts);
    BOOST_TEST(evaluated.all.R_hat ==
               trained.all.R_hat);  // same bits: hexfloat model, stored μ and s
    BOOST_TEST(line_of(log2.str(), "all") == line_of(log.str(), "all"));
    BOOST_TEST(log2.str().find("confusion matrix") != std::string::npos);

    // The same through the library: the saved standardisation, reapplied, gives the same predictions.
    const MLPFile f = load_mlp(model);
    BOOST_TEST(f.meta.num_classes == 3u);
    BOOST_TEST(f.meta.notes.at("epochs") == "30");
    data::CsvOptions csv;
    csv.header_lines = 1;
    const data::DataSet d = data::load_csv("data/iris.csv", csv);
    const data::Standardizer st(f.meta.mean, f.meta.stddev);
    BOOST_TEST(predict_labels(f.net, st.transform(d.X)) == trained.all.predicted);
    // without the standardisation the same network predicts differently: it must be stored
    BOOST_TEST(predict_labels(f.net, d.X) != trained.all.predicted);
}

BOOST_AUTO_TEST_CASE(continue_training_starts_where_the_model_stopped) {
    ScratchDir s("train_cmd_continue");
    const std::string m1 = s.path("m1.txt"), m2 = s.path("m2.txt");
    std::ostringstream log;
    const app::TrainReport first = app::run_train(options(iris + small_run + " --save " + m1), log);
    const app::TrainReport second =
        app::run_train(options(iris + " --load " + m1 +
                               " --epochs 20 --eta 0.02 --batch-size 16 --progress quiet --save " +
                               m2),
                       log);
    // same seed → same split; stored μ, s and θ → R̂ at e = 0 of the second run is the first's final R̂
    BOOST_TEST(second.history.epoch_train_risk.front() == first.history.epoch_train_risk.back());
    BOOST_TEST(second.history.epoch_validation_risk.front() ==
               first.history.epoch_validation_risk.back());
    BOOST_TEST(second.history.epoch_train_risk.back() < second.history.epoch_train_risk.front());
    const MLPFile f = load_mlp(m2);
    BOOST_TEST(f.meta.notes.at("epochs") == "50");
    BOOST_TEST(f.meta.mean == load_mlp(m1).meta.mean);
    BOOST_TEST(f.net.N() == (std::vector<std::size_t>{4, 8, 3}));
    // options that contradict the loaded network are refused
    const Run r = train(iris + " --load " + m1 + " --widths 16");
    BOOST_TEST(r.code == 2);
    BOOST_TEST(r.err.find("option --widths: 16") != std::string::npos, r.err);
    BOOST_TEST(r.err.find("hidden widths 8") != std::string::npos, r.err);
}

BOOST_AUTO_TEST_CASE(same_seed_same_model_bytes) {
    ScratchDir s("train_cmd_seed");
    const std::string a = s.path("a.txt"), b = s.path("b.txt"), c = s.path("c.txt");
    BOOST_TEST(train(iris + small_run + " --seed 7 --save " + a).code == 0);
    BOOST_TEST(train(iris + small_run + " --seed 7 --save " + b).code == 0);
    BOOST_TEST(train(iris + small_run + " --seed 8 --save " + c).code == 0);
    const std::string bytes_a = io::read_file(a);
    BOOST_TEST(!bytes_a.empty());
    BOOST_TEST(bytes_a == io::read_file(b));
    BOOST_TEST(bytes_a != io::read_file(c));
}

BOOST_AUTO_TEST_CASE(optimizers_and_schedules_from_the_command_line) {
    for (const std::string extra :
         {" --optimizer momentum --eta 0.05 --alpha 0.8 --schedule linear",
          " --optimizer rmsprop --eta 0.01 --rho 0.95 --schedule inverse --k0 20",
          " --optimizer adagrad --eta 0.1 --delta 1e-6",
          " --optimizer gd --eta 0.1 --cost quadratic --activation tanh",
          " --widths none --eta 0.05 --validation-share 0 --no-standardize"}) {
        const Run r = train(iris + " --epochs 40 --batch-size 16 --progress quiet" + extra);
        BOOST_TEST(r.code == 0, extra << ": " << r.err);
        // every one of these learns iris well beyond chance (1/3)
        const std::string all = line_of(r.out, "all");
        const double acc = std::stod(all.substr(all.find("accuracy ") + 9));
        BOOST_TEST(acc > 60.0, extra << ": " << all);
    }
}

BOOST_AUTO_TEST_CASE(progress_lines_when_not_a_terminal) {
    const Run r = train(iris + " --widths 8 --epochs 3 --batch-size 16");  // --progress auto
    BOOST_TEST(r.code == 0);
    BOOST_TEST(r.out.find('\r') == std::string::npos);  // no live line into a file or pipe
    // one line per epoch (3 ≤ 10), with the risks and the validation accuracy of that epoch
    std::istringstream in(r.out);
    std::vector<std::string> epoch_lines;
    for (std::string line; std::getline(in, line);)
        if (line.rfind("epoch ", 0) == 0) epoch_lines.push_back(line);
    BOOST_TEST(epoch_lines.size() == 3u);
    for (std::size_t e = 1; e <= epoch_lines.size(); ++e) {
        const std::string& line = epoch_lines[e - 1];
        BOOST_TEST(line.rfind("epoch " + std::to_string(e) + "/3   R̂ training ", 0) == 0u, line);
        BOOST_TEST(line.find("   validation ") != std::string::npos, line);
        BOOST_TEST(line.find(" %   η 0.001") != std::string::npos, line);
    }
}

// What reaches a pipe while train runs: a stream buffer that records how much text had been
// written each time the stream was flushed (std::flush calls sync()). Progress that sits in a
// buffer until the run ends would show no flush after its line.
struct FlushRecorder : std::streambuf {
    std::string text;
    std::vector<std::size_t> flushed_at;  // text.size() at each sync()
    int_type overflow(int_type c) override {
        if (c != traits_type::eof()) text.push_back(static_cast<char>(c));
        return c;
    }
    std::streamsize xsputn(const char* s, std::streamsize n) override {
        text.append(s, static_cast<std::size_t>(n));
        return n;
    }
    int sync() override {
        flushed_at.push_back(text.size());
        return 0;
    }
};

BOOST_AUTO_TEST_CASE(progress_lines_are_flushed_when_piped) {
    FlushRecorder buffer;
    std::ostream out(&buffer);
    std::ostringstream err;
    const char* argv[] = {"train",          "data/iris.csv",
                          "--header-lines", "1",
                          "--widths",       "8",
                          "--epochs",       "3",
                          "--batch-size",   "16",
                          "--progress",     "lines"};
    BOOST_TEST(app::train_main(12, argv, out, err) == 0, err.str());
    // every "epoch e/3 …" line is flushed right after its '\n', before the next line is written
    std::size_t lines = 0;
    for (std::size_t start = 0, end = 0; start < buffer.text.size(); start = end) {
        end = buffer.text.find('\n', start) + 1;  // just past this line
        if (buffer.text.compare(start, 6, "epoch ") != 0) continue;
        ++lines;
        BOOST_TEST(std::count(buffer.flushed_at.begin(), buffer.flushed_at.end(), end) >= 1,
                   buffer.text.substr(start, end - start - 1) << ": not flushed");
    }
    BOOST_TEST(lines == 3u);
}

BOOST_AUTO_TEST_CASE(plot_writes_the_risk_curves) {
    ScratchDir s("train_cmd_plot");
    const Run r = train(iris + small_run + " --plot " + s.path("runs/iris"));
    BOOST_TEST(r.code == 0, r.err);
    for (const char* ext : {".png", ".csv", ".gp"})
        BOOST_TEST(std::filesystem::exists(s.path(std::string("runs/iris") + ext)), ext);
    const std::string csv = io::read_file(s.path("runs/iris.csv"));
    BOOST_TEST(csv.find("R̂ on the validation part") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(risk_curves_figure_has_one_point_per_epoch) {
    SGDHistory h;
    h.steps_per_epoch = 4;
    h.step_batch_risk = {2.0, 1.8, 1.5, 1.4, 1.2, 1.1, 1.0, 0.9};
    h.epoch_train_risk = {2.1, 1.3, 0.95};
    h.epoch_validation_risk = {2.2, 1.5, 1.2};
    const plot::Figure fig = app::risk_curves_figure("t", "title", h);
    const std::string script = fig.script();
    BOOST_TEST(script.find("'R̂ on the training part'") != std::string::npos);
    BOOST_TEST(script.find("'R̂ on the validation part'") != std::string::npos);
    BOOST_TEST(script.find("batch risk R̂_B (mean of 1 step)") != std::string::npos);
    BOOST_TEST(script.find("set logscale y") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(bad_options_say_which_and_why) {
    const std::vector<std::pair<std::string, std::string>> cases{
        {iris + " --eta -0.5", "option --eta: -0.5 must be positive"},
        {iris + " --batch-size 0", "option --batch-size: 0 must be at least 1"},
        {iris + " --batch-size -4", "option --batch-size: -4 must be at least 1"},
        {iris + " --batch-size 500",
         "option --batch-size: 500 must be at most the number of training samples M = 120"},
        {iris + " --activation softplus", "option --activation: 'softplus' must be one of relu"},
        {iris + " --epochs 0", "option --epochs: 0 must be at least 1"},
        {iris + " --validation-share 1.5", "option --validation-share: 1.5 must be in [0, 1)"},
        {iris + " --optimizer nadam", "option --optimizer: 'nadam' must be one of"},
        {iris + " --alpha 1", "option --alpha: 1 must be in [0, 1)"},
        {iris + " --widths 16,x", "option --widths: '16,x'"},
        {iris + " --schedule cosine", "option --schedule: 'cosine'"},
        {iris + " --evaluate", "option --evaluate"},
        {"--epochs 3", "option --data"},
        {iris + " --no-such-option 1", "bad command line"},
    };
    for (const auto& [args, message] : cases) {
        const Run r = train(args);
        BOOST_TEST(r.code == 2, args);
        BOOST_TEST(r.err.find(message) != std::string::npos, args << " → " << r.err);
        BOOST_TEST(std::count(r.err.begin(), r.err.end(), '\n') == 1, args << " → " << r.err);
        BOOST_TEST(r.err.rfind("train: ", 0) == 0u, r.err);
    }
    // not an option problem: a missing file (exit 1, the file named), a model for other data
    const Run missing = train("data/no-such-file.csv");
    BOOST_TEST(missing.code == 1);
    BOOST_TEST(missing.err.find("data/no-such-file.csv") != std::string::npos, missing.err);
    ScratchDir s("train_cmd_bad");
    BOOST_TEST(train(iris + small_run + " --save " + s.path("iris.txt")).code == 0);
    const Run other = train("data/digits.csv.gz --load " + s.path("iris.txt") + " --evaluate");
    BOOST_TEST(other.code == 1);
    BOOST_TEST(other.err.find("N = 64 features per sample") != std::string::npos, other.err);
    BOOST_TEST(other.err.find("N_0 = 4") != std::string::npos, other.err);
}

BOOST_AUTO_TEST_CASE(divergence_is_one_line_and_a_hint) {
    const Run r = train(
        iris +
        " --optimizer gd --eta 1000 --cost quadratic --widths 8 --epochs 50 --progress quiet");
    BOOST_TEST(r.code == 1);
    BOOST_TEST(r.err.find("lower the learning rate") != std::string::npos, r.err);
    BOOST_TEST(std::count(r.err.begin(), r.err.end(), '\n') == 1, r.err);
}

BOOST_AUTO_TEST_CASE(the_built_program) {
    namespace fs = std::filesystem;
    ScratchDir s("train_cmd_bin");
    const std::string bin = std::string(REDES_BIN_DIR) + "/train";
    auto run = [&](const std::string& args) {
        const std::string cmd =
            bin + " " + args + " >'" + s.path("out.txt") + "' 2>'" + s.path("err.txt") + "'";
        const int status = std::system(cmd.c_str());
        return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    };
    BOOST_TEST(run("--help") == 0);
    BOOST_TEST(io::read_file(s.path("out.txt")).find("--label-column") != std::string::npos);
    BOOST_TEST(run(iris + small_run + " --save " + s.path("m.txt")) == 0);
    BOOST_TEST(fs::exists(s.path("m.txt")));
    BOOST_TEST(run(iris + " --load " + s.path("m.txt") + " --evaluate") == 0);
    BOOST_TEST(io::read_file(s.path("out.txt")).find("accuracy") != std::string::npos);
    BOOST_TEST(run(iris + " --eta -1") == 2);
    BOOST_TEST(io::read_file(s.path("err.txt")) ==
               "train: option --eta: -1 must be positive and finite (the learning rate η)\n");
}

BOOST_AUTO_TEST_SUITE_END()
