#pragma once
// The `train` command run in-process for tests: train_main with the arguments (split at
// blanks), its stdout and stderr captured.
#include <sstream>
#include <string>
#include <vector>

#include "redes/app/train_command.hpp"

namespace redes_test {

struct TrainRun {
    int code = -1;
    std::string out, err;
};

// The command line "train ARGS" as words (ARGS split at blanks), argv pointing into them.
struct TrainArgv {
    std::vector<std::string> words{"train"};
    std::vector<const char*> argv;
    explicit TrainArgv(const std::string& args) {
        std::istringstream in(args);
        for (std::string w; in >> w;) words.push_back(w);
        for (const auto& w : words) argv.push_back(w.c_str());
    }
    TrainArgv(const TrainArgv&) = delete;  // argv points into words
    TrainArgv& operator=(const TrainArgv&) = delete;
    int argc() const { return static_cast<int>(argv.size()); }
};

inline TrainRun run_train_command(const std::string& args) {
    const TrainArgv a(args);
    std::ostringstream out, err;
    TrainRun r;
    r.code = redes::app::train_main(a.argc(), a.argv.data(), out, err);
    r.out = out.str();
    r.err = err.str();
    return r;
}

}  // namespace redes_test
