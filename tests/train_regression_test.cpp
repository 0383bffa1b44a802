// `train --task regression` (src/redes/app/train_regression.hpp): real targets, identity output,
// quadratic cost, RMSE and R² against a hand computation, a noiseless linear target fitted to
// R² > 0.999, the refusals (a target that is not a number, a cost other than quadratic, a task
// other than the loaded model's), the model file's task (older files are classifiers), --predict
// values, and exact resumption.
#include <boost/test/unit_test.hpp>

#include <cmath>
#include <sstream>

#include "data_test_helpers.hpp"
#include "expect_message.hpp"
#include "redes/app/train_data.hpp"
#include "redes/app/train_regression.hpp"
#include "redes/data/csv.hpp"
#include "redes/data/standardize.hpp"
#include "redes/error.hpp"
#include "redes/io/atomic_write.hpp"
#include "redes/models/model_io.hpp"
#include "train_runner.hpp"

using namespace redes;
using redes_test::run_train_command;
using redes_test::ScratchDir;

namespace {

// y = 3 x_1 − 0.5 x_2 + 1 on M = 200 points whose coordinates are multiples of 1/8: every
// number of the file is exact in binary, so the target is exactly linear in what train reads.
std::string linear_csv(const ScratchDir& s) {
    std::string text;
    for (int m = 0; m < 200; ++m) {
        const double x1 = (m % 17) / 8.0 - 1.0, x2 = (m * 7 % 23) / 4.0;
        text += std::to_string(x1) + "," + std::to_string(x2) + "," +
                std::to_string(3.0 * x1 - 0.5 * x2 + 1.0) + "\n";
    }
    const std::string p = s.path("linear.csv");
    redes_test::write_bytes(p, text);
    return p;
}

// The number after `key` in the output line that starts with `part`.
double value_in(const std::string& out, const std::string& part, const std::string& key) {
    std::istringstream in(out);
    for (std::string line; std::getline(in, line);)
        if (line.rfind(part + " ", 0) == 0) {
            const std::size_t at = line.find(key);
            BOOST_REQUIRE(at != std::string::npos);
            return std::stod(line.substr(at + key.size()));
        }
    BOOST_FAIL("no line " + part + " in " + out);
    return 0.0;
}

const std::string linear_run =
    " --task regression --widths none --optimizer gd --batch-size 10 --progress lines";

}  // namespace

BOOST_AUTO_TEST_SUITE(train_regression)

BOOST_AUTO_TEST_CASE(rmse_and_r2_by_hand) {
    // y = (1, 2, 3, 4), f = (1.5, 2, 2.5, 4): residuals (−0.5, 0, 0.5, 0), SS_res = 0.5,
    // RMSE = √(0.5/4) = √0.125; ȳ = 2.5, SS_tot = 2.25 + 0.25 + 0.25 + 2.25 = 5, R² = 1 − 0.1
    Matrix Y(1, 4), F(1, 4);
    const double y[] = {1, 2, 3, 4}, f[] = {1.5, 2, 2.5, 4};
    for (std::size_t m = 0; m < 4; ++m) {
        Y(0, m) = y[m];
        F(0, m) = f[m];
    }
    BOOST_TEST(app::rmse(F, Y) == std::sqrt(0.125), boost::test_tools::tolerance(1e-15));
    BOOST_TEST(app::r_squared(F, Y) == 0.9, boost::test_tools::tolerance(1e-15));
    BOOST_TEST(app::r_squared(Y, Y) == 1.0);
    // constant targets: SS_tot = 0; R² = 1 for an exact fit, else 0
    const Matrix C(1, 4, 2.0);
    BOOST_TEST(app::r_squared(C, C) == 1.0);
    BOOST_TEST(app::r_squared(F, C) == 0.0);
    BOOST_CHECK_EXCEPTION(app::rmse(F, Matrix(2, 4)), ShapeError,
                          redes_test::message_is(
                              "rmse: outputs F (1×4) and targets Y (2×4) must have "
                              "the same shape and at least one sample"));
}

// Noiseless and linear: the linear model (--widths none, identity output) fits it exactly
// (SS_res = 0 at the least-squares θ*), and every sample's gradient vanishes at θ*, so SGD
// converges to θ* itself, geometrically: with standardised inputs the Hessian of R̂ is
// 2·E[x̃x̃ᵀ] (bias included) with eigenvalues near 2, and η = 0.1 shrinks ‖θ − θ*‖ by about
// (1 − 0.2) per step: 30 epochs of 16 steps give 0.8^480 ≈ 1e-47. Left over is only the rounding
// of the float arithmetic (R̂ ≈ 1e-31 here), far below the 1e-3 · SS_tot that R² > 0.999 allows.
BOOST_AUTO_TEST_CASE(a_noiseless_linear_target_is_fitted) {
    ScratchDir s("train_reg_linear");
    const std::string data = linear_csv(s);
    auto r = run_train_command(data + linear_run + " --eta 0.1 --epochs 30");
    BOOST_TEST(r.code == 0, r.err);
    BOOST_TEST(r.out.rfind(data + ": M = 200 samples, N = 2 features, 1 real target\n"
                                  "160 samples for training, 40 for validation (random, seed 1)",
                           0) == 0u,
               r.out);
    BOOST_TEST(r.out.find("\ntargets standardised, ỹ = (y − μ_y)/s_y with μ_y = ") !=
                   std::string::npos,
               r.out);
    BOOST_TEST(r.out.find("cost quadratic\n") != std::string::npos, r.out);
    BOOST_TEST(r.out.find("epoch 30/30   R̂ training ") != std::string::npos, r.out);
    BOOST_TEST(r.out.find("   R² 1   η 0.1\n") != std::string::npos, r.out);  // progress
    for (const std::string part : {"training", "validation", "all"})
        BOOST_TEST(value_in(r.out, part, "R² ") > 0.999, part);
    // raw inputs and targets: R̂ is the mean squared error itself, RMSE = √R̂ for one target (to
    // the 4 digits printed). Unstandardised, the Hessian's eigenvalues spread to ≈ 0.47 … 22
    // (x_2 ∈ [0, 5.5] with mean 2.75): η = 0.05 < 2/22 stays stable and contracts by
    // 1 − 0.05 · 0.47 ≈ 0.976 per step, 0.976^1600 ≈ 1e-17 after 100 epochs.
    r = run_train_command(data + linear_run + " --epochs 100 --eta 0.05 --no-standardize");
    BOOST_TEST(r.code == 0, r.err);
    BOOST_TEST(r.out.find("targets standardised") == std::string::npos, r.out);
    for (const std::string part : {"training", "validation", "all"}) {
        BOOST_TEST(value_in(r.out, part, "R² ") > 0.999, part);
        const double R = value_in(r.out, part, "R̂ = "), e = value_in(r.out, part, "RMSE ");
        BOOST_TEST(e * e == R, boost::test_tools::tolerance(2e-3));
    }
}

BOOST_AUTO_TEST_CASE(refusals_name_the_target_the_cost_and_the_task) {
    ScratchDir s("train_reg_refuse");
    redes_test::write_bytes(s.path("t.csv"), "1,2.5\n2,abc\n");
    auto r = run_train_command(s.path("t.csv") + " --task regression");
    BOOST_TEST(r.code == 1);
    BOOST_TEST(r.err == "train: error: load_csv: " + s.path("t.csv") +
                            ", line 2, column 2: target 'abc' is not a finite number (a "
                            "regression needs real targets)\n");
    r = run_train_command(s.path("t.csv") + " --task regression --cost cross_entropy");
    BOOST_TEST(r.code == 2);
    BOOST_TEST(r.err ==
               "train: option --cost: cross_entropy must be quadratic with --task "
               "regression (J = ‖y − f(x)‖² on real targets)\n");
    r = run_train_command(s.path("t.csv") + " --task ranking");
    BOOST_TEST(r.code == 2);
    BOOST_TEST(r.err ==
               "train: option --task: 'ranking' must be one of classification, regression\n");
}

BOOST_AUTO_TEST_CASE(saved_regression_evaluates_and_predicts_the_same) {
    ScratchDir s("train_reg_saved");
    const std::string data = linear_csv(s), m = s.path("m.txt");
    // a hidden layer: the fit is not exact, so equal numbers below mean the same model
    const std::string run =
        " --task regression --widths 8 --activation tanh --epochs 5 "
        "--batch-size 16 --progress quiet";
    auto r = run_train_command(data + run + " --save " + m);
    BOOST_TEST(r.code == 0, r.err);
    const MLPFile f = load_mlp(m);
    BOOST_TEST(app::model_task(f.meta) == "regression");
    BOOST_TEST(f.meta.notes.at("setting.cost") == "quadratic");
    const std::string all = r.out.substr(r.out.find("\nall ") + 1);
    // R̂ is on ỹ = (y − μ_y)/s_y, RMSE in the units of y: RMSE = s_y √R̂ (4 digits printed)
    const double s_y = f.meta.state.at("target_stddev")[0];
    BOOST_TEST(value_in(r.out, "all", "RMSE ") == s_y * std::sqrt(value_in(r.out, "all", "R̂ = ")),
               boost::test_tools::tolerance(2e-3));
    // --evaluate: the task comes back from the file; the same line for all the data
    r = run_train_command(data + " --load " + m + " --evaluate");
    BOOST_TEST(r.code == 0, r.err);
    BOOST_TEST(r.out.find(", regression, cost quadratic,") != std::string::npos, r.out);
    BOOST_TEST(r.out.substr(r.out.find("\nall ") + 1) == all.substr(0, all.find('\n') + 1));
    // --predict: y of each line, written exactly (%.17g reads back to the same double)
    const std::string fresh = s.path("x.csv"), out = s.path("p.csv");
    redes_test::write_bytes(fresh, "0.5,2.25\n-1,0\n");
    r = run_train_command("--load " + m + " --predict " + fresh + " --predict-out " + out);
    BOOST_TEST(r.code == 0, r.err);
    Matrix X(2, 2);
    X(0, 0) = 0.5;
    X(1, 0) = 2.25;
    X(0, 1) = -1.0;
    X(1, 1) = 0.0;
    // y = s_y f(x̃) + μ_y
    const Matrix F =
        data::Standardizer(f.meta.state.at("target_mean"), f.meta.state.at("target_stddev"))
            .inverse_transform(
                f.net.forward(data::Standardizer(f.meta.mean, f.meta.stddev).transform(X)));
    std::istringstream p(io::read_file(out));
    std::string line;
    std::getline(p, line);
    BOOST_TEST(line == "prediction");
    for (std::size_t k = 0; k < 2; ++k) {
        std::getline(p, line);
        BOOST_TEST(std::stod(line) == F(0, k), line);
    }
    // the model's task cannot be changed by the command line
    r = run_train_command(data + " --load " + m + " --evaluate --task classification");
    BOOST_TEST(r.code == 2);
    BOOST_TEST(r.err ==
               "train: option --task: classification must be left out or equal to the "
               "task of the loaded model " +
                   m + ", regression\n");
}

BOOST_AUTO_TEST_CASE(older_model_files_are_classifiers) {
    ScratchDir s("train_reg_older");
    const std::string m = s.path("m.txt");
    auto r = run_train_command(
        "data/iris.csv --header-lines 1 --widths 4 --epochs 2 "
        "--progress quiet --save " +
        m);
    BOOST_TEST(r.code == 0, r.err);
    MLPFile f = load_mlp(m);
    BOOST_TEST(app::model_task(f.meta) == "classification");
    f.meta.notes.erase("setting.task");  // as written before --task existed
    save_mlp(m, f.net, f.meta);
    BOOST_TEST(app::model_task(load_mlp(m).meta) == "classification");
    r = run_train_command("data/iris.csv --load " + m + " --evaluate");
    BOOST_TEST(r.code == 0, r.err);
    BOOST_TEST(r.out.find("all         R̂ = ") != std::string::npos, r.out);
    BOOST_TEST(r.out.find("accuracy ") != std::string::npos, r.out);
    r = run_train_command("data/iris.csv --load " + m + " --evaluate --task regression");
    BOOST_TEST(r.code == 2);
    BOOST_TEST(r.err ==
               "train: option --task: regression must be left out or equal to the task "
               "of the loaded model " +
                   m + ", classification\n");
}

// 7 epochs, saved, then 5 more from the file give the bits of 12 in one run (τ given: the
// default τ is the steps of the run that chose it, 7 epochs' in the first part).
BOOST_AUTO_TEST_CASE(continued_regression_is_exact) {
    ScratchDir s("train_reg_exact");
    const std::string data = linear_csv(s), whole = s.path("whole.txt"), part = s.path("part.txt");
    const std::string run =
        " --task regression --widths 8 --activation tanh --batch-size 16 "
        "--optimizer adam --schedule linear --tau 100 --progress quiet";
    BOOST_TEST(run_train_command(data + run + " --epochs 12 --save " + whole).code == 0);
    BOOST_TEST(run_train_command(data + run + " --epochs 7 --save " + part).code == 0);
    const auto r =
        run_train_command(data + " --progress quiet --epochs 5 --load " + part + " --save " + part);
    BOOST_TEST(r.code == 0, r.err);
    const MLPFile a = load_mlp(whole), b = load_mlp(part);
    BOOST_TEST(a.net.parameters() == b.net.parameters());  // the same bits
    BOOST_TEST(a.meta.state == b.meta.state);
    BOOST_TEST(b.meta.notes.at("setting.task") == "regression");
}

BOOST_AUTO_TEST_SUITE_END()
