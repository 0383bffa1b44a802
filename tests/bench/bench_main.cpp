// `make bench`: the machine, then rounds of the C++ and Python benchmarks side by side, then
// docs/performance.md and plots/bench_*.png. See bench.hpp for the plan and how to add one.
#include <boost/program_options.hpp>
#include <iostream>

#include "redes/error.hpp"

#include "bench.hpp"

namespace po = boost::program_options;
using namespace redes_bench;

namespace {

void print_round(const Results& r, int round, const Options& opt) {
    const double x = opt.quick ? 256 : 512;
    auto at = [&](const std::string& s) {
        return r.rounds_of("square", s, x) ? r.median("square", s, x) : -1.0;
    };
    std::cout << "bench: round " << round << "/" << opt.rounds << ": n = " << x
              << ": ours " << at(series::ours_2) << " GFLOP/s";
    if (at(series::numpy) > 0) std::cout << ", numpy " << at(series::numpy) << " GFLOP/s (medians so far)";
    std::cout << std::endl;
}

}  // namespace

int main(int argc, char** argv) {
    Options opt;
    po::options_description desc("bench options");
    desc.add_options()("help", "this help")
        ("rounds", po::value(&opt.rounds)->default_value(opt.rounds), "rounds of every benchmark (medians over them)")
        ("min-time", po::value(&opt.min_time)->default_value(opt.min_time), "seconds a timed batch lasts at least")
        ("batches", po::value(&opt.batches)->default_value(opt.batches), "timed batches per case and round")
        ("python", po::value(&opt.python), "interpreter with numpy and torch (default: /usr/bin/python3, then python3; 'none' skips)")
        ("doc", po::value(&opt.doc)->default_value(opt.doc), "the report to write")
        ("plots", po::value(&opt.plots)->default_value(opt.plots), "folder for bench_*.png/.csv/.gp")
        ("quick", po::bool_switch(&opt.quick), "a few small sizes, one round: checks the harness");
    try {
        po::variables_map vm;
        po::store(po::parse_command_line(argc, argv, desc), vm);
        po::notify(vm);
        if (vm.count("help")) {
            std::cout << "make bench ARGS=\"...\": the matrix-product benchmarks\n" << desc;
            return 0;
        }
        if (opt.rounds < 1) throw redes::ValueError("option --rounds: " + std::to_string(opt.rounds) + " must be ≥ 1");
        if (opt.batches < 1) throw redes::ValueError("option --batches: " + std::to_string(opt.batches) + " must be ≥ 1");
        if (!(opt.min_time > 0)) throw redes::ValueError("option --min-time: must be > 0");
        if (opt.quick) {
            opt.square_n = {64, 128, 256};
            opt.skinny_h = {16, 64, 256};
            if (vm["rounds"].defaulted()) opt.rounds = 1;
        } else {
            opt.square_n = {64, 96, 128, 192, 256, 384, 512, 768, 1024};
            opt.skinny_h = {16, 32, 64, 128, 256, 512, 1024, 2048};
        }

        std::cout << "bench: measuring the machine's clock and FMA peak ..." << std::endl;
        Machine m = describe_machine(3);
        std::cout << "bench: " << m.model << " (" << m.microarchitecture << "), " << m.simd << ", clock "
                  << m.clock_ghz << " GHz: physical limit " << m.limit_gflops() << " GFLOP/s; FMA loop "
                  << m.peak_all_gflops << " GFLOP/s" << std::endl;

        Reference ref = find_reference(opt);
        if (!ref.python.empty()) {
            std::cout << "bench: numpy and PyTorch through " << ref.python << "; probing OPENBLAS_CORETYPE ..." << std::endl;
            probe_coretypes(ref, opt);
            for (const auto& [name, result] : ref.coretype_probe)
                std::cout << "bench:   " << name << ": " << result << std::endl;
        }
        if (ref.python.empty())
            std::cout << "bench: PyTorch/numpy comparison NOT run: " << ref.why_not << std::endl;
        else
            std::cout << "bench: using OPENBLAS_CORETYPE=" << ref.coretype << std::endl;

        Results results;
        for (int round = 1; round <= opt.rounds; ++round) {
            const bool python_first = round % 2 == 0;
            if (python_first) run_reference_round(ref, results, round, opt);
            run_matmul_square(results, round, opt);
            run_matmul_skinny(results, round, opt);
            if (!python_first) run_reference_round(ref, results, round, opt);
            probe_peak(m, 2);
            print_round(results, round, opt);
        }
        m.load_after = load_average();
        write_report(m, ref, results, opt);
    } catch (const po::error& e) {
        std::cerr << "bench: " << e.what() << "\n";
        return 2;
    } catch (const std::exception& e) {
        std::cerr << "bench: " << e.what() << "\n";
        return 1;
    }
    return 0;
}
