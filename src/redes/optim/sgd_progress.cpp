#include "redes/optim/sgd_progress.hpp"

#include <unistd.h>

#include <algorithm>
#include <iostream>
#include <sstream>

#include "redes/text.hpp"

namespace redes {

namespace {

// Back to the start of the line and erase it (only ever written to a terminal).
constexpr const char* kClearLine = "\r\033[K";

bool is_terminal(const std::ostream* out) {
    if (out == nullptr || out == &std::cout) return ::isatty(STDOUT_FILENO) == 1;
    if (out == &std::cerr || out == &std::clog) return ::isatty(STDERR_FILENO) == 1;
    return false;
}

// R̂ and η with 4 significant digits, as `os.precision(4); os << x` prints them.
std::string short_num(double x) { return num(x, "%.4g"); }

}  // namespace

SGDProgress::SGDProgress(const SGDOptions& o, std::size_t epochs, std::size_t steps)
    : os_(o.out ? *o.out : std::cout), epochs_(epochs), steps_(steps) {
    if (o.progress == Progress::quiet) {
        mode_ = Mode::quiet;
    } else if (o.progress == Progress::automatic && is_terminal(o.out)) {
        mode_ = Mode::live;
    } else {
        mode_ = Mode::lines;
    }
    // Plain lines: every epoch when there are few, else about 10 lines in all.
    every_ = epochs <= 20 ? 1 : (epochs + 9) / 10;
    step_every_ = std::max<std::size_t>(1, steps / 200);
}

void SGDProgress::step(std::size_t epoch, std::size_t k, double batch_risk, double eta) {
    if (mode_ != Mode::live || (k + 1) % step_every_ != 0) return;
    os_ << kClearLine << "  epoch " << epoch << "/" << epochs_ << "  step " << k + 1 << "/"
        << steps_ << "  R̂_B " << short_num(batch_risk) << "  η " << short_num(eta) << "  "
        << elapsed() << std::flush;
}

void SGDProgress::epoch(std::size_t epoch, std::size_t k, double train, const double* val,
                        double eta) {
    if (mode_ == Mode::quiet) return;
    if (mode_ == Mode::lines && epoch % every_ != 0 && epoch != epochs_) return;
    std::ostringstream line;
    line << "  epoch " << epoch << "/" << epochs_ << "  step " << k << "/" << steps_ << "  R̂ "
         << short_num(train);
    if (val) line << "  R̂_val " << short_num(*val);
    line << "  η " << short_num(eta) << "  " << elapsed();
    if (mode_ == Mode::live)
        os_ << kClearLine << line.str() << (epoch == epochs_ ? "\n" : "") << std::flush;
    else os_ << line.str() << "\n";
}

void SGDProgress::abort() {
    if (mode_ == Mode::live) os_ << "\n" << std::flush;
}

// The wall time since training started, e.g. "12.35 s".
std::string SGDProgress::elapsed() const {
    return short_num(
               std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count()) +
           " s";
}

}  // namespace redes
