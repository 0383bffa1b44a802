// docs/performance.md and plots/bench_*.png from one run's Results.
#include <cmath>
#include <ctime>
#include <filesystem>
#include <iomanip>
#include <iostream>
#include <sstream>

#include "redes/io/atomic_write.hpp"
#include "redes/linalg/gemm.hpp"
#include "redes/plot/figure.hpp"

#include "bench.hpp"

namespace redes_bench {

namespace {

std::string fixed(double v, int digits) {
    if (std::isnan(v)) return "—";
    std::ostringstream s;
    s << std::fixed << std::setprecision(digits) << v;
    return s.str();
}

std::string numpy_label(const Reference& ref) {
    const auto blas = ref.info.find("blas");
    const bool openblas = blas != ref.info.end() && blas->second.find("openblas") != std::string::npos;
    if (!openblas) return "numpy (" + (blas == ref.info.end() ? std::string("?") : blas->second) + ")";
    return "numpy (OpenBLAS, " + (ref.coretype.empty() ? std::string("detected") : ref.coretype) + ")";
}

std::string label(const std::string& s, const Reference& ref) {
    if (s == series::ours_auto) return "ours (threads as matmul chooses)";
    if (s == series::ours_1) return "ours, 1 thread";
    if (s == series::ours_2) return "ours, 2 threads";
    if (s == series::naive) return "naive i-k-j loop";
    if (s == series::numpy) return numpy_label(ref);
    if (s == series::torch) return "PyTorch (float64)";
    return s;
}

// The median over rounds of each x of a series, as two columns for a figure.
void curve(const Results& r, const std::string& bench, const std::string& s,
           std::vector<double>& x, std::vector<double>& y) {
    x = r.xs(bench, s);
    y.clear();
    for (double v : x) y.push_back(r.median(bench, s, v));
}

// One colour and point shape per series, the same in every figure.
std::string style(const std::string& s, std::size_t fallback) {
    if (s == series::ours_auto) return "linespoints lw 2 pt 7 lc rgb '#d62728'";
    if (s == series::ours_1) return "linespoints lw 2 pt 5 lc rgb '#ff7f0e'";
    if (s == series::ours_2) return "linespoints lw 2 pt 9 lc rgb '#9467bd'";
    if (s == series::naive) return "linespoints lw 2 pt 13 lc rgb '#7f7f7f'";
    if (s == series::numpy) return "linespoints lw 2 pt 11 lc rgb '#1f77b4'";
    if (s == series::torch) return "linespoints lw 2 pt 3 lc rgb '#2ca02c'";
    return "linespoints lw 2 pt " + std::to_string(fallback + 1);
}

std::string plot_link(const Options& opt, const std::string& png) {
    namespace fs = std::filesystem;
    const fs::path doc_dir = fs::absolute(opt.doc).parent_path();
    return fs::relative(fs::absolute(png), doc_dir).generic_string();
}

// GFLOP/s against x for every series of one benchmark, with the physical limits as lines.
std::string gflops_figure(const std::string& name, const std::string& title,
                          const std::string& xlabel, const std::string& bench,
                          const std::vector<std::string>& order, const Machine& m,
                          const Reference& ref, const Results& r, const Options& opt) {
    redes::plot::Figure fig(name, title);
    fig.xlabel(xlabel).ylabel("GFLOP/s (median over rounds)").raw("set logscale x 2");
    fig.legend("outside right top").size(1100, 560);
    double x0 = 1e300, x1 = 0;
    std::size_t k = 0;
    for (const auto& s : order) {
        if (!r.has(bench, s)) continue;
        std::vector<double> x, y;
        curve(r, bench, s, x, y);
        if (x.empty()) continue;
        x0 = std::min(x0, x.front());
        x1 = std::max(x1, x.back());
        fig.line(label(s, ref), x, y, style(s, k++));
    }
    const std::vector<double> ends = {x0, x1};
    fig.line("physical limit, " + std::to_string(m.cores) + " cores (" + fixed(m.limit_gflops(), 0) + ")",
             ends, std::vector<double>(2, m.limit_gflops()), "lines lw 2 dashtype 2 lc rgb 'black'");
    fig.line("physical limit, 1 core (" + fixed(m.limit_1core_gflops(), 0) + ")", ends,
             std::vector<double>(2, m.limit_1core_gflops()), "lines lw 1 dashtype 3 lc rgb 'black'");
    fig.yrange(0, 1.08 * m.limit_gflops());
    return fig.save(opt.plots);
}

void machine_section(std::ostream& md, const Machine& m) {
    md << "## The machine\n\n"
       << "| | |\n|---|---|\n"
       << "| processor | " << m.model << " (" << m.vendor << ", family " << m.family << ", model "
       << m.model_number << (m.microarchitecture.empty() ? "" : ": " + m.microarchitecture) << ") |\n"
       << "| cores | " << m.cores << " |\n"
       << "| SIMD | " << m.simd << ": " << m.doubles_per_vector << " doubles per vector |\n"
       << "| FMA units per core | " << m.fma_units
       << " (not visible to software; from the vendor's documentation, confirmed by the FMA loop below) |\n"
       << "| caches (per core, L3 shared) | " << m.caches << " |\n"
       << "| clock | " << fixed(m.clock_ghz, 2) << " GHz measured (a chain of dependent FMAs, "
       << fixed(m.fma_latency_cycles, 0) << " cycles each); /proc/cpuinfo says " << fixed(m.nominal_ghz, 2)
       << " GHz, the hypervisor's nominal rate |\n"
       << "| **physical limit** | " << m.cores << " cores × " << m.fma_units << " FMA units × "
       << m.doubles_per_vector << " doubles × 2 flops × " << fixed(m.clock_ghz, 2) << " GHz = **"
       << fixed(m.limit_gflops(), 1) << " GFLOP/s** (" << fixed(m.limit_1core_gflops(), 1) << " per core) |\n"
       << "| FMA-only loop, measured | 1 core: " << fixed(m.peak_1core_gflops, 1) << " GFLOP/s = "
       << fixed(m.peak_1core_gflops / m.clock_ghz, 1) << " flops per cycle; all cores at once: "
       << fixed(m.peak_all_gflops, 1) << " GFLOP/s |\n"
       << "| load average (1 min) | " << m.load_before << " at the start, " << m.load_after
       << " at the end (runnable programs on " << m.cores
       << " cores; the bench itself adds 1 to 2, the rest compete with it) |\n"
       << "| compiler | g++ " << __VERSION__ << ", -O3 -march=native (`make NATIVE=1`) |\n\n";
}

void reference_section(std::ostream& md, const Reference& ref) {
    md << "## The reference: numpy and PyTorch\n\n";
    if (ref.python.empty()) {
        md << "**Not measured in this run:** " << ref.why_not << ".\n\n";
        return;
    }
    auto info = [&](const std::string& k) {
        const auto it = ref.info.find(k);
        return it == ref.info.end() ? std::string("?") : it->second;
    };
    md << "`" << ref.python << "`: numpy " << info("numpy") << ", PyTorch " << info("torch")
       << "; BLAS loaded: `" << info("blas") << "`, " << info("blas_threads")
       << " threads (PyTorch: " << info("torch_threads") << ").\n\n";
    if (info("blas").find("openblas") == std::string::npos)
        md << "**numpy did not load OpenBLAS** (Debian: `apt-get install libopenblas0-pthread`); "
              "the comparison below is against the BLAS named above.\n\n";
    md << "OpenBLAS picks its kernels by core type; `OPENBLAS_CORETYPE` forces one. Each was tried "
          "on numpy's 512×512 product (median of the probe's passes):\n\n"
       << "| OPENBLAS_CORETYPE | GFLOP/s at n = 512 |\n|---|---|\n";
    for (const auto& [name, result] : ref.coretype_probe)
        md << "| " << name << (name == ref.coretype ? " **(fastest, used below)**" : "") << " | " << result << " |\n";
    md << "\n";
}

void square_section(std::ostream& md, const Machine& m, const Reference& ref, const Results& r,
                    const Options& opt, const std::string& png) {
    md << "## Square products C = A·B, n×n\n\n"
       << "GFLOP/s = 2n³ / seconds per product. `ours` is `redes::gemm` "
          "(src/redes/linalg/gemm.cpp), the kernel behind `matmul`.\n\n"
       << "| n | ours, 2 threads | ours, 1 thread | naive loop | " << numpy_label(ref)
       << " | PyTorch | physical limit | **ours / OpenBLAS** | ours / limit | OpenBLAS / limit |\n"
       << "|---|---|---|---|---|---|---|---|---|---|\n";
    const std::vector<std::size_t> table_n = {256, 512, 1024};
    for (std::size_t n : table_n) {
        const double x = static_cast<double>(n);
        if (r.rounds_of("square", series::ours_2, x) == 0) continue;
        md << "| " << n << " | " << fixed(r.median("square", series::ours_2, x), 1) << " | "
           << fixed(r.median("square", series::ours_1, x), 1) << " | "
           << fixed(r.median("square", series::naive, x), 1) << " | "
           << fixed(r.median("square", series::numpy, x), 1) << " | "
           << fixed(r.median("square", series::torch, x), 1) << " | " << fixed(m.limit_gflops(), 1)
           << " | **" << fixed(r.median_ratio("square", series::ours_2, series::numpy, x), 2) << "** | "
           << fixed(r.median("square", series::ours_2, x) / m.limit_gflops(), 2) << " | "
           << fixed(r.median("square", series::numpy, x) / m.limit_gflops(), 2) << " |\n";
    }
    const double ratio512 = r.median_ratio("square", series::ours_2, series::numpy, 512);
    md << "\n";
    if (!std::isnan(ratio512))
        md << "At n = 512 ours reaches **" << fixed(ratio512, 2) << "** of OpenBLAS's GFLOP/s (the goal: at least 0.5); "
           << "1 → 2 threads gives ×" << fixed(r.median_ratio("square", series::ours_2, series::ours_1, 512), 2)
           << ", and the blocked kernel is ×"
           << fixed(r.median_ratio("square", series::ours_1, series::naive, 512), 1)
           << " the naive loop on one thread. A second thread helps only while the second core is "
              "free: the load average above tells how often other programs held it during this "
              "run, and OpenBLAS's threads met the same competition.\n\n";
    md << "![GFLOP/s against n](" << plot_link(opt, png) << ")\n\n"
       << "All n measured (medians, GFLOP/s):\n\n| n |";
    const std::vector<std::string> order = {series::ours_2, series::ours_1, series::naive, series::numpy, series::torch};
    for (const auto& s : order)
        if (r.has("square", s)) md << " " << label(s, ref) << " |";
    md << "\n|---|";
    for (const auto& s : order)
        if (r.has("square", s)) md << "---|";
    md << "\n";
    for (double x : r.xs("square", series::ours_2)) {
        md << "| " << x << " |";
        for (const auto& s : order)
            if (r.has("square", s)) md << " " << fixed(r.median("square", s, x), 1) << " |";
        md << "\n";
    }
    md << "\n";
}

// One row per H: every series, then ours (as matmul runs it) over numpy and over PyTorch.
void skinny_table(std::ostream& md, const Reference& ref, const Results& r, const std::string& bench) {
    md << "| H | ours (matmul's threads) | ours, 1 thread | ours, 2 threads | naive loop | "
       << numpy_label(ref) << " | PyTorch | **ours / numpy** | ours / PyTorch |\n"
       << "|---|---|---|---|---|---|---|---|---|\n";
    for (double x : r.xs(bench, series::ours_auto)) {
        md << "| " << x << " | " << fixed(r.median(bench, series::ours_auto, x), 1) << " | "
           << fixed(r.median(bench, series::ours_1, x), 1) << " | "
           << fixed(r.median(bench, series::ours_2, x), 1) << " | "
           << fixed(r.median(bench, series::naive, x), 1) << " | "
           << fixed(r.median(bench, series::numpy, x), 1) << " | "
           << fixed(r.median(bench, series::torch, x), 1) << " | **"
           << fixed(r.median_ratio(bench, series::ours_auto, series::numpy, x), 2) << "** | "
           << fixed(r.median_ratio(bench, series::ours_auto, series::torch, x), 2) << " |\n";
    }
}

void skinny_section(std::ostream& md, const Reference& ref, const Results& r, const Options& opt,
                    const std::string& png_rows, const std::string& png_columns) {
    const std::string Mp = std::to_string(opt.batch), in = std::to_string(opt.inputs);
    md << "## Skinny products of a minibatch\n\n"
       << "What training runs: a minibatch of M' = " << Mp << " samples with " << in
       << " inputs meets the weights of a layer of width H. These products are small (2·" << Mp
       << "·" << in << "·H flops: " << fixed(2.0 * opt.batch * opt.inputs * 64 / 1e6, 2)
       << " MFLOP at H = 64), so fixed costs weigh: packing the panels, and starting a thread "
          "(tens of µs), which is why matmul keeps small products on one thread.\n\n"
       << "### Samples as rows: (" << Mp << "×" << in << ")·(" << in << "×H)\n\n";
    skinny_table(md, ref, r, "skinny");
    md << "\n![GFLOP/s of (" << Mp << "×" << in << ")·(" << in << "×H) against H](" << plot_link(opt, png_rows)
       << ")\n\n"
       << "### Samples as columns, as redes' MLP runs a batch: W·X = (H×" << in << ")·(" << in << "×" << Mp
       << ")\n\n";
    skinny_table(md, ref, r, "columns");
    md << "\n![GFLOP/s of (H×" << in << ")·(" << in << "×" << Mp << ") against H](" << plot_link(opt, png_columns)
       << ")\n\n";
}

}  // namespace

void write_report(const Machine& m, const Reference& ref, const Results& r, const Options& opt) {
    const std::string square_png = gflops_figure(
        "bench_gflops_vs_n", "Matrix product C = A·B, n×n: GFLOP/s against n", "n (A, B and C are n×n)",
        "square", {series::ours_2, series::ours_1, series::naive, series::numpy, series::torch}, m, ref, r, opt);
    const std::string skinny_png = gflops_figure(
        "bench_skinny",
        "Minibatch product (" + std::to_string(opt.batch) + "×" + std::to_string(opt.inputs) + ")·(" +
            std::to_string(opt.inputs) + "×H): GFLOP/s against the width H",
        "H (width of the layer)", "skinny",
        {series::ours_auto, series::ours_1, series::ours_2, series::naive, series::numpy, series::torch}, m,
        ref, r, opt);
    const std::string columns_png = gflops_figure(
        "bench_skinny_columns",
        "Minibatch product, samples as columns: (H×" + std::to_string(opt.inputs) + ")·(" +
            std::to_string(opt.inputs) + "×" + std::to_string(opt.batch) + "): GFLOP/s against H",
        "H (width of the layer)", "columns",
        {series::ours_auto, series::ours_1, series::ours_2, series::naive, series::numpy, series::torch}, m,
        ref, r, opt);

    std::ostringstream md;
    const std::time_t now = std::time(nullptr);
    char date[32];
    std::strftime(date, sizeof date, "%Y-%m-%d", std::gmtime(&now));
    md << "# Performance\n\n"
       << "Written by `make bench` (the harness in tests/bench/) on " << date
       << "; every number here comes from that run. This machine is shared and noisy, so no "
          "absolute time is meaningful on its own: each case ran in "
       << opt.rounds << " rounds, the C++ side and the Python side one after the other in each "
          "round (alternating which goes first). A value is the median over the rounds (each "
          "round's value: the fastest of " << opt.batches << " timed batches of at least "
       << opt.min_time * 1000 << " ms, the one least disturbed by other programs); a **ratio** is the median over the rounds of the ratio "
          "measured within one round, the two sides seconds apart. Compare ratios.\n\n"
       << "All products are in double precision, written into an output allocated once (numpy "
          "`matmul(out=)`, PyTorch `mm(out=)`, our `gemm` into a given C).\n\n";
    machine_section(md, m);
    reference_section(md, ref);
    square_section(md, m, ref, r, opt, square_png);
    skinny_section(md, ref, r, opt, skinny_png, columns_png);
    const redes::GemmBlocking g = redes::gemm_blocking();
    const auto kib = [](std::size_t doubles) { return std::to_string(doubles * 8 / 1024) + " KiB"; };
    md << "## How the kernel gets there\n\n"
       << "`redes::gemm` (src/redes/linalg/gemm.cpp) is the blocked product of Goto and van de "
          "Geijn, written in plain C++ (sizes as compiled for this run):\n\n"
       << "- **Register tile** " << g.mr << "×" << g.nr << " of C held in " << 2 * g.mr
       << " vector registers (of 16) for a whole panel; each step k multiplies a broadcast a_ik "
          "by two registers of b_k·: " << 2 * g.mr << " FMAs for " << g.mr + 2
       << " loads. The tile is written with GCC's vector extension (" << g.lanes
       << " doubles as one value: no intrinsics, no assembly), because GCC 12 did not keep the "
          "accumulators of scalar loops in registers (it vectorised the wrong loop and spilled "
          "them to the stack).\n"
       << "- **Cache blocks**: B packed in micro-panels of " << g.kc << " × " << g.nr << " ("
       << kib(g.kc * g.nr) << ", stays in L1), A in blocks of " << g.mc << " × " << g.kc << " ("
       << kib(g.mc * g.kc) << ", in L2), B's block of " << g.kc << " × " << g.nc << " ("
       << kib(g.kc * g.nc) << ", L2/L3). Packing makes every inner load contiguous. The last rows of C "
          "(m not a multiple of " << g.mr << ") get kernels of exactly that height; the last columns "
          "(p not a multiple of " << g.nr << ") go through a scratch tile, of which only the valid "
          "part is written back.\n"
       << "- **Threads** split the longer side of C into strips of whole tiles, never a sum: "
          "every element is summed in the order k = 0…n−1 whatever the thread count, so 1 and 2 "
          "threads give the same bits (tests/gemm_test.cpp). A product below "
       << fixed(g.min_madds_for_two_threads / 1e6, 1)
       << " M multiply-adds stays on one thread (`gemm_threads_for`): starting a thread costs "
          "tens of µs here, more than half of a small product.\n"
       << "- The default build (`make`, -O2, no -march) stays portable: the same code then uses "
          "SSE2 (2 doubles per register, a " << g.mr << "×4 tile). `make NATIVE=1` (what `make "
          "bench` uses) builds for this processor's SIMD and FMA.\n\n"
       << "What was tried while writing it (development runs, n = 512, 1 thread, best of 5 "
          "interleaved runs; not this run): tiles of 6×8 reached about 42 GFLOP/s, 4×8 about 28 "
          "(8 accumulators leave no slack over 2 FMA pipes × 4 cycles of latency), 8×8 about 26 (19 "
          "vector registers needed, 16 exist: spills); depth blocks of 128 and 192 and row blocks of 48 "
          "to 192 were no better than 256 and 96 within the noise.\n\n"
       << "What still separates it from OpenBLAS: OpenBLAS's Zen kernels are hand-written "
          "assembly with software prefetch and tuned blocks; here each of the two threads packs "
          "all of A for its half of the columns (twice the packing of A), starts afresh for every "
          "product (no thread pool), and the weights are packed again for every minibatch "
          "product.\n\n"
       << "## Reproduce\n\n"
       << "`make bench` (builds with NATIVE=1 into build/native, runs the harness, rewrites this "
          "page and plots/bench_*.png). `make bench ARGS=\"--rounds 9\"` for more rounds; "
          "`ARGS=\"--python none\"` skips the Python side; `ARGS=\"--help\"` lists the options.\n";
    redes::io::make_directories(std::filesystem::path(opt.doc).parent_path().string().empty()
                                    ? "."
                                    : std::filesystem::path(opt.doc).parent_path().string());
    redes::io::write_file_atomic(opt.doc, md.str());
    std::cout << "bench: wrote " << opt.doc << ", " << square_png << ", " << skinny_png << ", "
              << columns_png << "\n";
}

}  // namespace redes_bench
