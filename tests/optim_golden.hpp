#pragma once
// Reference trajectories from PyTorch (tests/golden/optim_trajectories.txt, written by
// tests/golden/optim_reference.py) and the two fixed problems they were computed on.
// The tests run from the repository root (as `make test` does).
#include <algorithm>
#include <cmath>
#include <fstream>
#include <functional>
#include <map>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "redes/error.hpp"
#include "redes/linalg/vector.hpp"
#include "redes/optim/adagrad.hpp"
#include "redes/optim/adam.hpp"
#include "redes/optim/momentum.hpp"
#include "redes/optim/optimizer.hpp"
#include "redes/optim/optimizer_path.hpp"
#include "redes/optim/rmsprop.hpp"
#include "redes/optim/schedule.hpp"

namespace optim_golden {

using redes::Vector;

// R(θ) = ½ (θ − c)ᵀ A (θ − c); ∇R = A (θ − c), summed in the order j = 0, 1, 2 as the script.
inline Vector grad_quadratic(const Vector& t) {
    static const double A[3][3] = {{4.0, 1.0, 0.0}, {1.0, 2.0, 0.5}, {0.0, 0.5, 0.2}};
    static const double c[3] = {1.0, -1.0, 2.0};
    Vector g(3);
    for (std::size_t i = 0; i < 3; ++i) {
        double s = 0.0;
        for (std::size_t j = 0; j < 3; ++j) s += A[i][j] * (t[j] - c[j]);
        g[i] = s;
    }
    return g;
}
// The minimiser of the quadratic: θ* = c.
inline Vector quadratic_minimum() { return Vector{1.0, -1.0, 2.0}; }

// R(x, y) = (1 − x)² + 10 (y − x²)²
inline Vector grad_rosenbrock(const Vector& t) {
    const double x = t[0], y = t[1];
    return Vector{-2.0 * (1.0 - x) - 40.0 * x * (y - x * x), 20.0 * (y - x * x)};
}

inline std::function<Vector(const Vector&)> gradient_of(const std::string& problem) {
    if (problem == "quadratic") return grad_quadratic;
    if (problem == "rosenbrock") return grad_rosenbrock;
    throw redes::ValueError("golden: unknown problem " + problem);
}

struct Run {
    std::string name;
    std::map<std::string, std::string> settings;
    std::vector<Vector> path;  // θ_0 … θ_K from PyTorch
    double get(const std::string& key) const { return std::stod(settings.at(key)); }
};

inline std::map<std::string, Run> load(
    const std::string& file = "tests/golden/optim_trajectories.txt") {
    std::ifstream in(file);
    if (!in)
        throw redes::IoError("golden: cannot open " + file +
                             " (run the tests from the repository root)");
    std::map<std::string, Run> runs;
    std::string line;
    Run* cur = nullptr;
    while (std::getline(in, line)) {
        if (line.empty() || line[0] == '#') continue;
        std::istringstream s(line);
        std::string word;
        s >> word;
        if (word == "run") {
            Run r;
            s >> r.name;
            while (s >> word) {
                const auto eq = word.find('=');
                r.settings[word.substr(0, eq)] = word.substr(eq + 1);
            }
            cur = &(runs[r.name] = r);
        } else if (word == "end") {
            cur = nullptr;
        } else if (cur) {
            std::vector<double> v{std::stod(word)};
            double x;
            while (s >> x) v.push_back(x);
            cur->path.emplace_back(v);
        }
    }
    return runs;
}

inline const Run& get(const std::string& name) {
    static const std::map<std::string, Run> runs = load();
    const auto it = runs.find(name);
    if (it == runs.end()) throw redes::IoError("golden: no run named " + name);
    return it->second;
}

// The schedule of a run: "none", "inverse:η₀:k₀", "linear:η₀:η_τ:τ".
inline std::unique_ptr<redes::Schedule> schedule_of(const Run& r) {
    const std::string spec = r.settings.at("schedule");
    if (spec == "none") return nullptr;
    std::vector<std::string> p;
    std::istringstream s(spec);
    for (std::string part; std::getline(s, part, ':');) p.push_back(part);
    if (p[0] == "inverse")
        return std::make_unique<redes::InverseDecay>(std::stod(p[1]), std::stod(p[2]));
    if (p[0] == "linear")
        return std::make_unique<redes::LinearDecay>(std::stod(p[1]), std::stod(p[2]),
                                                    std::stoul(p[3]));
    throw redes::ValueError("golden: unknown schedule " + spec);
}

// redes' optimizer with the run's settings.
inline std::unique_ptr<redes::Optimizer> optimizer_of(const Run& r) {
    const std::string o = r.settings.at("optimizer");
    const double eta = r.get("eta");
    if (o == "gd") return std::make_unique<redes::GradientDescent>(eta);
    if (o == "momentum_pytorch")
        return std::make_unique<redes::Momentum>(eta, r.get("alpha"), redes::MomentumForm::pytorch);
    if (o == "adagrad") return std::make_unique<redes::AdaGrad>(eta, r.get("delta"));
    if (o == "rmsprop_pytorch")
        return std::make_unique<redes::RMSProp>(eta, r.get("rho"), r.get("delta"),
                                                redes::DeltaPlacement::outside_sqrt);
    if (o == "adam")
        return std::make_unique<redes::Adam>(eta, r.get("rho1"), r.get("rho2"), r.get("delta"));
    throw redes::ValueError("golden: unknown optimizer " + o);
}

// max over k of ‖a_k − b_k‖∞ / ‖b_k‖∞: the relative distance of two paths.
inline double path_relative_error(const std::vector<Vector>& a, const std::vector<Vector>& b) {
    if (a.size() != b.size()) return INFINITY;
    double worst = 0.0;
    for (std::size_t k = 0; k < a.size(); ++k) {
        if (a[k].size() != b[k].size()) return INFINITY;
        worst =
            std::max(worst, redes::norm_inf(a[k] - b[k]) / std::max(redes::norm_inf(b[k]), 1e-300));
    }
    return worst;
}

// redes' path for a run: the same optimizer, problem, θ_0, schedule and number of steps.
inline std::vector<Vector> redes_path(const Run& r) {
    auto opt = optimizer_of(r);
    auto sched = schedule_of(r);
    return redes::optimizer_path(*opt, gradient_of(r.settings.at("problem")), r.path.front(),
                                 r.path.size() - 1, sched.get());
}

}  // namespace optim_golden
