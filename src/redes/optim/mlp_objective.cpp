#include "redes/optim/mlp_objective.hpp"

#include <cmath>
#include <mutex>
#include <string>
#include <utility>

#include "redes/backprop/batch_workspace.hpp"
#include "redes/error.hpp"

namespace redes {

// Workspaces not in use. A call takes one (or makes one) and gives it back when it returns, so
// a single-threaded training run allocates its matrices once. (net_ gives only the
// architecture: W_ℓ and b_ℓ are read from θ where they lie.)
struct MLPObjective::Pool {
    using Workspace = BatchWorkspace;
    std::mutex mutex;
    std::vector<std::unique_ptr<Workspace>> free;

    // One workspace taken from the pool for a call (RAII: given back by the destructor).
    class Lease {
    public:
        explicit Lease(Pool& pool) : pool_(pool) {
            {
                const std::lock_guard<std::mutex> lock(pool_.mutex);
                if (!pool_.free.empty()) {
                    w_ = std::move(pool_.free.back());
                    pool_.free.pop_back();
                }
            }
            if (!w_) w_ = std::make_unique<Workspace>();
        }
        ~Lease() {
            const std::lock_guard<std::mutex> lock(pool_.mutex);
            pool_.free.push_back(std::move(w_));
        }
        Lease(const Lease&) = delete;
        Lease& operator=(const Lease&) = delete;
        Workspace& operator*() { return *w_; }

    private:
        Pool& pool_;
        std::unique_ptr<Workspace> w_;
    };
};

MLPObjective::MLPObjective(MLP net, Cost J, Matrix X, Matrix Y)
    : net_(std::move(net)), J_(J), X_(std::move(X)), Y_(std::move(Y)) {
    if (X_.rows() != net_.input_size() || Y_.rows() != net_.output_size() || X_.cols() != Y_.cols())
        throw ShapeError("MLPObjective: inputs " + shape_str(X_.rows(), X_.cols()) +
                         " and targets " + shape_str(Y_.rows(), Y_.cols()) + " for a network " +
                         std::to_string(net_.input_size()) + " → " +
                         std::to_string(net_.output_size()));
    if (X_.cols() == 0) throw ShapeError("MLPObjective: no samples (M = 0)");
    // Checked once here: a bad value is refused when the objective is made, not at the first
    // step whose batch holds it, and the steps do not look again (DataCheck::done_by_caller).
    for (const Matrix* A : {&X_, &Y_})
        for (std::size_t i = 0; i < A->rows(); ++i)
            for (std::size_t m = 0; m < A->cols(); ++m)
                if (!std::isfinite((*A)(i, m)))
                    throw ValueError(std::string("MLPObjective: ") +
                                     (A == &X_ ? "input X(" : "target Y(") + std::to_string(i) +
                                     ", " + std::to_string(m) +
                                     ") = " + std::to_string((*A)(i, m)) + " is not finite");
    pool_ = std::make_shared<Pool>();
}

MLP MLPObjective::net(const Vector& theta) const {
    MLP n = net_;
    n.set_parameters(theta);
    return n;
}

// R̂_B(θ) = (1/|B|) Σ_{m∈B} J(f(x_m; θ); y_m)
double MLPObjective::risk(const Vector& theta, const std::vector<std::size_t>& batch) const {
    Pool::Lease w(*pool_);
    // W_ℓ, b_ℓ read from θ in place
    return risk_into(net_, theta, J_, X_, Y_, batch, *w, default_risk_chunk,
                     DataCheck::done_by_caller);
}

Vector MLPObjective::gradient(const Vector& theta, const std::vector<std::size_t>& batch) const {
    Vector g;
    risk_and_gradient(theta, batch, g);
    return g;
}

double MLPObjective::risk_and_gradient(const Vector& theta, const std::vector<std::size_t>& batch,
                                       Vector& g) const {
    // the same numbers as redes::risk_and_gradient(net(θ), J, X_B, Y_B), g flattened
    Pool::Lease w(*pool_);
    return risk_and_gradient_into(net_, theta, J_, X_, Y_, batch, *w, g, DataCheck::done_by_caller);
}

}  // namespace redes
