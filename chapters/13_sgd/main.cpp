// 13 — Gradiente Descendente Estocástico (SGD): batches and epochs.
//   g_k ← M′⁻¹ Σ_{m′=1}^{M′} ∂J(f(x_m′; θ_k))/∂θ_k,   θ_{k+1} ← θ_k − η g_k
// An epoch is one pass over the M samples (⌈M/M′⌉ steps); a step is one update θ_k → θ_{k+1}.
// On the 8×8 digits with a small MLP:
//   1. the same number of epochs for M′ ∈ {1, 8, 32, 128, M}: risk against epoch and against step;
//   2. at a fixed θ, the variance of the batch gradient against M′: σ²/M′ with replacement,
//      σ²/M′ · (M − M′)/(M − 1) without (an SGD batch), both measured over random batches;
//   3. wall time of one epoch against M′ and against the number of threads.
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "redes/app/chapter.hpp"
#include "redes/app/format.hpp"
#include "redes/data/csv.hpp"
#include "redes/data/split.hpp"
#include "redes/error.hpp"
#include "redes/init/initializer.hpp"
#include "redes/models/classify.hpp"
#include "redes/optim/batch_gradient_noise.hpp"
#include "redes/optim/make_optimizer.hpp"
#include "redes/optim/mlp_objective.hpp"
#include "redes/optim/sgd.hpp"
#include "redes/optim/threaded_objective.hpp"

namespace po = boost::program_options;
using redes::Matrix;
using redes::Vector;

namespace {

using redes::app::fmt;

// "1,8,32,128,M" → {1, 8, 32, 128, M}; "M" is the whole training set.
std::vector<std::size_t> parse_batch_sizes(const std::string& text, std::size_t M) {
    std::vector<std::size_t> out;
    std::stringstream ss(text);
    std::string item;
    while (std::getline(ss, item, ',')) {
        std::size_t b = 0;
        if (item == "M") {
            b = M;
        } else {
            std::size_t used = 0;
            long long v = -1;
            try {
                v = std::stoll(item, &used);
            } catch (const std::exception&) {
                used = 0;
            }
            redes::app::require(used == item.size() && v >= 1, "batch-sizes", text,
                                "a comma-separated list of integers ≥ 1 or M (e.g. 1,8,32,128,M)");
            b = static_cast<std::size_t>(v);
        }
        redes::app::require(b <= M, "batch-sizes", text,
                            "at most M = " + std::to_string(M) +
                                " (the training samples) per entry");
        out.push_back(b);
    }
    redes::app::require(!out.empty(), "batch-sizes", text, "a non-empty list");
    return out;
}

// Fraction of the samples whose largest output is at the true class.
double accuracy(const redes::MLP& net, const redes::data::DataSet& d) {
    return redes::accuracy(redes::predict_labels(net, d.X), d.labels);
}

// One epoch as sgd() runs it (src/redes/optim/sgd.cpp), without the epoch-end risk: reorder
// the M indices, then for each batch B of M′ consecutive ones g_k ← ∇R̂_B(θ_k), θ_{k+1}.
// Returns the wall time in seconds.
double time_one_epoch(const redes::Objective& R, Vector theta, redes::Optimizer& opt,
                      std::size_t M_prime, redes::Rng& rng) {
    const auto t0 = std::chrono::steady_clock::now();
    const std::size_t M = R.M();
    const std::vector<std::size_t> order = rng.permutation(M);
    Vector g;
    std::vector<std::size_t> B;
    for (std::size_t first = 0; first < M; first += M_prime) {
        B.assign(order.begin() + static_cast<std::ptrdiff_t>(first),
                 order.begin() + static_cast<std::ptrdiff_t>(std::min(first + M_prime, M)));
        std::sort(B.begin(), B.end());
        R.risk_and_gradient(theta, B, g);
        opt.step(theta, g);
    }
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

// M′ = 1, 2, 4, … below M, then a few sizes close to M (where (M − M′)/(M − 1) → 0), then M.
std::vector<std::size_t> variance_sizes(std::size_t M) {
    std::vector<std::size_t> s;
    for (std::size_t b = 1; b < M; b *= 2) s.push_back(b);
    for (std::size_t gap : {M / 4, M / 16, M / 64, std::size_t{1}})
        if (gap >= 1 && M - gap > s.back()) s.push_back(M - gap);
    return s;
}

}  // namespace

int main(int argc, char** argv) {
    redes::app::Chapter ch(
        "13", "sgd",
        "SGD on the digits: batches of M′ samples, epochs and steps, the noise of the batch "
        "gradient, time per epoch");
    std::string batch_sizes = "1,8,32,128,M", optimizer = "gd", activation = "relu";
    std::string data_path = "data/digits.csv.gz";
    double eta = 0.02;
    int epochs = 10, hidden = 32, draws = 100, max_threads = 2, chunk = 16;
    // clang-format off
    ch.options().add_options()
        ("batch-sizes", po::value(&batch_sizes)->default_value(batch_sizes),
         "the M′ to train with, comma-separated; M = all training samples")
        ("epochs", po::value(&epochs)->default_value(epochs), "epochs (passes over the M samples) per run")
        ("eta", po::value(&eta)->default_value(eta, "0.02"), "learning rate η (the same for every M′)")
        ("optimizer", po::value(&optimizer)->default_value(optimizer), "gd, momentum, adagrad, rmsprop, adam, …")
        ("hidden", po::value(&hidden)->default_value(hidden), "N₁, the width of the hidden layer")
        ("activation", po::value(&activation)->default_value(activation), "σ of the hidden layer (relu, tanh, …)")
        ("draws", po::value(&draws)->default_value(draws), "random batches per M′ for the variance estimate")
        ("threads", po::value(&max_threads)->default_value(max_threads), "time epochs with 1 … this many threads")
        ("chunk", po::value(&chunk)->default_value(chunk), "samples per chunk of the threaded batch gradient")
        ("data", po::value(&data_path)->default_value(data_path), "the digits file");
    // clang-format on

    return ch.run(argc, argv, [&](redes::app::Context& ctx) {
        using redes::app::require;
        require(eta > 0 && eta <= 10, "eta", fmt(eta), "in (0, 10]");
        require(epochs >= 1 && epochs <= 10000, "epochs", std::to_string(epochs),
                "between 1 and 10000");
        require(hidden >= 1 && hidden <= 1024, "hidden", std::to_string(hidden),
                "between 1 and 1024");
        require(draws >= 2 && draws <= 100000, "draws", std::to_string(draws),
                "between 2 and 100000");
        require(max_threads >= 1 && max_threads <= 64, "threads", std::to_string(max_threads),
                "between 1 and 64");
        require(chunk >= 1, "chunk", std::to_string(chunk), "at least 1");
        const auto names = redes::optimizer_names();
        std::string known;
        for (const auto& n : names) known += (known.empty() ? "" : ", ") + n;
        require(std::find(names.begin(), names.end(), optimizer) != names.end(), "optimizer",
                optimizer, "one of " + known);
        const auto acts = redes::Activation::names();
        require(std::find(acts.begin(), acts.end(), activation) != acts.end(), "activation",
                activation, "an activation name (relu, tanh, sigmoid, abs, leaky_relu, identity)");

        // ---- data: digits, stratified 75 % / 25 %, standardised on the training part ----------
        const redes::data::DataSet all = redes::data::load_digits(data_path);
        auto split = redes::data::stratified_split(all, 0.75, 0.25, ctx.seed);
        if (ctx.quick) {
            split.train = split.train.head(120);
            split.validation = split.validation.head(60);
        }
        // pixels 0 … 16 → x ∈ [0, 1] (standardising would blow up the pixels that are rarely on, and
        // with them a few samples' gradients)
        auto train = split.train, val = split.validation;
        train.X /= 16.0;
        val.X /= 16.0;
        const std::size_t M = train.M();
        std::vector<std::size_t> sizes = parse_batch_sizes(batch_sizes, ctx.quick ? 1000000 : M);
        for (auto& b : sizes) b = std::min(b, M);  // --quick: a smaller M
        sizes.erase(std::unique(sizes.begin(), sizes.end()), sizes.end());
        const std::size_t E =
            ctx.quick ? std::min<std::size_t>(2, epochs) : static_cast<std::size_t>(epochs);
        const std::size_t N1 =
            ctx.quick ? std::min<std::size_t>(8, hidden) : static_cast<std::size_t>(hidden);

        redes::MLP net({train.N(), N1, train.K}, redes::Activation::from_name(activation),
                       redes::Activation::identity());
        redes::Rng init_rng(ctx.seed);
        redes::init::initialize(net, redes::init::WeightInit::normal_fan_in(std::sqrt(2.0)),
                                redes::init::suggested_bias(net.sigma(1)), init_rng);
        const Vector theta0 = net.parameters();
        const redes::MLPObjective R(net, redes::Cost::quadratic(), train.X, train.Y);
        const redes::MLPObjective R_val(net, redes::Cost::quadratic(), val.X, val.Y);
        std::cout << "digits: M = " << M << " training samples, " << val.M() << " validation; net "
                  << train.N() << " → " << N1 << " " << activation << " → " << train.K
                  << " (D = " << net.num_parameters() << " parameters), J = ‖y − x_L‖², "
                  << optimizer << " η = " << fmt(eta) << "\n";
        std::cout << "R̂(θ_0) = " << fmt(R.empirical_risk(theta0)) << " on the training part\n";

        // ---- 1. the same epochs for every M′ --------------------------------------------------
        std::cout << E << " epochs for each M′ (an epoch = M samples seen = ⌈M/M′⌉ steps):\n";
        auto f_epoch = ctx.figure("risk_vs_epoch",
                                  "SGD: empirical risk R̂ after each epoch, batches of M′ samples");
        auto f_step =
            ctx.figure("risk_vs_step", "SGD: the same runs against the number of steps (updates)");
        f_epoch.xlabel("epoch (passes over the M = " + std::to_string(M) + " training samples)")
            .ylabel("R̂(θ) = (1/M) Σ_m ‖y_m − f(x_m; θ)‖²")
            .logy()
            .legend("top right");
        f_step.xlabel("step k (updates θ_k → θ_{k+1})")
            .ylabel("R̂(θ_k), training part")
            .logx()
            .logy()
            .legend("bottom left");
        const char* colours[] = {"#1f77b4", "#ff7f0e", "#2ca02c", "#d62728",
                                 "#9467bd", "#8c564b", "#e377c2"};
        for (std::size_t i = 0; i < sizes.size(); ++i) {
            const std::size_t Mp = sizes[i];
            Vector theta = theta0;
            auto opt = redes::make_optimizer(optimizer, eta);
            redes::Rng rng(ctx.seed + 1);  // the same shuffles' stream for every M′
            redes::SGDOptions o;
            o.epochs = E;
            o.batch_size = Mp;
            o.validation = &R_val;
            o.progress = redes::Progress::quiet;
            const auto t0 = std::chrono::steady_clock::now();
            const redes::SGDHistory h = redes::sgd(R, theta, *opt, rng, o);
            const double secs =
                std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
            const std::string label = "M′ = " + std::to_string(Mp) + (Mp == M ? " (= M)" : "");
            const std::string c = std::string("lc rgb '") + colours[i % 7] + "'";
            std::vector<double> ep(E + 1), st(E + 1);
            for (std::size_t e = 0; e <= E; ++e) {
                ep[e] = static_cast<double>(e);
                st[e] = static_cast<double>(e * h.steps_per_epoch);
            }
            f_epoch
                .line(label + " train", ep, h.epoch_train_risk, "linespoints lw 2 pt 7 ps 0.5 " + c)
                .line(label + " validation", ep, h.epoch_validation_risk,
                      "lines lw 2 dashtype 2 " + c);
            // step 0 cannot sit on a log axis: start the step curves at the end of epoch 1
            f_step.line(label, std::vector<double>(st.begin() + 1, st.end()),
                        std::vector<double>(h.epoch_train_risk.begin() + 1,
                                            h.epoch_train_risk.end()),
                        "linespoints lw 2 pt 7 ps 0.5 " + c);
            std::cout << "  M′ = " << Mp << ": " << h.steps_per_epoch << " steps/epoch, " << h.steps
                      << " steps in all; R̂ train " << fmt(h.epoch_train_risk.back())
                      << ", validation " << fmt(h.epoch_validation_risk.back()) << ", accuracy "
                      << fmt(100 * accuracy(R_val.net(theta), val), "%.1f") << " % ("
                      << fmt(secs, "%.2f") << " s)\n";
        }
        ctx.save(f_epoch);
        ctx.save(f_step);

        // ---- 2. the variance of the batch gradient at θ_0 --------------------------------------
        const Matrix G = redes::per_sample_gradients(R, theta0);
        const double sigma2 = redes::gradient_variance(G);
        const std::size_t R_draws = ctx.quick ? 20 : static_cast<std::size_t>(draws);
        std::cout << "batch gradient at θ_0: ‖∇R̂‖² = "
                  << fmt(std::pow(redes::norm(R.full_gradient(theta0)), 2))
                  << ", σ² = (1/M) Σ_m ‖g_m − ḡ‖² = " << fmt(sigma2) << "; E‖ĝ_B − ḡ‖² over "
                  << R_draws << " random batches per M′:\n";
        std::cout << "      M′   with repl. (σ²/M′)            without (σ²/M′·(M−M′)/(M−1))\n";
        // with replacement only up to M/2: beyond, a draw costs M′ rows, and the curve is just σ²/M′
        std::vector<double> xs_w, v_with, se_with, xs, v_without, se_without;
        redes::Rng var_rng(ctx.seed + 2);
        double worst_z = 0.0;
        for (std::size_t Mp : variance_sizes(M)) {
            const double ewo =
                redes::batch_gradient_variance(sigma2, M, Mp, redes::Sampling::without_replacement);
            const auto wo =
                redes::batch_gradient_variance_mc(G, Mp, R_draws,
                                                  redes::Sampling::without_replacement, var_rng);
            xs.push_back(static_cast<double>(Mp));
            v_without.push_back(wo.mean);
            se_without.push_back(wo.standard_error);
            worst_z = std::max(worst_z, std::abs(wo.mean - ewo) / wo.standard_error);
            char line[200];
            std::string with_text = "         —";
            if (2 * Mp <= M) {
                const double ew = redes::batch_gradient_variance(sigma2, M, Mp,
                                                                 redes::Sampling::with_replacement);
                const auto w =
                    redes::batch_gradient_variance_mc(G, Mp, R_draws,
                                                      redes::Sampling::with_replacement, var_rng);
                xs_w.push_back(static_cast<double>(Mp));
                v_with.push_back(w.mean);
                se_with.push_back(w.standard_error);
                worst_z = std::max(worst_z, std::abs(w.mean - ew) / w.standard_error);
                std::snprintf(line, sizeof line, "%9.4g ± %-8.2g (%9.4g)", w.mean, w.standard_error,
                              ew);
                with_text = line;
            }
            std::snprintf(line, sizeof line, "  %6zu   %-32s   %9.4g ± %-8.2g (%9.4g)\n", Mp,
                          with_text.c_str(), wo.mean, wo.standard_error, ewo);
            std::cout << line;
        }
        std::cout << "  largest |measured − formula| / standard error: " << fmt(worst_z, "%.2f")
                  << "\n";
        std::vector<double> x_exact, exact_with, exact_without;
        // the formulas on a fine grid of M′ (dense just below M, where the finite-population factor dives)
        for (std::size_t b = 1; b < M; b = std::max(b + 1, b * 11 / 10))
            x_exact.push_back(static_cast<double>(b));
        for (std::size_t gap :
             {M / 8, M / 32, M / 128, std::size_t{4}, std::size_t{2}, std::size_t{1}})
            if (gap >= 1 && gap < M) x_exact.push_back(static_cast<double>(M - gap));
        std::sort(x_exact.begin(), x_exact.end());
        x_exact.erase(std::unique(x_exact.begin(), x_exact.end()), x_exact.end());
        for (double b : x_exact) {
            exact_with.push_back(sigma2 / b);
            exact_without.push_back(
                redes::batch_gradient_variance(sigma2, M, static_cast<std::size_t>(b),
                                               redes::Sampling::without_replacement));
        }
        // The same estimate through MLPObjective::gradient on each batch (no stored g_m).
        {
            const std::size_t Mp = std::min<std::size_t>(32, M);
            redes::Rng a(ctx.seed + 3), b(ctx.seed + 3);
            const auto via_G =
                redes::batch_gradient_variance_mc(G, Mp, 20, redes::Sampling::without_replacement,
                                                  a);
            const auto via_R =
                redes::batch_gradient_variance_mc(R, theta0, Mp, 20,
                                                  redes::Sampling::without_replacement, b);
            std::cout << "  the same 20 batches of M′ = " << Mp
                      << " through stored g_m and through backprop on each batch: "
                      << fmt(via_G.mean, "%.6g") << " and " << fmt(via_R.mean, "%.6g")
                      << " (relative difference "
                      << fmt(std::abs(via_G.mean - via_R.mean) / via_R.mean, "%.1g") << ")\n";
        }
        auto f_var =
            ctx.figure("gradient_variance",
                       "Noise of the batch gradient ĝ_B = (1/M′) Σ_{m∈B} g_m at a fixed θ");
        f_var.xlabel("batch size M′").ylabel("E‖ĝ_B − ∇R̂(θ)‖²").logx().logy().legend("bottom left");
        f_var.line("σ²/M′ (with replacement)", x_exact, exact_with, "lines lw 2 lc rgb '#1f77b4'")
            .line("σ²/M′ · (M − M′)/(M − 1) (without)", x_exact, exact_without,
                  "lines lw 2 lc rgb '#d62728'")
            .errorbars("measured, with replacement", xs_w, v_with, se_with,
                       "yerrorbars pt 7 ps 0.8 lc rgb '#1f77b4'")
            .errorbars("measured, without replacement (an SGD batch)", xs, v_without, se_without,
                       "yerrorbars pt 5 ps 0.8 lc rgb '#d62728'");
        ctx.save(f_var);

        // ---- 3. wall time of one epoch against M′ and threads ------------------------------------
        const std::size_t T_max = ctx.quick ? std::min<std::size_t>(2, max_threads)
                                            : static_cast<std::size_t>(max_threads);
        std::vector<std::size_t> t_sizes;
        for (std::size_t b = 1; b < M; b *= 4) t_sizes.push_back(b);
        t_sizes.push_back(M);
        const int repeats = ctx.quick ? 1 : 5;
        double load[1] = {-1.0};
        const bool has_load = getloadavg(load, 1) == 1;
        std::cout << "wall time of one epoch in milliseconds (the fastest of " << repeats
                  << " interleaved runs; measured: differs from run to run"
                  << (has_load
                          ? ", load average " + fmt(load[0], "%.2f") + " on " +
                                std::to_string(std::thread::hardware_concurrency()) + " processors"
                          : std::string())
                  << "):\n      M′";
        for (std::size_t T = 1; T <= T_max; ++T) std::cout << "   T = " << T;
        std::cout << "   threads busy at T = " << T_max << "\n";
        std::vector<std::vector<double>> secs(T_max + 1,
                                              std::vector<double>(t_sizes.size(), 1e300));
        for (int r = 0; r < repeats; ++r)
            for (std::size_t i = 0; i < t_sizes.size(); ++i)
                for (std::size_t T = 1; T <= T_max; ++T) {
                    const redes::ThreadedObjective RT(R, T, static_cast<std::size_t>(chunk));
                    auto opt = redes::make_optimizer(optimizer, eta);
                    redes::Rng rng(ctx.seed + 4);
                    secs[T][i] =
                        std::min(secs[T][i], time_one_epoch(RT, theta0, *opt, t_sizes[i], rng));
                }
        const redes::ThreadedObjective R_max(R, T_max, static_cast<std::size_t>(chunk));
        for (std::size_t i = 0; i < t_sizes.size(); ++i) {
            char line[64];
            std::snprintf(line, sizeof line, "  %6zu", t_sizes[i]);
            std::cout << line;
            for (std::size_t T = 1; T <= T_max; ++T)
                std::cout << "  " << fmt(1e3 * secs[T][i], "%6.1f");
            std::cout << "   " << R_max.threads_used(t_sizes[i]) << "\n";
        }
        auto f_time = ctx.figure("time_per_epoch",
                                 "Wall time of one SGD epoch (M samples) against M′ and threads T");
        f_time.xlabel("batch size M′")
            .ylabel("seconds per epoch")
            .logx()
            .logy()
            .legend("top right");
        std::vector<double> tx(t_sizes.begin(), t_sizes.end());
        for (std::size_t T = 1; T <= T_max; ++T)
            f_time.line("T = " + std::to_string(T) + (T == 1 ? " thread" : " threads"), tx, secs[T],
                        std::string("linespoints lw 2 pt 7 lc rgb '") + colours[(T - 1) % 7] + "'");
        ctx.save(f_time);
    });
}
