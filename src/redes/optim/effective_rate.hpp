#pragma once
// The per-coordinate learning rate an adaptive optimizer used in its last step: the factor
// that multiplied g_k (for Adam, ŝ) in coordinate i. Optimizer::effective_rate() is virtual;
// each adaptive optimizer computes its own (in effective_rate.cpp):
//   AdaGrad   η/(δ + √r_k)                 r only grows, so this never rises (the notes' warning)
//   RMSProp   η/√(δ + r_k)  (δ inside √)   r is a moving average: it can rise again
//             η/(δ + √r_k)  (δ outside √, PyTorch)
//   Adam      η/(δ + √r̂_k), r̂_k = r_k/(1 − ρ₂^k)   (δ outside √; inside: η/√(δ + r̂_k))
// Gradient descent's is η in every coordinate (it throws: it does not know D).
#include "redes/linalg/vector.hpp"
#include "redes/optim/adagrad.hpp"
#include "redes/optim/adam.hpp"
#include "redes/optim/optimizer.hpp"
#include "redes/optim/rmsprop.hpp"

namespace redes {

// opt.effective_rate(). Throws ValueError "effective_rate: <name> has taken no step yet" before
// the first step, and names gd and momentum, which have no per-coordinate rate.
Vector effective_rate(const Optimizer& opt);

}  // namespace redes
