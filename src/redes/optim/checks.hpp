#pragma once
// Checks shared by the optimizers, the schedules and the SGD loop. Each throws a typed error
// whose message names who checks (the optimizer, the schedule, the option), the constant and
// its value, e.g. "adam: ρ₁ = 1.5 must be in [0, 1)".
#include <cstddef>
#include <string>

#include "redes/linalg/vector.hpp"

namespace redes::optim_check {

// A number as a student would write it: 1e-08, 0.9, 1000 (%g with enough digits to tell apart).
std::string num(double x);
// value > 0 and finite, else ValueError "who: name = value must be positive and finite".
void positive(const std::string& who, const std::string& name, double value);
// 0 ≤ value < 1, else ValueError "who: name = value must be in [0, 1)".
void unit_interval(const std::string& who, const std::string& name, double value);
// θ and g of the same size D, else ShapeError "who step: θ of size … and g of size …".
void same_size(const std::string& who, const Vector& theta, const Vector& g);
// The optimizer's state (v, r, s) was sized for θ on the first step; a later θ of another
// size is a new problem: ShapeError asking for reset().
void state_size(const std::string& who, const std::string& state, std::size_t state_size,
                std::size_t theta_size);

}  // namespace redes::optim_check
