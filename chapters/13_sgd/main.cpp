// 13 — Gradiente Descendente Estocástico (SGD): batches and epochs.
//   g_k ← M′⁻¹ Σ_{m′=1}^{M′} ∂J(f(x_m′; θ_k))/∂θ_k,   θ_{k+1} ← θ_k − η g_k
// An epoch is one pass over the M samples (⌈M/M′⌉ steps); a step is one update θ_k → θ_{k+1}.
// On the 8×8 digits with a small MLP (sections.hpp, one file per experiment):
//   1. the same number of epochs for M′ ∈ {1, 8, 32, 128, M}: risk against epoch and step;
//   2. at a fixed θ, the variance of the batch gradient against M′, with and without replacement;
//   3. wall time of one epoch against M′ and against the number of threads;
//   4. held-out risk against M′, mean ± standard error over seeds;
//   5. batches drawn with and without replacement, and the bias of reused samples.
#include <algorithm>
#include <string>

#include "redes/activations/activation.hpp"
#include "redes/app/chapter.hpp"
#include "redes/app/format.hpp"
#include "redes/app/require_known.hpp"
#include "redes/data/csv.hpp"
#include "redes/optim/make_optimizer.hpp"
#include "sections.hpp"

namespace po = boost::program_options;

int main(int argc, char** argv) {
    redes::app::Chapter ch(
        "13", "sgd",
        "SGD on the digits: batches of M′ samples, epochs and steps, the noise of the batch "
        "gradient, time per epoch");
    std::string batch_sizes = "1,8,32,128,M", optimizer = "gd", activation = "relu";
    std::string data_path = "data/digits.csv.gz";
    double eta = 0.02;
    int epochs = 10, hidden = 32, draws = 100, max_threads = 2, chunk = 16, seeds = 10;
    int reuse_batch = 20, reuse_samples = 200, reuse_epochs = 30;
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
        ("seeds", po::value(&seeds)->default_value(seeds),
         "runs (seeds --seed, --seed + 1, …) of the held-out and the reused-sample experiments")
        ("reuse-batch", po::value(&reuse_batch)->default_value(reuse_batch),
         "M′ of the with/without replacement experiment")
        ("reuse-samples", po::value(&reuse_samples)->default_value(reuse_samples),
         "M of the with/without replacement experiment (the first M training samples)")
        ("reuse-epochs", po::value(&reuse_epochs)->default_value(reuse_epochs),
         "epochs of the with/without replacement experiment")
        ("data", po::value(&data_path)->default_value(data_path), "the digits file");
    // clang-format on

    return ch.run(argc, argv, [&](redes::app::Context& ctx) {
        using redes::app::fmt;
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
        require(seeds >= 2 && seeds <= 1000, "seeds", std::to_string(seeds),
                "between 2 and 1000 (a standard error needs two runs)");
        require(reuse_batch >= 1, "reuse-batch", std::to_string(reuse_batch), "at least 1");
        require(reuse_samples >= 2, "reuse-samples", std::to_string(reuse_samples), "at least 2");
        require(reuse_epochs >= 1 && reuse_epochs <= 10000, "reuse-epochs",
                std::to_string(reuse_epochs), "between 1 and 10000");
        redes::app::require_known("optimizer", optimizer, redes::optimizer_names());
        redes::app::require_known("activation", activation, redes::Activation::names());

        ch13::Settings s;
        s.optimizer = optimizer;
        s.activation = activation;
        s.eta = eta;
        s.epochs = ctx.quick ? std::min<std::size_t>(2, epochs) : static_cast<std::size_t>(epochs);
        s.hidden = static_cast<std::size_t>(hidden);
        const redes::data::DataSet all = redes::data::load_digits(data_path);
        const ch13::Setup u = ch13::make_setup(all, ctx.seed, ctx.quick, s);
        const std::size_t M = u.M();
        std::vector<std::size_t> sizes =
            ch13::parse_batch_sizes(batch_sizes, ctx.quick ? 1000000 : M);
        for (auto& b : sizes) b = std::min(b, M);  // --quick: a smaller M
        sizes.erase(std::unique(sizes.begin(), sizes.end()), sizes.end());

        ch13::describe(u, s);
        ch13::risk_by_batch(ctx, u, s, sizes);
        ch13::gradient_variance(ctx, u, ctx.quick ? 20 : static_cast<std::size_t>(draws));
        ch13::time_per_epoch(ctx, u, s,
                             ctx.quick ? std::min<std::size_t>(2, max_threads)
                                       : static_cast<std::size_t>(max_threads),
                             static_cast<std::size_t>(chunk));
        const std::size_t runs = ctx.quick ? 2 : static_cast<std::size_t>(seeds);
        ch13::held_out_by_batch(ctx, all, s, sizes, runs);
        ch13::Settings r = s;
        r.epochs = ctx.quick ? 3 : static_cast<std::size_t>(reuse_epochs);
        ch13::reused_samples(ctx, all, r, static_cast<std::size_t>(reuse_samples),
                             static_cast<std::size_t>(reuse_batch), runs);
    });
}
