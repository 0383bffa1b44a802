// σ′ of every activation against a central difference of σ, away from the kink at 0, and what a
// central difference gives at the kink.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

#include "redes/app/format.hpp"
#include "sections.hpp"

using redes::Activation;
using redes::app::fmt;

namespace ch07 {

namespace {

// s padded with spaces to |width| characters (UTF-8 aware): on the left if width > 0.
std::string pad(const std::string& s, int width) {
    int chars = 0;
    for (unsigned char c : s) chars += (c & 0xC0) != 0x80;
    const std::string fill(static_cast<std::size_t>(std::max(0, std::abs(width) - chars)), ' ');
    return width > 0 ? fill + s : s + fill;
}

}  // namespace

std::vector<Activation> all_activations(double alpha) {
    std::vector<Activation> acts;
    for (const std::string& n : Activation::names())
        acts.push_back(n == "leaky_relu" ? Activation::leaky_relu(alpha)
                                         : Activation::from_name(n));
    return acts;
}

std::vector<double> z_grid(std::size_t n, double z_max) {
    std::vector<double> z(n);
    for (std::size_t i = 0; i < n; ++i)
        z[i] = -z_max + 2.0 * z_max * static_cast<double>(i) / static_cast<double>(n - 1);
    return z;
}

double central_difference(const Activation& a, double z, double h) {
    return (a.sigma(z + h) - a.sigma(z - h)) / (2.0 * h);
}

double rel_err(double a, double n) {
    return std::abs(a - n) / std::max(std::abs(a) + std::abs(n), 1e-300);
}

void derivative_check(const std::vector<Activation>& acts, const std::vector<double>& z,
                      double z_max, double h) {
    std::cout << "σ′ against central differences (h = " << fmt(h) << ") on " << z.size()
              << " points of [−" << fmt(z_max) << ", " << fmt(z_max)
              << "], away from the kink at 0:\n";
    std::cout << "  " << pad("σ", -16) << pad("σ(−2)", 10) << pad("σ(2)", 10) << pad("σ′(−2)", 10)
              << pad("σ′(2)", 10) << pad("max rel err", 13) << "\n";
    for (const Activation& a : acts) {
        // skipping |z| ≤ 2h, where a kink at 0 would sit inside the difference
        double worst = 0;
        for (double zi : z)
            if (std::abs(zi) > 2 * h)
                worst = std::max(worst, rel_err(a.sigma_prime(zi), central_difference(a, zi, h)));
        std::printf("  %-16s %9.4f %9.4f %9.4f %9.4f %12.2e\n", a.name().c_str(), a.sigma(-2.0),
                    a.sigma(2.0), a.sigma_prime(-2.0), a.sigma_prime(2.0), worst);
    }
    std::cout
        << "at the kink z = 0 (no derivative): the code takes the right derivative, a central "
           "difference the mean of both sides:\n";
    for (const Activation& a : acts)
        if (a.is_kink(0.0))
            std::cout << "  " << a.name() << ": σ′(0) = " << a.sigma_prime(0.0)
                      << ", central difference = " << central_difference(a, 0.0, h) << "\n";
}

}  // namespace ch07
