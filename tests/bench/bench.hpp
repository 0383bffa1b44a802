#pragma once
// The benchmark harness behind `make bench`. It is not part of the test suite: speed is
// measured here, side by side, never asserted in a test.
//
// How a run goes (bench_main.cpp):
//   1. the machine: processor, SIMD, caches, and its physical limit in GFLOP/s (machine.cpp);
//   2. several rounds; in each, every C++ benchmark and then the Python reference
//      (tests/bench/bench_reference.py: numpy on OpenBLAS, PyTorch) measure their cases;
//      the order of the two sides alternates between rounds, so drift of a noisy machine
//      hits both;
//   3. medians over the rounds, ratios taken round by round (both sides of a ratio come from
//      the same round), then docs/performance.md and plots/bench_*.png (report.cpp).
//
// Adding a benchmark (e.g. training throughput of the efficient backprop path):
//   - a function `void run_NAME(Results&, int round, const Options&)` in its own file here,
//     called from the round loop in bench_main.cpp, recording results as
//     results.add("NAME", "series", x, value);
//   - the same benchmark on the Python side: a function in bench_reference.py printing
//     "result NAME series x value" lines;
//   - a section of docs/performance.md and its plot in report.cpp (write_NAME_section).
#include <functional>
#include <map>
#include <string>
#include <vector>

namespace redes_bench {

struct Options {
    int rounds = 5;          // rounds of every benchmark; medians are over these
    double min_time = 0.01;  // seconds: a timed batch lasts at least this long
    int batches = 5;         // timed batches per case and round; the fastest is the round's value
    bool quick = false;      // a few small sizes, one round (checks the harness itself)
    std::string python;  // interpreter that imports numpy and torch ("" = search; "none" = skip)
    std::string doc = "docs/performance.md";
    std::string plots = "plots";
    std::vector<std::size_t> square_n;  // n of the n×n products
    std::vector<std::size_t> skinny_h;  // H of the minibatch products (batch×inputs)·(inputs×H)
    std::size_t batch = 32, inputs = 64;
    // Training throughput (training_bench.cpp, bench_reference.py train)
    std::vector<std::size_t> train_h;    // H of the digits MLP 64-H-10
    int train_batches = 3;               // timed batches per case (a call is a whole epoch)
    std::size_t fashion_samples = 6400;  // Fashion-MNIST training images loaded (0 = skip)
    std::size_t fashion_steps = 100;     // SGD steps per timed call on Fashion-MNIST
    std::string fashion_dir = "/usr/share/datasets/fashion-mnist";
    std::vector<std::size_t> literal_n;  // N of the net 8-N-2, literal vs efficient backprop
    std::string whole_program =
        "build/bench/whole_program.md";  // tests/bench/whole_program.sh writes it
};

// Every measured value, by benchmark ("square", "skinny", ...), series ("ours (2 threads)",
// "numpy", ...), x (n or H) and round.
class Results {
public:
    void add(const std::string& bench, const std::string& series, double x, int round,
             double value);
    bool has(const std::string& bench, const std::string& series) const;
    // The median over the rounds (NaN when nothing was measured).
    double median(const std::string& bench, const std::string& series, double x) const;
    // The median over the rounds of a_r / b_r, each ratio of one round (NaN when no round has both).
    double median_ratio(const std::string& bench, const std::string& a, const std::string& b,
                        double x) const;
    // The x values measured for a series, ascending.
    std::vector<double> xs(const std::string& bench, const std::string& series) const;
    int rounds_of(const std::string& bench, const std::string& series, double x) const;
    // Words that go with a measurement, e.g. which PyTorch configuration was the fastest in
    // each round: note("train", 32, "torch_Haswell_1_manual").
    void note(const std::string& bench, double x, const std::string& word);
    std::vector<std::string> notes(const std::string& bench, double x) const;

private:
    std::map<std::string, std::map<std::string, std::map<double, std::map<int, double>>>> v_;
    std::map<std::string, std::map<double, std::vector<std::string>>> notes_;
};

double median(std::vector<double> v);

// Seconds per call of f: one warm-up call, then `batches` batches of calls, each lasting at
// least min_time; the fastest batch (other programs can only slow a batch down, so the fastest
// is the least disturbed one). Rounds then take the median of these.
double seconds_per_call(const std::function<void()>& f, double min_time, int batches);

// What the processor is and what it can do at most.
struct Machine {
    std::string model, vendor, microarchitecture;  // "AMD EPYC", "AuthenticAMD", "Zen 3 ..."
    int family = 0, model_number = 0;
    unsigned cores = 0;          // logical CPUs the OS gives us
    std::string simd;            // "AVX2 + FMA", "AVX-512F + FMA", "SSE2"
    int doubles_per_vector = 0;  // 4 with AVX2
    int fma_units = 2;           // FMA pipes per core (from the vendor's documentation)
    std::string caches;          // "L1d 32 KiB, L2 512 KiB, L3 32 MiB"
    double nominal_ghz = 0;      // /proc/cpuinfo "cpu MHz" (the TSC clock under a hypervisor)
    double clock_ghz = 0;        // measured: a chain of dependent FMAs, 4 cycles each (max)
    double fma_latency_cycles = 4;
    double peak_1core_gflops = 0;         // measured: independent FMAs on one core (max)
    double peak_all_gflops = 0;           // measured: the same on every core at once (max)
    std::string load_before, load_after;  // /proc/loadavg's 1-minute load: other programs running
    // cores × FMA units × doubles per vector × 2 flops × clock
    double limit_gflops() const;
    double limit_1core_gflops() const;
};
Machine describe_machine(int repeats);
// Measures the clock and the FMA peaks again (each keeps its maximum over all probes: other
// programs can only slow a probe down). Called once per round.
void probe_peak(Machine& m, int repeats);
// The 1-minute load average (runnable programs, ours included), as /proc/loadavg says it.
std::string load_average();

// The C++ side: our gemm with 1 and 2 threads and as matmul chooses, and the plain i-k-j loop,
// on n×n products ("square") and on the minibatch products of width H: samples as rows
// (M'×inputs)·(inputs×H) ("skinny") and as columns (H×inputs)·(inputs×M') ("columns").
void run_matmul_square(Results& results, int round, const Options& opt);
void run_matmul_skinny(Results& results, int round, const Options& opt);

// The Python side: finds an interpreter that imports torch and numpy; probes OpenBLAS core
// types; runs one round of bench_reference.py and records its results.
struct Reference {
    std::string python;    // "" when not available
    std::string why_not;   // why, said plainly
    std::string coretype;  // the fastest OPENBLAS_CORETYPE ("" = its own choice)
    std::vector<std::pair<std::string, std::string>>
        coretype_probe;                          // name → "82.1 GFLOP/s" or failure
    std::map<std::string, std::string> info;     // numpy/torch versions, BLAS library, threads
    std::vector<std::string> train_configs_all;  // PyTorch training configurations of round 1
    std::vector<std::string> train_configs;      // those kept for the later rounds
};
Reference find_reference(const Options& opt);
void probe_coretypes(Reference& ref, const Options& opt);
void run_reference_round(Reference& ref, Results& results, int round, const Options& opt);
// The PyTorch side of the training benchmarks (bench_reference.py train). Round 1 tries every
// configuration (core types × 1, 2 threads × update by hand or torch.optim); later rounds keep
// those that came within a factor 2 of the fastest at some H (ref.train_configs).
void run_reference_training(Reference& ref, Results& results, int round, const Options& opt);

// The C++ side of the training benchmarks (training_bench.cpp): samples per second of our SGD
// step on digits 64-H-10 ("train") and on Fashion-MNIST 784-256-10 ("fashion"); seconds per
// sample of literal and efficient backprop against the width N ("literal").
void run_training(Results& results, int round, const Options& opt);
void run_literal(Results& results, int round, const Options& opt);
// Chapter 12's XOR training (its defaults) on the literal path, timed (the fastest of 3 runs).
struct XorTiming {
    double seconds = 0, R_first = 0, R_last = 0;
    std::size_t steps = 0, width = 0;
    std::vector<double> outputs;  // f(x_m) for the four inputs after training
};
XorTiming time_xor_literal();

// docs/performance.md and plots/bench_*.png.
void write_report(const Machine& machine, const Reference& ref, const Results& results,
                  const XorTiming& xor_timing, const Options& opt);

// Series ids, shared by the C++ and Python sides (one word each: the Python side prints
// "result square numpy 512 81.2"); report.cpp gives them their labels.
namespace series {
inline const std::string ours_auto = "ours_auto";  // gemm as matmul calls it (threads by size)
inline const std::string ours_1 = "ours_1";        // gemm, 1 thread
inline const std::string ours_2 = "ours_2";        // gemm, 2 threads
inline const std::string naive = "naive";          // the plain i-k-j triple loop, 1 thread
inline const std::string numpy = "numpy";          // numpy.matmul (OpenBLAS dgemm when found)
inline const std::string torch = "torch";          // torch.mm in float64
inline const std::string ours = "ours";            // our SGD step (MLPObjective + GradientDescent)
inline const std::string ours_readable =
    "ours_readable";  // the same step through efficient.hpp's risk_and_gradient
inline const std::string ours_sgd =
    "ours_sgd";  // sgd() for a whole epoch, R̂ before and after included
inline const std::string torch_best =
    "torch_best";                                  // the fastest PyTorch configuration of the round
inline const std::string literal = "literal";      // literal_backprop, seconds per sample
inline const std::string efficient = "efficient";  // efficient_backprop, seconds per sample
}  // namespace series

}  // namespace redes_bench
