#pragma once
// Chapter: what every chapter program shares. It parses the common options
// (--help, --seed, --out, --quick) and the chapter's own ones (Boost.Program_options),
// turns any error into one line on stderr and a non-zero exit, and saves figures into --out.
//
//   int main(int argc, char** argv) {
//       redes::app::Chapter ch("02", "law_of_large_numbers", "what it shows");
//       std::size_t M_max = 100000;
//       ch.options().add_options()("M-max", po::value(&M_max)->default_value(M_max), "...");
//       return ch.run(argc, argv, [&](redes::app::Context& ctx) { ... });
//   }
#include <boost/program_options.hpp>
#include <cstdint>
#include <functional>
#include <string>

#include "redes/plot/figure.hpp"
#include "redes/stats/rng.hpp"

namespace redes::app {

namespace po = boost::program_options;

// What a chapter's experiment receives from Chapter::run: --seed and its Rng, --out, --quick.
struct Context {
    std::uint64_t seed;
    std::string out;  // folder for plots (default "plots")
    bool quick;       // small sizes, for the test suite
    Rng rng;
    std::string number;  // "02"

    // A figure named "chNN_<what>".
    plot::Figure figure(const std::string& what, const std::string& title) const;
    // Saves the figure into --out and prints "  plot: <path>".
    void save(const plot::Figure& fig) const;
};

class Chapter {
public:
    Chapter(std::string number, std::string name, std::string summary);
    // The chapter's own options; add them before run().
    po::options_description& options() { return own_; }
    // Parses, checks the environment variable REDES_THREADS (gemm_threads()), then calls body.
    // Returns the process exit code: 0 on success, 1 on a library error, 2 on a bad command
    // line or a bad REDES_THREADS.
    int run(int argc, char** argv, const std::function<void(Context&)>& body);

private:
    std::string number_, name_, summary_;
    po::options_description own_{"chapter options"};
};

// A checked option value: throws ValueError "option --NAME: VALUE must be WHAT".
void require(bool ok, const std::string& option, const std::string& value, const std::string& what);

}  // namespace redes::app
