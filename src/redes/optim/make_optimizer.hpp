#pragma once
// Any optimizer from one spec (name + constants), for a chapter's --optimizer option and the
// train command. The names round-trip: make_optimizer(spec)->name() == spec.name.
//   "gd"                 GradientDescent(η)                                θ ← θ − ηg
//   "momentum"           Momentum(η, α)                                    v ← αv − ηg; θ ← θ + v
//   "momentum_pytorch"   Momentum(η, μ = α, MomentumForm::pytorch)         v ← μv + g; θ ← θ − ηv
//   "adagrad"            AdaGrad(η, δ)
//   "rmsprop"            RMSProp(η, ρ, δ)                                  δ inside √
//   "rmsprop_pytorch"    RMSProp(η, ρ, δ, DeltaPlacement::outside_sqrt)
//   "adam"               Adam(η, ρ₁, ρ₂, δ)                                δ outside √
// Constants not given take the defaults of defaults.hpp (δ: the optimizer's own default).
// Unknown names throw ValueError listing these.
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "redes/optim/defaults.hpp"
#include "redes/optim/optimizer.hpp"

namespace redes {

struct OptimizerSpec {
    std::string name = "gd";                   // one of optimizer_names()
    double eta = 0.01;                         // η
    double alpha = optimizer_defaults::alpha;  // momentum α (μ for momentum_pytorch)
    double rho = optimizer_defaults::rho;      // RMSProp ρ
    double rho1 = optimizer_defaults::rho1;    // Adam ρ₁
    double rho2 = optimizer_defaults::rho2;    // Adam ρ₂
    std::optional<double> delta;               // δ; unset: default_delta(name)
};

std::unique_ptr<Optimizer> make_optimizer(const OptimizerSpec& spec);
// make_optimizer({name, eta}) with every other constant at its default.
std::unique_ptr<Optimizer> make_optimizer(const std::string& name, double eta);
std::vector<std::string> optimizer_names();

// The δ an optimizer uses when none is given (0 for gd and momentum, which have none).
double default_delta(const std::string& name);
// The optimizer and the constants it uses, e.g. "adam η = 0.001, ρ₁ = 0.9, ρ₂ = 0.999, δ = 1e-08"
// (numbers as %.4g).
std::string describe(const OptimizerSpec& spec);

}  // namespace redes
