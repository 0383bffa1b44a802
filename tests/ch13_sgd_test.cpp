// Chapter 13 — SGD: batches, epochs, steps. On a part of the digits with a small MLP:
//   - an epoch is ⌈M/M′⌉ steps, so the same epochs give small batches many more updates, and
//     per epoch they get further; per step, a larger batch is not worse;
//   - the batch gradient's variance E‖ĝ_B − ∇R̂‖² is σ²/M′ · (M − M′)/(M − 1) for SGD's batches
//     (without replacement), measured over random batches at a fixed θ;
//   - after the same epochs small batches are lower on held-out samples too, with a larger gap;
//   - a batch's samples, once reused, give a risk below the risk on never-used samples (the
//     notes' "sesgo"); batches drawn with or without replacement train alike.
// Plus the program itself: --quick writes its plots, a bad option is refused.
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <cmath>
#include <string>

#include "../chapters/13_sgd/sections.hpp"
#include "chapter_runner.hpp"
#include "redes/data/csv.hpp"
#include "redes/data/split.hpp"
#include "redes/init/initializer.hpp"
#include "redes/optim/batch_gradient_noise.hpp"
#include "redes/optim/make_optimizer.hpp"
#include "redes/optim/mlp_objective.hpp"
#include "redes/optim/sgd.hpp"
#include "redes/stats/monte_carlo.hpp"

namespace tt = boost::test_tools;
using namespace redes;

namespace {

// The chapter's setup, smaller: 400 training digits with x = pixel/16, a 64 → 16 ReLU → 10 net.
struct Digits {
    data::DataSet train;
    MLP net{{64, 16, 10}, Activation::relu(), Activation::identity()};
    Digits() {
        const auto split = data::stratified_split(data::load_digits(), 0.75, 0.25, 1);
        train = split.train.head(400);
        train.X /= 16.0;
        Rng rng(1);
        init::initialize(net, init::WeightInit::normal_fan_in(std::sqrt(2.0)), 0.1, rng);
    }
};

SGDHistory train(const MLPObjective& R, const Vector& theta0, std::size_t batch_size,
                 std::size_t epochs) {
    Vector theta = theta0;
    Rng rng(2);
    SGDOptions o;
    o.epochs = epochs;
    o.batch_size = batch_size;
    o.progress = Progress::quiet;
    return sgd(R, theta, *make_optimizer("gd", 0.02), rng, o);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(ch13_sgd)

BOOST_AUTO_TEST_CASE(per_epoch_small_batches_win_per_step_large_batches_do_not_lose) {
    Digits d;
    const MLPObjective R(d.net, Cost::quadratic(), d.train.X, d.train.Y);
    const Vector theta0 = d.net.parameters();
    const std::size_t M = 400, E = 5;
    const auto h8 = train(R, theta0, 8, E), h100 = train(R, theta0, 100, E),
               hM = train(R, theta0, M, E);
    // an epoch is ⌈M/M′⌉ steps
    BOOST_TEST(h8.steps == E * 50);
    BOOST_TEST(h100.steps == E * 4);
    BOOST_TEST(hM.steps == E);
    // the same epochs (the same samples seen): more, noisier steps get further
    BOOST_TEST_MESSAGE("after " << E << " epochs: M′ = 8 " << h8.epoch_train_risk.back()
                                << ", M′ = 100 " << h100.epoch_train_risk.back() << ", M′ = M "
                                << hM.epoch_train_risk.back());
    BOOST_TEST(h8.epoch_train_risk.back() < 0.85 * h100.epoch_train_risk.back());  // measured 0.74
    BOOST_TEST(h100.epoch_train_risk.back() < 0.8 * hM.epoch_train_risk.back());   // measured 0.64
    // the same steps: 20 steps of M′ = 100 (5 epochs) against 20 full-batch steps (20 epochs, four
    // times the samples). Per step the two are within 5 % (measured 0.07 %): the exact gradient
    // buys almost nothing over a quarter of the samples, the notes' "valores de M′ más grandes
    // mejoran el estimador, pero no de manera lineal".
    const auto hM20 = train(R, theta0, M, 20);
    BOOST_TEST(hM20.steps == h100.steps);
    BOOST_TEST_MESSAGE("after 20 steps: M′ = 100 " << h100.epoch_train_risk.back() << ", M′ = M "
                                                   << hM20.epoch_train_risk.back());
    BOOST_TEST(std::abs(hM20.epoch_train_risk.back() / h100.epoch_train_risk.back() - 1.0) < 0.05);
}

BOOST_AUTO_TEST_CASE(batch_gradient_variance_follows_the_finite_population_formula) {
    Digits d;
    const MLPObjective R(d.net, Cost::quadratic(), d.train.X, d.train.Y);
    const Matrix G = per_sample_gradients(R, d.net.parameters());
    const double sigma2 = gradient_variance(G);
    BOOST_TEST(sigma2 > 0.0);
    Rng rng(9);
    for (std::size_t Mp : {1u, 8u, 32u, 128u, 300u, 375u, 399u}) {
        const auto v = batch_gradient_variance_mc(G, Mp, 300, Sampling::without_replacement, rng);
        const double exact =
            batch_gradient_variance(sigma2, 400, Mp, Sampling::without_replacement);
        BOOST_TEST_MESSAGE("M′ = " << Mp << ": " << v.mean << " ± " << v.standard_error
                                   << ", formula " << exact);
        BOOST_TEST(std::abs(v.mean - exact) < 4.0 * v.standard_error, "M′ = " << Mp);
    }
    // 1/M′: sixteen times the batch, a sixteenth of the variance (up to the factor (M − M′)/(M − 1))
    const double v2 = batch_gradient_variance(sigma2, 400, 2, Sampling::without_replacement);
    const double v32 = batch_gradient_variance(sigma2, 400, 32, Sampling::without_replacement);
    BOOST_TEST(v32 / v2 == (1.0 / 16.0) * (368.0 / 398.0), tt::tolerance(1e-12));
}

// Mean and standard error over runs, and the z-score of a difference of two independent means.
stats::Estimate est(const std::vector<double>& v) { return stats::estimate_mean(v); }
double z_of_difference(const stats::Estimate& a, const stats::Estimate& b) {
    return (a.mean - b.mean) / std::sqrt(a.se * a.se + b.se * b.se);
}

BOOST_AUTO_TEST_CASE(small_batches_are_lower_on_held_out_samples_and_fit_them_less_tightly) {
    // The chapter's experiment 4 with its defaults (seeds 1 … 10, 10 epochs, η = 0.02), M′ = 1
    // against M′ = M. Measured: validation R̂ 0.129 ± 0.004 against 1.268 ± 0.022; gap
    // R̂_val − R̂_train 0.029 ± 0.004 against 0.013 ± 0.005 (z = 2.6).
    const ch13::Settings s;
    const auto all = data::load_digits();
    const auto runs = ch13::held_out_runs(all, s, {1, 1350}, 1, 10, false);
    BOOST_TEST(runs[1].batch_size == 1350u);
    BOOST_TEST(runs[0].train.size() == 10u);
    const auto v1 = est(runs[0].validation), vM = est(runs[1].validation);
    const auto g1 = est(runs[0].gap()), gM = est(runs[1].gap());
    BOOST_TEST_MESSAGE("validation " << v1.mean << " ± " << v1.se << " against " << vM.mean << " ± "
                                     << vM.se << "; gap " << g1.mean << " ± " << g1.se
                                     << " against " << gM.mean << " ± " << gM.se);
    BOOST_TEST(z_of_difference(vM, v1) > 10.0);  // far apart: 50 standard errors
    // both gaps above 0: held-out samples are worse than the ones SGD used
    BOOST_TEST(g1.mean > 3.0 * g1.se);
    BOOST_TEST(gM.mean > 2.0 * gM.se);
    // the small batch's gap is larger, by more than two standard errors of the difference
    BOOST_TEST(z_of_difference(g1, gM) > 2.0);
    // run 0 is experiment 1's run: the same split, start and shuffles
    const ch13::Setup u = ch13::make_setup(all, 1, false, s);
    Vector theta = u.theta0;
    Rng rng(2);
    SGDOptions o;
    o.epochs = s.epochs;
    o.batch_size = 1;
    o.progress = Progress::quiet;
    const auto h = sgd(u.R, theta, *make_optimizer("gd", 0.02), rng, o);
    BOOST_TEST(runs[0].train[0] == h.epoch_train_risk.back());
}

BOOST_AUTO_TEST_CASE(without_replacement_the_reuse_run_is_sgd) {
    // reuse_run draws its batches as sgd() does (a permutation per epoch, M′ consecutive
    // indices, sorted): the same θ_k, so the same R̂ after every epoch, to the bit.
    const ch13::Settings s;
    const auto all = data::load_digits();
    const ch13::Setup u = ch13::make_setup(all, 3, false, s, 200);
    BOOST_TEST(u.M() == 200u);
    ch13::Settings s3 = s;
    s3.epochs = 3;
    const ch13::ReuseRun r = ch13::reuse_run(u, s3, 20, false, 3);
    Vector theta = u.theta0;
    Rng rng(4);
    SGDOptions o;
    o.epochs = 3;
    o.batch_size = 20;
    o.progress = Progress::quiet;
    const auto h = sgd(u.R, theta, *make_optimizer("gd", 0.02), rng, o);
    BOOST_TEST(r.train_risk == h.epoch_train_risk, tt::per_element());
    BOOST_TEST(r.batch_risk.size() == 3u);
    // the mean batch risk of an epoch is the mean of sgd()'s recorded batch risks
    double first_epoch = 0.0;
    for (std::size_t k = 0; k < h.steps_per_epoch; ++k) first_epoch += h.step_batch_risk[k];
    BOOST_TEST(r.batch_risk[0] == first_epoch / static_cast<double>(h.steps_per_epoch),
               tt::tolerance(1e-12));
}

BOOST_AUTO_TEST_CASE(reused_samples_give_a_risk_below_the_risk_on_fresh_samples) {
    // The chapter's experiment 5 with its defaults: M = 200, M′ = 20, seeds 1 … 10, here 10
    // epochs (the chapter runs 30). bias_e = mean over epoch e of R̂_B(θ_k) − R̂_val(θ_k).
    // Measured without replacement: epoch 1 −0.042 ± 0.039 (the batch's samples are fresh:
    // no bias expected, and none shows beyond noise), epoch 10 −0.080 ± 0.009 (9 standard
    // errors below 0). With replacement −0.082 ± 0.012 at epoch 10.
    ch13::Settings s;
    s.epochs = 10;
    const auto all = data::load_digits();
    const ch13::Reuse r = ch13::reuse_runs(all, s, 200, 20, 1, 10, false);
    const auto bias = [](const std::vector<ch13::ReuseRun>& runs, std::size_t e) {
        std::vector<double> v;
        for (const auto& run : runs) v.push_back(run.batch_risk[e] - run.fresh_risk[e]);
        return est(v);
    };
    const auto wo1 = bias(r.without, 0), wo2 = bias(r.without, 1), wo10 = bias(r.without, 9),
               w10 = bias(r.with, 9);
    BOOST_TEST_MESSAGE("bias without: epoch 1 "
                       << wo1.mean << " ± " << wo1.se << ", epoch 10 " << wo10.mean << " ± "
                       << wo10.se << "; with: epoch 10 " << w10.mean << " ± " << w10.se);
    BOOST_TEST(std::abs(wo1.mean) < 3.0 * wo1.se);  // fresh samples: unbiased within noise
    BOOST_TEST(wo10.mean < -5.0 * wo10.se);         // reused samples: biased low
    BOOST_TEST(w10.mean < -5.0 * w10.se);
    BOOST_TEST(wo10.mean < wo2.mean);  // and more so as the epochs go on
    // training itself: after 10 epochs the two samplings are within their error bars
    std::vector<double> a, b;
    for (const auto& run : r.without) a.push_back(run.train_risk.back());
    for (const auto& run : r.with) b.push_back(run.train_risk.back());
    BOOST_TEST_MESSAGE("R̂ train after 10 epochs: without " << est(a).mean << " ± " << est(a).se
                                                           << ", with " << est(b).mean << " ± "
                                                           << est(b).se);
    BOOST_TEST(std::abs(z_of_difference(est(a), est(b))) < 1.0);
}

BOOST_AUTO_TEST_CASE(quick_run_writes_every_plot) {
    const auto r = redes_test::run_chapter("13_sgd", "--quick");
    BOOST_TEST(r.exit_code == 0, r.err);
    for (const char* p :
         {"ch13_risk_vs_epoch", "ch13_risk_vs_step", "ch13_gradient_variance",
          "ch13_time_per_epoch", "ch13_held_out_by_batch", "ch13_generalisation_gap",
          "ch13_reused_sample_bias", "ch13_replacement_risk"})
        BOOST_TEST(r.has_plot(p), p);
    BOOST_TEST(r.out.find("steps/epoch") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(bad_options_are_refused_naming_the_option) {
    for (const auto& [args, option] :
         {std::pair<std::string, std::string>{"--quick --eta 0", "--eta"},
          {"--quick --batch-sizes 8,0", "--batch-sizes"},
          {"--quick --batch-sizes 8,x", "--batch-sizes"},
          {"--quick --optimizer sgdx", "--optimizer"},
          {"--quick --epochs 0", "--epochs"},
          {"--quick --threads 0", "--threads"},
          {"--quick --seeds 1", "--seeds"},
          {"--quick --reuse-batch 0", "--reuse-batch"},
          {"--quick --reuse-samples 1", "--reuse-samples"},
          {"--quick --reuse-epochs 0", "--reuse-epochs"}}) {
        const auto r = redes_test::run_chapter("13_sgd", args);
        BOOST_TEST(r.exit_code != 0, args);
        BOOST_TEST(r.err.find(option) != std::string::npos, args << ": " << r.err);
        BOOST_TEST(std::count(r.err.begin(), r.err.end(), '\n') == 1, args << ": " << r.err);
    }
}

BOOST_AUTO_TEST_SUITE_END()
