// Chapter 17 — Inicialización de los parámetros:
//   - W_0 = 0 (or any constant) makes every hidden unit the same, and training keeps them the
//     same: after SGD the rows of [W₁ | b₁] are still equal; a random W_0 breaks the symmetry;
//   - the scale s of [W_0]_ij ∼ N(0, s²) decides: too small learns nothing in K epochs, about
//     1/√N_{ℓ−1} learns, too large ends worse than learning nothing;
//   - through a deep ReLU net the spread of x_ℓ changes by g/√2 per layer (s = g/√N_{ℓ−1});
//     tanh vanishes for small g and saturates for large g;
//   - b_0 > 0 can only revive first-layer ReLUs (z + b > z), and training with a large η kills
//     units whatever the start.
//   - the blow-up of a large start is a step-size instability: from the same θ_0, η = 0.01
//     trains where η = 0.05 blows up, and every blow-up has η > 2/λ_max(θ_0);
//   - normal and uniform W_0 of the same variance train alike, the scale changes the risk;
//   - any random scale breaks the symmetry; larger scales end with a better fit.
// The experiments are called directly (chapters/17_initialization/sections.hpp).
// Plus the program (--quick writes its plots, bad options are refused).
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <iostream>
#include <sstream>
#include <string>

#include "../chapters/17_initialization/sections.hpp"
#include "chapter_runner.hpp"
#include "redes/backprop/efficient.hpp"
#include "redes/data/csv.hpp"
#include "redes/data/split.hpp"
#include "redes/error.hpp"
#include "redes/init/initializer.hpp"
#include "redes/optim/make_optimizer.hpp"
#include "redes/optim/mlp_objective.hpp"
#include "redes/optim/sgd.hpp"
#include "redes/stats/unit_stats.hpp"

namespace tt = boost::test_tools;
using namespace redes;

namespace {

SGDOptions quiet(std::size_t epochs, std::size_t batch_size) {
    SGDOptions o;
    o.epochs = epochs;
    o.batch_size = batch_size;
    o.progress = Progress::quiet;
    return o;
}

// [W_ℓ | b_ℓ], one row per unit
Matrix weights_and_bias(const MLP& net, std::size_t ell) {
    Matrix A(net.W(ell).rows(), net.W(ell).cols() + 1);
    for (std::size_t i = 0; i < A.rows(); ++i) {
        for (std::size_t j = 0; j + 1 < A.cols(); ++j) A(i, j) = net.W(ell)(i, j);
        A(i, A.cols() - 1) = net.b(ell)[i];
    }
    return A;
}

// The experiments print their tables on std::cout; while one of these lives, std::cout writes
// into `text` instead, so that the test log carries no chapter tables.
struct CapturedCout {
    std::ostringstream text;
    std::streambuf* const saved = std::cout.rdbuf(text.rdbuf());
    CapturedCout() = default;
    CapturedCout(const CapturedCout&) = delete;
    CapturedCout& operator=(const CapturedCout&) = delete;
    ~CapturedCout() { std::cout.rdbuf(saved); }
};

// A context for calling the chapter's experiments: full sizes, plots into a temporary folder.
app::Context context() {
    const std::string out = (std::filesystem::temp_directory_path() / "redes_ch17_test").string();
    std::filesystem::create_directories(out);
    return app::Context{1, out, false, Rng(1), "17"};
}

// 300 training digits with x = pixel/16 (as the chapter, smaller).
data::DataSet digits() {
    auto train = data::stratified_split(data::load_digits(), 0.75, 0.25, 1).train.head(300);
    train.X /= 16.0;
    return train;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(ch17_initialization)

BOOST_AUTO_TEST_CASE(constant_weights_keep_the_hidden_units_identical_through_training) {
    // y = sin(πu) + u/2 on 64 points, net 1 → 8 tanh → 1, b_0 = 0.1, 100 epochs of M′ = 8
    Matrix X(1, 64), Y(1, 64);
    for (std::size_t m = 0; m < 64; ++m) {
        X(0, m) = -1.0 + 2.0 * double(m) / 63.0;
        Y(0, m) = std::sin(3.14159265358979 * X(0, m)) + 0.5 * X(0, m);
    }
    auto train = [&](const init::WeightInit& w) {
        MLP net({1, 8, 1}, Activation::tanh(), Activation::identity());
        Rng rng(1);
        init::initialize(net, w, 0.1, rng);
        const MLPObjective R(net, Cost::quadratic(), X, Y);
        Vector theta = net.parameters();
        Rng shuffle(2);
        const auto h = sgd(R, theta, *make_optimizer("gd", 0.05), shuffle, quiet(100, 8));
        BOOST_TEST(h.epoch_train_risk.back() < 0.5 * h.epoch_train_risk.front(), w.name());
        return R.net(theta);
    };
    for (const auto& w : {init::WeightInit::zero(), init::WeightInit::constant(0.3)}) {
        const MLP net = train(w);
        const double scale = std::max(1.0, max_abs(net.W(1)));
        BOOST_TEST(frobenius_norm(net.W(1) -
                                  Matrix(8, 1, w.kind == init::WeightKind::zero ? 0.0 : 0.3)) > 0.1,
                   w.name() << ": W₁ moved");
        // every unit the same: its weight, its bias, its output weight (rounding allowed, 1e-12)
        BOOST_TEST(max_row_difference(weights_and_bias(net, 1)) <= 1e-12 * scale, w.name());
        BOOST_TEST(max_row_difference(transpose(net.W(2))) <= 1e-12 * scale, w.name());
    }
    const MLP random = train(init::WeightInit::normal(1.0));
    BOOST_TEST(max_row_difference(weights_and_bias(random, 1)) > 0.1);
}

BOOST_AUTO_TEST_CASE(too_small_learns_nothing_about_one_over_root_n_learns_too_large_fails) {
    const auto d = digits();
    // R̂ of predicting the class frequencies p_k: Σ_k p_k(1 − p_k)
    double nothing = 0.0;
    for (std::size_t c : d.class_counts()) nothing += double(c) / 300.0 * (1.0 - double(c) / 300.0);
    auto risk_after = [&](double s, double& risk0) {
        MLP net({64, 16, 16, 10}, Activation::tanh(), Activation::identity());
        Rng rng(3);
        init::initialize(net, init::WeightInit::normal(s), 0.0, rng);
        const MLPObjective R(net, Cost::quadratic(), d.X, d.Y);
        Vector theta = net.parameters();
        Rng shuffle(4);
        const auto h = sgd(R, theta, *make_optimizer("gd", 0.05), shuffle, quiet(5, 32));
        risk0 = h.epoch_train_risk.front();
        return h.epoch_train_risk.back();
    };
    double r0 = 0.0;  // R̂(θ_0)
    const double small = risk_after(1e-3, r0);
    const double right = risk_after(0.2, r0);
    const double large = risk_after(1.0, r0);
    BOOST_TEST_MESSAGE("nothing " << nothing << "; s = 1e-3: " << small << ", s = 0.2: " << right
                                  << ", s = 1: " << large << " from " << r0);
    BOOST_TEST(small > 0.97 * nothing);  // the signal vanished: only the output bias learned
    BOOST_TEST(right < 0.8 * nothing);
    // too large: after the same K epochs worse than a net that learned nothing (measured 1.16 against
    // 0.90; in the chapter's wider net it blows up altogether)
    BOOST_TEST(large > nothing);
    BOOST_TEST(large > 1.5 * right);
}

BOOST_AUTO_TEST_CASE(spread_changes_by_g_over_root_two_per_relu_layer) {
    const auto d = digits();
    std::vector<std::size_t> widths{64};
    for (int ell = 0; ell < 10; ++ell) widths.push_back(64);
    auto spread = [&](const char* act, double g, std::uint64_t seed) {
        MLP net(widths, Activation::from_name(act), Activation::from_name(act));
        Rng rng(seed);
        init::initialize(net, init::WeightInit::normal_fan_in(g), 0.0, rng);
        const BatchForward f = batch_forward(net, d.X);
        return std::make_pair(entry_std(f.X[1]), entry_std(f.X[10]));
    };
    // E[x_ℓ²] = (g²/2) E[x_{ℓ−1}²] for ReLU layers with b = 0 (z is symmetric, so E[ReLU(z)²] =
    // E[z²]/2), so std(x_10)/std(x_1) ≈ (g/√2)⁹. Each layer of 64 units adds a random factor of a
    // few %: the geometric mean over 5 draws must be within ×1.5 of the prediction (measured 0.82).
    double log_ratio = 0.0;
    for (std::uint64_t seed = 1; seed <= 5; ++seed) {
        const auto [s1, s10] = spread("relu", std::sqrt(2.0), seed);
        log_ratio += std::log(s10 / s1) / 5.0;
        // a ReLU net with b = 0 is positively homogeneous: W → cW scales x_ℓ by c^ℓ, exactly (up to
        // rounding): g = 2 against g = 1 on the same draw gives 2⁹ between the ratios
        const auto [a1, a10] = spread("relu", 1.0, seed);
        const auto [b1, b10] = spread("relu", 2.0, seed);
        BOOST_TEST((b10 / b1) / (a10 / a1) == 512.0, tt::tolerance(1e-9));
    }
    BOOST_TEST_MESSAGE("relu g = √2: geometric mean of std(x_10)/std(x_1) = " << std::exp(log_ratio)
                                                                              << " (theory 1)");
    BOOST_TEST(std::exp(log_ratio) < 1.5);
    BOOST_TEST(std::exp(log_ratio) > 1.0 / 1.5);
    const auto [v1, v10] = spread("tanh", 0.5, 1);
    BOOST_TEST(v10 < 0.01 * v1);  // vanishes
    const auto [u1, u10] = spread("tanh", 3.0, 1);
    BOOST_TEST(u10 > 0.7);  // saturates: most x near ±1
    BOOST_TEST(u10 < 1.0);
}

BOOST_AUTO_TEST_CASE(a_positive_bias_never_kills_a_first_layer_unit) {
    const auto d = digits();
    std::size_t dead0 = 0, deadb = 0;
    for (std::uint64_t seed = 0; seed < 30; ++seed) {
        MLP net({64, 64, 10}, Activation::relu(), Activation::identity());
        Rng rng(seed);
        init::initialize(net, init::WeightInit::normal_fan_in(std::sqrt(2.0)), 0.0, rng);
        const Matrix Z0 = batch_forward(net, d.X).Z[1];
        init::constant(net.b(1), 0.1);  // the same W₁, b₁ = 0.1: z + 0.1 > z
        const Matrix Zb = batch_forward(net, d.X).Z[1];
        const std::size_t a = count_dead_units(Z0), b = count_dead_units(Zb);
        BOOST_TEST(b <= a);
        const auto f0 = active_fraction(Z0), fb = active_fraction(Zb);
        for (std::size_t i = 0; i < f0.size(); ++i) BOOST_TEST(fb[i] >= f0[i]);
        dead0 += a;
        deadb += b;
    }
    BOOST_TEST_MESSAGE("first-layer dead units in 30 draws: b = 0: " << dead0
                                                                     << ", b = 0.1: " << deadb);
    BOOST_TEST(deadb < dead0);
}

BOOST_AUTO_TEST_CASE(training_kills_units_that_were_alive_at_the_start) {
    const auto d = digits();
    double at_start = 0.0, after = 0.0;
    for (std::uint64_t run = 0; run < 4; ++run) {
        MLP net({64, 32, 32, 10}, Activation::relu(), Activation::identity());
        Rng rng(30 + run);
        init::initialize(net, init::WeightInit::normal_fan_in(std::sqrt(2.0)), 0.0, rng);
        const MLPObjective R(net, Cost::quadratic(), d.X, d.Y);
        auto dead = [&](const MLP& n) {
            const BatchForward f = batch_forward(n, d.X);
            return double(count_dead_units(f.Z[1]) + count_dead_units(f.Z[2]));
        };
        at_start += dead(net) / 4.0;
        Vector theta = net.parameters();
        Rng shuffle(40 + run);
        sgd(R, theta, *make_optimizer("gd", 0.05), shuffle, quiet(10, 32));
        after += dead(R.net(theta)) / 4.0;
    }
    BOOST_TEST_MESSAGE("dead of 64 hidden units: " << at_start << " at the start, " << after
                                                   << " after 10 epochs");
    BOOST_TEST(after > at_start + 2.0);
}

BOOST_AUTO_TEST_CASE(top_curvature_is_the_largest_hessian_eigenvalue) {
    // a linear model f(x) = w·x + b with J = (y − f)²: R̂ = (1/M) Σ (y − w·x − b)², Hessian
    // (2/M) X̃X̃ᵀ, X̃ = [X; 1]. The rows (3,3,−3,−3), (1,−1,1,−1), (1,1,1,1) are orthogonal:
    // Hessian = (2/4) diag(36, 4, 4) = diag(18, 2, 2), λ_max = 18.
    Matrix X(2, 4), Y(1, 4);
    const double a[4] = {3, 3, -3, -3}, c[4] = {1, -1, 1, -1}, y[4] = {0.5, -1, 2, 0};
    for (std::size_t m = 0; m < 4; ++m) {
        X(0, m) = a[m];
        X(1, m) = c[m];
        Y(0, m) = y[m];
    }
    MLP net({2, 1}, Activation::identity(), Activation::identity());
    const MLPObjective R(net, Cost::quadratic(), X, Y);
    const Vector theta = Vector::from_function(3, [](std::size_t i) { return 0.1 * double(i); });
    // the gradient is linear in θ: the central difference is exact up to rounding
    BOOST_TEST(ch17::top_curvature(R, theta, 7, 60) == 18.0, tt::tolerance(1e-6));
}

BOOST_AUTO_TEST_CASE(too_large_a_start_is_a_step_size_instability) {
    app::Context ctx = context();
    ch17::Settings st;
    st.points = 4;  // s = 0.03, 0.139, 0.646, 3
    st.scale_min = 0.03;
    const ch17::Digits d = ch17::load_digits(ctx, st);
    CapturedCout printed;
    const ch17::StabilityResult r = ch17::stability(ctx, st, d);
    BOOST_TEST(printed.text.str().find("4. stability:") == 0u);  // the table went to std::cout
    BOOST_TEST_REQUIRE(r.s.size() == 4u);
    // s = 3: η = 0.05 blows up, η = 0.01 trains from the same θ_0 and the same shuffles
    BOOST_TEST(r.blew_up[3][0]);
    BOOST_TEST(!r.blew_up[3][1]);
    BOOST_TEST(!r.blew_up[0][0]);
    for (std::size_t k = 0; k < r.s.size(); ++k) {
        if (k > 0) BOOST_TEST(r.lambda_max[k] > r.lambda_max[k - 1]);  // the curvature grows with s
        for (std::size_t i = 0; i < r.etas.size(); ++i)
            if (r.blew_up[k][i]) BOOST_TEST(r.etas[i] > 2.0 / r.lambda_max[k]);  // necessary
    }
    // not sufficient: at s = 3 even η = 0.01 exceeds 2/λ_max(θ_0), and it trains
    BOOST_TEST(0.01 > 2.0 / r.lambda_max[3]);
}

BOOST_AUTO_TEST_CASE(normal_and_uniform_of_the_same_variance_train_alike) {
    app::Context ctx = context();
    ch17::Settings st;
    st.points = 5;  // s = 0.001 … 0.2, where no run blows up
    st.scale_max = 0.2;
    const ch17::Digits d = ch17::load_digits(ctx, st);
    CapturedCout printed;
    const ch17::DistributionResult r = ch17::distribution(ctx, st, d);
    BOOST_TEST(printed.text.str().find("5. distribution:") == 0u);  // the table went to std::cout
    BOOST_TEST_MESSAGE("largest gap " << r.largest_gap << ", range over s " << r.range);
    // measured: gap 0.0104, range 0.41 on the full grid
    BOOST_TEST(r.range > 0.3);
    BOOST_TEST(r.largest_gap < 0.1 * r.range);
}

BOOST_AUTO_TEST_CASE(every_random_scale_breaks_the_symmetry_larger_scales_fit_better) {
    app::Context ctx = context();
    const ch17::Settings st;
    CapturedCout printed;
    const ch17::SymmetryScaleResult r = ch17::symmetry_scale(ctx, st);
    BOOST_TEST(printed.text.str().find("2. symmetry against scale:") ==
               0u);  // the table went to std::cout
    BOOST_TEST_REQUIRE(r.s.size() == 10u);
    double small = 0.0, large = 0.0;  // mean R̂ over s ≤ 0.1 and over s ≥ 0.9
    std::size_t n_small = 0, n_large = 0;
    for (std::size_t k = 0; k < r.s.size(); ++k) {
        // units that started 10⁻⁴ apart end far apart, and the fit is far better than W_0 = 0's
        BOOST_TEST(r.spread[k] > 1.0, r.s[k]);
        BOOST_TEST(r.risk[k] < 0.25 * r.zero_risk, r.s[k]);
        if (r.s[k] <= 0.1) small += r.risk[k], ++n_small;
        if (r.s[k] >= 0.9) large += r.risk[k], ++n_large;
    }
    // measured 0.0052 against 0.0133
    BOOST_TEST(large / double(n_large) < 0.6 * small / double(n_small));
}

BOOST_AUTO_TEST_CASE(a_positive_bias_adds_dead_units_deep_in_the_net) {
    const auto d = digits();
    std::vector<std::size_t> widths(11, 64);
    std::vector<double> mean{0.0}, sum2{0.0};
    const std::size_t draws = 10;
    for (std::size_t r = 0; r < draws; ++r) {
        double dead[2] = {0.0, 0.0};
        for (int k = 0; k < 2; ++k) {
            MLP net(widths, Activation::relu(), Activation::relu());
            Rng rng(51 + r);  // the same W for both biases
            init::initialize(net, init::WeightInit::normal_fan_in(std::sqrt(2.0)), k ? 0.1 : 0.0,
                             rng);
            dead[k] = double(count_dead_units(batch_forward(net, d.X).Z[10]));
        }
        mean[0] += (dead[1] - dead[0]) / double(draws);
        sum2[0] += (dead[1] - dead[0]) * (dead[1] - dead[0]);
    }
    const double se = ch17::standard_errors(mean, sum2, draws)[0];
    BOOST_TEST_MESSAGE("layer 10: b = 0.1 minus b = 0, paired: " << mean[0] << " ± " << se);
    BOOST_TEST(mean[0] > 2.0 * se);  // more dead units with b > 0, beyond the spread of draws
}

BOOST_AUTO_TEST_CASE(quick_run_writes_every_plot) {
    const auto r = redes_test::run_chapter("17_initialization", "--quick");
    BOOST_TEST(r.exit_code == 0, r.err);
    for (const char* p :
         {"ch17_symmetry_units", "ch17_symmetry_fit", "ch17_scale_sweep", "ch17_spread_relu",
          "ch17_spread_tanh", "ch17_dead_at_init", "ch17_dead_units", "ch17_symmetry_scale",
          "ch17_stability", "ch17_distribution"})
        BOOST_TEST(r.has_plot(p), p);
}

BOOST_AUTO_TEST_CASE(bad_options_are_refused_naming_the_option) {
    for (const auto& [args, option] :
         {std::pair<std::string, std::string>{"--quick --scale 0", "--scale"},
          {"--quick --scale-min 5", "--scale-min"},
          {"--quick --bias -0.1", "--bias"},
          {"--quick --eta 0", "--eta"},
          {"--quick --depth 0", "--depth"},
          {"--quick --activation sine", "--activation"},
          {"--quick --optimizer nope", "--optimizer"}}) {
        const auto r = redes_test::run_chapter("17_initialization", args);
        BOOST_TEST(r.exit_code != 0, args);
        BOOST_TEST(r.err.find(option) != std::string::npos, args << ": " << r.err);
        BOOST_TEST(std::count(r.err.begin(), r.err.end(), '\n') == 1, args << ": " << r.err);
    }
}

BOOST_AUTO_TEST_SUITE_END()
