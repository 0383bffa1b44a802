#pragma once
// The pieces `train` builds from its options (src/redes/app/train_command.hpp):
//   configured_optimizer   the optimizer with the notes' constants (η, α, ρ, ρ₁, ρ₂, δ): the
//                          shared OptimizerSpec → make_optimizer, described by describe()
//   configured_schedule    η_k: constant, linear (η → η_τ at τ), inverse (η/(1 + k/k₀)^p)
//   save/restore_optimizer_state   v, r, s, k in the model file, so that training continues
//                          exactly where it stopped (state lines of src/redes/models/model_io.hpp)
//   check_memory_budget    the memory a run needs, refused before anything is allocated
#include <cstddef>
#include <memory>
#include <string>
#include <vector>

#include "redes/app/train_options.hpp"
#include "redes/models/model_io.hpp"
#include "redes/optim/make_optimizer.hpp"
#include "redes/optim/optimizer.hpp"
#include "redes/optim/schedule.hpp"

namespace redes::app {

// The options' optimizer and constants as a spec (δ unset when --delta was not given).
OptimizerSpec optimizer_spec(const TrainOptions& o);
// make_optimizer(optimizer_spec(o)); about = describe(spec) ("adam η = 0.001, …").
std::unique_ptr<Optimizer> configured_optimizer(const TrainOptions& o, std::string& about);

// η_k for step k; nullptr for a constant η (the optimizer's own). total_steps: the steps of the
// whole run (the default τ of the linear decay), steps_per_epoch: the default k₀ of 1/k.
std::unique_ptr<Schedule> configured_schedule(const TrainOptions& o, std::size_t steps_per_epoch,
                                              std::size_t total_steps, std::string& about);

// A schedule continued after k0 steps: η'_k = η_{k0 + k} (an epoch that is not the first).
class ShiftedSchedule : public Schedule {
public:
    ShiftedSchedule(const Schedule& base, std::size_t k0) : base_(base), k0_(k0) {}
    double eta(std::size_t k) const override { return base_.eta(k0_ + k); }
    std::string name() const override { return base_.name(); }

private:
    const Schedule& base_;
    std::size_t k0_;
};

// The optimizer's state (Momentum v; AdaGrad, RMSProp r; Adam s, r and k) into meta.state.
void save_optimizer_state(const Optimizer& optimizer, ModelMetadata& meta);
// Puts a saved state back; D = the number of parameters. Throws IoError naming the file when
// the state does not fit (a size other than D). Returns false when the file holds no state
// for this optimizer (it then starts from 0).
bool restore_optimizer_state(Optimizer& optimizer, const ModelMetadata& meta, std::size_t D,
                             const std::string& path);

// Bytes a run needs, estimated from above: 8 bytes per number, for θ, g, the best θ, two
// optimizer vectors and the backprop workspace (8·D numbers), plus z and a of every layer for the
// largest set evaluated at once (2·M·Σ N_ℓ numbers) and for a batch (4·M′·Σ N_ℓ).
double memory_needed(const std::vector<std::size_t>& N, std::size_t M, std::size_t batch_size);
// ValueError "option --memory-budget: …" when memory_needed exceeds o.memory_budget GiB.
void check_memory_budget(const TrainOptions& o, const std::vector<std::size_t>& N, std::size_t M);

}  // namespace redes::app
