#include "redes/app/chapter.hpp"

#include <exception>
#include <iostream>

#include "redes/app/output_checks.hpp"
#include "redes/error.hpp"
#include "redes/linalg/gemm.hpp"

namespace redes::app {

plot::Figure Context::figure(const std::string& what, const std::string& title) const {
    return plot::Figure("ch" + number + "_" + what, title);
}

void Context::save(const plot::Figure& fig) const {
    std::cout << "  plot: " << fig.save(out) << "\n";
}

Chapter::Chapter(std::string number, std::string name, std::string summary)
    : number_(std::move(number)), name_(std::move(name)), summary_(std::move(summary)) {}

void require(bool ok, const std::string& option, const std::string& value,
             const std::string& what) {
    if (!ok) throw ValueError("option --" + option + ": " + value + " must be " + what);
}

int Chapter::run(int argc, char** argv, const std::function<void(Context&)>& body) {
    const std::string prog = "ch" + number_ + "_" + name_;
    std::string seed_text = "1";  // read as text so that -1 is refused, not wrapped around
    std::string out = "plots";
    po::options_description common("common options");
    common.add_options()("help,h", "print this help and exit")(
        "seed", po::value(&seed_text)->default_value(seed_text),
        "seed of every random number")("out", po::value(&out)->default_value(out),
                                       "folder for the figures (PNG, CSV, gnuplot script)")(
        "quick", "small sizes (what the test suite runs)");
    po::options_description all;
    all.add(common).add(own_);
    po::variables_map vm;
    try {
        po::store(po::parse_command_line(argc, argv, all), vm);
        po::notify(vm);
    } catch (const po::error& e) {
        std::cerr << prog << ": bad command line: " << e.what() << " (see --help)\n";
        return 2;
    }
    if (vm.count("help")) {
        std::cout << prog << " — " << summary_ << "\n\nusage: " << prog << " [options]\n\n"
                  << all << "\n";
        return 0;
    }
    try {
        // REDES_THREADS is read at the first matrix product, maybe minutes in: a bad value must
        // stop the program here, before it prints or computes anything.
        gemm_threads();
        const std::uint64_t seed = parse_seed("seed", seed_text);
        require_output_folder("out", out);
        Context ctx{seed, out, vm.count("quick") > 0, Rng(seed), number_};
        std::cout << prog << " (seed " << seed << (ctx.quick ? ", quick" : "") << ")\n";
        body(ctx);
        return 0;
    } catch (const ValueError& e) {
        std::cerr << prog << ": " << e.what() << "\n";
        return 2;
    } catch (const std::exception& e) {
        std::cerr << prog << ": error: " << e.what() << "\n";
        return 1;
    }
}

}  // namespace redes::app
