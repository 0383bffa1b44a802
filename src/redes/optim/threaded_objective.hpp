#pragma once
// ThreadedObjective: an Objective whose batch risk and gradient are computed by several threads
// (the notes: "procesamiento en paralelo ⇒ cada muestra va a un procesador").
// The batch B is cut into chunks B_1, B_2, … of at most C consecutive indices (C = chunk_size);
// each chunk's mean is computed by the wrapped objective, on one of T threads, and then
//   g = Σ_c (|B_c|/|B|) g_c,   R̂_B = Σ_c (|B_c|/|B|) R̂_{B_c}      (= (1/|B|) Σ_{m∈B} …)
// is added up in chunk order on the calling thread. The chunks and the order of that sum do not
// depend on T, so 1, 2 or 8 threads give the same bits; against one call on the whole batch
// they differ only by rounding (the sum is grouped differently).
// A batch of at most C samples is a single chunk, done on the calling thread: small batches
// leave the other processors idle ("si los batches son muy pequeños pueden quedar procesadores
// sin utilizar"). Threads are started for each call and joined before it returns; the wrapped
// objective's risk() and gradient() must be safe to call from several threads at once
// (LeastSquaresObjective is: it only reads its data; MLPObjective is: each call takes a workspace
// of its own from a pool).
#include <cstddef>
#include <vector>

#include "redes/linalg/vector.hpp"
#include "redes/optim/objective.hpp"

namespace redes {

class ThreadedObjective : public Objective {
public:
    // threads T ≥ 1, chunk_size C ≥ 1, else ValueError naming the value. Keeps a reference to
    // `inner`, which must outlive this object.
    ThreadedObjective(const Objective& inner, std::size_t threads, std::size_t chunk_size = 16);

    std::size_t M() const override { return inner_.M(); }
    double risk(const Vector& theta, const std::vector<std::size_t>& batch) const override;
    Vector gradient(const Vector& theta, const std::vector<std::size_t>& batch) const override;
    double risk_and_gradient(const Vector& theta, const std::vector<std::size_t>& batch,
                             Vector& g) const override;

    std::size_t threads() const { return threads_; }
    std::size_t chunk_size() const { return chunk_size_; }
    // How many threads a batch of this size keeps busy: min(T, ⌈|B|/C⌉).
    std::size_t threads_used(std::size_t batch_size) const;

private:
    // Runs every chunk (risk only, or risk and gradient) and returns the weighted sums.
    double run(const Vector& theta, const std::vector<std::size_t>& batch, Vector* g) const;
    const Objective& inner_;
    std::size_t threads_, chunk_size_;
};

}  // namespace redes
