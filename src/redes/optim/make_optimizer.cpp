#include "redes/optim/make_optimizer.hpp"

#include "redes/error.hpp"
#include "redes/optim/adagrad.hpp"
#include "redes/optim/adam.hpp"
#include "redes/optim/momentum.hpp"
#include "redes/optim/rmsprop.hpp"
#include "redes/text.hpp"

namespace redes {

namespace {

[[noreturn]] void unknown(const std::string& name) {
    throw ValueError("make_optimizer: unknown optimizer \"" + name +
                     "\" (known: " + join(optimizer_names()) + ")");
}

std::string g4(double v) { return num(v, "%.4g"); }

}  // namespace

std::vector<std::string> optimizer_names() {
    return {"gd", "momentum", "momentum_pytorch", "adagrad", "rmsprop", "rmsprop_pytorch", "adam"};
}

double default_delta(const std::string& name) {
    if (name == "gd" || name == "momentum" || name == "momentum_pytorch") return 0.0;
    if (name == "adagrad") return optimizer_defaults::delta_adagrad;
    if (name == "rmsprop" || name == "rmsprop_pytorch") return optimizer_defaults::delta_rmsprop;
    if (name == "adam") return optimizer_defaults::delta_adam;
    unknown(name);
}

std::unique_ptr<Optimizer> make_optimizer(const OptimizerSpec& s) {
    const double delta = s.delta ? *s.delta : default_delta(s.name);
    if (s.name == "gd") return std::make_unique<GradientDescent>(s.eta);
    if (s.name == "momentum") return std::make_unique<Momentum>(s.eta, s.alpha);
    if (s.name == "momentum_pytorch")
        return std::make_unique<Momentum>(s.eta, s.alpha, MomentumForm::pytorch);
    if (s.name == "adagrad") return std::make_unique<AdaGrad>(s.eta, delta);
    if (s.name == "rmsprop") return std::make_unique<RMSProp>(s.eta, s.rho, delta);
    if (s.name == "rmsprop_pytorch")
        return std::make_unique<RMSProp>(s.eta, s.rho, delta, DeltaPlacement::outside_sqrt);
    if (s.name == "adam") return std::make_unique<Adam>(s.eta, s.rho1, s.rho2, delta);
    unknown(s.name);
}

std::unique_ptr<Optimizer> make_optimizer(const std::string& name, double eta) {
    OptimizerSpec s;
    s.name = name;
    s.eta = eta;
    return make_optimizer(s);
}

std::string describe(const OptimizerSpec& s) {
    const double fallback = default_delta(s.name);  // also refuses an unknown name
    const double delta = s.delta ? *s.delta : fallback;
    std::string d = s.name + " η = " + g4(s.eta);
    if (s.name == "momentum" || s.name == "momentum_pytorch") d += ", α = " + g4(s.alpha);
    if (s.name == "adagrad") d += ", δ = " + g4(delta);
    if (s.name == "rmsprop" || s.name == "rmsprop_pytorch")
        d += ", ρ = " + g4(s.rho) + ", δ = " + g4(delta);
    if (s.name == "adam")
        d += ", ρ₁ = " + g4(s.rho1) + ", ρ₂ = " + g4(s.rho2) + ", δ = " + g4(delta);
    return d;
}

}  // namespace redes
