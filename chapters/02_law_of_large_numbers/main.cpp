// Chapter 02 — Ley de los Grandes Números:
//   E_{X∼f_x}[g(X)] ≈ (1/M) Σ_{m=1}^M g(x_m)   for i.i.d. x_m and M large enough.
// (1) How fast: the RMS error of the sample mean is exactly σ/√M; measured over many
//     repetitions for a uniform and an exponential distribution, on log-log axes.
// (2) When it fails: the Cauchy distribution has no mean; its running average never settles.
// The experiments are in rms_error.cpp (1) and cauchy.cpp (2); this file reads the options.
#include <algorithm>
#include <string>
#include <vector>

#include "redes/app/chapter.hpp"
#include "redes/stats/sample_sizes.hpp"
#include "redes/text.hpp"
#include "sections.hpp"

namespace po = boost::program_options;
using redes::num;

int main(int argc, char** argv) {
    redes::app::Chapter ch(
        "02", "law_of_large_numbers",
        "the sample mean approaches E[X] like σ/√M — unless E[X] does not exist (Cauchy)");
    std::size_t M_max = 100000, R = 200, streams = 4;
    double lambda = 1.0;
    // clang-format off
    ch.options().add_options()
        ("M-max", po::value(&M_max)->default_value(M_max), "largest sample size M (100…10⁷)")
        ("reps", po::value(&R)->default_value(R), "R, repetitions of each experiment (10…10⁵)")
        ("streams", po::value(&streams)->default_value(streams), "running means drawn per distribution (1…8)")
        ("rate", po::value(&lambda)->default_value(lambda), "λ of the exponential Exp(λ): mean 1/λ, σ = 1/λ (0.001…1000)");
    // clang-format on

    return ch.run(argc, argv, [&](redes::app::Context& ctx) {
        using redes::app::require;
        require(M_max >= 100 && M_max <= 10000000, "M-max", std::to_string(M_max), "in [100, 10⁷]");
        require(R >= 10 && R <= 100000, "reps", std::to_string(R), "in [10, 10⁵]");
        require(streams >= 1 && streams <= 8, "streams", std::to_string(streams), "in [1, 8]");
        require(lambda >= 0.001 && lambda <= 1000, "rate", num(lambda), "in [0.001, 1000]");
        if (ctx.quick) M_max = std::min<std::size_t>(M_max, 1000), R = std::min<std::size_t>(R, 40);

        const std::vector<std::size_t> Ms = redes::stats::log_spaced_sizes(10, M_max, 4);
        ch02::rms_error(ctx, Ms, R, lambda);
        ch02::running_means(ctx, M_max, streams);
        ch02::median_error(ctx, Ms, R);
    });
}
