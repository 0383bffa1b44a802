#pragma once
// Any optimizer by name, with the notes' constants, for a chapter's --optimizer option:
//   "gd"                 GradientDescent(η)
//   "momentum"           Momentum(η, α = 0.9)                        v ← αv − ηg; θ ← θ + v
//   "momentum_pytorch"   Momentum(η, μ = 0.9, MomentumForm::pytorch)  v ← μv + g; θ ← θ − ηv
//   "adagrad"            AdaGrad(η, δ = 1e-7)
//   "rmsprop"            RMSProp(η, ρ = 0.9, δ = 1e-6)              δ inside √
//   "rmsprop_pytorch"    RMSProp(η, ρ = 0.9, δ = 1e-6, outside_sqrt)
//   "adam"               Adam(η, ρ₁ = 0.9, ρ₂ = 0.999, δ = 1e-8)     δ outside √
// Unknown names throw ValueError listing these.
#include <memory>
#include <string>
#include <vector>

#include "redes/optim/optimizer.hpp"

namespace redes {

std::unique_ptr<Optimizer> make_optimizer(const std::string& name, double eta);
std::vector<std::string> optimizer_names();

}  // namespace redes
