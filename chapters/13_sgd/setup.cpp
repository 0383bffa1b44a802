// The chapter's data and network (sections.hpp: Setup), the --batch-sizes parser, the accuracy.
#include <cmath>
#include <exception>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "redes/app/format.hpp"
#include "redes/data/split.hpp"
#include "redes/init/initializer.hpp"
#include "redes/models/classify.hpp"
#include "sections.hpp"

namespace ch13 {

using redes::app::fmt;

namespace {

// The 64 → N₁ σ → 10 net with [W_ℓ]_jk ~ N(0, 2/N_{ℓ−1}) (He) and the suggested bias for σ.
redes::MLP make_net(const redes::data::DataSet& train, std::size_t N1, const std::string& act,
                    std::uint64_t seed) {
    redes::MLP net({train.N(), N1, train.K}, redes::Activation::from_name(act),
                   redes::Activation::identity());
    redes::Rng init_rng(seed);
    redes::init::initialize(net, redes::init::WeightInit::normal_fan_in(std::sqrt(2.0)),
                            redes::init::suggested_bias(net.sigma(1)), init_rng);
    return net;
}

struct Parts {
    redes::data::DataSet train, val;
};

Parts split_digits(const redes::data::DataSet& all, std::uint64_t seed, bool quick,
                   std::size_t train_samples) {
    auto split = redes::data::stratified_split(all, 0.75, 0.25, seed);
    if (quick) {
        split.train = split.train.head(120);
        split.validation = split.validation.head(60);
    }
    if (train_samples > 0) split.train = split.train.head(train_samples);
    // pixels 0 … 16 → x ∈ [0, 1] (standardising would blow up the pixels that are rarely on, and
    // with them a few samples' gradients)
    Parts p{split.train, split.validation};
    p.train.X /= 16.0;
    p.val.X /= 16.0;
    return p;
}

}  // namespace

Setup make_setup(const redes::data::DataSet& all, std::uint64_t seed, bool quick, const Settings& s,
                 std::size_t train_samples) {
    Parts p = split_digits(all, seed, quick, train_samples);
    const std::size_t N1 = quick ? std::min<std::size_t>(8, s.hidden) : s.hidden;
    redes::MLP net = make_net(p.train, N1, s.activation, seed);
    redes::Vector theta0 = net.parameters();
    redes::MLPObjective R(net, redes::Cost::quadratic(), p.train.X, p.train.Y);
    redes::MLPObjective R_val(net, redes::Cost::quadratic(), p.val.X, p.val.Y);
    return Setup{std::move(p.train), std::move(p.val), std::move(net),
                 std::move(theta0),  std::move(R),     std::move(R_val)};
}

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

void describe(const Setup& u, const Settings& s) {
    std::cout << "digits: M = " << u.M() << " training samples, " << u.val.M()
              << " validation; net " << u.train.N() << " → " << u.net.N()[1] << " " << s.activation
              << " → " << u.train.K << " (D = " << u.net.num_parameters()
              << " parameters), J = ‖y − x_L‖², " << s.optimizer << " η = " << fmt(s.eta) << "\n";
    std::cout << "R̂(θ_0) = " << fmt(u.R.empirical_risk(u.theta0)) << " on the training part\n";
}

double accuracy(const redes::MLP& net, const redes::data::DataSet& d) {
    return redes::accuracy(redes::predict_labels(net, d.X), d.labels);
}

}  // namespace ch13
