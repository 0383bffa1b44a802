#pragma once
// Chapter 16's experiments, one function each: the 2-D problems (paths_2d.cpp), the effective
// rates on the ravine (effective_rate.cpp) and the MLP on the digits (mlp.cpp); the five
// optimizers and shared helpers in helpers.cpp.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "redes/app/chapter.hpp"
#include "redes/app/format.hpp"
#include "redes/data/dataset.hpp"
#include "redes/linalg.hpp"
#include "redes/models/mlp.hpp"
#include "redes/optim/defaults.hpp"
#include "redes/optim/descent_path.hpp"
#include "redes/optim/mlp_objective.hpp"
#include "redes/optim/optimizer.hpp"
#include "redes/optim/sgd.hpp"
#include "redes/optim/test_functions.hpp"
#include "redes/plot/figure.hpp"
#include "redes/plot/landscape.hpp"
#include "redes/plot/log_axis.hpp"
#include "redes/plot/palette.hpp"
#include "redes/stats/grid.hpp"

namespace ch16 {

// The five optimizers, in this order everywhere.
extern const char* const names[5];
extern const char* const titles[5];
extern const char* const colours[5];
constexpr std::size_t n_opt = 5;

// The constants of the boxes (one set for every problem).
struct Constants {
    double alpha = redes::optimizer_defaults::alpha;                  // momentum
    double delta_adagrad = redes::optimizer_defaults::delta_adagrad;  // AdaGrad's δ (outside √)
    double rho = redes::optimizer_defaults::rho;                      // RMSProp's decay
    double delta_rmsprop = redes::optimizer_defaults::delta_rmsprop;  // RMSProp's δ (inside √)
    double rho1 = redes::optimizer_defaults::rho1;                    // Adam's ρ₁
    double rho2 = redes::optimizer_defaults::rho2;                    // Adam's ρ₂
    double delta_adam = redes::optimizer_defaults::delta_adam;        // Adam's δ (outside √)
};

// The options of the program (their defaults are the chapter's).
struct Settings {
    Constants c;
    double lambda1 = 1.0, lambda2 = 50.0, angle = 0.0;  // the ravine
    int ravine_steps = 200, rosenbrock_steps = 2000;
    int samples = 500, hidden = 16, epochs = 30, batch_size = 32;  // the MLP
    std::string data_path = "data/digits.csv.gz";
    // η per problem and optimizer: the best of the grid {0.001, 0.003, …, 1} by R̂ at the end (--scan also prints 3 and 10)
    std::vector<double> eta_ravine{0.03, 0.01, 1.0, 0.03, 1.0};
    std::vector<double> eta_rosenbrock{0.001, 0.001, 1.0, 0.003, 0.3};
    std::vector<double> eta_mlp{0.1, 0.03, 0.1, 0.01, 0.03};
    bool scan = false;  // also print R̂ at the end for every η of scan_grid
};

// The η of --scan: the grid the defaults were chosen on, {0.001, …, 1}, and 3, 10 past its edge.
extern const std::vector<double> scan_grid;

// A 2-D problem: the function, its start, its step budget, one η per optimizer.
struct Problem2D {
    std::string what;  // "ravine", "rosenbrock"
    const redes::Objective2D* f;
    redes::Vector theta0, theta_star;
    std::size_t steps;
    std::vector<double> eta;
};

// The ravine (−4, 1.5) → (0, 0) and Rosenbrock's valley (−1.5, 2) → (1, 1), with the step budgets
// of s (smaller under --quick).
std::vector<Problem2D> problems_2d(const redes::app::Context& ctx, const Settings& s,
                                   const redes::Quadratic& q, const redes::Rosenbrock& rb);

// 1. The five optimizers on one 2-D problem: R̂(θ_K), gradient descent's best, RMSProp's floor
//    (plots ch16_<what>_paths, ch16_risk_<what>), and the --scan table.
void paths_2d(const redes::app::Context& ctx, const Settings& s, const redes::Quadratic& q,
              const Problem2D& pr);

// 2. The per-coordinate rates of AdaGrad, RMSProp and Adam on the ravine (plot
//    ch16_effective_rate).
void effective_rates(const redes::app::Context& ctx, const Settings& s, const redes::Quadratic& q,
                     const Problem2D& ravine);

// 3. A 64 → N₁ → 10 MLP on the digits trained by sgd() with each optimizer (plots ch16_risk_mlp,
//    ch16_mlp_effective_rate), and the --scan table. Draws the subset and θ_0 from ctx.rng.
void mlp(redes::app::Context& ctx, const Settings& s);

// The MLP on the digits: the objective, its θ_0, the sgd() options.
struct MLPTask {
    const redes::MLPObjective* R;
    const redes::data::DataSet* d;
    redes::Vector theta0;
    redes::SGDOptions options;
    std::uint64_t batch_seed;
};

struct MLPRun {
    bool diverged = false;
    std::string message;
    redes::SGDHistory history;
    std::vector<double> median_rate;  // per epoch (adaptive methods)
    double accuracy = 0.0;
};

std::unique_ptr<redes::Optimizer> make(std::size_t i, double eta, const Constants& c);

std::string label(std::size_t i, double eta);

double median(std::vector<double> v);

// The median over the D coordinates of the rate an adaptive optimizer applied last; 0 for the others.
double median_rate(const redes::Optimizer& opt);

// Share of the columns whose largest output is the label.
double accuracy(const redes::MLP& net, const redes::data::DataSet& d);

// The --scan table: one row per η of the grid, one column per optimizer.
void print_scan(const std::string& what, const std::vector<double>& grid,
                const std::vector<std::vector<std::string>>& table);

// Trains from t.theta0 with optimizer i at η on the batches of t.batch_seed; a divergence is
// reported in the result, not thrown.
MLPRun train(const MLPTask& t, std::size_t i, double eta, const Constants& c);

}  // namespace ch16
