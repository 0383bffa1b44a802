#include "redes/optim/make_optimizer.hpp"

#include "redes/error.hpp"
#include "redes/optim/adagrad.hpp"
#include "redes/optim/adam.hpp"
#include "redes/optim/momentum.hpp"
#include "redes/optim/rmsprop.hpp"

namespace redes {

std::vector<std::string> optimizer_names() {
    return {"gd", "momentum", "momentum_pytorch", "adagrad", "rmsprop", "rmsprop_pytorch", "adam"};
}

std::unique_ptr<Optimizer> make_optimizer(const std::string& name, double eta) {
    if (name == "gd") return std::make_unique<GradientDescent>(eta);
    if (name == "momentum") return std::make_unique<Momentum>(eta, 0.9);
    if (name == "momentum_pytorch")
        return std::make_unique<Momentum>(eta, 0.9, MomentumForm::pytorch);
    if (name == "adagrad") return std::make_unique<AdaGrad>(eta);
    if (name == "rmsprop") return std::make_unique<RMSProp>(eta);
    if (name == "rmsprop_pytorch")
        return std::make_unique<RMSProp>(eta, 0.9, 1e-6, DeltaPlacement::outside_sqrt);
    if (name == "adam") return std::make_unique<Adam>(eta);
    std::string known;
    for (const std::string& n : optimizer_names()) known += (known.empty() ? "" : ", ") + n;
    throw ValueError("make_optimizer: unknown optimizer \"" + name + "\" (known: " + known + ")");
}

}  // namespace redes
