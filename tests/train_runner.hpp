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

inline TrainRun run_train_command(const std::string& args) {
    std::vector<std::string> words{"train"};
    std::istringstream in(args);
    for (std::string w; in >> w;) words.push_back(w);
    std::vector<const char*> argv;
    for (const auto& w : words) argv.push_back(w.c_str());
    std::ostringstream out, err;
    TrainRun r;
    r.code = redes::app::train_main(static_cast<int>(argv.size()), argv.data(), out, err);
    r.out = out.str();
    r.err = err.str();
    return r;
}

}  // namespace redes_test
