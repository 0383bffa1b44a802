// Determinism (issue 7): the same seed gives the same CSVs, model files and printed numbers,
// across runs and across thread counts; a different seed gives different ones, so every
// comparison here can fail.
//   (a) chapter programs 14, 16, 17, 18 with --quick, twice with --seed 1 into two folders: the same
//       bytes in every CSV and the same stdout; once with --seed 2: some CSV differs.
//   (b) the built train command, twice with the same --seed: the same model file, risk-curve
//       CSV and stdout; another seed: another model file.
//   (c) threads: the train pipeline (in process) with gemm on 1 and on 2 threads gives the same
//       model bytes and printed numbers; an SGD run through ThreadedObjective with T = 1, 2, 3
//       gives the same θ and risk history, bit for bit.
//   (d) chapter 17's scale sweep at s = 3 (a tanh net whose R̂ grows to ~10⁵⁷): the same risk
//       history bit for bit twice and on 1 or 2 gemm threads; but one weight of θ_0 moved by one
//       unit in the last place changes R̂(θ_K) by far more than rounding: the diverged values of
//       plots/ch17_scale_sweep.csv and output/default.txt change with any change of the arithmetic
//       (a new tanh kernel, another summation order), not from run to run.
// Wall-clock times are the only printed numbers allowed to differ: "0.05 s" is masked.
#include <boost/test/unit_test.hpp>

#include <sys/wait.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "../chapters/17_initialization/sections.hpp"
#include "data_test_helpers.hpp"
#include "redes/activations/activation.hpp"
#include "redes/app/train_command.hpp"
#include "redes/data/csv.hpp"
#include "redes/data/standardize.hpp"
#include "redes/init/initializer.hpp"
#include "redes/io/atomic_write.hpp"
#include "redes/linalg.hpp"
#include "redes/models/mlp.hpp"
#include "redes/optim/make_optimizer.hpp"
#include "redes/optim/mlp_objective.hpp"
#include "redes/optim/sgd.hpp"
#include "redes/optim/threaded_objective.hpp"
#include "redes/risk/cost.hpp"
#include "redes/stats/rng.hpp"

#ifndef REDES_BIN_DIR
#error "REDES_BIN_DIR must name the folder of the programs"
#endif

using namespace redes;
using redes_test::ScratchDir;

namespace {

// Runs `env bin/<program> args` (env: settings such as "REDES_THREADS=2", or nothing);
// returns the exit code, stdout in *out, stderr in s.path("stderr.txt").
int run_with(const std::string& env, const ScratchDir& s, const std::string& program,
             const std::string& args, std::string* out) {
    const std::string cmd = env + " " + std::string(REDES_BIN_DIR) + "/" + program + " " + args +
                            " >'" + s.path("stdout.txt") + "' 2>'" + s.path("stderr.txt") + "'";
    const int status = std::system(cmd.c_str());
    *out = io::read_file(s.path("stdout.txt"));
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

int run(const ScratchDir& s, const std::string& program, const std::string& args,
        std::string* out) {
    return run_with("", s, program, args, out);
}

// stdout with wall-clock times ("0.05262 s", "(CPU 0.0 s)") and the --out folder masked.
std::string masked(std::string text, const std::string& folder) {
    for (std::size_t at; (at = text.find(folder)) != std::string::npos;)
        text.replace(at, folder.size(), "OUT");
    // a number ([0-9][0-9.e+-]*) followed by " s" and then no letter: a time, masked as "# s"
    std::string masked_text;
    for (std::size_t i = 0; i < text.size();) {
        std::size_t j = i;
        if (std::isdigit(static_cast<unsigned char>(text[i])) &&
            (i == 0 || !std::isalnum(static_cast<unsigned char>(text[i - 1])))) {
            while (j < text.size() &&
                   (std::isdigit(static_cast<unsigned char>(text[j])) || text[j] == '.' ||
                    text[j] == 'e' || text[j] == '+' || text[j] == '-'))
                ++j;
            const bool seconds =
                text.compare(j, 2, " s") == 0 &&
                (j + 2 == text.size() || !std::isalpha(static_cast<unsigned char>(text[j + 2])));
            if (seconds) {
                masked_text += "# s";
                i = j + 2;
                continue;
            }
        }
        masked_text += text.substr(i, std::max<std::size_t>(j - i, 1));
        i += std::max<std::size_t>(j - i, 1);
    }
    return masked_text;
}

// file name → bytes of every CSV in a folder.
std::map<std::string, std::string> csvs(const std::string& folder) {
    std::map<std::string, std::string> files;
    for (const auto& e : std::filesystem::directory_iterator(folder))
        if (e.path().extension() == ".csv")
            files[e.path().filename().string()] = io::read_file(e.path().string());
    return files;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(determinism)

BOOST_AUTO_TEST_CASE(same_seed_same_chapter_output_other_seed_other_output) {
    for (const std::string chapter : {"ch14_sgd_convergence", "ch16_adaptive_methods",
                                      "ch17_initialization", "ch18_capstone"}) {
        ScratchDir s("determinism_" + chapter);
        std::string out_a, out_b, out_c;
        const std::string a = s.path("a"), b = s.path("b"), c = s.path("c");
        BOOST_TEST(run(s, chapter, "--quick --seed 1 --out '" + a + "'", &out_a) == 0, chapter);
        BOOST_TEST(run(s, chapter, "--quick --seed 1 --out '" + b + "'", &out_b) == 0, chapter);
        BOOST_TEST(run(s, chapter, "--quick --seed 2 --out '" + c + "'", &out_c) == 0, chapter);
        const auto files_a = csvs(a), files_b = csvs(b), files_c = csvs(c);
        BOOST_TEST(files_a.size() >= 3u, chapter);
        BOOST_TEST(files_a.size() == files_b.size(), chapter);
        std::size_t differ_with_seed_2 = 0;
        for (const auto& [name, bytes] : files_a) {
            BOOST_TEST(!bytes.empty(), chapter << " " << name);
            BOOST_TEST((files_b.count(name) && files_b.at(name) == bytes),
                       chapter << ": " << name << " differs with the same seed");
            if (!files_c.count(name) || files_c.at(name) != bytes) ++differ_with_seed_2;
        }
        BOOST_TEST(differ_with_seed_2 > 0u, chapter << ": --seed 2 gave the same CSVs as --seed 1");
        BOOST_TEST(masked(out_a, a) == masked(out_b, b), chapter);
        BOOST_TEST(masked(out_a, a) != masked(out_c, c), chapter);
    }
}

BOOST_AUTO_TEST_CASE(train_command_same_seed_same_model_file) {
    ScratchDir s("determinism_train");
    const std::string args =
        "data/iris.csv --header-lines 1 --widths 8 --eta 0.02 --epochs 20 --batch-size 16 "
        "--progress lines";
    std::string out_a, out_b, out_c;
    // the same file names in three folders a, b, c (the CSV's first line names the figure)
    auto where = [&](const char* folder) {
        std::filesystem::create_directories(s.path(folder));
        return " --save " + s.path(folder) + "/model.txt --plot " + s.path(folder) + "/risk";
    };
    BOOST_TEST(run(s, "train", args + " --seed 5" + where("a"), &out_a) == 0);
    BOOST_TEST(run(s, "train", args + " --seed 5" + where("b"), &out_b) == 0);
    BOOST_TEST(run(s, "train", args + " --seed 6" + where("c"), &out_c) == 0);
    const std::string model_a = io::read_file(s.path("a/model.txt"));
    BOOST_TEST(model_a.find("redes-mlp") == 0u);
    BOOST_TEST(model_a == io::read_file(s.path("b/model.txt")));
    BOOST_TEST(model_a != io::read_file(s.path("c/model.txt")));
    BOOST_TEST(io::read_file(s.path("a/risk.csv")) == io::read_file(s.path("b/risk.csv")));
    BOOST_TEST(io::read_file(s.path("a/risk.csv")) != io::read_file(s.path("c/risk.csv")));
    // the printed numbers too (the folders differ: a/b)
    auto names_out = [&](const std::string& text, const char* folder) {
        return masked(text, s.path(folder));
    };
    BOOST_TEST(names_out(out_a, "a") == names_out(out_b, "b"));
    BOOST_TEST(names_out(out_a, "a") != names_out(out_c, "c"));
    BOOST_TEST(out_a.find("accuracy") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(train_pipeline_on_one_or_two_gemm_threads_gives_the_same_bytes) {
    // digits, 64 → 256 → 10, batches of 1024: the products W·X are 256×64·64×1024, large enough
    // for gemm to split them over 2 threads (asserted below), so the threaded path really runs.
    ScratchDir s("determinism_threads");
    const std::vector<std::string> words{"train",
                                         "data/digits.csv.gz",
                                         "--widths",
                                         "256",
                                         "--batch-size",
                                         "1024",
                                         "--epochs",
                                         "3",
                                         "--validation-share",
                                         "0.2",
                                         "--optimizer",
                                         "adam",
                                         "--eta",
                                         "0.01",
                                         "--seed",
                                         "3",
                                         "--progress",
                                         "lines"};
    const unsigned before = gemm_threads();
    std::map<unsigned, std::string> model, printed;
    for (unsigned T : {1u, 2u}) {
        set_gemm_threads(T);
        BOOST_TEST(gemm_threads_for(256, 64, 1024) == T);
        std::vector<const char*> argv;
        for (const auto& w : words) argv.push_back(w.c_str());
        const std::string file = s.path("model" + std::to_string(T) + ".txt");
        argv.push_back("--save");
        argv.push_back(file.c_str());
        std::ostringstream out, err;
        const int code = app::train_main(static_cast<int>(argv.size()), argv.data(), out, err);
        BOOST_TEST(code == 0, err.str());
        model[T] = io::read_file(file);
        std::string text = out.str();
        text.replace(text.find(file), file.size(), "FILE");
        printed[T] = masked(text, "\x01");
    }
    set_gemm_threads(before);
    BOOST_TEST(!model[1].empty());
    BOOST_TEST(model[1] == model[2]);
    BOOST_TEST(printed[1] == printed[2]);
}

BOOST_AUTO_TEST_CASE(sgd_through_threaded_objective_is_the_same_for_one_two_three_threads) {
    const data::DataSet d = data::load_digits().head(300);
    const Matrix X = data::Standardizer::fit(d.X).transform(d.X);
    Rng init_rng(11);
    MLP net({64, 16, 10}, Activation::relu(), Activation::identity());
    init::initialize(net, init::WeightInit::normal_fan_in(1.4142135623730951), 0.1, init_rng);
    const MLPObjective R(net, Cost::cross_entropy(), X, d.Y);
    std::map<std::size_t, Vector> theta;
    std::map<std::size_t, std::vector<double>> risks;
    for (std::size_t T : {1u, 2u, 3u}) {
        const ThreadedObjective RT(R, T, 8);
        BOOST_TEST(RT.threads_used(50) == std::min<std::size_t>(T, 7));
        theta[T] = net.parameters();
        Rng rng(4);
        SGDOptions o;
        o.epochs = 3;
        o.batch_size = 50;
        o.progress = Progress::quiet;
        const SGDHistory h = sgd(RT, theta[T], *make_optimizer("adam", 0.01), rng, o);
        risks[T] = h.step_batch_risk;
        risks[T].insert(risks[T].end(), h.epoch_train_risk.begin(), h.epoch_train_risk.end());
    }
    BOOST_TEST(risks[1].back() < risks[1].front());  // it trained
    BOOST_TEST((theta[1] == theta[2]));
    BOOST_TEST((theta[1] == theta[3]));
    BOOST_TEST((risks[1] == risks[2]));
    BOOST_TEST((risks[1] == risks[3]));
    // and the seed matters: other batches give another θ
    Vector other = net.parameters();
    Rng rng(5);
    SGDOptions o;
    o.epochs = 3;
    o.batch_size = 50;
    o.progress = Progress::quiet;
    sgd(ThreadedObjective(R, 2, 8), other, *make_optimizer("adam", 0.01), rng, o);
    BOOST_TEST(!(other == theta[2]));
}

BOOST_AUTO_TEST_CASE(train_program_with_REDES_THREADS_1_or_2_writes_the_same_model) {
    // The whole program, its thread count set from outside as a user would: products of
    // 256×64 by 64×512 split over 2 threads when REDES_THREADS=2.
    ScratchDir s("determinism_redes_threads");
    const std::string args =
        "data/digits.csv.gz --widths 256 --batch-size 512 --epochs 2 --seed 3 "
        "--progress lines --save ";
    std::string out1, out2, out_bad;
    BOOST_TEST(run_with("REDES_THREADS=1", s, "train", args + s.path("model1.txt"), &out1) == 0);
    BOOST_TEST(run_with("REDES_THREADS=2", s, "train", args + s.path("model2.txt"), &out2) == 0);
    const std::string model1 = io::read_file(s.path("model1.txt"));
    BOOST_TEST(model1.find("redes-mlp") == 0u);
    BOOST_TEST(model1 == io::read_file(s.path("model2.txt")));
    auto numbers = [&](std::string text, const std::string& file) {
        text.replace(text.find(file), file.size(), "FILE");
        return masked(text, "\x01");
    };
    BOOST_TEST(numbers(out1, s.path("model1.txt")) == numbers(out2, s.path("model2.txt")));
    // a bad value is one line on stderr naming the variable, not a silent default
    BOOST_TEST(run_with("REDES_THREADS=zero", s, "train", args + s.path("model3.txt"), &out_bad) !=
               0);
    const std::string err = io::read_file(s.path("stderr.txt"));
    BOOST_TEST(err.find("REDES_THREADS") != std::string::npos, err);
    BOOST_TEST(std::count(err.begin(), err.end(), '\n') == 1, err);
    BOOST_TEST(!std::filesystem::exists(s.path("model3.txt")));
}

// Chapter 17's sweep run that blows up (scale_sweep.cpp: s = 3, run 0, gd η = 0.05, K = 5 epochs):
// its risk history, with gemm on `threads` threads, from θ_0 with the last weight of W_L moved by `ulps` units
// in the last place.
static std::vector<double> diverging_sweep_run(unsigned threads, int ulps) {
    const app::Context ctx{1, ".", false, Rng(1), "17"};
    const ch17::Settings st;
    const ch17::Digits d = ch17::load_digits(ctx, st);
    MLP net({64, d.N1, d.N1, 10}, Activation::from_name(st.activation), Activation::identity());
    Rng rng(ctx.seed);
    init::initialize(net, init::WeightInit::normal(3.0), 0.0, rng);
    const MLPObjective R(net, Cost::quadratic(), d.train.X, d.train.Y);
    Vector theta = net.parameters();
    // [W_L]_{10,N1}: θ ends with W_L row by row, then the 10 biases of b_L
    double& last = theta[theta.size() - 11];
    for (int u = 0; u < ulps; ++u) last = std::nextafter(last, HUGE_VAL);
    Rng shuffle(ctx.seed + 1);
    const unsigned before = gemm_threads();
    set_gemm_threads(threads);
    const SGDHistory h = sgd(R, theta, *make_optimizer(st.optimizer, st.eta), shuffle,
                             ch17::quiet(static_cast<std::size_t>(st.epochs), d.Mp));
    set_gemm_threads(before);
    return h.epoch_train_risk;
}

BOOST_AUTO_TEST_CASE(a_diverged_sweep_value_repeats_bit_for_bit_and_moves_with_one_ulp) {
    const std::vector<double> a = diverging_sweep_run(2, 0), b = diverging_sweep_run(2, 0),
                              one_thread = diverging_sweep_run(1, 0),
                              moved = diverging_sweep_run(2, 1);
    BOOST_TEST_REQUIRE(a.size() == 6u);  // R̂(θ_0) and after each of the 5 epochs
    BOOST_TEST(a.back() > 1e50);         // it diverged: R̂ grew from ~10³ to ~10⁵⁷
    BOOST_TEST(a == b);                  // exact: the same doubles
    BOOST_TEST(a == one_thread);
    // one ulp of one weight (a relative change of at most 2.2e-16) moves the final R̂ by far more than
    // its own rounding: a relative change above 1e-12 (measured 1.4e-9: amplified 10⁷ times)
    const double rel = std::abs(moved.back() - a.back()) / a.back();
    BOOST_TEST_MESSAGE("one ulp of [W_L]_{10,N1} changes R̂(θ_K) = " << a.back() << " by " << rel);
    BOOST_TEST(rel > 1e-12);
}

BOOST_AUTO_TEST_SUITE_END()
