#!/usr/bin/python3
"""Reference values from PyTorch for the MLP gradient tests (tests/mlp_golden_test.cpp).

Writes tests/golden/mlp_gradients.txt: a fixed 3-layer MLP (widths N = 4, 5, 3, 2), a fixed
batch of M = 6 samples, and for every activation (relu, leaky_relu with alpha = 0.1, abs,
sigmoid, tanh, identity; the same sigma in all three layers, plus one mixed case) and both
costs the empirical risk and its gradient computed by torch.autograd in float64:

  R_hat = (1/M) sum_m J(x_Lm; y_m)
  quadratic:      J = ||y - x_L||^2                        (sum of squares per sample)
  cross_entropy:  J = -sum_i y_i log softmax(x_L)_i        (y one-hot)

Regenerate (Debian's python3-torch; the tests never run Python):
  python3 tests/golden/make_mlp_golden.py          (from the repository root)
The C++ tests compare their R_hat, dR/dW_l and dR/db_l against these numbers (1e-10 relative).
Every value is written with repr(), the shortest decimal that reads back as the same double.
No pre-activation of a relu/leaky_relu/abs case lies within KINK_MARGIN of 0 (checked below),
so the derivative is defined at every point and finite differences can check it too.
"""
import os
import torch

torch.set_default_dtype(torch.float64)
SEED = 48  # of seeds 0…59, the one whose smallest |z| at a kink is largest (0.086); no dead ReLU unit
N = [4, 5, 3, 2]
M = 6
ALPHA = 0.1
KINK_MARGIN = 0.05
ACTIVATIONS = ["relu", "leaky_relu:0.1", "abs", "sigmoid", "tanh", "identity"]
MIXED = ["tanh", "relu", "identity"]
COSTS = ["quadratic", "cross_entropy"]
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "mlp_gradients.txt")


def sigma(name, z):
    if name == "relu":
        return torch.relu(z)
    if name == "leaky_relu:0.1":
        return torch.nn.functional.leaky_relu(z, negative_slope=ALPHA)
    if name == "abs":
        return torch.abs(z)
    if name == "sigmoid":
        return torch.sigmoid(z)
    if name == "tanh":
        return torch.tanh(z)
    if name == "identity":
        return z
    raise ValueError(name)


def forward(W, b, sigmas, X):
    """x_l = sigma_l(W_l x_{l-1} + b_l), samples as columns; returns X_L and every Z_l."""
    A, Zs = X, []
    for Wl, bl, s in zip(W, b, sigmas):
        Z = Wl @ A + bl[:, None]
        Zs.append(Z)
        A = sigma(s, Z)
    return A, Zs


def risk(cost, XL, Y):
    if cost == "quadratic":
        J = ((Y - XL) ** 2).sum(dim=0)
    else:
        J = -(Y * torch.log_softmax(XL, dim=0)).sum(dim=0)
    return J.mean()


def fmt(t):
    return " ".join(repr(float(v)) for v in t.flatten().tolist())


def main():
    torch.manual_seed(SEED)
    W = [torch.randn(N[l], N[l - 1]) * 0.9 for l in range(1, len(N))]
    b = [torch.randn(N[l]) * 0.4 for l in range(1, len(N))]
    X = torch.randn(N[0], M)
    Y = {"quadratic": torch.randn(N[-1], M),
         "cross_entropy": torch.nn.functional.one_hot(torch.arange(M) % N[-1], N[-1]).T.double()}

    cases = [([a] * 3, c) for a in ACTIVATIONS for c in COSTS] + [(MIXED, c) for c in COSTS]
    lines = [
        "# MLP gradients from PyTorch " + torch.__version__ + " (float64, torch.autograd).",
        "# Written by tests/golden/make_mlp_golden.py; regenerate with",
        "#   python3 tests/golden/make_mlp_golden.py",
        "# Matrices row-major after their shape; X holds the samples as columns (N_0 x M).",
        "# R_hat = (1/M) sum_m J(x_Lm; y_m); quadratic J = ||y - x_L||^2,",
        "# cross_entropy J = -sum_i y_i log softmax(x_L)_i with one-hot y.",
        "N " + " ".join(map(str, N)),
        "M %d" % M,
    ]
    for l in range(len(W)):
        lines.append("W %d %d %d %s" % (l + 1, W[l].shape[0], W[l].shape[1], fmt(W[l])))
        lines.append("b %d %d %s" % (l + 1, b[l].shape[0], fmt(b[l])))
    lines.append("X %d %d %s" % (N[0], M, fmt(X)))
    for c in COSTS:
        lines.append("Y %s %d %d %s" % (c, N[-1], M, fmt(Y[c])))

    for sigmas, cost in cases:
        Wg = [w.clone().requires_grad_(True) for w in W]
        bg = [v.clone().requires_grad_(True) for v in b]
        XL, Zs = forward(Wg, bg, sigmas, X)
        for s, Z in zip(sigmas, Zs):
            if s in ("relu", "leaky_relu:0.1", "abs"):
                margin = Z.abs().min().item()
                assert margin > KINK_MARGIN, "pre-activation %g too close to a kink" % margin
        R = risk(cost, XL, Y[cost])
        R.backward()
        lines.append("case %s %s" % (cost, " ".join(sigmas)))
        lines.append("R_hat %s" % repr(R.item()))
        for l in range(len(W)):
            lines.append("dW %d %d %d %s" % (l + 1, W[l].shape[0], W[l].shape[1], fmt(Wg[l].grad)))
            lines.append("db %d %d %s" % (l + 1, b[l].shape[0], fmt(bg[l].grad)))
        lines.append("end")

    with open(OUT, "w") as f:
        f.write("\n".join(lines) + "\n")
    print("wrote %s: %d cases" % (os.path.relpath(OUT), len(cases)))


if __name__ == "__main__":
    main()
