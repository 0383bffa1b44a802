#pragma once
// Optimizers: small classes holding their own state (velocity v, moments s and r, …) whose
// step() follows the algorithm box of the notes line by line. They act on a flat parameter
// vector θ ∈ R^D and a gradient estimate g ∈ R^D (an MLP flattens with parameters()).
// The learning rate may change between steps (schedules η_k): set_eta() before step().
//
//   GradientDescent (here)       θ ← θ − η g
//   Momentum        momentum.hpp v ← α v − η g;  θ ← θ + v       (or PyTorch's v ← μv + g; θ ← θ − ηv)
//   AdaGrad         adagrad.hpp  r ← r + g⊙g;    θ ← θ − η/(δ + √r) ⊙ g
//   RMSProp         rmsprop.hpp  r ← ρr + (1−ρ) g⊙g;  θ ← θ − η/√(δ + r) ⊙ g
//   Adam            adam.hpp     s, r moments, bias-corrected ŝ, r̂;  θ ← θ − η ŝ/(δ + √r̂)
// make_optimizer.hpp builds any of them from an OptimizerSpec or by name (a chapter's --optimizer);
// their default constants live in defaults.hpp.
#include <memory>
#include <string>

#include "redes/linalg/vector.hpp"

namespace redes {

class Optimizer {
public:
    // η > 0 and finite, else ValueError "optimizer: learning rate η = … must be …".
    explicit Optimizer(double eta);
    virtual ~Optimizer() = default;

    // θ_{k+1} from θ_k and g_k, in place. θ and g must have the same size D; the state
    // (v, r, s) is sized on the first step and must keep that size until reset().
    virtual void step(Vector& theta, const Vector& g) = 0;
    // Forgets the state (v, s, r, k) as if no step had been taken.
    virtual void reset() {}
    // The name make_optimizer builds it by: "gd", "momentum", "momentum_pytorch", "adagrad",
    // "rmsprop", "rmsprop_pytorch", "adam" (make_optimizer(name())->name() == name()).
    virtual std::string name() const = 0;
    // The per-coordinate rate of the last step, the factor that multiplied g_k (effective_rate.hpp).
    // Gradient descent and momentum have none of their own (η for all): ValueError.
    virtual Vector effective_rate() const;

    double eta() const { return eta_; }
    // η > 0 and finite, else ValueError naming the optimizer and the value.
    void set_eta(double eta);

protected:
    // For subclasses: the ValueError for a bad η names `who` (the optimizer).
    Optimizer(const std::string& who, double eta);
    double eta_;
};

// Gradient descent: θ_{k+1} ← θ_k − η g_k
class GradientDescent : public Optimizer {
public:
    explicit GradientDescent(double eta) : Optimizer("gd", eta) {}
    void step(Vector& theta, const Vector& g) override;
    std::string name() const override { return "gd"; }
};

}  // namespace redes
