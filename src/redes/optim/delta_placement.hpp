#pragma once
// Where the small constant δ of RMSProp and Adam goes; libraries differ:
//   inside_sqrt:   η / √(δ + r)    Goodfellow et al. Alg. 8.5 (RMSProp), tiny-dnn
//   outside_sqrt:  η / (δ + √r)    the notes' Adam and AdaGrad, PyTorch, Kingma & Ba, llm.c
// The two agree when r ≫ δ (resp. √r ≫ δ) and differ near r = 0: with g = 0 from the start,
// inside gives a finite rate η/√δ, outside η/δ, which is 1/√δ times larger.
#include <cmath>

namespace redes {

enum class DeltaPlacement { inside_sqrt, outside_sqrt };

// The denominator of the per-coordinate rate η/(…): √(δ + r) or δ + √r. The one place the two
// placements differ (RMSProp's and Adam's step, effective_rate).
inline double delta_denominator(double r, double delta, DeltaPlacement where) {
    return where == DeltaPlacement::inside_sqrt ? std::sqrt(delta + r) : delta + std::sqrt(r);
}

}  // namespace redes
