// RMSProp in both placements of δ:
//   Goodfellow et al. Alg. 8.5 (default): r ← ρr + (1−ρ) g⊙g; θ ← θ − η/√(δ + r) ⊙ g, δ = 1e-6
//     → against a plain implementation of the two lines written here (PyTorch has no such form);
//   PyTorch's placement: θ ← θ − η/(δ + √r) ⊙ g → against torch.optim.RMSprop.
#include <boost/test/unit_test.hpp>

#include <cmath>
#include <vector>

#include "optim_golden.hpp"
#include "redes/error.hpp"
#include "redes/optim/optimizer_path.hpp"
#include "redes/optim/rmsprop.hpp"

namespace tt = boost::test_tools;
using redes::Vector;

namespace {

// Goodfellow et al. Alg. 8.5 with plain arrays.
std::vector<Vector> plain_rmsprop_inside(const std::function<Vector(const Vector&)>& grad,
                                         const Vector& theta0, double eta, double rho, double delta,
                                         std::size_t steps) {
    std::vector<double> th(theta0.begin(), theta0.end()), r(th.size(), 0.0);
    std::vector<Vector> path{theta0};
    for (std::size_t k = 0; k < steps; ++k) {
        const Vector g = grad(Vector(th));
        for (std::size_t i = 0; i < th.size(); ++i) {
            r[i] = rho * r[i] + (1.0 - rho) * g[i] * g[i];
            th[i] = th[i] - eta / std::sqrt(delta + r[i]) * g[i];
        }
        path.emplace_back(th);
    }
    return path;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(optim_rmsprop)

BOOST_AUTO_TEST_CASE(delta_outside_matches_torch_rmsprop) {
    for (const char* name : {"rmsprop_pytorch_quadratic", "rmsprop_pytorch_rosenbrock"}) {
        const auto& run = optim_golden::get(name);
        const double err =
            optim_golden::path_relative_error(optim_golden::redes_path(run), run.path);
        BOOST_TEST_MESSAGE(name << ": max relative error " << err);
        BOOST_TEST(err <= 1e-10, name << ": " << err);
    }
}

BOOST_AUTO_TEST_CASE(delta_inside_matches_goodfellow_algorithm_8_5) {
    for (const char* problem : {"quadratic", "rosenbrock"}) {
        const auto grad = optim_golden::gradient_of(problem);
        const Vector theta0 =
            std::string(problem) == "quadratic" ? Vector{-2.0, 3.0, 1.0} : Vector{-1.2, 1.0};
        redes::RMSProp rms(0.01, 0.9);  // defaults: δ = 1e-6 inside the root
        BOOST_TEST(rms.delta() == 1e-6);
        BOOST_TEST((rms.delta_placement() == redes::DeltaPlacement::inside_sqrt));
        const auto ours = redes::optimizer_path(rms, grad, theta0, 50);
        const auto plain = plain_rmsprop_inside(grad, theta0, 0.01, 0.9, 1e-6, 50);
        BOOST_TEST(optim_golden::path_relative_error(ours, plain) <= 1e-10, problem);
    }
}

BOOST_AUTO_TEST_CASE(placements_differ_where_r_is_small) {
    // First step with a tiny gradient g = 1e-4, ρ = 0.9, δ = 1e-6: r_1 = (1 − ρ) g² = 1e-9.
    //   inside:  |Δθ| = η g/√(δ + r_1) = η·1e-4/√(1.001e-6) ≈ 0.0999 η
    //   outside: |Δθ| = η g/(δ + √r_1) = η·1e-4/(1e-6 + 3.162e-5) ≈ 3.066 η
    // With a large gradient g = 10 (r_1 = 10) they agree to about δ/r.
    auto first_step = [](double g, redes::DeltaPlacement where) {
        redes::RMSProp rms(1.0, 0.9, 1e-6, where);
        Vector theta{0.0};
        rms.step(theta, Vector{g});
        return -theta[0];
    };
    const double r_small = (1.0 - 0.9) * 1e-8;
    BOOST_TEST(first_step(1e-4, redes::DeltaPlacement::inside_sqrt) ==
                   1e-4 / std::sqrt(1e-6 + r_small),
               tt::tolerance(1e-14));
    BOOST_TEST(first_step(1e-4, redes::DeltaPlacement::outside_sqrt) ==
                   1e-4 / (1e-6 + std::sqrt(r_small)),
               tt::tolerance(1e-14));
    BOOST_TEST(first_step(1e-4, redes::DeltaPlacement::outside_sqrt) >
               30.0 * first_step(1e-4, redes::DeltaPlacement::inside_sqrt));
    BOOST_TEST(first_step(10.0, redes::DeltaPlacement::outside_sqrt) ==
                   first_step(10.0, redes::DeltaPlacement::inside_sqrt),
               tt::tolerance(1e-6));
}

BOOST_AUTO_TEST_CASE(bad_constants_name_the_constant_and_value) {
    BOOST_CHECK_EXCEPTION(redes::RMSProp(0.1, 1.5), redes::ValueError,
                          [](const redes::ValueError& e) {
                              return std::string(e.what()) == "rmsprop: ρ = 1.5 must be in [0, 1)";
                          });
    BOOST_CHECK_EXCEPTION(redes::RMSProp(0.1, 0.9, -1e-6, redes::DeltaPlacement::outside_sqrt),
                          redes::ValueError, [](const redes::ValueError& e) {
                              return std::string(e.what()) ==
                                     "rmsprop_pytorch: δ = -1e-06 must be positive and finite";
                          });
    redes::RMSProp rms(0.1);
    Vector theta(2);
    rms.step(theta, Vector(2));
    Vector other(4);
    BOOST_CHECK_THROW(rms.step(other, Vector(4)), redes::ShapeError);
}

BOOST_AUTO_TEST_SUITE_END()
