#pragma once
// The optimizers' constants when nobody chooses them: the notes' values (and PyTorch's, where the
// notes give none). Every default argument, make_optimizer and the train command read them here.
namespace redes::optimizer_defaults {

constexpr double alpha = 0.9;           // Momentum α (PyTorch's μ)            v ← αv − ηg
constexpr double delta_adagrad = 1e-7;  // AdaGrad δ, outside √                η/(δ + √r)
constexpr double rho = 0.9;  // RMSProp ρ                            r ← ρr + (1 − ρ) g⊙g
constexpr double delta_rmsprop = 1e-6;  // RMSProp δ, inside √ (the book's Alg. 8.5)   η/√(δ + r)
constexpr double rho1 = 0.9;            // Adam ρ₁ (first moment s)
constexpr double rho2 = 0.999;          // Adam ρ₂ (second moment r)
constexpr double delta_adam = 1e-8;  // Adam δ, outside √                   η ŝ/(δ + √r̂)

}  // namespace redes::optimizer_defaults
