#include "redes/backprop/batch_workspace.hpp"

#include <algorithm>
#include <string>

#include "redes/backprop/checks.hpp"
#include "redes/backprop/efficient.hpp"
#include "redes/error.hpp"

namespace redes {

namespace {

// A rows×cols matrix in place, reallocated only when the shape changes.
void reshape(Matrix& A, std::size_t rows, std::size_t cols) {
    if (A.rows() != rows || A.cols() != cols) A = Matrix(rows, cols);
}

// Where W_ℓ and b_ℓ are read from (index ℓ = 1…L): the network's own matrices, or the slices
// of a flat θ in the order of MLP::parameters() (no copy into a network).
struct Layers {
    std::vector<MatrixView> W;
    std::vector<const double*> b;
};

Layers layers_of(const MLP& net) {
    Layers p;
    p.W.resize(net.L() + 1);
    p.b.resize(net.L() + 1);
    for (std::size_t ell = 1; ell <= net.L(); ++ell) {
        p.W[ell] = view(net.W(ell));
        p.b[ell] = net.b(ell).data();
    }
    return p;
}

Layers layers_of(const char* op, const MLP& net, const Vector& theta) {
    if (theta.size() != net.num_parameters())
        throw ShapeError(std::string(op) + ": θ of size " + std::to_string(theta.size()) +
                         ", the network has D = " + std::to_string(net.num_parameters()));
    Layers p;
    p.W.resize(net.L() + 1);
    p.b.resize(net.L() + 1);
    const double* at = theta.data();
    for (std::size_t ell = 1; ell <= net.L(); ++ell) {
        const std::size_t rows = net.N()[ell], cols = net.N()[ell - 1];
        p.W[ell] = MatrixView{at, rows, cols, cols, 1};
        at += rows * cols;
        p.b[ell] = at;
        at += rows;
    }
    return p;
}

// The shapes and indices of a batch of columns of X_all, Y_all (before gathering it).
void require_data(const char* op, const MLP& net, const Matrix& X_all, const Matrix& Y_all,
                  const std::vector<std::size_t>& batch) {
    if (batch.empty()) throw ValueError(std::string(op) + ": M = 0 samples");
    backprop_check::batch_shape(op, net, X_all, Y_all);  // the data set's X and Y
    for (std::size_t m : batch)
        if (m >= X_all.cols())
            throw IndexError(std::string(op) + ": sample " + std::to_string(m) + " outside " +
                             std::to_string(X_all.cols()) + " samples");
}

// Columns batch[first … first+M) of A into S (rows(A)×M), as select_columns does.
void gather(const Matrix& A, const std::vector<std::size_t>& batch, std::size_t first,
            std::size_t M, Matrix& S) {
    reshape(S, A.rows(), M);
    const std::size_t* idx = batch.data() + first;
    for (std::size_t i = 0; i < A.rows(); ++i) {
        const double* a = A.row_ptr(i);
        double* s = S.row_ptr(i);
        for (std::size_t c = 0; c < M; ++c) s[c] = a[idx[c]];
    }
}

// X_0 and Y from the batch's columns, checked finite (backprop/checks.hpp) unless the caller
// has checked the whole data set.
void load_batch(const char* op, const Matrix& X_all, const Matrix& Y_all,
                const std::vector<std::size_t>& batch, std::size_t first, std::size_t M,
                BatchWorkspace& ws, DataCheck check) {
    gather(X_all, batch, first, M, ws.X[0]);
    gather(Y_all, batch, first, M, ws.Y);
    if (check == DataCheck::done_by_caller) return;
    backprop_check::finite(op, "input X", ws.X[0]);
    backprop_check::finite(op, "target Y", ws.Y);
}

void size_workspace(const MLP& net, BatchWorkspace& ws) {
    const std::size_t L = net.L();
    ws.Z.resize(L + 1);
    ws.X.resize(L + 1);
    ws.S.resize(L + 1);
    ws.delta.resize(L + 1);
}

// forward: Z_ℓ = W_ℓ X_{ℓ−1} + b_ℓ 1ᵀ and X_ℓ = σ_ℓ(Z_ℓ) for ℓ = 1…L, from ws.X[0]; with
// derivatives, also S_ℓ = σ′_ℓ(Z_ℓ) for the backward pass.
void forward(const MLP& net, const Layers& p, BatchWorkspace& ws, bool derivatives) {
    for (std::size_t ell = 1; ell <= net.L(); ++ell) {
        affine_into(p.W[ell], p.b[ell], ws.X[ell - 1], ws.Z[ell]);
        activate_into(net.sigma(ell), ws.Z[ell], ws.X[ell], derivatives ? &ws.S[ell] : nullptr);
    }
}

double step(const char* op, const MLP& net, const Layers& p, const Cost& cost, const Matrix& X_all,
            const Matrix& Y_all, const std::vector<std::size_t>& batch, BatchWorkspace& ws,
            Vector& g, DataCheck check) {
    require_data(op, net, X_all, Y_all, batch);
    const std::size_t L = net.L(), M = batch.size();
    size_workspace(net, ws);
    load_batch(op, X_all, Y_all, batch, 0, M, ws, check);
    forward(net, p, ws, true);

    // output: δ_L = g_J′(X_L) ⊙ σ′(Z_L), with Σ_m J(x_Lm; y_m) from the same pass over X_L
    reshape(ws.delta[L], net.output_size(), M);
    const double J_sum = cost.J_columns(ws.X[L], ws.Y, &ws.delta[L]);
    output_delta_in_place(ws.delta[L], ws.S[L]);
    // hidden: δ_{ℓ−1} = (W_ℓᵀ δ_ℓ) ⊙ σ′(Z_{ℓ−1})
    for (std::size_t ell = L; ell >= 2; --ell) {
        input_gradient_into(p.W[ell], ws.delta[ell], ws.delta[ell - 1]);
        hidden_delta_in_place(ws.delta[ell - 1], ws.S[ell - 1]);
    }

    // parameters: g = (∂R̂/∂W_1, ∂R̂/∂b_1, …) in the order of MLP::parameters(), in place
    if (g.size() != net.num_parameters()) g = Vector(net.num_parameters());
    double* out = g.data();
    for (std::size_t ell = 1; ell <= L; ++ell) {
        // ∂R̂/∂W_ℓ = (1/M) δ_ℓ X_{ℓ−1}ᵀ
        weight_gradient_into(ws.delta[ell], ws.X[ell - 1], out);
        out += p.W[ell].rows * p.W[ell].cols;
        // ∂R̂/∂b_ℓ = (1/M) δ_ℓ 1
        bias_gradient_into(ws.delta[ell], out);
        out += p.W[ell].rows;
    }
    return J_sum / static_cast<double>(M);
}

double forward_risk(const char* op, const MLP& net, const Layers& p, const Cost& cost,
                    const Matrix& X_all, const Matrix& Y_all, const std::vector<std::size_t>& batch,
                    BatchWorkspace& ws, std::size_t chunk, DataCheck check) {
    require_data(op, net, X_all, Y_all, batch);
    if (chunk == 0) throw ValueError(std::string(op) + ": chunk = 0 columns; at least 1");
    size_workspace(net, ws);
    double s = 0.0;  // Σ_m J(x_Lm; y_m), m in order across the chunks
    for (std::size_t first = 0; first < batch.size(); first += chunk) {
        const std::size_t M = std::min(chunk, batch.size() - first);
        load_batch(op, X_all, Y_all, batch, first, M, ws, check);
        forward(net, p, ws, false);
        s = cost.J_columns(ws.X[net.L()], ws.Y, nullptr, s);
    }
    return s / static_cast<double>(batch.size());
}

}  // namespace

double risk_and_gradient_into(const MLP& net, const Cost& cost, const Matrix& X_all,
                              const Matrix& Y_all, const std::vector<std::size_t>& batch,
                              BatchWorkspace& ws, Vector& g) {
    return step("risk_and_gradient_into", net, layers_of(net), cost, X_all, Y_all, batch, ws, g,
                DataCheck::each_batch);
}

double risk_and_gradient_into(const MLP& architecture, const Vector& theta, const Cost& cost,
                              const Matrix& X_all, const Matrix& Y_all,
                              const std::vector<std::size_t>& batch, BatchWorkspace& ws, Vector& g,
                              DataCheck check) {
    const char* op = "risk_and_gradient_into";
    return step(op, architecture, layers_of(op, architecture, theta), cost, X_all, Y_all, batch, ws,
                g, check);
}

double risk_into(const MLP& net, const Cost& cost, const Matrix& X_all, const Matrix& Y_all,
                 const std::vector<std::size_t>& batch, BatchWorkspace& ws, std::size_t chunk) {
    return forward_risk("risk_into", net, layers_of(net), cost, X_all, Y_all, batch, ws, chunk,
                        DataCheck::each_batch);
}

double risk_into(const MLP& architecture, const Vector& theta, const Cost& cost,
                 const Matrix& X_all, const Matrix& Y_all, const std::vector<std::size_t>& batch,
                 BatchWorkspace& ws, std::size_t chunk, DataCheck check) {
    return forward_risk("risk_into", architecture, layers_of("risk_into", architecture, theta),
                        cost, X_all, Y_all, batch, ws, chunk, check);
}

}  // namespace redes
