#pragma once
// sgd()'s progress display (internal to sgd.cpp): a line rewritten in place on a terminal, plain
// lines elsewhere (one per epoch when there are few, about 10 in all otherwise), or nothing.
#include <chrono>
#include <cstddef>
#include <iosfwd>
#include <string>

#include "redes/optim/sgd.hpp"

namespace redes {

class SGDProgress {
public:
    SGDProgress(const SGDOptions& o, std::size_t epochs, std::size_t steps);
    // After step k (live mode only, every steps/200 steps).
    void step(std::size_t epoch, std::size_t k, double batch_risk, double eta);
    // After an epoch: R̂, R̂_val (when val is not null), η.
    void epoch(std::size_t epoch, std::size_t k, double train, const double* val, double eta);
    // Ends a live line before an error message is printed by someone else.
    void abort();

private:
    enum class Mode { quiet, live, lines };
    std::string elapsed() const;
    std::ostream& os_;
    std::size_t epochs_, steps_;
    Mode mode_ = Mode::quiet;
    std::size_t every_ = 1, step_every_ = 1;
    std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
};

}  // namespace redes
