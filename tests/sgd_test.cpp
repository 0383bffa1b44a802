// The SGD training loop (src/redes/optim/sgd.hpp): batches and epochs as the notes implement
// them, on a least-squares objective with a known minimum θ* = (X Xᵀ)⁻¹ X y.
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <cmath>
#include <set>
#include <sstream>

#include "redes/error.hpp"
#include "redes/optim/adam.hpp"
#include "redes/optim/least_squares_objective.hpp"
#include "redes/optim/momentum.hpp"
#include "redes/optim/optimizer.hpp"
#include "redes/optim/schedule.hpp"
#include "redes/optim/sgd.hpp"
#include "redes/stats/rng.hpp"

namespace tt = boost::test_tools;
using redes::Vector;

namespace {

// M samples x_m = (u, v, 1) with u, v ~ N(0, 1), y_m = θ_trueᵀ x_m + noise·N(0, 1).
redes::LeastSquaresObjective make_problem(std::size_t M, double noise, std::uint64_t seed) {
    redes::Rng rng(seed);
    const Vector theta_true{1.5, -2.0, 0.5};
    redes::Matrix X(3, M);
    Vector y(M);
    for (std::size_t m = 0; m < M; ++m) {
        X(0, m) = rng.normal();
        X(1, m) = rng.normal();
        X(2, m) = 1.0;
        y[m] = theta_true[0] * X(0, m) + theta_true[1] * X(1, m) + theta_true[2] +
               noise * rng.normal();
    }
    return redes::LeastSquaresObjective(X, y);
}

redes::SGDOptions quiet(std::size_t epochs, std::size_t batch_size) {
    redes::SGDOptions o;
    o.epochs = epochs;
    o.batch_size = batch_size;
    o.progress = redes::Progress::quiet;
    return o;
}

// Logs every batch it is asked about.
struct RecordingObjective : redes::Objective {
    const redes::Objective& inner;
    mutable std::vector<std::vector<std::size_t>> batches;
    explicit RecordingObjective(const redes::Objective& o) : inner(o) {}
    std::size_t M() const override { return inner.M(); }
    double risk(const Vector& t, const std::vector<std::size_t>& b) const override {
        return inner.risk(t, b);
    }
    Vector gradient(const Vector& t, const std::vector<std::size_t>& b) const override {
        return inner.gradient(t, b);
    }
    double risk_and_gradient(const Vector& t, const std::vector<std::size_t>& b,
                             Vector& g) const override {
        batches.push_back(b);
        return inner.risk_and_gradient(t, b, g);
    }
};

// R̂ = ‖θ‖² on every batch, but the call number `bad` returns NaN (a numerical accident).
struct NaNAtCall : redes::Objective {
    std::size_t bad;
    mutable std::size_t calls = 0;
    explicit NaNAtCall(std::size_t b) : bad(b) {}
    std::size_t M() const override { return 10; }
    double risk(const Vector& t, const std::vector<std::size_t>&) const override {
        return redes::dot(t, t);
    }
    Vector gradient(const Vector& t, const std::vector<std::size_t>&) const override {
        return 2.0 * t;
    }
    double risk_and_gradient(const Vector& t, const std::vector<std::size_t>& b,
                             Vector& g) const override {
        g = gradient(t, b);
        return calls++ == bad ? std::nan("") : risk(t, b);
    }
};

bool message_has(const std::exception& e, const std::string& part) {
    return std::string(e.what()).find(part) != std::string::npos;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(sgd)

BOOST_AUTO_TEST_CASE(batch_gradient_is_the_mean_over_the_batch) {
    // g_B = (1/|B|) Σ_{m∈B} ∂J_m/∂θ (the notes' M′⁻¹ Σ), and it is ∂R̂_B/∂θ (central differences).
    const auto obj = make_problem(20, 0.3, 1);
    const Vector theta{0.3, -0.7, 1.1};
    const Vector g0 = obj.gradient(theta, {4}), g1 = obj.gradient(theta, {9}),
                 g2 = obj.gradient(theta, {13});
    const Vector g = obj.gradient(theta, {4, 9, 13});
    for (std::size_t i = 0; i < 3; ++i) {
        BOOST_TEST(g[i] == (g0[i] + g1[i] + g2[i]) / 3, tt::tolerance(1e-14));
        const double h = 1e-6;
        Vector tp = theta, tm = theta;
        tp[i] += h;
        tm[i] -= h;
        const double fd = (obj.risk(tp, {4, 9, 13}) - obj.risk(tm, {4, 9, 13})) / (2 * h);
        BOOST_TEST(std::abs(g[i] - fd) / std::max(std::abs(g[i]) + std::abs(fd), 1e-300) < 1e-8);
    }
}

BOOST_AUTO_TEST_CASE(sgd_converges_to_the_least_squares_minimum) {
    // Noise-free data: every per-sample gradient vanishes at θ* = θ_true, so SGD with a
    // constant η converges to it.
    const auto obj = make_problem(100, 0.0, 2);
    const Vector theta_star = obj.minimizer();
    BOOST_TEST(redes::norm_inf(theta_star - Vector{1.5, -2.0, 0.5}) < 1e-12);
    redes::GradientDescent gd(0.05);
    redes::Rng rng(7);
    Vector theta{0.0, 0.0, 0.0};
    const auto h = redes::sgd(obj, theta, gd, rng, quiet(100, 10));
    BOOST_TEST(redes::norm_inf(theta - theta_star) < 1e-10);
    BOOST_TEST(h.epoch_train_risk.back() < 1e-20);
    BOOST_TEST(h.epoch_train_risk.front() > 1.0);
}

BOOST_AUTO_TEST_CASE(decaying_rate_gets_closer_than_constant_rate_with_noise) {
    // With noise, SGD at a constant η keeps jumping around θ*; η_k = η₀/(1 + k/k₀) settles.
    // The same seeds, budget and η₀; the error ‖θ − θ*‖ averaged over 5 seeds.
    const auto obj = make_problem(200, 1.0, 3);
    const Vector theta_star = obj.minimizer();
    double err_const = 0.0, err_decay = 0.0;
    const redes::InverseDecay schedule(0.05, 200.0);
    for (std::uint64_t seed = 1; seed <= 5; ++seed) {
        for (bool decay : {false, true}) {
            redes::GradientDescent gd(0.05);
            redes::Rng rng(seed);
            Vector theta{0.0, 0.0, 0.0};
            auto o = quiet(50, 4);
            if (decay) o.schedule = &schedule;
            redes::sgd(obj, theta, gd, rng, o);
            (decay ? err_decay : err_const) += redes::norm(theta - theta_star) / 5;
        }
    }
    BOOST_TEST_MESSAGE("‖θ − θ*‖ after 50 epochs: constant η " << err_const << ", 1/k schedule "
                                                               << err_decay);
    BOOST_TEST(err_decay < 0.5 * err_const);
    BOOST_TEST(err_decay < 0.02);
}

BOOST_AUTO_TEST_CASE(full_batch_with_gd_is_gradient_descent_exactly) {
    // batch_size = M: each step uses all samples (sorted), so SGD is θ_{k+1} = θ_k − η ∇R̂(θ_k)
    // bit for bit, whatever the shuffle.
    const auto obj = make_problem(50, 0.5, 4);
    redes::GradientDescent gd(0.1);
    redes::Rng rng(11);
    Vector theta{1.0, 1.0, 1.0};
    auto o = quiet(30, 50);
    o.record_theta = true;
    const auto h = redes::sgd(obj, theta, gd, rng, o);
    BOOST_TEST(h.steps == 30u);

    redes::GradientDescent gd2(0.1);
    Vector t{1.0, 1.0, 1.0};
    for (std::size_t k = 0; k < 30; ++k) {
        BOOST_TEST(h.step_theta[k] == t, "k = " << k);
        BOOST_TEST(h.step_batch_risk[k] == obj.empirical_risk(t));
        gd2.step(t, obj.full_gradient(t));
    }
    BOOST_TEST(theta == t);
    BOOST_TEST(h.step_theta.back() == t);
}

BOOST_AUTO_TEST_CASE(steps_per_epoch_keep_and_drop) {
    // M = 10, M′ = 3: keep → ceil(10/3) = 4 steps (3, 3, 3, 1), every sample once per epoch;
    // drop → floor(10/3) = 3 steps of 3, a different sample left out each epoch.
    const auto obj = make_problem(10, 0.1, 5);
    for (redes::LastBatch last : {redes::LastBatch::keep, redes::LastBatch::drop}) {
        const bool keep = last == redes::LastBatch::keep;
        RecordingObjective rec(obj);
        redes::GradientDescent gd(0.01);
        redes::Rng rng(3);
        Vector theta(3);
        auto o = quiet(4, 3);
        o.last_batch = last;
        const auto h = redes::sgd(rec, theta, gd, rng, o);
        const std::size_t spe = keep ? 4 : 3;
        BOOST_TEST(h.steps_per_epoch == spe);
        BOOST_TEST(redes::steps_per_epoch(10, 3, last) == spe);
        BOOST_TEST(h.steps == 4 * spe);
        BOOST_TEST(h.step_batch_risk.size() == h.steps);
        BOOST_TEST(h.step_eta.size() == h.steps);
        BOOST_TEST(h.epoch_train_risk.size() == 5u);  // e = 0 … 4
        BOOST_TEST(rec.batches.size() == h.steps);
        std::set<std::size_t> left_out;
        for (std::size_t e = 0; e < 4; ++e) {
            std::multiset<std::size_t> seen;
            for (std::size_t j = 0; j < spe; ++j) {
                const auto& b = rec.batches[e * spe + j];
                BOOST_TEST(b.size() == ((keep && j == 3) ? 1u : 3u));
                BOOST_TEST(h.step_batch_size[e * spe + j] == b.size());
                BOOST_TEST(std::is_sorted(b.begin(), b.end()));
                seen.insert(b.begin(), b.end());
            }
            BOOST_TEST(std::set<std::size_t>(seen.begin(), seen.end()).size() ==
                       seen.size());  // no repeats
            BOOST_TEST(seen.size() == (keep ? 10u : 9u));
            if (!keep)
                for (std::size_t m = 0; m < 10; ++m)
                    if (!seen.count(m)) left_out.insert(m);
        }
        if (!keep) BOOST_TEST(left_out.size() > 1u);  // not always the same sample
    }
    BOOST_TEST(redes::steps_per_epoch(12, 4, redes::LastBatch::keep) == 3u);
    BOOST_TEST(redes::steps_per_epoch(12, 4, redes::LastBatch::drop) == 3u);
}

BOOST_AUTO_TEST_CASE(divergent_eta_throws_with_the_step) {
    // η = 2 on least squares with |x|² ≈ 3: each step multiplies the error by about |1 − 2η|x|²| ≫ 1.
    const auto obj = make_problem(100, 0.1, 6);
    redes::GradientDescent gd(2.0);
    redes::Rng rng(1);
    Vector theta(3);
    BOOST_CHECK_EXCEPTION(redes::sgd(obj, theta, gd, rng, quiet(100, 10)), redes::DivergenceError,
                          [](const redes::DivergenceError& e) {
                              BOOST_TEST_MESSAGE(e.what());
                              return message_has(e, "sgd: step k = ") &&
                                     message_has(e, "is not finite") &&
                                     message_has(e, "lower the learning rate η (η_k = 2)");
                          });
}

BOOST_AUTO_TEST_CASE(divergence_names_the_exact_step_and_value) {
    // M = 10, M′ = 4, keep: 3 steps per epoch; the 8th call (k = 7) is step 2 of epoch 3.
    NaNAtCall obj(7);
    redes::GradientDescent gd(0.1);
    redes::Rng rng(1);
    Vector theta{1.0};
    BOOST_CHECK_EXCEPTION(
        redes::sgd(obj, theta, gd, rng, quiet(5, 4)), redes::DivergenceError,
        [](const redes::DivergenceError& e) {
            return std::string(e.what()) ==
                   "sgd: step k = 7 (epoch 3): batch risk R̂_B = nan is not finite; the "
                   "iteration diverged: lower the learning rate η (η_k = 0.1)";
        });
}

BOOST_AUTO_TEST_CASE(same_seed_same_trajectory) {
    const auto obj = make_problem(60, 0.5, 7);
    auto run = [&](std::uint64_t seed) {
        redes::Adam adam(0.01);
        redes::Rng rng(seed);
        Vector theta{0.0, 0.0, 0.0};
        auto o = quiet(5, 8);
        o.record_theta = true;
        return redes::sgd(obj, theta, adam, rng, o);
    };
    const auto a = run(42), b = run(42), c = run(43);
    BOOST_TEST(a.step_theta.size() == a.steps + 1);
    BOOST_TEST(a.step_theta == b.step_theta);
    BOOST_TEST(a.step_batch_risk == b.step_batch_risk);
    BOOST_TEST(a.epoch_train_risk == b.epoch_train_risk);
    BOOST_TEST(!(a.step_theta == c.step_theta));
}

BOOST_AUTO_TEST_CASE(schedule_sets_eta_per_step_and_validation_is_recorded) {
    const auto train = make_problem(40, 0.5, 8), val = make_problem(30, 0.5, 9);
    const redes::LinearDecay schedule(0.05, 0.005, 20);
    redes::Momentum m(1.0, 0.9);  // its η is replaced by η_k at every step
    redes::Rng rng(2);
    Vector theta(3);
    auto o = quiet(6, 8);
    o.schedule = &schedule;
    o.validation = &val;
    std::vector<std::size_t> epochs_seen;
    o.on_epoch = [&](std::size_t e, const Vector&) { epochs_seen.push_back(e); };
    const auto h = redes::sgd(train, theta, m, rng, o);
    BOOST_TEST(h.steps == 30u);
    for (std::size_t k = 0; k < h.steps; ++k) BOOST_TEST(h.step_eta[k] == schedule.eta(k));
    BOOST_TEST(h.step_eta.back() == 0.005);
    BOOST_TEST(h.epoch_validation_risk.size() == 7u);
    BOOST_TEST(h.epoch_validation_risk.back() == val.empirical_risk(theta));
    BOOST_TEST(h.epoch_train_risk.back() == train.empirical_risk(theta));
    BOOST_TEST(h.epoch_train_risk.back() < 0.5 * h.epoch_train_risk.front());
    BOOST_TEST(epochs_seen == (std::vector<std::size_t>{1, 2, 3, 4, 5, 6}));
}

BOOST_AUTO_TEST_CASE(bad_options_name_the_option_and_value) {
    const auto obj = make_problem(20, 0.1, 10);
    redes::GradientDescent gd(0.1);
    redes::Rng rng(1);
    Vector theta(3);
    auto expect = [&](const redes::SGDOptions& o, const std::string& msg) {
        BOOST_CHECK_EXCEPTION(redes::sgd(obj, theta, gd, rng, o), redes::ValueError,
                              [&](const redes::ValueError& e) {
                                  return std::string(e.what()) == msg;
                              });
    };
    expect(quiet(5, 0), "sgd: option batch_size = 0 must be at least 1");
    expect(quiet(5, 21), "sgd: option batch_size = 21 exceeds the number of samples M = 20");
    expect(quiet(0, 5), "sgd: option epochs = 0 must be at least 1");
    // η ≤ 0 is refused where η is given: by the optimizer and by the schedule.
    BOOST_CHECK_EXCEPTION(redes::GradientDescent(-0.5), redes::ValueError,
                          [](const redes::ValueError& e) {
                              return std::string(e.what()) ==
                                     "gd: learning rate η = -0.5 must be positive and finite";
                          });
    struct ZeroAfterTwo : redes::Schedule {
        double eta(std::size_t k) const override { return k < 2 ? 0.1 : 0.0; }
        std::string name() const override { return "zero after 2"; }
    } bad;
    auto o = quiet(5, 5);
    o.schedule = &bad;
    expect(
        o,
        "sgd: option schedule (zero after 2) gives η_k = 0 at step k = 2; η must be positive and finite");
    Vector wrong(2);
    BOOST_CHECK_THROW(redes::sgd(obj, wrong, gd, rng, quiet(1, 5)), redes::ShapeError);
}

BOOST_AUTO_TEST_CASE(progress_lines_and_quiet) {
    const auto obj = make_problem(20, 0.1, 11);
    auto run = [&](redes::Progress p, std::size_t epochs) {
        redes::GradientDescent gd(0.05);
        redes::Rng rng(1);
        Vector theta(3);
        std::ostringstream out;
        auto o = quiet(epochs, 5);
        o.progress = p;
        o.out = &out;
        redes::sgd(obj, theta, gd, rng, o);
        return out.str();
    };
    BOOST_TEST(run(redes::Progress::quiet, 3).empty());
    const std::string lines = run(redes::Progress::lines, 3);
    BOOST_TEST(std::count(lines.begin(), lines.end(), '\n') == 3);
    BOOST_TEST(lines.find("epoch 1/3  step 4/12  R̂ ") != std::string::npos);
    BOOST_TEST(lines.find("η 0.05") != std::string::npos);
    // Not a terminal: automatic gives plain lines; many epochs give about 10 lines.
    const std::string many = run(redes::Progress::automatic, 100);
    BOOST_TEST(many.find('\r') == std::string::npos);
    BOOST_TEST(std::count(many.begin(), many.end(), '\n') == 10);
    BOOST_TEST(many.find("epoch 100/100") != std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()
