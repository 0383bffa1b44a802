// The five optimizers of chapter 16 and the helpers its sections share.
#include <algorithm>
#include <cstdio>
#include <iostream>

#include "redes/error.hpp"
#include "redes/models/classify.hpp"
#include "redes/optim/effective_rate.hpp"
#include "redes/optim/make_optimizer.hpp"
#include "sections.hpp"

namespace ch16 {

using redes::Vector;
using redes::app::fmt;

const char* const names[5] = {"gd", "momentum", "adagrad", "rmsprop", "adam"};
const char* const titles[5] = {"gradient descent", "momentum", "AdaGrad", "RMSProp", "Adam"};
const char* const colours[5] = {"#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e"};
const std::vector<double> scan_grid{0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0, 3.0, 10.0};

std::vector<Problem2D> problems_2d(const redes::app::Context& ctx, const Settings& s,
                                   const redes::Quadratic& q, const redes::Rosenbrock& rb) {
    const std::size_t K_ravine = ctx.quick ? std::min<std::size_t>(s.ravine_steps, 100)
                                           : static_cast<std::size_t>(s.ravine_steps);
    const std::size_t K_rosen = ctx.quick ? std::min<std::size_t>(s.rosenbrock_steps, 500)
                                          : static_cast<std::size_t>(s.rosenbrock_steps);
    return {{"ravine", &q, Vector{-4.0, 1.5}, Vector{0.0, 0.0}, K_ravine, s.eta_ravine},
            {"rosenbrock", &rb, Vector{-1.5, 2.0}, rb.minimizer(), K_rosen, s.eta_rosenbrock}};
}

std::unique_ptr<redes::Optimizer> make(std::size_t i, double eta, const Constants& c) {
    redes::OptimizerSpec spec;
    spec.name = names[i];
    spec.eta = eta;
    spec.alpha = c.alpha;
    spec.rho = c.rho;
    spec.rho1 = c.rho1;
    spec.rho2 = c.rho2;
    const double delta[] = {0.0, 0.0, c.delta_adagrad, c.delta_rmsprop, c.delta_adam};
    if (delta[i] > 0.0) spec.delta = delta[i];  // gradient descent and momentum have none
    return redes::make_optimizer(spec);
}

std::string label(std::size_t i, double eta) {
    return std::string(titles[i]) + ", η = " + fmt(eta);
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    return n % 2 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
}

// The median over the D coordinates of the rate an adaptive optimizer applied last; 0 for the others.
double median_rate(const redes::Optimizer& opt) {
    const std::string name = opt.name();
    if (name == "gd" || name == "momentum") return 0.0;  // one rate η for every coordinate
    return median(redes::effective_rate(opt).values());
}

// Share of the columns whose largest output is the label.
double accuracy(const redes::MLP& net, const redes::data::DataSet& d) {
    return redes::accuracy(redes::predict_labels(net, d.X), d.labels);
}

// The --scan table: one row per η of the grid, one column per optimizer.
void print_scan(const std::string& what, const std::vector<double>& grid,
                const std::vector<std::vector<std::string>>& table) {
    std::cout << "  scan: " << what << " for each η of the grid\n";
    char buf[160];
    std::snprintf(buf, sizeof buf, "    %8s %18s %10s %10s %10s %10s\n", "η", titles[0], titles[1],
                  titles[2], titles[3], titles[4]);
    std::cout << buf;
    for (std::size_t j = 0; j < grid.size(); ++j) {
        std::snprintf(buf, sizeof buf, "    %7s %18s %10s %10s %10s %10s\n", fmt(grid[j]).c_str(),
                      table[j][0].c_str(), table[j][1].c_str(), table[j][2].c_str(),
                      table[j][3].c_str(), table[j][4].c_str());
        std::cout << buf;
    }
}

MLPRun train(const MLPTask& t, std::size_t i, double eta, const Constants& c) {
    MLPRun run;
    auto opt = make(i, eta, c);
    Vector theta = t.theta0;
    redes::Rng rng(t.batch_seed);  // the same batches for every optimizer
    redes::SGDOptions o = t.options;
    o.on_epoch = [&](std::size_t, const Vector&) { run.median_rate.push_back(median_rate(*opt)); };
    try {
        run.history = redes::sgd(*t.R, theta, *opt, rng, o);
        run.accuracy = accuracy(t.R->net(theta), *t.d);
    } catch (const redes::DivergenceError& e) {
        run.diverged = true;
        run.message = e.what();
    }
    return run;
}

}  // namespace ch16
