// The checkers of `make exercise-NN` (chapters 04, 07, 11, 12, 16), checked with solutions whose
// outcome is known (tests/exercises/solutions_NN.hpp): a correct solution passes every check;
// each broken one, with one typical slip, fails exactly the checks that can see that slip and
// passes the others — where the exercise has steps (07, 11, 12, 16), each slip fails exactly one
// named check, since later checks are given the library's earlier steps; a TODO left in place
// gives "not implemented yet" on every check. Then the report itself (src/redes/app/exercise.hpp:
// constant factors, flipped signs, transposes and indices out of bounds named as such), and the
// exercise programs as `make exercise-NN` runs them, whatever state the student's exercise.cpp is in.
#include <boost/test/unit_test.hpp>

#include <sys/wait.h>
#include <unistd.h>

#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <limits>
#include <sstream>
#include <string>
#include <vector>

#include "../chapters/04_linear/exercise_check.hpp"
#include "../chapters/07_activations/exercise_check.hpp"
#include "../chapters/11_perceptron_gradient/exercise_check.hpp"
#include "../chapters/12_backpropagation/exercise_check.hpp"
#include "../chapters/16_adaptive_methods/exercise_check.hpp"
#include "chapter_runner.hpp"
#include "exercises/solutions_04.hpp"
#include "exercises/solutions_07.hpp"
#include "exercises/solutions_11.hpp"
#include "exercises/solutions_12.hpp"
#include "exercises/solutions_16.hpp"
#include "expect_message.hpp"
#include "redes/app/exercise.hpp"
#include "redes/error.hpp"

namespace {

// What a checker printed: its PASS and FAIL lines (without the prefix) and the summary.
struct Outcome {
    std::size_t returned = 0;  // what check() returned: the number that failed
    std::vector<std::string> pass, fail;
    std::string summary;
};

Outcome parse(const std::string& out, std::size_t returned) {
    Outcome o;
    o.returned = returned;
    std::istringstream in(out);
    std::string line;
    while (std::getline(in, line)) {
        if (line.rfind("PASS ", 0) == 0) o.pass.push_back(line.substr(5));
        else if (line.rfind("FAIL ", 0) == 0) o.fail.push_back(line.substr(5));
        else if (line.rfind("exercise ", 0) == 0 && line.find("checks pass") != std::string::npos)
            o.summary = line;
    }
    return o;
}

// Runs a checker on an output stream and parses what it printed.
Outcome run(const std::function<std::size_t(std::ostream&)>& checker) {
    std::ostringstream out;
    const std::size_t failed = checker(out);
    return parse(out.str(), failed);
}

std::size_t count_containing(const std::vector<std::string>& lines, const std::string& key) {
    std::size_t n = 0;
    for (const auto& l : lines) n += l.find(key) != std::string::npos;
    return n;
}

// Exactly the checks named by fail_keys fail (each key names one FAIL line, and there is no
// other), every other check passes, and the returned count and the summary say the same.
void expect_outcome(const Outcome& o, std::size_t total,
                    const std::vector<std::string>& fail_keys) {
    BOOST_TEST(o.fail.size() == fail_keys.size());
    BOOST_TEST(o.returned == fail_keys.size());
    BOOST_TEST(o.pass.size() + o.fail.size() == total);
    for (const auto& key : fail_keys)
        BOOST_TEST(count_containing(o.fail, key) == 1u,
                   "one FAIL line should contain '" << key << "'");
    const std::string expected_summary = fail_keys.empty()
                                             ? "all " + std::to_string(total) + " checks pass"
                                             : std::to_string(total - fail_keys.size()) + " of " +
                                                   std::to_string(total) + " checks pass, " +
                                                   std::to_string(fail_keys.size()) + " fail";
    BOOST_TEST(o.summary.find(expected_summary) != std::string::npos, "summary: " << o.summary);
}

// Every check fails with "not implemented yet".
void expect_all_not_implemented(const Outcome& o, std::size_t total) {
    BOOST_TEST(o.pass.empty());
    BOOST_TEST(o.fail.size() == total);
    BOOST_TEST(o.returned == total);
    BOOST_TEST(count_containing(o.fail, ": not implemented yet (") == total);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(exercises)

// ---- the report and its comparisons -----------------------------------------------------------

BOOST_AUTO_TEST_CASE(report_prints_one_line_per_check_and_catches_what_the_student_throws) {
    std::ostringstream out;
    redes::app::ExerciseReport report(out, "99", "f = g", "chapters/99_x/exercise.cpp");
    report.check("right", [] { return std::string(); });
    report.check("wrong", [] { return std::string("w[1]: expected 1, got 2"); });
    report.check("todo",
                 []() -> std::string { throw redes::NotImplemented("f still has its TODO"); });
    report.check("shape",
                 []() -> std::string { throw redes::ShapeError("matmul: (3×4)·(5×2): 4 ≠ 5"); });
    report.check("other", []() -> std::string { throw 42; });
    report.check("past the end", [] {
        const redes::Vector x{1, 2, 3};
        return redes::app::compare("x", x[3], 0.0, 0.0);
    });
    BOOST_TEST(report.summary() == 5u);
    BOOST_TEST(report.passed() == 1u);
    BOOST_TEST(report.failed_names() ==
                   (std::vector<std::string>{"wrong", "todo", "shape", "other", "past the end"}),
               boost::test_tools::per_element());
    BOOST_TEST(out.str() ==
               "exercise 99: f = g\n"
               "your code: chapters/99_x/exercise.cpp (indices below are 0-based, as in C++)\n"
               "PASS right\n"
               "FAIL wrong: w[1]: expected 1, got 2\n"
               "FAIL todo: not implemented yet (f still has its TODO)\n"
               "FAIL shape: threw redes::ShapeError: matmul: (3×4)·(5×2): 4 ≠ 5\n"
               "FAIL other: threw something that is not a std::exception\n"
               "FAIL past the end: index out of bounds: x[i]: index 3 outside a Vector of size 3 "
               "(valid 0 … 2)\n"
               "exercise 99: 1 of 6 checks pass, 5 fail\n");
}

BOOST_AUTO_TEST_CASE(checked_indexing_is_on_inside_a_check_and_off_outside) {
    redes::Matrix A(2, 3);
    redes::Tensor3 T(2, 2, 3);
    // Outside a check the accessors do not check (A(0, 3) is A(1, 0) in the storage).
    BOOST_TEST(!redes::detail::indexing_checked());
    BOOST_TEST(&A(0, 3) == &A(1, 0));
    {
        const redes::CheckedIndexing on;
        BOOST_TEST(redes::detail::indexing_checked());
        BOOST_CHECK_EXCEPTION(
            A(0, 3), redes::IndexError,
            redes_test::message_is(
                "A(i, j): index (0, 3) outside a 2×3 Matrix: column 3 (valid 0 … 2)"));
        BOOST_CHECK_EXCEPTION(
            A(2, 0), redes::IndexError,
            redes_test::message_is(
                "A(i, j): index (2, 0) outside a 2×3 Matrix: row 2 (valid 0 … 1)"));
        BOOST_CHECK_EXCEPTION(T(0, 1, 3), redes::IndexError,
                              redes_test::message_is(
                                  "T(i, j, k): index (0, 1, 3) outside a 2×2×3 Tensor3"));
        BOOST_CHECK_EXCEPTION(redes::Vector()[0], redes::IndexError,
                              redes_test::message_is(
                                  "x[i]: index 0 outside a Vector of size 0 (it is empty)"));
        {
            const redes::CheckedIndexing nested;  // restores "on", not "off", when it ends
        }
        BOOST_TEST(redes::detail::indexing_checked());
        A(1, 2) = 5.0;  // inside the bounds nothing changes
        BOOST_TEST(A(1, 2) == 5.0);
    }
    BOOST_TEST(!redes::detail::indexing_checked());
}

BOOST_AUTO_TEST_CASE(compare_names_the_first_entry_off_and_counts_them) {
    using redes::Matrix;
    using redes::Vector;
    using redes::app::compare;
    BOOST_TEST(compare("v", Vector{1, 2, 3}, Vector{1, 2, 3}, 0.0) == "");
    // |difference| equal to the tolerance passes; above it fails.
    BOOST_TEST(compare("x", 1.5, 1.0, 0.5) == "");
    BOOST_TEST(compare("x", 1.5000001, 1.0, 0.5) != "");
    BOOST_TEST(compare("v", Vector{1, 2.5, 3, 9}, Vector{1, 2, 3, 4}, 0.1) ==
               "v[1]: expected 2, got 2.5 (|difference| 0.5 > tolerance 0.1); 2 of 4 entries off");
    BOOST_TEST(compare("A", Matrix{{1, 2, 3}, {4, 5, 7}}, Matrix{{1, 2, 3}, {4, 5, 6}}, 1e-12) ==
               "A(1, 2): expected 6, got 7 (|difference| 1 > tolerance 1e-12); 1 of 6 entries off");
    BOOST_TEST(compare("A", Matrix(3, 2), Matrix(2, 3), 0.0) ==
               "A: expected shape (2×3), got (3×2)");
    BOOST_TEST(compare("v", Vector(4), Vector(3), 0.0) == "v: expected 3 entries, got 4");
    redes::Tensor3 T(2, 2, 3), U(2, 2, 3);
    U(1, 0, 2) = 0.5;
    BOOST_TEST(compare("T", T, U, 0.0).rfind("T(1, 0, 2): expected 0.5, got 0", 0) == 0u);
    BOOST_TEST(compare("T", redes::Tensor3(2, 3, 2), U, 0.0) ==
               "T: expected shape 2×2×3, got 2×3×2");
    // A result off by one constant factor M, a flipped sign, zeros, a transpose: named as such.
    BOOST_TEST(compare("v", Vector{2, 4, -6}, Vector{1, 2, -3}, 1e-12) ==
               "v[0]: expected 1, got 2 (|difference| 1 > tolerance 1e-12); 3 of 3 entries off; "
               "every entry is exactly 2 × expected");
    BOOST_TEST(compare("v", Vector{0.5, 1, 0}, Vector{1, 2, 0}, 1e-12) ==
               "v[0]: expected 1, got 0.5 (|difference| 0.5 > tolerance 1e-12); 2 of 3 entries "
               "off; every entry is exactly 0.5 × expected (1/2)");
    BOOST_TEST(compare("v", Vector{-1, 2}, Vector{1, -2}, 0.0) ==
               "v[0]: expected 1, got -1 (|difference| 2 > tolerance 0); 2 of 2 entries off; "
               "every entry is exactly −1 × expected: the sign is flipped");
    BOOST_TEST(compare("v", Vector{0, 0}, Vector{1, -2}, 0.0) ==
               "v[0]: expected 1, got 0 (|difference| 1 > tolerance 0); 2 of 2 entries off; "
               "every entry is 0");
    // No note when the ratio is not one constant, or when fewer than two entries are not 0.
    BOOST_TEST(compare("v", Vector{2, 4.5}, Vector{1, 2}, 1e-12).find("×") == std::string::npos);
    BOOST_TEST(compare("v", Vector{0, 3}, Vector{0, 1}, 1e-12).find("×") == std::string::npos);
    BOOST_TEST(compare("A", Matrix{{1, 3}, {2, 4}}, Matrix{{1, 2}, {3, 4}}, 0.0) ==
               "A(0, 1): expected 2, got 3 (|difference| 1 > tolerance 0); 2 of 4 entries off; "
               "it is the transpose of what is expected");
    BOOST_TEST(compare("A", Matrix{{1, 4}, {2, 5}, {3, 6}}, Matrix{{1, 2, 3}, {4, 5, 6}}, 0.0) ==
               "A: expected shape (2×3), got (3×2): it is the transpose");
    // NaN is never within a tolerance.
    BOOST_TEST(compare("x", std::nan(""), 0.0, 1e300) != "");
    BOOST_TEST(redes::app::first_problem({"", "b", "c"}) == "b");
    BOOST_TEST(redes::app::first_problem({"", ""}) == "");
}

// ---- 04: the closed form ----------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(exercise04_correct_solutions_pass_every_check) {
    expect_outcome(run([](std::ostream& o) { return exercise04::check(solutions04::correct, o); }),
                   9, {});
    // A⁻¹c as the notes write it rounds differently; the tolerance 100·N·κ(A)·ε accepts it.
    expect_outcome(run([](std::ostream& o) {
                       return exercise04::check(solutions04::correct_inverse, o);
                   }),
                   9, {});
}

BOOST_AUTO_TEST_CASE(exercise04_a_loop_over_the_first_N_samples_fails_where_M_is_not_N) {
    const Outcome o =
        run([](std::ostream& out) { return exercise04::check(solutions04::broken, out); });
    expect_outcome(o, 9,
                   {"random data", "M = N + 1", "one feature", "XOR", "many samples",
                    "badly scaled"});
    // N samples determine w when the data are exact, and all the samples when M = N.
    BOOST_TEST(count_containing(o.pass, "square") == 1u);
    BOOST_TEST(count_containing(o.pass, "noiseless") == 1u);
    BOOST_TEST(
        count_containing(o.fail,
                         "XOR with x̃ = [x; 1]: w = (0, 0), b = 1/2: w*[0]: expected 0, got 1") ==
        1u);
}

BOOST_AUTO_TEST_CASE(exercise04_stub_and_wrong_shapes) {
    expect_all_not_implemented(run([](std::ostream& o) {
                                   return exercise04::check(solutions04::stub, o);
                               }),
                               9);
    // One entry too many: every check fails with the sizes, none crashes.
    const auto too_long = [](const redes::Matrix& X, const redes::Vector& y) {
        redes::Vector w = solutions04::correct(X, y);
        return redes::Vector(std::vector<double>(w.size() + 1, 0.0));
    };
    const Outcome o = run([&](std::ostream& out) { return exercise04::check(too_long, out); });
    BOOST_TEST(o.fail.size() == 9u);
    BOOST_TEST(count_containing(o.fail, "w* has 4 entries, expected N = 3") == 1u);
    BOOST_TEST(count_containing(o.fail, "w*: expected 3 entries, got 4") == 3u);  // N = 3 cases
}

BOOST_AUTO_TEST_CASE(exercise04_tolerance_follows_the_condition_number) {
    // The badly scaled case is what its name says, κ(A) ≈ 6e4, and its tolerance grows with it;
    // the well-conditioned ones allow about 1e-12 relative.
    const auto bad = exercise04::detail::draw(3, 50, 0.5, 409, 100.0);
    const redes::Matrix A = redes::sum_x_xT(bad.X);
    const double kappa =
        exercise04::detail::norm_1(A) * exercise04::detail::norm_1(redes::inverse(A));
    BOOST_TEST(kappa > 5e4);
    BOOST_TEST(kappa < 7e4);
    const auto good = exercise04::detail::draw(3, 10, 0.5, 402);
    const redes::Vector w = redes::least_squares(good.X, good.y, false).w;
    BOOST_TEST(exercise04::detail::tolerance(good.X, w) / redes::norm_inf(w) < 1e-12);
}

// ---- 07: σ′ and G_σ′ --------------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(exercise07_correct_solution_passes_every_check) {
    expect_outcome(run([](std::ostream& o) {
                       return exercise07::check(solutions07::correct_sigma_prime,
                                                solutions07::correct_G, o);
                   }),
                   7, {});
}

BOOST_AUTO_TEST_CASE(
    exercise07_leaky_relu_without_alpha_and_the_notes_equal_rows_fail_their_checks) {
    const Outcome o = run([](std::ostream& out) {
        return exercise07::check(solutions07::broken_sigma_prime, solutions07::broken_G, out);
    });
    // Each slip fails its own check: σ′ of LeakyReLU, and G_σ′ (given the library's σ′), whose
    // [G]_ij = σ′(z_j) in every row is off the diagonal first.
    expect_outcome(o, 7, {"σ′ leaky_relu", "G_σ′(z) = ∂σ/∂z"});
    BOOST_TEST(count_containing(o.fail, "expected 0.2, got 0") == 1u);
    BOOST_TEST(count_containing(o.fail, ": N = 5, σ = tanh: G_σ′(0, 1): expected 0, got ") == 1u);
}

BOOST_AUTO_TEST_CASE(exercise07_an_overflowing_sigmoid_fails_only_where_it_saturates) {
    const Outcome o = run([](std::ostream& out) {
        return exercise07::check(solutions07::overflowing_sigma_prime, solutions07::correct_G, out);
    });
    expect_outcome(o, 7, {"σ′ sigmoid"});
    BOOST_TEST(count_containing(o.fail, "nan") == 1u);
    BOOST_TEST(count_containing(o.fail, "at z = -800") == 1u);
}

BOOST_AUTO_TEST_CASE(exercise07_stub_and_the_random_z) {
    // The stub fails the 6 σ′ checks and the G_σ′ check, each as not implemented.
    expect_all_not_implemented(run([](std::ostream& o) {
                                   return exercise07::check(solutions07::stub_sigma_prime,
                                                            solutions07::stub_G, o);
                               }),
                               7);
    // The random z keep away from the kink and have both signs.
    const redes::Vector z = exercise07::detail::random_z(200, 701);
    std::size_t negative = 0;
    for (double v : z) {
        BOOST_TEST(std::abs(v) >= 1e-3);
        negative += v < 0.0;
    }
    BOOST_TEST(negative > 60u);
    BOOST_TEST(negative < 140u);
}

// ---- 11: the perceptron's gradient with the tensor ---------------------------------------------

BOOST_AUTO_TEST_CASE(exercise11_correct_solution_passes_every_check) {
    using namespace solutions11;
    expect_outcome(run([](std::ostream& o) {
                       return exercise11::check(correct_dz_dW, correct_dJ_dW1, correct_dR_dW1, o);
                   }),
                   3, {});
}

BOOST_AUTO_TEST_CASE(exercise11_each_slip_fails_exactly_its_own_check) {
    using namespace solutions11;
    const std::string tensor = "∂z/∂W₁ = ∂{W₁x_m + b₁}/∂W₁", dJ = "∂J/∂W₁ = g_J′ᵀ G_σ′ᵀ",
                      dR = "∂R̂/∂W₁ = (1/M) Σ_m";
    // The tensor without i = j: the later steps get the library's tensor, so they pass.
    expect_outcome(run([](std::ostream& o) {
                       return exercise11::check(broken_dz_dW, correct_dJ_dW1, correct_dR_dW1, o);
                   }),
                   3, {tensor});
    // ∂J/∂W₁ without G_σ′: the first case off is the sigmoid one.
    const Outcome no_G = run([](std::ostream& o) {
        return exercise11::check(correct_dz_dW, broken_dJ_dW1, correct_dR_dW1, o);
    });
    expect_outcome(no_G, 3, {dJ});
    BOOST_TEST(count_containing(no_G.fail, ": 4→3 sigmoid, J = ‖y_m − x₁ₘ‖²: ∂J/∂W₁(") == 1u);
    // ∂R̂/∂W₁ without 1/M: the sum is exactly M = 8 times the mean.
    const Outcome no_mean = run([](std::ostream& o) {
        return exercise11::check(correct_dz_dW, correct_dJ_dW1, broken_dR_dW1, o);
    });
    expect_outcome(no_mean, 3, {dR});
    BOOST_TEST(count_containing(no_mean.fail, ": M = 8: ∂R̂/∂W₁(0, 0): expected ") == 1u);
    BOOST_TEST(count_containing(no_mean.fail,
                                "; 12 of 12 entries off; every entry is exactly 8 × "
                                "expected") == 1u);
    // All three slips at once: three checks, one each.
    expect_outcome(run([](std::ostream& o) {
                       return exercise11::check(broken_dz_dW, broken_dJ_dW1, broken_dR_dW1, o);
                   }),
                   3, {tensor, dJ, dR});
}

BOOST_AUTO_TEST_CASE(exercise11_an_index_past_the_end_is_a_failure_that_names_it) {
    using namespace solutions11;
    // T(0, 0, N) lies inside the tensor's storage (it is T(0, 1, 0)): without checked indexing
    // the slip would write a wrong entry silently; with it, the check names the index and size.
    const Outcome o = run([](std::ostream& out) {
        return exercise11::check(out_of_bounds_dz_dW, correct_dJ_dW1, correct_dR_dW1, out);
    });
    expect_outcome(o, 3, {"∂z/∂W₁ = ∂{W₁x_m + b₁}/∂W₁"});
    BOOST_TEST(count_containing(o.fail,
                                ": index out of bounds: T(i, j, k): index (0, 0, 4) "
                                "outside a 3×3×4 Tensor3") == 1u);
    BOOST_TEST(!redes::detail::indexing_checked());  // off again after the check
}

BOOST_AUTO_TEST_CASE(exercise11_stub_and_the_dead_units) {
    using namespace solutions11;
    expect_all_not_implemented(run([](std::ostream& o) {
                                   return exercise11::check(stub_dz_dW, stub_dJ_dW1, stub_dR_dW1,
                                                            o);
                               }),
                               3);
    // The ReLU case has units off (z < 0), as its name says.
    const auto c = exercise11::detail::draw(5, 4, 1, redes::Activation::relu(), 1103, -0.4);
    const redes::Vector z = c.f.z(c.X.col(0));
    std::size_t off = 0;
    for (double v : z) off += v < 0.0;
    BOOST_TEST(off >= 1u);
    BOOST_TEST(off < z.size());
}

// ---- 12: one backward step ---------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(exercise12_both_forms_of_the_step_pass_every_check) {
    expect_outcome(run([](std::ostream& o) { return exercise12::check(solutions12::correct, o); }),
                   3, {});
    // (W_ℓᵀ r_ℓ) ⊙ σ′(z_{ℓ−1}) is the same row as r_ℓᵀ W_ℓ G_σ′(z_{ℓ−1})ᵀ.
    expect_outcome(run([](std::ostream& o) {
                       return exercise12::check(solutions12::correct_elementwise, o);
                   }),
                   3, {});
}

BOOST_AUTO_TEST_CASE(exercise12_each_slip_fails_exactly_its_own_check) {
    // G_σ′(z_{ℓ−1}) left out: only the r_{ℓ−1} check, at the first layer where G ≠ I.
    const Outcome no_G =
        run([](std::ostream& out) { return exercise12::check(solutions12::broken, out); });
    expect_outcome(no_G, 3, {"r_{ℓ−1}ᵀ = r_ℓᵀ W_ℓ G_σ′(z_{ℓ−1})ᵀ"});
    BOOST_TEST(count_containing(no_G.fail, ": ℓ = 3 of the 4-5-3-2 net: r_2[") == 1u);
    // x_{ℓ−1} r_ℓᵀ for r_ℓ x_{ℓ−1}ᵀ: the ∂J/∂W_ℓ check only, which names the transpose.
    const Outcome transposed = run([](std::ostream& out) {
        return exercise12::check(solutions12::broken_transposed_dW, out);
    });
    expect_outcome(transposed, 3, {"∂J/∂W_ℓ = r_ℓᵀ ∂z_ℓ/∂W_ℓ"});
    BOOST_TEST(count_containing(transposed.fail,
                                ": ℓ = 3 of the 4-5-3-2 net: ∂J/∂W_3: expected shape (2×3), got "
                                "(3×2): it is the transpose") == 1u);
    // −r_ℓ for ∂J/∂b_ℓ: the ∂J/∂b_ℓ check only, which names the flipped sign.
    const Outcome flipped =
        run([](std::ostream& out) { return exercise12::check(solutions12::broken_sign_db, out); });
    expect_outcome(flipped, 3, {"∂J/∂b_ℓ = r_ℓᵀ I"});
    BOOST_TEST(count_containing(flipped.fail,
                                "every entry is exactly −1 × expected: the sign is "
                                "flipped") == 1u);
}

BOOST_AUTO_TEST_CASE(exercise12_stub_and_the_units_off) {
    expect_all_not_implemented(run([](std::ostream& o) {
                                   return exercise12::check(solutions12::stub, o);
                               }),
                               3);
    // Seed 1201 leaves units of layer 2 off, so r₂ has zeros there, as the check's name says.
    const auto c = exercise12::detail::draw({4, 5, 3, 2},
                                            {redes::Activation::tanh(), redes::Activation::relu(),
                                             redes::Activation::sigmoid()},
                                            1201);
    std::size_t off = 0;
    for (std::size_t i = 0; i < 3; ++i)
        if (c.s.layer(2).z[i] < 0.0) {
            ++off;
            BOOST_TEST(c.rows[1][i] == 0.0);
        }
    BOOST_TEST(off >= 1u);
}

// ---- 16: the Adam step -------------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(exercise16_correct_solution_passes_every_check) {
    expect_outcome(run([](std::ostream& o) { return exercise16::check(solutions16::correct, o); }),
                   4, {});
}

BOOST_AUTO_TEST_CASE(exercise16_each_slip_fails_exactly_its_own_check) {
    // The notes' "s_{k+1} ← s_{k+1}/(1 − ρ₁^{k+1})" read as an assignment (docs/errata.md): θ is
    // right (each step starts from the library's state), the moments it carries are not.
    const Outcome carried = run([](std::ostream& out) {
        return exercise16::check(solutions16::broken_carries_corrected, out);
    });
    expect_outcome(carried, 4, {"the state carries the uncorrected"});
    BOOST_TEST(count_containing(carried.fail, ": step k = 0 → 1: s_{k+1}[0]: expected ") == 1u);
    // δ inside the root: only the check where δ matters.
    expect_outcome(run([](std::ostream& out) {
                       return exercise16::check(solutions16::broken_delta_inside, out);
                   }),
                   4, {"δ outside the root"});
    // No bias correction: θ moves by s/√r = (0.1 g)/(√0.001 |g|) at k = 0, √10 times ŝ/√r̂.
    const Outcome uncorrected = run([](std::ostream& out) {
        return exercise16::check(solutions16::broken_no_correction, out);
    });
    expect_outcome(uncorrected, 4, {"θ_{k+1} = θ_k − η ŝ/(δ + √r̂)"});
    BOOST_TEST(count_containing(uncorrected.fail, "; every entry is exactly 3.16228 × expected") ==
               1u);
}

BOOST_AUTO_TEST_CASE(exercise16_stub_reports_not_implemented) {
    expect_all_not_implemented(run([](std::ostream& o) {
                                   return exercise16::check(solutions16::stub, o);
                               }),
                               4);
}

// ---- the programs `make exercise-NN` runs -------------------------------------------------------

// Each program reports the student's exercise.cpp, in whatever state it is: a heading naming
// the file, one PASS or FAIL line per check (as many as the checker has), a summary that counts
// them, and exit status 0 exactly when none failed. (Untouched, every line says "not implemented
// yet"; the test cannot assume that, since a student may have solved it.)
BOOST_AUTO_TEST_CASE(exercise_programs_report_every_check_and_exit_by_the_result) {
    namespace fs = std::filesystem;
    const std::vector<std::pair<std::string, std::size_t>> programs{
        {"04", 9}, {"07", 7}, {"11", 3}, {"12", 3}, {"16", 4}};
    const fs::path folder =
        fs::temp_directory_path() / ("redes-test-exercises-" + std::to_string(::getpid()));
    fs::create_directories(folder);
    for (const auto& [nn, checks] : programs) {
        BOOST_TEST_CONTEXT("exercise-" << nn) {
            const std::string out_file = (folder / ("exercise-" + nn + ".txt")).string();
            const std::string cmd =
                std::string(REDES_BIN_DIR) + "/exercise-" + nn + " >'" + out_file + "' 2>&1";
            const int status = std::system(cmd.c_str());
            const int exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
            const std::string out = redes_test::slurp(out_file);
            const Outcome o = parse(out, 0);
            BOOST_TEST(out.rfind("exercise " + nn + ": ", 0) == 0u);
            BOOST_TEST(out.find("your code: chapters/" + nn + "_") != std::string::npos);
            BOOST_TEST(o.pass.size() + o.fail.size() == checks);
            BOOST_TEST(!o.summary.empty());
            BOOST_TEST((exit_code == 0) == o.fail.empty());
            BOOST_TEST((exit_code == 0 || exit_code == 1));
            if (!o.fail.empty())
                BOOST_TEST(o.summary.find(std::to_string(o.fail.size()) + " fail") !=
                           std::string::npos);
        }
    }
    fs::remove_all(folder);
}

BOOST_AUTO_TEST_SUITE_END()
