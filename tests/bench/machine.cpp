// The machine and its physical limit: cores × FMA units × doubles per vector × 2 flops × clock.
// Under a hypervisor the clock cannot be read (cpuinfo shows the TSC's nominal rate), so it is
// measured: a chain of dependent fused multiply-adds runs one FMA per latency (4 cycles on
// Zen 3 and on Intel cores since Skylake). A loop of independent FMAs then shows how many
// flops a core really does per cycle: 16 confirms the 2 FMA units of 4 doubles.
#include <chrono>
#include <cmath>
#include <fstream>
#include <sstream>
#include <thread>
#include <utility>
#include <vector>

#include <unistd.h>  // sysconf

#include "bench.hpp"

namespace redes_bench {

namespace {

#if defined(__AVX512F__)
constexpr int lanes = 8;
#elif defined(__AVX__)
constexpr int lanes = 4;
#else
constexpr int lanes = 2;
#endif
using dvec = double __attribute__((vector_size(lanes * sizeof(double))));

volatile double sink;  // keeps the probes' results alive

#if defined(__FMA__)
// Seconds for n dependent FMAs x ← x·a + b (one after the other: each waits for the last).
double fma_chain_seconds(long n) {
    volatile double va = 0.999999999, vb = 1e-9;
    const double a = va, b = vb;
    double x = 1.0;
    const auto t0 = std::chrono::steady_clock::now();
    for (long i = 0; i < n; ++i) x = std::fma(x, a, b);
    const double t = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    sink = x;
    return t;
}
#endif

// GFLOP/s of 12 independent vector FMA chains (enough to keep 2 pipes of latency 4 busy).
double fma_throughput_gflops(long n) {
    volatile double va = 0.999999999, vb = 1e-9;
    const dvec a = dvec{} + va, b = dvec{} + vb;
    dvec acc[12];
    for (int j = 0; j < 12; ++j) acc[j] = dvec{} + (1.0 + j);
    const auto t0 = std::chrono::steady_clock::now();
    for (long i = 0; i < n; ++i) {
#pragma GCC unroll 12
        for (int j = 0; j < 12; ++j) acc[j] = acc[j] * a + b;
    }
    const double t = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    double s = 0;
    for (int j = 0; j < 12; ++j) s += acc[j][0];
    sink = s;
    return 2.0 * lanes * 12.0 * static_cast<double>(n) / t / 1e9;
}

std::string read_first_line(const std::string& path) {
    std::ifstream f(path);
    std::string s;
    std::getline(f, s);
    return s;
}

std::string cpuinfo_field(const std::string& text, const std::string& key) {
    std::istringstream in(text);
    std::string line;
    while (std::getline(in, line))
        if (line.compare(0, key.size(), key) == 0) {
            const auto colon = line.find(':');
            if (colon == std::string::npos) continue;
            std::string v = line.substr(colon + 1);
            while (!v.empty() && v.front() == ' ') v.erase(v.begin());
            return v;
        }
    return "";
}

bool has_flag(const std::string& flags, const std::string& f) {
    return (" " + flags + " ").find(" " + f + " ") != std::string::npos;
}

// AMD family 19h (25): Zen 3 or Zen 4 by model range; Intel and others are left unnamed.
std::string microarchitecture(const std::string& vendor, int family, int model) {
    if (vendor == "AuthenticAMD" && family == 25) {
        if (model <= 0x0f || (model >= 0x20 && model <= 0x2f) || (model >= 0x40 && model <= 0x5f))
            return "Zen 3";
        return "Zen 4";
    }
    if (vendor == "AuthenticAMD" && family == 23) return "Zen / Zen 2";
    if (vendor == "AuthenticAMD" && family == 26) return "Zen 5";
    return "";
}

// 512 → "512 KiB", 2048 → "2 MiB"
std::string kib_text(long kib) {
    return kib % 1024 == 0 ? std::to_string(kib / 1024) + " MiB" : std::to_string(kib) + " KiB";
}

// The same from glibc (CPUID), where the kernel does not describe them (some virtual machines):
// "L1d 48 KiB, L2 1 MiB, L3 508 MiB (CPUID, as the hypervisor reports it)".
std::string caches_from_cpuid() {
    const std::pair<const char*, int> levels[] = {{"L1d ", _SC_LEVEL1_DCACHE_SIZE},
                                                  {"L2 ", _SC_LEVEL2_CACHE_SIZE},
                                                  {"L3 ", _SC_LEVEL3_CACHE_SIZE}};
    std::string out;
    for (const auto& [label, name] : levels) {
        const long bytes = sysconf(name);
        if (bytes > 0) out += (out.empty() ? "" : ", ") + (label + kib_text(bytes / 1024));
    }
    return out.empty() ? "unknown (neither the kernel nor CPUID describes them)"
                       : out + " (CPUID, as the hypervisor reports it)";
}

// "L1d 32 KiB, L2 512 KiB, L3 32 MiB" from the kernel's description of cpu0's caches.
std::string caches() {
    std::string out;
    for (int i = 0; i < 8; ++i) {
        const std::string dir = "/sys/devices/system/cpu/cpu0/cache/index" + std::to_string(i);
        const std::string size = read_first_line(dir + "/size");  // "512K"
        if (size.empty()) break;
        const std::string type = read_first_line(dir + "/type");
        if (type == "Instruction") continue;
        out += (out.empty() ? "L" : ", L") + read_first_line(dir + "/level") +
               (type == "Data" ? "d " : " ") + kib_text(std::stol(size));
    }
    return out.empty() ? caches_from_cpuid() : out;
}

}  // namespace

void probe_peak(Machine& m, int repeats) {
    // Many short probes (about half a millisecond each, shorter than the slice a busy
    // scheduler gives a program): other programs can only slow a probe down, never speed it
    // up, so the fastest probe is the truest, and each value keeps its maximum over all probes
    // of the run. The clock: dependent chains of 5·10⁵ FMAs (without FMA instructions in this
    // build std::fma is a library call: then the nominal clock is all we have).
    const int probes = 100 * repeats;
    const long chain = 500'000, n = 100'000;
    for (int r = 0; r < probes; ++r) {
#if defined(__FMA__)
        m.clock_ghz = std::max(m.clock_ghz, m.fma_latency_cycles * static_cast<double>(chain) /
                                                fma_chain_seconds(chain) / 1e9);
#else
        (void)chain;
        m.clock_ghz = m.nominal_ghz;
#endif
        m.peak_1core_gflops = std::max(m.peak_1core_gflops, fma_throughput_gflops(n));
    }
    // Every core at once: each runs its probes at the same time as the others; the sum of the
    // cores' best probes.
    std::vector<double> best(m.cores, 0.0);
    auto run = [&best, probes, n](unsigned c) {
        for (int r = 0; r < probes; ++r) best[c] = std::max(best[c], fma_throughput_gflops(n));
    };
    std::vector<std::thread> t;
    for (unsigned c = 1; c < m.cores; ++c) t.emplace_back(run, c);
    run(0);
    for (auto& th : t) th.join();
    double s = 0;
    for (double v : best) s += v;
    m.peak_all_gflops = std::max(m.peak_all_gflops, s);
}

std::string load_average() {
    std::istringstream in(read_first_line("/proc/loadavg"));
    std::string one;
    in >> one;
    return one.empty() ? "?" : one;
}

double Machine::limit_gflops() const { return cores * limit_1core_gflops(); }
double Machine::limit_1core_gflops() const {
    return fma_units * doubles_per_vector * 2.0 * clock_ghz;
}

Machine describe_machine(int repeats) {
    Machine m;
    m.load_before = load_average();
    std::ifstream f("/proc/cpuinfo");
    std::stringstream text;
    text << f.rdbuf();
    const std::string info = text.str();
    m.model = cpuinfo_field(info, "model name");
    m.vendor = cpuinfo_field(info, "vendor_id");
    const std::string fam = cpuinfo_field(info, "cpu family"), mod = cpuinfo_field(info, "model\t");
    m.family = fam.empty() ? 0 : std::stoi(fam);
    m.model_number = mod.empty() ? 0 : std::stoi(mod);
    m.microarchitecture = microarchitecture(m.vendor, m.family, m.model_number);
    const std::string mhz = cpuinfo_field(info, "cpu MHz");
    m.nominal_ghz = mhz.empty() ? 0 : std::stod(mhz) / 1000;
    m.cores = std::max(1u, std::thread::hardware_concurrency());
    const std::string flags = cpuinfo_field(info, "flags");
    const bool fma = has_flag(flags, "fma");
    if (has_flag(flags, "avx512f")) m.simd = "AVX-512F", m.doubles_per_vector = 8;
    else if (has_flag(flags, "avx2")) m.simd = "AVX2 (no AVX-512)", m.doubles_per_vector = 4;
    else if (has_flag(flags, "avx")) m.simd = "AVX (no AVX2)", m.doubles_per_vector = 4;
    else m.simd = "SSE2", m.doubles_per_vector = 2;
    m.simd += fma ? " + FMA" : ", no FMA";
    m.caches = caches();

    probe_peak(m, repeats);
    return m;
}

}  // namespace redes_bench
