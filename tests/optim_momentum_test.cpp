// Momentum in both forms:
//   the notes' form  v_{k+1} ← α v_k − η g_k; θ_{k+1} ← θ_k + v_{k+1}  → against a plain
//                    implementation of those two lines written here (PyTorch has no such form);
//   PyTorch's form   v_{k+1} ← μ v_k + g_k;  θ_{k+1} ← θ_k − η v_{k+1} → against torch.optim.SGD.
// Equal for constant η, different when η_k changes.
#include <boost/test/unit_test.hpp>

#include <vector>

#include "optim_golden.hpp"
#include "redes/error.hpp"
#include "redes/optim/momentum.hpp"
#include "redes/optim/optimizer_path.hpp"
#include "redes/optim/schedule.hpp"

using redes::Vector;

namespace {

bool message_has(const std::exception& e, const std::string& part) {
    return std::string(e.what()).find(part) != std::string::npos;
}

// The notes' box, written out with plain arrays: v ← αv − η_k g; θ ← θ + v.
std::vector<Vector> plain_notes_momentum(const std::function<Vector(const Vector&)>& grad,
                                         const Vector& theta0, double alpha,
                                         const std::function<double(std::size_t)>& eta,
                                         std::size_t steps) {
    std::vector<double> th(theta0.begin(), theta0.end()), v(th.size(), 0.0);
    std::vector<Vector> path{theta0};
    for (std::size_t k = 0; k < steps; ++k) {
        const Vector g = grad(Vector(th));
        for (std::size_t i = 0; i < th.size(); ++i) {
            v[i] = alpha * v[i] - eta(k) * g[i];
            th[i] = th[i] + v[i];
        }
        path.emplace_back(th);
    }
    return path;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(optim_momentum)

BOOST_AUTO_TEST_CASE(pytorch_form_matches_torch_sgd_momentum) {
    for (const char* name : {"momentum_pytorch_quadratic", "momentum_pytorch_rosenbrock",
                             "momentum_pytorch_quadratic_inverse"}) {
        const auto& run = optim_golden::get(name);
        const double err =
            optim_golden::path_relative_error(optim_golden::redes_path(run), run.path);
        BOOST_TEST_MESSAGE(name << ": max relative error " << err);
        BOOST_TEST(err <= 1e-10, name << ": " << err);
    }
}

BOOST_AUTO_TEST_CASE(notes_form_matches_the_box_line_by_line) {
    const redes::InverseDecay schedule(0.05, 5.0);
    struct Case {
        const char* problem;
        Vector theta0;
        double eta;
        bool with_schedule;
    };
    for (const Case& c : {Case{"quadratic", Vector{-2.0, 3.0, 1.0}, 0.02, false},
                          Case{"rosenbrock", Vector{-1.2, 1.0}, 0.002, false},
                          Case{"quadratic", Vector{-2.0, 3.0, 1.0}, 0.05, true}}) {
        const auto grad = optim_golden::gradient_of(c.problem);
        redes::Momentum m(c.eta, 0.9);
        const auto ours =
            redes::optimizer_path(m, grad, c.theta0, 50, c.with_schedule ? &schedule : nullptr);
        const auto plain = plain_notes_momentum(
            grad, c.theta0, 0.9,
            [&](std::size_t k) { return c.with_schedule ? schedule.eta(k) : c.eta; }, 50);
        BOOST_TEST(optim_golden::path_relative_error(ours, plain) <= 1e-10, c.problem);
    }
}

BOOST_AUTO_TEST_CASE(both_forms_agree_for_constant_eta) {
    // v_notes = −η v_pytorch when η is constant: the same θ_k up to rounding.
    const auto& run = optim_golden::get("momentum_pytorch_rosenbrock");
    redes::Momentum notes(0.002, 0.9, redes::MomentumForm::notes);
    const auto ours =
        redes::optimizer_path(notes, optim_golden::grad_rosenbrock, run.path.front(), 50);
    const double err = optim_golden::path_relative_error(ours, run.path);
    BOOST_TEST_MESSAGE("notes form vs torch, constant η: " << err);
    BOOST_TEST(err <= 1e-10);
}

BOOST_AUTO_TEST_CASE(forms_differ_when_eta_changes) {
    // A constant gradient g (R = gᵀθ), η_0 = 1 then η_1 = 1/2, α = μ = 1/2. Two steps:
    //   notes:   v_1 = −η_0 g,           θ_2 = θ_0 − η_0 g + (α v_1 − η_1 g) = θ_0 − (η_0 + α η_0 + η_1) g
    //   pytorch: b_1 = g, b_2 = μ g + g, θ_2 = θ_0 − η_0 g − η_1 (μ + 1) g = θ_0 − (η_0 + μ η_1 + η_1) g
    // They differ by α g (η_0 − η_1): the notes' v remembers η_0, PyTorch rescales by η_1.
    const Vector g{1.0, -2.0};
    auto two_steps = [&](redes::MomentumForm form) {
        redes::Momentum m(1.0, 0.5, form);
        Vector theta{0.0, 0.0};
        m.step(theta, g);
        m.set_eta(0.5);
        m.step(theta, g);
        return theta;
    };
    const Vector notes = two_steps(redes::MomentumForm::notes);
    const Vector pytorch = two_steps(redes::MomentumForm::pytorch);
    BOOST_TEST(notes == (Vector{-2.0, 4.0}));               // −(1 + 0.5 + 0.5) g, exact in binary
    BOOST_TEST(pytorch == (Vector{-1.75, 3.5}));            // −(1 + 0.25 + 0.5) g
    BOOST_TEST((notes - pytorch) == (Vector{-0.25, 0.5}));  // α g (η_0 − η_1)

    // On the quadratic with η_k = 0.05/(1 + k/5) the two 50-step paths are far apart.
    const auto& run = optim_golden::get("momentum_pytorch_quadratic_inverse");
    const redes::InverseDecay schedule(0.05, 5.0);
    redes::Momentum m(0.05, 0.9, redes::MomentumForm::notes);
    const auto ours =
        redes::optimizer_path(m, optim_golden::grad_quadratic, run.path.front(), 50, &schedule);
    const double gap = optim_golden::path_relative_error(ours, run.path);
    BOOST_TEST_MESSAGE("notes form vs torch with a schedule: " << gap);
    BOOST_TEST(gap > 1e-2);
}

BOOST_AUTO_TEST_CASE(alpha_zero_is_gradient_descent) {
    // v_{k+1} = −η g_k, θ_{k+1} = θ_k + (−η g_k) = θ_k − η g_k, bit for bit.
    redes::Momentum m(0.01, 0.0);
    redes::GradientDescent gd(0.01);
    const Vector theta0{-1.2, 1.0};
    BOOST_TEST(redes::optimizer_path(m, optim_golden::grad_rosenbrock, theta0, 30) ==
               redes::optimizer_path(gd, optim_golden::grad_rosenbrock, theta0, 30));
}

BOOST_AUTO_TEST_CASE(initial_velocity_enters_the_first_step) {
    // θ_1 = θ_0 + α v_0 − η g_0 = 1 + 0.5·2 − 0.25·4 = 1
    redes::Momentum m(0.25, 0.5);
    m.set_v(Vector{2.0});
    Vector theta{1.0};
    m.step(theta, Vector{4.0});
    BOOST_TEST(theta[0] == 1.0);
    BOOST_TEST(m.v()[0] == 0.0);
}

BOOST_AUTO_TEST_CASE(bad_alpha_names_the_constant_and_value) {
    BOOST_CHECK_EXCEPTION(redes::Momentum(0.1, 1.0), redes::ValueError,
                          [](const redes::ValueError& e) {
                              return std::string(e.what()) == "momentum: α = 1 must be in [0, 1)";
                          });
    BOOST_CHECK_EXCEPTION(redes::Momentum(0.1, -0.5, redes::MomentumForm::pytorch),
                          redes::ValueError, [](const redes::ValueError& e) {
                              return message_has(e, "momentum_pytorch: μ (alpha) = -0.5");
                          });
    BOOST_CHECK_EXCEPTION(redes::Momentum(0.0, 0.9), redes::ValueError,
                          [](const redes::ValueError& e) {
                              return message_has(e, "momentum: learning rate η = 0");
                          });
}

BOOST_AUTO_TEST_CASE(state_keeps_its_size_until_reset) {
    redes::Momentum m(0.1, 0.9);
    Vector a{1.0, 2.0};
    m.step(a, Vector{1.0, 1.0});
    Vector b{1.0, 2.0, 3.0};
    BOOST_CHECK_EXCEPTION(
        m.step(b, Vector{1.0, 1.0, 1.0}), redes::ShapeError, [](const redes::ShapeError& e) {
            return message_has(e, "momentum step: θ of size 3 but the state v has size 2");
        });
    m.reset();
    BOOST_CHECK_NO_THROW(m.step(b, Vector{1.0, 1.0, 1.0}));
    BOOST_TEST(m.v().size() == 3u);
}

BOOST_AUTO_TEST_SUITE_END()
