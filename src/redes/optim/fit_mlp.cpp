#include "redes/optim/fit_mlp.hpp"

#include <memory>

#include "redes/error.hpp"
#include "redes/optim/mlp_objective.hpp"

namespace redes {

SGDHistory fit_mlp(MLP& net, const Cost& J, const Matrix& X, const Matrix& Y, Optimizer& optimizer,
                   Rng& rng, SGDOptions options, const Matrix* X_val, const Matrix* Y_val) {
    if ((X_val == nullptr) != (Y_val == nullptr))
        throw ValueError("fit_mlp: give both the validation inputs and targets, or neither");
    // R̂(θ) = (1/M) Σ_m J(f(x_m; θ); y_m) on the training samples (and on the validation ones)
    const MLPObjective R_hat(net, J, X, Y);
    std::unique_ptr<MLPObjective> R_val;
    if (X_val) {
        R_val = std::make_unique<MLPObjective>(net, J, *X_val, *Y_val);
        options.validation = R_val.get();
    }
    Vector theta = net.parameters();  // θ_0
    SGDHistory history = sgd(R_hat, theta, optimizer, rng, options);
    net.set_parameters(theta);
    return history;
}

}  // namespace redes
