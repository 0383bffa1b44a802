#pragma once
// Chapter 14's experiments, one function each: the least-squares problem and its schedules
// (problem.cpp), their partial sums (sums.cpp), the mean distance to θ* (distance.cpp) and the
// last epoch over the contour lines (last_epoch.cpp).
#include <cmath>
#include <cstddef>
#include <memory>
#include <string>
#include <vector>

#include "redes/app/chapter.hpp"
#include "redes/app/format.hpp"
#include "redes/linalg/matrix.hpp"
#include "redes/optim/distance_to_minimum.hpp"
#include "redes/optim/least_squares_objective.hpp"
#include "redes/optim/schedule.hpp"

namespace ch14 {

// The options of the program (their defaults are the chapter's).
struct Settings {
    double eta = 0.05;        // η of the constant schedule, η₀ of both decays
    double k0 = 100.0;        // k₀ of η₀/(1 + k/k₀)^p
    double p = 1.0;           // power of the 1/k decay
    double eta_tau = 0.0025;  // η_τ, the linear decay's rate from τ on
    int tau = 2000;           // τ
    int batch_size = 1;       // M′
    int epochs = 40;          // passes over the M samples per run
    int runs = 10;            // independent runs averaged for ‖θ_k − θ*‖
    int samples = 500;        // M
    double horizon = 1e7;     // the sums of η_k are drawn up to this K
    double noise = 0.5;       // standard deviation of the noise in y_m
    std::string optimizer = "gd";
};

// Least squares on y_m = 2u_m − 1 + noise·N(0, 1), x_m = (u_m, 1), u_m ~ N(0, 1).
struct Problem {
    redes::LeastSquaresObjective R;
    redes::Vector theta_star;  // (X Xᵀ)⁻¹ X y
    redes::Vector theta0;      // (−1, 2)
    std::size_t M, E, S, Mp;   // samples, epochs, runs, M′ (small under --quick)
    std::size_t steps;         // E · steps per epoch
};

// One schedule of the comparison, and the distance to θ* its runs reach.
struct Run {
    std::shared_ptr<const redes::Schedule> schedule;
    std::string label, colour;
    redes::DistanceToMinimum d;
};

// Index of each schedule in the list schedules() returns.
enum Which : std::size_t { constant = 0, inverse = 1, linear = 2, floor_rate = 3 };

// Draws the data from ctx.seed, prints θ*, R̂(θ*) and the run's size.
Problem least_squares_problem(const redes::app::Context& ctx, const Settings& s);

// constant η, η₀/(1 + k/k₀)^p, the linear decay, and constant η_τ (the linear decay after τ).
std::vector<Run> schedules(const Settings& s);

// Σ_{k≤K} η_k and Σ_{k≤K} η_k² at the end of training and far beyond (plots ch14_eta,
// ch14_sum_eta, ch14_sum_eta2).
void partial_sums(const redes::app::Context& ctx, const Settings& s, const Problem& pb,
                  const std::vector<Run>& runs);

// Fills each run's mean ‖θ_k − θ*‖ over S runs, prints errors, slopes and ratios (plot
// ch14_error).
void distance_to_minimum(const redes::app::Context& ctx, const Settings& s, const Problem& pb,
                         std::vector<Run>& runs);

// θ_k during the last epoch of one run of the first three schedules over the contour lines of R̂
// (plot ch14_last_epoch). Needs distance_to_minimum first.
void last_epoch(const redes::app::Context& ctx, const Problem& pb, const std::vector<Run>& runs);

// k = 1, …, K on a log grid (about n points per decade), for the log-log plots: 0 cannot be drawn.
std::vector<std::size_t> log_steps(std::size_t K, double per_decade = 40.0);

// The mean of v over the steps [a, b].
double mean_over(const std::vector<double>& v, std::size_t a, std::size_t b);

// gnuplot commands: a dotted vertical line at step k, and a label beside it.
std::string vline(std::size_t k, const std::string& colour);
std::string vlabel(std::size_t k, const std::string& text, const std::string& colour,
                   double y = 0.95);

}  // namespace ch14
