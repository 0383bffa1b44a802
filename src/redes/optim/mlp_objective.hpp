#pragma once
// MLPObjective: the empirical risk of a multilayer perceptron on a data set, as an Objective
// that SGD can minimise over the flat parameters θ = MLP::parameters():
//   R̂_B(θ) = (1/|B|) Σ_{m∈B} J(f(x_m; θ); y_m),   g = ∂R̂_B/∂θ by efficient backprop.
//
//   MLPObjective R(net, Cost::quadratic(), X, Y);        // X: N_0×M, Y: N_L×M (columns)
//   Vector theta = net.parameters();
//   auto history = sgd(R, theta, *make_optimizer("adam", 1e-2), rng, options);
//   net.set_parameters(theta);
//
// Speed: each call runs backprop in a BatchWorkspace (backprop/batch_workspace.hpp: the same
// numbers as efficient_backprop, in memory reused from step to step). Calls may come from
// several threads at once (ThreadedObjective): each takes a workspace of its own from a pool.
#include <cstddef>
#include <memory>
#include <vector>

#include "redes/linalg/matrix.hpp"
#include "redes/models/mlp.hpp"
#include "redes/optim/objective.hpp"
#include "redes/risk/cost.hpp"

namespace redes {

class MLPObjective : public Objective {
public:
    // net gives the architecture (widths, σ_ℓ); its parameters are replaced by θ in each call.
    MLPObjective(MLP net, Cost J, Matrix X, Matrix Y);

    std::size_t M() const override { return X_.cols(); }
    double risk(const Vector& theta, const std::vector<std::size_t>& batch) const override;
    Vector gradient(const Vector& theta, const std::vector<std::size_t>& batch) const override;
    // One forward pass serves both R̂_B and g.
    double risk_and_gradient(const Vector& theta, const std::vector<std::size_t>& batch,
                             Vector& g) const override;

    // The network with parameters θ.
    MLP net(const Vector& theta) const;
    const Cost& cost() const { return J_; }
    const Matrix& X() const { return X_; }
    const Matrix& Y() const { return Y_; }

private:
    struct Pool;  // the workspaces, each with a network to load θ into
    MLP net_;
    Cost J_;
    Matrix X_, Y_;
    std::shared_ptr<Pool> pool_;
};

}  // namespace redes
