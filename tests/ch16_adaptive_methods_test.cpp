// Chapter 16 — AdaGrad, RMSProp, Adam beside gradient descent and momentum, on the chapter's problems:
//   - the ravine ½θᵀAθ, A = diag(1, 50): Adam and AdaGrad end far below gradient descent at any stable η
//     (η < 2/λ_max), RMSProp gets there first and then settles in a 2-cycle whose R̂ is (λ₁ + λ₂)η²/8 − (δ/2)Σ1/λ_i;
//   - Rosenbrock's valley: Adam and momentum far below gradient descent, which diverges above η = 0.001 on the grid;
//   - an MLP on the digits: the four others end with a lower training risk than gradient descent;
//   - AdaGrad's rate η/(δ + √r) never rises (ravine, Rosenbrock, MLP); RMSProp's does.
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <cctype>
#include <cmath>

#include "../chapters/16_adaptive_methods/sections.hpp"
#include "chapter_runner.hpp"
#include "redes/data/csv.hpp"
#include "redes/data/standardize.hpp"
#include "redes/init/initializer.hpp"
#include "redes/optim/adagrad.hpp"
#include "redes/optim/adam.hpp"
#include "redes/optim/descent_path.hpp"
#include "redes/optim/effective_rate.hpp"
#include "redes/optim/make_optimizer.hpp"
#include "redes/optim/mlp_objective.hpp"
#include "redes/optim/momentum.hpp"
#include "redes/optim/rmsprop.hpp"
#include "redes/optim/sgd.hpp"
#include "redes/optim/test_functions.hpp"

namespace tt = boost::test_tools;
using redes::Vector;

namespace {

const redes::Quadratic ravine(1.0, 50.0);
const Vector ravine_start{-4.0, 1.5};
const redes::Rosenbrock rosenbrock;
const Vector rosenbrock_start{-1.5, 2.0};

double final_risk(const redes::Objective2D& f, redes::Optimizer& opt, const Vector& theta0,
                  std::size_t K) {
    redes::PathOptions o;
    o.steps = K;
    const redes::DescentPath p = redes::descent_path(f, opt, theta0, o);
    return p.diverged() ? HUGE_VAL : p.value.back();
}

// The lowest R̂(θ_K) gradient descent reaches at any stable η on the ravine, from its closed form.
double gd_best_on_ravine(std::size_t K) {
    double best = HUGE_VAL;
    for (int j = 1; j < 2000; ++j)
        best =
            std::min(best, ravine.value(ravine.gd_iterate(ravine_start,
                                                          ravine.eta_critical() * j / 2000.0, K)));
    return best;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(ch16_adaptive_methods)

// AdaGrad, η = 1, on the axis-aligned ravine: the first step moves each coordinate by ≈ η
// (g/√(g²) = sign g), a diagonal step, not one toward the minimum. Then r stops growing, the rates
// freeze, and each coordinate shrinks by its own constant factor 1 − λ_i·rate_i per step: measured
// 0.849 for θ₁ and 0.372 for θ₂ (printed by the program). Not the same factor: θ₂ collapses first and
// the path then runs along the floor θ₂ = 0.
BOOST_AUTO_TEST_CASE(adagrad_on_the_ravine_shrinks_each_coordinate_by_its_own_factor) {
    redes::AdaGrad adagrad(1.0, 1e-7);
    redes::PathOptions o;
    o.steps = 200;
    const redes::DescentPath p = redes::descent_path(ravine, adagrad, ravine_start, o);
    BOOST_TEST(std::abs(p.theta[1][0] - p.theta[0][0]) == 1.0, tt::tolerance(1e-6));
    BOOST_TEST(std::abs(p.theta[1][1] - p.theta[0][1]) == 1.0, tt::tolerance(1e-6));
    const auto factor = [&](std::size_t k, std::size_t i) {
        return p.theta[k + 1][i] / p.theta[k][i];
    };
    const double f1 = factor(198, 0), f2 = factor(198, 1);
    BOOST_TEST_MESSAGE("AdaGrad factors per step: θ₁ " << f1 << ", θ₂ " << f2);
    for (std::size_t k = 60; k < 199; k += 20) {  // constant: the rates have frozen
        BOOST_TEST(factor(k, 0) == f1, tt::tolerance(1e-6));
        BOOST_TEST(factor(k, 1) == f2, tt::tolerance(1e-6));
    }
    // each factor is 1 − λ_i·(the rate AdaGrad applied), and they differ by more than 2×
    const Vector rate = redes::effective_rate(adagrad);
    BOOST_TEST(f1 == 1.0 - 1.0 * rate[0], tt::tolerance(1e-9));
    BOOST_TEST(f2 == 1.0 - 50.0 * rate[1], tt::tolerance(1e-9));
    BOOST_TEST(f2 < 0.5 * f1);
    BOOST_TEST(f1 > 0.8);
}

// The program's default η per problem and optimizer is the best of {0.001, 0.003, …, 1} by R̂(θ_K)
// (what --scan prints) on the two 2-D problems. Past the grid's top edge (η = 3, 10, also printed
// by --scan): Adam on the ravine and AdaGrad on Rosenbrock get worse; AdaGrad on the ravine keeps
// improving (its R̂ at η = 1 is already ~10⁻²⁸).
BOOST_AUTO_TEST_CASE(default_etas_are_the_best_of_the_grid_on_the_2d_problems) {
    const ch16::Settings s;
    const std::vector<double> grid{0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0};
    struct Case {
        const redes::Objective2D* f;
        Vector theta0;
        std::size_t K;
        std::vector<double> eta;
    };
    const Case cases[] = {{&ravine, ravine_start, 200, s.eta_ravine},
                          {&rosenbrock, rosenbrock_start, 2000, s.eta_rosenbrock}};
    const auto risk = [&](const Case& c, std::size_t i, double eta) {
        auto opt = ch16::make(i, eta, s.c);
        return final_risk(*c.f, *opt, c.theta0, c.K);
    };
    for (const Case& c : cases)
        for (std::size_t i = 0; i < ch16::n_opt; ++i) {
            double best = HUGE_VAL, best_eta = 0.0;
            for (double e : grid) {
                const double R = risk(c, i, e);
                if (R < best) best = R, best_eta = e;
            }
            BOOST_TEST(best_eta == c.eta[i], ch16::titles[i] << " on " << c.K << " steps");
        }
    const Case& rv = cases[0];
    const Case& rb = cases[1];
    BOOST_TEST(risk(rv, 4, 3.0) > risk(rv, 4, 1.0));  // Adam, ravine
    BOOST_TEST(risk(rb, 2, 3.0) > risk(rb, 2, 1.0));  // AdaGrad, Rosenbrock
    BOOST_TEST(risk(rv, 2, 3.0) < risk(rv, 2, 1.0));  // AdaGrad, ravine: better past the edge
    BOOST_TEST(risk(rv, 2, 1.0) < 1e-20);
}

BOOST_AUTO_TEST_CASE(adam_and_adagrad_beat_gradient_descent_at_any_stable_eta_on_the_ravine) {
    const std::size_t K = 200;
    const double gd_best = gd_best_on_ravine(K);  // η ≈ 2/(λ_min + λ_max): measured 1.0e-6
    redes::GradientDescent above(1.01 * ravine.eta_critical());
    BOOST_TEST(final_risk(ravine, above, ravine_start, K) >
               ravine.value(ravine_start));  // past 2/λ_max R̂ grows
    redes::Adam adam(1.0);
    redes::AdaGrad adagrad(1.0);
    const double R_adam = final_risk(ravine, adam, ravine_start, K),
                 R_adagrad = final_risk(ravine, adagrad, ravine_start, K);
    BOOST_TEST_MESSAGE("ravine, K = 200: gd best " << gd_best << ", Adam " << R_adam << ", AdaGrad "
                                                   << R_adagrad);
    BOOST_TEST(R_adam < gd_best / 100);  // measured 5.5e-9
    BOOST_TEST(R_adagrad <
               gd_best /
                   1e10);  // measured 1.5e-28: on a diagonal A each coordinate is rescaled alone
    // RMSProp (η = 0.1) is ahead early: after 100 steps far below any gradient descent
    redes::RMSProp rmsprop(0.1);
    const double R_rms = final_risk(ravine, rmsprop, ravine_start, 100);
    BOOST_TEST_MESSAGE("ravine, K = 100: gd best " << gd_best_on_ravine(100) << ", RMSProp "
                                                   << R_rms);
    BOOST_TEST(R_rms < gd_best_on_ravine(100) / 10);  // measured 8.4e-5 against 3.1e-3
}

BOOST_AUTO_TEST_CASE(rmsprop_with_a_constant_eta_ends_in_a_two_cycle) {
    // θ_i = ±c_i, g_i = ±λ_ic_i, r_i → λ_i²c_i² (the same every step), and the step 2c_i = ηλ_ic_i/√(δ + λ_i²c_i²)
    // gives c_i² = η²/4 − δ/λ_i² (when positive): R̂ = ½Σλ_ic_i² = (λ₁ + λ₂)η²/8 − (δ/2)Σ1/λ_i, whatever the start
    for (double eta : {0.01, 0.03, 0.1}) {
        redes::RMSProp opt(eta);
        redes::PathOptions o;
        o.steps = 3000;
        const redes::DescentPath p = redes::descent_path(ravine, opt, ravine_start, o);
        const double floor = 51.0 * eta * eta / 8 - 1e-6 / 2 * (1.0 + 1.0 / 50.0);
        for (std::size_t k = 2900; k <= 3000; ++k)
            BOOST_TEST(p.value[k] == floor, tt::tolerance(1e-6));
        for (std::size_t i = 0; i < 2; ++i) {
            const double lambda = i == 0 ? 1.0 : 50.0,
                         c = std::sqrt(eta * eta / 4 - 1e-6 / (lambda * lambda));
            BOOST_TEST(std::abs(p.theta[3000][i]) == c, tt::tolerance(1e-6));
            BOOST_TEST(p.theta[3000][i] == -p.theta[2999][i],
                       tt::tolerance(1e-6));  // the sign flips every step
        }
    }
}

BOOST_AUTO_TEST_CASE(
    a_large_rmsprop_delta_caps_the_rate_and_removes_the_cycle_of_the_flat_coordinate) {
    // δ = 0.01, η = 0.03: the rate η/√(δ + r) ≤ η/√δ = 0.3 < 2/λ₁ = 2, so θ₁ is stable and goes to 0;
    // θ₂ (ηλ₂/2 = 0.75 > √δ = 0.1) still cycles with c₂² = η²/4 − δ/λ₂²
    redes::RMSProp opt(0.03, 0.9, 1e-2);
    redes::PathOptions o;
    o.steps = 3000;
    const redes::DescentPath p = redes::descent_path(ravine, opt, ravine_start, o);
    BOOST_TEST(std::abs(p.theta[3000][0]) < 1e-12);
    const double c2 = 0.03 * 0.03 / 4 - 1e-2 / 2500.0;
    BOOST_TEST(p.value[3000] == 0.5 * 50 * c2, tt::tolerance(1e-6));
    BOOST_TEST(redes::effective_rate(opt)[0] == 0.03 / std::sqrt(1e-2), tt::tolerance(1e-6));
}

BOOST_AUTO_TEST_CASE(adam_and_momentum_beat_gradient_descent_on_rosenbrock) {
    const std::size_t K = 2000;
    // gradient descent on the chapter's grid: 0.001 is the largest η that does not diverge
    double gd = HUGE_VAL;
    for (double eta : {0.001, 0.003, 0.01, 0.03}) {
        redes::GradientDescent opt(eta);
        const double R = final_risk(rosenbrock, opt, rosenbrock_start, K);
        if (eta > 0.001) BOOST_TEST(R == HUGE_VAL, "η = " << eta);
        gd = std::min(gd, R);
    }
    redes::Momentum momentum(0.001, 0.9);
    redes::Adam adam(0.3);
    const double R_m = final_risk(rosenbrock, momentum, rosenbrock_start, K),
                 R_a = final_risk(rosenbrock, adam, rosenbrock_start, K);
    BOOST_TEST_MESSAGE("rosenbrock, K = 2000: gd " << gd << ", momentum " << R_m << ", Adam "
                                                   << R_a);
    BOOST_TEST(gd > 0.1);         // measured 0.195: still in the valley, far from (1, 1)
    BOOST_TEST(R_m < 1e-6 * gd);  // measured 1.4e-8
    BOOST_TEST(R_a < 1e-20);      // measured 7.8e-25
}

BOOST_AUTO_TEST_CASE(adagrad_rate_never_rises_rmsprop_rate_does) {
    struct Case {
        const redes::Objective2D* f;
        Vector theta0;
        double eta_adagrad, eta_rmsprop;
    };
    for (const Case& c : {Case{&ravine, ravine_start, 1.0, 0.03},
                          Case{&rosenbrock, rosenbrock_start, 1.0, 0.003}}) {
        redes::AdaGrad adagrad(c.eta_adagrad);
        redes::RMSProp rmsprop(c.eta_rmsprop);
        Vector ta = c.theta0, tr = c.theta0, previous;
        double rms_low = HUGE_VAL, rms_rise = 1.0;
        for (int k = 0; k < 2000; ++k) {
            adagrad.step(ta, c.f->gradient(ta));
            rmsprop.step(tr, c.f->gradient(tr));
            const Vector a = redes::effective_rate(adagrad), r = redes::effective_rate(rmsprop);
            if (!previous.empty())
                for (std::size_t i = 0; i < 2; ++i)
                    BOOST_TEST(a[i] <= previous[i]);  // r_{k+1} = r_k + g² ≥ r_k
            previous = a;
            rms_low = std::min(rms_low, r[0]);
            rms_rise = std::max(rms_rise, r[0] / rms_low);
        }
        BOOST_TEST_MESSAGE(c.f->name() << ": RMSProp's rate for θ₁ rose ×" << rms_rise
                                       << " above an earlier low");
        BOOST_TEST(rms_rise > 10.0);
    }
}

BOOST_AUTO_TEST_CASE(on_an_mlp_the_other_four_end_below_gradient_descent) {
    // 300 digits, 64 → 16 (tanh) → 10, J = ‖y − x_L‖², 20 epochs of minibatches M′ = 32, the chapter's η for the MLP
    redes::Rng rng(11);
    redes::data::DataSet all = redes::data::load_digits();
    redes::data::DataSet d = all.subset(rng.permutation(all.M())).head(300);
    d = redes::data::Standardizer::fit(d).transform(d);
    redes::MLP net({64, 16, 10}, redes::Activation::tanh(), redes::Activation::identity());
    redes::init::initialize(net, redes::init::WeightInit::normal_fan_in(1.0), 0.0, rng);
    const redes::MLPObjective R(net, redes::Cost::quadratic(), d.X, d.Y);
    redes::SGDOptions o;
    o.epochs = 20;
    o.batch_size = 32;
    o.progress = redes::Progress::quiet;
    const char* names[] = {"gd", "momentum", "adagrad", "rmsprop", "adam"};
    const double etas[] = {0.1, 0.03, 0.1, 0.01, 0.03};
    double final[5];
    std::vector<double> adagrad_median;
    for (int i = 0; i < 5; ++i) {
        auto opt = redes::make_optimizer(names[i], etas[i]);
        Vector theta = net.parameters();
        redes::Rng batches(5);  // the same batches for all
        if (i == 2)
            o.on_epoch = [&](std::size_t, const Vector&) {
                Vector rate = redes::effective_rate(dynamic_cast<const redes::AdaGrad&>(*opt));
                std::vector<double> v(rate.begin(), rate.end());
                std::nth_element(v.begin(), v.begin() + v.size() / 2, v.end());
                adagrad_median.push_back(v[v.size() / 2]);
            };
        else o.on_epoch = nullptr;
        final[i] = redes::sgd(R, theta, *opt, batches, o).epoch_train_risk.back();
        BOOST_TEST_MESSAGE("MLP, " << names[i] << " η = " << etas[i] << ": R̂ after 20 epochs "
                                   << final[i]);
    }
    for (int i = 1; i < 5; ++i)
        BOOST_TEST(final[i] < 0.85 * final[0], names[i]);  // measured: 0.60 … 0.75 of gd's
    BOOST_TEST(final[4] < 0.7 * final[0]);                 // Adam: measured 0.60 of gd's
    // every coordinate's rate only falls, so the median does too
    for (std::size_t e = 1; e < adagrad_median.size(); ++e)
        BOOST_TEST(adagrad_median[e] <= adagrad_median[e - 1]);
}

BOOST_AUTO_TEST_CASE(program_runs_and_draws_every_plot) {
    const auto r = redes_test::run_chapter("16_adaptive_methods", "--quick");
    BOOST_TEST(r.exit_code == 0, r.err);
    for (const char* p :
         {"ch16_ravine_paths", "ch16_rosenbrock_paths", "ch16_risk_ravine", "ch16_risk_rosenbrock",
          "ch16_risk_mlp", "ch16_effective_rate", "ch16_mlp_effective_rate"})
        BOOST_TEST(r.has_plot(p), p);
    std::string lower = r.out;
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return std::tolower(c); });
    BOOST_TEST(lower.find("nan") == std::string::npos);
    BOOST_TEST(lower.find("inf") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_diverging_optimizer_is_reported_and_the_others_still_run) {
    const auto r = redes_test::run_chapter("16_adaptive_methods", "--quick --ravine-gd 0.05");
    BOOST_TEST(r.exit_code == 0, r.err);
    BOOST_TEST(r.out.find("gradient descent, η = 0.05: diverged at step") != std::string::npos,
               r.out);
    BOOST_TEST(r.out.find("momentum, η = 0.01: R̂(θ_K) =") != std::string::npos,
               r.out);  // the next one still runs
    for (const char* p : {"ch16_risk_ravine", "ch16_risk_mlp"}) BOOST_TEST(r.has_plot(p), p);
}

BOOST_AUTO_TEST_CASE(bad_option_value_is_one_line_naming_the_option) {
    for (const char* bad : {"--mlp-adam 0", "--rho 1", "--rho2=-0.1", "--samples 5", "--hidden 0",
                            "--delta-adagrad 0", "--angle nan"}) {
        const auto r =
            redes_test::run_chapter("16_adaptive_methods", std::string("--quick ") + bad);
        const std::string option = std::string(bad).substr(0, std::string(bad).find_first_of(" ="));
        BOOST_TEST(r.exit_code != 0, bad);
        BOOST_TEST(r.err.find(option) != std::string::npos, r.err);
        BOOST_TEST(std::count(r.err.begin(), r.err.end(), '\n') == 1, r.err);
    }
}

BOOST_AUTO_TEST_SUITE_END()
