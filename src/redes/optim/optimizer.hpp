#pragma once
// Optimizers: small classes holding their own state (velocity v, moments s and r, …) whose
// step() follows the algorithm box of the notes line by line. They act on a flat parameter
// vector θ ∈ R^D and a gradient estimate g ∈ R^D (an MLP flattens with parameters()).
// The learning rate may change between steps (schedules η_k): set_eta() before step().
#include <memory>
#include <string>

#include "redes/linalg/vector.hpp"

namespace redes {

class Optimizer {
public:
    explicit Optimizer(double eta);
    virtual ~Optimizer() = default;

    // θ_{k+1} from θ_k and g_k, in place.
    virtual void step(Vector& theta, const Vector& g) = 0;
    // Forgets the state (v, s, r, k) as if no step had been taken.
    virtual void reset() {}
    virtual std::string name() const = 0;

    double eta() const { return eta_; }
    // η > 0 and finite, else ValueError naming the optimizer and the value.
    void set_eta(double eta);

protected:
    double eta_;
};

// Gradient descent: θ_{k+1} ← θ_k − η g_k
class GradientDescent : public Optimizer {
public:
    explicit GradientDescent(double eta) : Optimizer(eta) {}
    void step(Vector& theta, const Vector& g) override;
    std::string name() const override { return "gd"; }
};

}  // namespace redes
