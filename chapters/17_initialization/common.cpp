// What chapter 17's experiments share: the option checks, the digits, helpers on networks.
#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "redes/app/format.hpp"
#include "redes/app/require_known.hpp"
#include "redes/backprop/efficient.hpp"
#include "redes/data/csv.hpp"
#include "redes/data/split.hpp"
#include "redes/optim/make_optimizer.hpp"
#include "redes/stats/unit_stats.hpp"
#include "sections.hpp"

namespace ch17 {

using redes::app::fmt;
using redes::app::require;

void check(const Settings& s) {
    require(s.eta > 0 && s.eta <= 10, "eta", fmt(s.eta), "in (0, 10]");
    require(s.dead_eta > 0 && s.dead_eta <= 10, "dead-eta", fmt(s.dead_eta), "in (0, 10]");
    require(s.batch_size >= 1, "batch-size", std::to_string(s.batch_size), "at least 1");
    require(s.epochs >= 1 && s.epochs <= 10000, "epochs", std::to_string(s.epochs),
            "between 1 and 10000");
    require(s.symmetry_epochs >= 1 && s.symmetry_epochs <= 100000, "symmetry-epochs",
            std::to_string(s.symmetry_epochs), "between 1 and 100000");
    require(s.scale > 0 && s.scale <= 100, "scale", fmt(s.scale), "in (0, 100]");
    require(s.scale_min > 0 && s.scale_min < s.scale_max, "scale-min", fmt(s.scale_min),
            "positive and below --scale-max (" + fmt(s.scale_max) + ")");
    require(s.scale_max <= 1000, "scale-max", fmt(s.scale_max), "at most 1000");
    require(s.points >= 2 && s.points <= 200, "points", std::to_string(s.points),
            "between 2 and 200");
    require(s.dead_runs >= 1 && s.dead_runs <= 1000, "dead-runs", std::to_string(s.dead_runs),
            "between 1 and 1000");
    require(s.seeds >= 1 && s.seeds <= 100, "seeds", std::to_string(s.seeds), "between 1 and 100");
    require(s.depth >= 1 && s.depth <= 100, "depth", std::to_string(s.depth), "between 1 and 100");
    require(s.width >= 2 && s.width <= 1024, "width", std::to_string(s.width),
            "between 2 and 1024");
    require(s.hidden >= 1 && s.hidden <= 1024, "hidden", std::to_string(s.hidden),
            "between 1 and 1024");
    require(std::isfinite(s.bias) && s.bias > 0 && s.bias <= 10, "bias", fmt(s.bias), "in (0, 10]");
    redes::app::require_known("optimizer", s.optimizer, redes::optimizer_names());
    redes::app::require_known("activation", s.activation, redes::Activation::names());
}

Digits load_digits(const redes::app::Context& ctx, const Settings& s) {
    const auto split =
        redes::data::stratified_split(redes::data::load_digits(), 0.75, 0.25, ctx.seed);
    Digits d{split.train.head(ctx.quick ? 100 : 500), split.validation.head(ctx.quick ? 50 : 300),
             0, 0, 0};
    d.train.X /= 16.0;
    d.val.X /= 16.0;
    d.N1 = ctx.quick ? std::min<std::size_t>(8, s.hidden) : static_cast<std::size_t>(s.hidden);
    d.Mp = std::min<std::size_t>(static_cast<std::size_t>(s.batch_size), d.train.M());
    d.S = ctx.quick ? 1 : static_cast<std::size_t>(s.seeds);
    return d;
}

std::vector<double> logspace(double lo, double hi, std::size_t n) {
    std::vector<double> v(n);
    for (std::size_t i = 0; i < n; ++i)
        v[i] = lo * std::pow(hi / lo,
                             n == 1 ? 0.0 : static_cast<double>(i) / static_cast<double>(n - 1));
    return v;
}

redes::Matrix weights_and_bias(const redes::MLP& net, std::size_t ell) {
    const redes::Matrix& W = net.W(ell);
    redes::Matrix A(W.rows(), W.cols() + 1);
    for (std::size_t i = 0; i < W.rows(); ++i) {
        for (std::size_t j = 0; j < W.cols(); ++j) A(i, j) = W(i, j);
        A(i, W.cols()) = net.b(ell)[i];
    }
    return A;
}

std::size_t dead_hidden_units(const redes::MLP& net, const redes::Matrix& X) {
    const redes::BatchForward f = redes::batch_forward(net, X);
    std::size_t dead = 0;
    for (std::size_t ell = 1; ell < net.L(); ++ell) dead += redes::count_dead_units(f.Z[ell]);
    return dead;
}

redes::SGDOptions quiet(std::size_t epochs, std::size_t batch_size) {
    redes::SGDOptions o;
    o.epochs = epochs;
    o.batch_size = batch_size;
    o.progress = redes::Progress::quiet;
    return o;
}

std::vector<double> standard_errors(const std::vector<double>& mean,
                                    const std::vector<double>& sum_of_squares, std::size_t n) {
    std::vector<double> se(mean.size(), 0.0);
    if (n < 2) return se;
    const double k = static_cast<double>(n);
    // sample variance (Σx² − n·x̄²)/(n − 1), clamped at 0 against rounding
    for (std::size_t i = 0; i < mean.size(); ++i)
        se[i] =
            std::sqrt(std::max(0.0, (sum_of_squares[i] - k * mean[i] * mean[i]) / (k - 1.0)) / k);
    return se;
}

// Predicting the mean one-hot vector p = (p_1 … p_K): R̂ = (1/M) Σ_m ‖y_m − p‖² = Σ_k p_k(1 − p_k).
double learned_nothing_risk(const redes::data::DataSet& d) {
    double nothing = 0.0;
    for (std::size_t c : d.class_counts()) {
        const double pk = static_cast<double>(c) / static_cast<double>(d.M());
        nothing += pk * (1.0 - pk);
    }
    return nothing;
}

Regression sine_regression() {
    const std::size_t M = 64;
    Regression r{redes::Matrix(1, M), redes::Matrix(1, M), 8};
    for (std::size_t m = 0; m < M; ++m) {
        r.X(0, m) = -1.0 + 2.0 * static_cast<double>(m) / static_cast<double>(M - 1);
        r.Y(0, m) = std::sin(3.14159265358979 * r.X(0, m)) + 0.5 * r.X(0, m);
    }
    return r;
}

}  // namespace ch17
