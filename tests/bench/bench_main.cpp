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
    auto at = [&](const std::string& bench, const std::string& s, double at_x) {
        return r.rounds_of(bench, s, at_x) ? r.median(bench, s, at_x) : -1.0;
    };
    std::cout << "bench: round " << round << "/" << opt.rounds << " (medians so far):";
    if (at("square", series::ours_2, x) > 0) {
        std::cout << " n = " << x << ": ours " << at("square", series::ours_2, x) << " GFLOP/s";
        if (at("square", series::numpy, x) > 0)
            std::cout << ", numpy " << at("square", series::numpy, x) << " GFLOP/s;";
    }
    for (std::size_t H : opt.train_h) {
        const double h = static_cast<double>(H);
        if (at("train", series::ours, h) < 0) continue;
        std::cout << " H = " << H << ": ours " << static_cast<long>(at("train", series::ours, h))
                  << "/s";
        if (at("train", series::torch_best, h) > 0)
            std::cout << ", PyTorch " << static_cast<long>(at("train", series::torch_best, h))
                      << "/s";
        std::cout << ";";
    }
    std::cout << std::endl;
}

bool wanted(const std::string& list, const std::string& name) {
    return ("," + list + ",").find("," + name + ",") != std::string::npos;
}

}  // namespace

int main(int argc, char** argv) {
    Options opt;
    std::string only = "matmul,train,literal";
    po::options_description desc("bench options");
    desc.add_options()("help", "this help")("rounds",
                                            po::value(&opt.rounds)->default_value(opt.rounds),
                                            "rounds of every benchmark (medians over them)")(
        "min-time", po::value(&opt.min_time)->default_value(opt.min_time),
        "seconds a timed batch lasts at least")("batches",
                                                po::value(&opt.batches)->default_value(opt.batches),
                                                "timed batches per case and round")(
        "python", po::value(&opt.python),
        "interpreter with numpy and torch (default: /usr/bin/python3, then python3; 'none' skips)")(
        "doc", po::value(&opt.doc)->default_value(opt.doc),
        "the report to write")("plots", po::value(&opt.plots)->default_value(opt.plots),
                               "folder for bench_*.png/.csv/.gp")(
        "train-batches", po::value(&opt.train_batches)->default_value(opt.train_batches),
        "timed batches per training case and round")(
        "fashion-samples", po::value(&opt.fashion_samples)->default_value(opt.fashion_samples),
        "Fashion-MNIST training images to load (0 skips it)")(
        "fashion-steps", po::value(&opt.fashion_steps)->default_value(opt.fashion_steps),
        "SGD steps per timed call on Fashion-MNIST")(
        "fashion-dir", po::value(&opt.fashion_dir)->default_value(opt.fashion_dir),
        "folder of the Fashion-MNIST IDX files")(
        "only", po::value(&only)->default_value(only),
        "benchmarks to run, comma-separated: matmul,train,literal")(
        "quick", po::bool_switch(&opt.quick), "a few small sizes, one round: checks the harness");
    try {
        po::variables_map vm;
        po::store(po::parse_command_line(argc, argv, desc), vm);
        po::notify(vm);
        if (vm.count("help")) {
            std::cout
                << "make bench ARGS=\"...\": the matrix-product, training and literal-path benchmarks\n"
                << desc;
            return 0;
        }
        if (opt.rounds < 1)
            throw redes::ValueError("option --rounds: " + std::to_string(opt.rounds) +
                                    " must be ≥ 1");
        if (opt.batches < 1)
            throw redes::ValueError("option --batches: " + std::to_string(opt.batches) +
                                    " must be ≥ 1");
        if (!(opt.min_time > 0)) throw redes::ValueError("option --min-time: must be > 0");
        if (opt.train_batches < 1)
            throw redes::ValueError("option --train-batches: " + std::to_string(opt.train_batches) +
                                    " must be ≥ 1");
        if (opt.fashion_steps < 1) throw redes::ValueError("option --fashion-steps: must be ≥ 1");
        for (const std::string name : {"matmul", "train", "literal"})
            if (wanted(only, name)) only += ",ok";
        if (only.find(",ok") == std::string::npos)
            throw redes::ValueError("option --only: '" + only +
                                    "' names none of matmul, train, literal");
        if (opt.quick) {
            opt.square_n = {64, 128, 256};
            opt.skinny_h = {16, 64, 256};
            opt.train_h = {32, 128};
            opt.literal_n = {8, 16, 32, 64};
            if (vm["fashion-steps"].defaulted()) opt.fashion_steps = 10;
            if (vm["fashion-samples"].defaulted()) opt.fashion_samples = 640;
            if (vm["rounds"].defaulted()) opt.rounds = 1;
        } else {
            opt.square_n = {64, 96, 128, 192, 256, 384, 512, 768, 1024};
            opt.skinny_h = {16, 32, 64, 128, 256, 512, 1024, 2048};
            opt.train_h = {32, 64, 128, 256, 512, 1024, 2048};
            opt.literal_n = {4, 8, 16, 32, 64, 128, 256, 512};
        }
        if (!wanted(only, "matmul")) opt.square_n.clear(), opt.skinny_h.clear();
        if (!wanted(only, "train")) opt.train_h.clear(), opt.fashion_samples = 0;
        if (!wanted(only, "literal")) opt.literal_n.clear();

        std::cout << "bench: measuring the machine's clock and FMA peak ..." << std::endl;
        Machine m = describe_machine(3);
        std::cout << "bench: " << m.model << " (" << m.microarchitecture << "), " << m.simd
                  << ", clock " << m.clock_ghz << " GHz: physical limit " << m.limit_gflops()
                  << " GFLOP/s; FMA loop " << m.peak_all_gflops << " GFLOP/s" << std::endl;

        Reference ref = find_reference(opt);
        if (!ref.python.empty()) {
            std::cout << "bench: numpy and PyTorch through " << ref.python
                      << "; probing OPENBLAS_CORETYPE ..." << std::endl;
            probe_coretypes(ref, opt);
            for (const auto& [name, result] : ref.coretype_probe)
                std::cout << "bench:   " << name << ": " << result << std::endl;
        }
        if (ref.python.empty())
            std::cout << "bench: PyTorch/numpy comparison NOT run: " << ref.why_not << std::endl;
        else std::cout << "bench: using OPENBLAS_CORETYPE=" << ref.coretype << std::endl;

        Results results;
        for (int round = 1; round <= opt.rounds; ++round) {
            const bool python_first = round % 2 == 0;
            const bool matmul = !opt.square_n.empty(), train = !opt.train_h.empty();
            if (python_first && matmul) run_reference_round(ref, results, round, opt);
            if (python_first && train) run_reference_training(ref, results, round, opt);
            run_matmul_square(results, round, opt);
            run_matmul_skinny(results, round, opt);
            if (train) run_training(results, round, opt);
            if (!python_first && matmul) run_reference_round(ref, results, round, opt);
            if (!python_first && train) run_reference_training(ref, results, round, opt);
            run_literal(results, round, opt);
            if (round == 1 && !ref.train_configs_all.empty()) {
                std::cout
                    << "bench: PyTorch training configurations kept after round 1 (within ×2 of the fastest):";
                for (const auto& c : ref.train_configs) std::cout << " " << c;
                std::cout << std::endl;
            }
            probe_peak(m, 2);
            print_round(results, round, opt);
        }
        m.load_after = load_average();
        XorTiming xor_timing;
        if (!opt.literal_n.empty()) {
            xor_timing = time_xor_literal();
            std::cout << "bench: XOR (chapter 12 defaults) on the literal path: "
                      << xor_timing.seconds << " s" << std::endl;
        }
        write_report(m, ref, results, xor_timing, opt);
    } catch (const po::error& e) {
        std::cerr << "bench: " << e.what() << "\n";
        return 2;
    } catch (const std::exception& e) {
        std::cerr << "bench: " << e.what() << "\n";
        return 1;
    }
    return 0;
}
