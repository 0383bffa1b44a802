#!/usr/bin/env python3
"""Reference trajectories for the optimizers of redes, computed by PyTorch (float64).

Writes optim_trajectories.txt beside this script: for each run, the 51 points
theta_0 ... theta_50 of torch.optim.<X> on a fixed 3-D quadratic or on a 2-D
Rosenbrock-like function. tests/optim_golden.hpp reads the file and
tests/optim_*_test.cpp drive redes' optimizers with the same settings.

The gradient is given to PyTorch by the same closed formula the C++ test uses
(not by autograd), so the optimizer's update is the only thing compared.

Only the forms PyTorch implements are written here: plain SGD, SGD with
momentum (PyTorch's form b <- mu b + g, theta <- theta - eta b), Adagrad (the
notes' form), RMSprop with eps outside the root, Adam (the notes' form). The
notes' momentum form and RMSProp with delta inside the root (Goodfellow et al.
Alg. 8.5) are checked in the C++ tests against a plain implementation instead.

Needs python3 with torch (Debian: python3-torch). Run from anywhere:
    python3 tests/golden/optim_reference.py
"""
import math
import os

import torch

STEPS = 50

# R(theta) = 1/2 (theta - c)^T A (theta - c), A symmetric positive definite
A = [[4.0, 1.0, 0.0],
     [1.0, 2.0, 0.5],
     [0.0, 0.5, 0.2]]
C = [1.0, -1.0, 2.0]
QUAD_THETA0 = [-2.0, 3.0, 1.0]

# R(x, y) = (1 - x)^2 + 10 (y - x^2)^2
ROSEN_THETA0 = [-1.2, 1.0]


def grad_quadratic(t):
    # g_i = sum_j A_ij (theta_j - c_j), summed in the order j = 0, 1, 2
    g = []
    for i in range(3):
        s = 0.0
        for j in range(3):
            s += A[i][j] * (t[j] - C[j])
        g.append(s)
    return g


def grad_rosenbrock(t):
    x, y = t
    return [-2.0 * (1.0 - x) - 40.0 * x * (y - x * x), 20.0 * (y - x * x)]


PROBLEMS = {
    "quadratic": (QUAD_THETA0, grad_quadratic),
    "rosenbrock": (ROSEN_THETA0, grad_rosenbrock),
}


def schedule_eta(spec, k):
    """eta_k for the schedules of src/redes/optim/schedule.hpp, same arithmetic."""
    parts = spec.split(":")
    if parts[0] == "inverse":  # eta0 / (1 + k/k0)
        eta0, k0 = float(parts[1]), float(parts[2])
        return eta0 / (1.0 + k / k0)
    if parts[0] == "linear":  # (1 - k/tau) eta0 + (k/tau) eta_tau, then eta_tau
        eta0, eta_tau, tau = float(parts[1]), float(parts[2]), int(parts[3])
        if k >= tau:
            return eta_tau
        a = k / tau
        return (1.0 - a) * eta0 + a * eta_tau
    raise ValueError(spec)


def make_torch(params, p):
    o = p["optimizer"]
    eta = float(p["eta"])
    if o == "gd":
        return torch.optim.SGD(params, lr=eta)
    if o == "momentum_pytorch":
        return torch.optim.SGD(params, lr=eta, momentum=float(p["alpha"]), dampening=0.0)
    if o == "adagrad":
        return torch.optim.Adagrad(params, lr=eta, lr_decay=0.0, initial_accumulator_value=0.0,
                                   eps=float(p["delta"]))
    if o == "rmsprop_pytorch":
        return torch.optim.RMSprop(params, lr=eta, alpha=float(p["rho"]), eps=float(p["delta"]),
                                   momentum=0.0, centered=False)
    if o == "adam":
        return torch.optim.Adam(params, lr=eta, betas=(float(p["rho1"]), float(p["rho2"])),
                                eps=float(p["delta"]), amsgrad=False)
    raise ValueError(o)


def run(p):
    theta0, grad = PROBLEMS[p["problem"]]
    theta = torch.tensor(theta0, dtype=torch.float64, requires_grad=True)
    opt = make_torch([theta], p)
    path = [list(theta0)]
    for k in range(STEPS):
        if p["schedule"] != "none":
            for group in opt.param_groups:
                group["lr"] = schedule_eta(p["schedule"], k)
        g = grad(theta.detach().tolist())
        theta.grad = torch.tensor(g, dtype=torch.float64)
        opt.step()
        path.append(theta.detach().tolist())
    return path


RUNS = [
    # name, settings
    ("gd_quadratic", dict(problem="quadratic", optimizer="gd", eta="0.05", schedule="none")),
    ("gd_rosenbrock", dict(problem="rosenbrock", optimizer="gd", eta="0.01", schedule="none")),
    ("momentum_pytorch_quadratic", dict(problem="quadratic", optimizer="momentum_pytorch",
                                        eta="0.02", alpha="0.9", schedule="none")),
    ("momentum_pytorch_rosenbrock", dict(problem="rosenbrock", optimizer="momentum_pytorch",
                                         eta="0.002", alpha="0.9", schedule="none")),
    ("momentum_pytorch_quadratic_inverse", dict(problem="quadratic", optimizer="momentum_pytorch",
                                                eta="0.05", alpha="0.9",
                                                schedule="inverse:0.05:5")),
    ("adagrad_quadratic", dict(problem="quadratic", optimizer="adagrad", eta="0.5",
                               delta="1e-07", schedule="none")),
    ("adagrad_rosenbrock", dict(problem="rosenbrock", optimizer="adagrad", eta="0.1",
                                delta="1e-07", schedule="none")),
    ("rmsprop_pytorch_quadratic", dict(problem="quadratic", optimizer="rmsprop_pytorch",
                                       eta="0.05", rho="0.9", delta="1e-06", schedule="none")),
    ("rmsprop_pytorch_rosenbrock", dict(problem="rosenbrock", optimizer="rmsprop_pytorch",
                                        eta="0.01", rho="0.9", delta="1e-06", schedule="none")),
    ("adam_quadratic", dict(problem="quadratic", optimizer="adam", eta="0.1", rho1="0.9",
                            rho2="0.999", delta="1e-08", schedule="none")),
    ("adam_rosenbrock", dict(problem="rosenbrock", optimizer="adam", eta="0.05", rho1="0.9",
                             rho2="0.999", delta="1e-08", schedule="none")),
    ("adam_rosenbrock_linear", dict(problem="rosenbrock", optimizer="adam", eta="0.1",
                                    rho1="0.9", rho2="0.999", delta="1e-08",
                                    schedule="linear:0.1:0.01:30")),
]


def main():
    torch.set_default_dtype(torch.float64)
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "optim_trajectories.txt")
    lines = [
        "# Reference optimizer trajectories theta_0 ... theta_%d from PyTorch %s (float64)." % (
            STEPS, torch.__version__),
        "# Written by tests/golden/optim_reference.py; read by tests/optim_golden.hpp.",
        "# Each run: 'run NAME key=value ...', one line per theta_k (k = 0 ... %d), 'end'." % STEPS,
    ]
    for name, p in RUNS:
        path = run(p)
        settings = " ".join("%s=%s" % (k, v) for k, v in p.items())
        lines.append("run %s steps=%d %s" % (name, STEPS, settings))
        for t in path:
            if not all(math.isfinite(v) for v in t):
                raise SystemExit("run %s diverged" % name)
            lines.append(" ".join(repr(v) for v in t))
        lines.append("end")
    with open(out, "w") as f:
        f.write("\n".join(lines) + "\n")
    print("wrote %d runs to %s" % (len(RUNS), out))


if __name__ == "__main__":
    main()
