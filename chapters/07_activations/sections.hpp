#pragma once
// Chapter 07's experiments, one function each (derivatives.cpp, jacobian.cpp, curves.cpp,
// cost.cpp), and the small helpers they share.
#include <cstddef>
#include <string>
#include <vector>

#include "redes/activations/activation.hpp"
#include "redes/app/chapter.hpp"
#include "redes/linalg.hpp"
#include "redes/stats/rng.hpp"

namespace ch07 {

// Every activation of the library, LeakyReLU with the chosen α.
std::vector<redes::Activation> all_activations(double alpha);

// n points evenly spaced on [−z_max, z_max]: the grid of the derivative check and of the plots.
std::vector<double> z_grid(std::size_t n, double z_max);

// σ′(z) ≈ (σ(z + h) − σ(z − h)) / 2h
double central_difference(const redes::Activation& a, double z, double h);

// |a − n| / max(|a| + |n|, tiny)
double rel_err(double a, double n);

// The Jacobian of z ↦ σ(z) by central differences, column j from e_j: [J]_ij ≈ ∂σ(z)_i/∂z_j.
redes::Matrix numerical_jacobian(const redes::Activation& a, const redes::Vector& z, double h);

// σ′ of every activation against central differences on z (skipping |z| ≤ 2h), then what a
// central difference gives at the kink z = 0. Prints the table.
void derivative_check(const std::vector<redes::Activation>& acts, const std::vector<double>& z,
                      double z_max, double h);

// G_σ′(z) for z ~ N(0, 1.5²) of size N drawn from ctx.rng, against the numerical Jacobian
// (printed; plot ch07_G_sigma_prime).
void jacobian(const redes::app::Context& ctx, const redes::Activation& chosen, std::size_t N,
              double h, redes::Rng& rng);

// σ and σ′ of every activation on z (plots ch07_sigma, ch07_sigma_prime).
void curves(const redes::app::Context& ctx, const std::vector<redes::Activation>& acts,
            const std::vector<double>& z, double alpha, double z_max);

// --- The cost of an activation (cost.cpp) ------------------------------------------------------

// The two ways the library evaluates σ on an array z of n entries, into x (and σ′ into dx):
//   per_element: x_i = σ(z_i) by Activation::sigma(double), one call a element (libm's tanh,
//                exp for the sigmoid, a compare for ReLU);
//   one_pass:    Activation::sigma_and_prime(z, n, x, dx), σ and σ′ together, the training
//                step's kernel (tanh from one exponential, vectorised: tanh_kernel.hpp).
enum class Kernel { per_element, one_pass };
std::string kernel_name(Kernel k);

// The kernel timed: σ (and for one_pass σ′ too) of z[0…n) into x (and dx).
void apply(Kernel k, const redes::Activation& a, const std::vector<double>& z,
           std::vector<double>& x, std::vector<double>& dx);

// Nanoseconds per element of one run of a kernel on one activation: blocks of calls on the same
// n elements, the block doubled until it lasts 1 ms of processor time, then repeated until they
// add up to min_seconds (at least 3 blocks); the fastest block counts (other programs only slow a
// block down).
double ns_per_element(Kernel k, const redes::Activation& a, const std::vector<double>& z,
                      double min_seconds);

// Every run of one kernel on one activation.
struct KernelCost {
    std::string activation;
    Kernel kernel = Kernel::per_element;
    std::size_t elements = 0;            // n, the entries of z in one call
    std::vector<double> ns_per_element;  // one value per run
};

// The median over the runs r of a_r / b_r (runs of one round are measured one after the other,
// so both sides of a ratio share the machine's state).
double median_ratio(const KernelCost& a, const KernelCost& b);

// The measurement of the chapter: ReLU, sigmoid and tanh, both kernels, on z ~ N(0, 1.5²) of n
// entries drawn from rng, `runs` rounds (each round times every pair once); prints min, median
// and max ns per element and the ratios tanh/ReLU and sigmoid/ReLU; plot ch07_activation_cost.
// Times are measured, not seeded: a record lists these lines in output/NAME.timed.
std::vector<KernelCost> activation_cost(const redes::app::Context& ctx, std::size_t n, int runs,
                                        double min_seconds, redes::Rng& rng);

}  // namespace ch07
