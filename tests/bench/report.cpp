// docs/performance.md and plots/bench_*.png from one run's Results.
#include <cmath>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <map>
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

// The OPENBLAS_CORETYPE the Python side runs with ("detected": OpenBLAS's own choice).
std::string coretype_name(const Reference& ref) {
    return ref.coretype.empty() ? std::string("detected") : ref.coretype;
}

std::string numpy_label(const Reference& ref) {
    const auto blas = ref.info.find("blas");
    const bool openblas =
        blas != ref.info.end() && blas->second.find("openblas") != std::string::npos;
    if (!openblas)
        return "numpy (" + (blas == ref.info.end() ? std::string("?") : blas->second) + ")";
    return "numpy (OpenBLAS, " + coretype_name(ref) + ")";
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
void curve(const Results& r, const std::string& bench, const std::string& s, std::vector<double>& x,
           std::vector<double>& y) {
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
    fig.line("physical limit, " + std::to_string(m.cores) + " cores (" +
                 fixed(m.limit_gflops(), 0) + ")",
             ends, std::vector<double>(2, m.limit_gflops()),
             "lines lw 2 dashtype 2 lc rgb 'black'");
    fig.line("physical limit, 1 core (" + fixed(m.limit_1core_gflops(), 0) + ")", ends,
             std::vector<double>(2, m.limit_1core_gflops()),
             "lines lw 1 dashtype 3 lc rgb 'black'");
    fig.yrange(0, 1.08 * m.limit_gflops());
    return fig.save(opt.plots);
}

void machine_section(std::ostream& md, const Machine& m) {
    md << "## The machine\n\n"
       << "| | |\n|---|---|\n"
       << "| processor | " << m.model << " (" << m.vendor << ", family " << m.family << ", model "
       << m.model_number << (m.microarchitecture.empty() ? "" : ": " + m.microarchitecture)
       << ") |\n"
       << "| cores | " << m.cores << " |\n"
       << "| SIMD | " << m.simd << ": " << m.doubles_per_vector << " doubles per vector |\n"
       << "| FMA units per core | " << m.fma_units
       << " (not visible to software; from the vendor's documentation, confirmed by the FMA loop below) |\n"
       << "| caches (per core, L3 shared) | " << m.caches << " |\n"
       << "| clock | " << fixed(m.clock_ghz, 2) << " GHz measured (a chain of dependent FMAs, "
       << fixed(m.fma_latency_cycles, 0) << " cycles each); /proc/cpuinfo says "
       << fixed(m.nominal_ghz, 2) << " GHz, the hypervisor's nominal rate |\n"
       << "| **physical limit** | " << m.cores << " cores × " << m.fma_units << " FMA units × "
       << m.doubles_per_vector << " doubles × 2 flops × " << fixed(m.clock_ghz, 2) << " GHz = **"
       << fixed(m.limit_gflops(), 1) << " GFLOP/s** (" << fixed(m.limit_1core_gflops(), 1)
       << " per core) |\n"
       << "| FMA-only loop, measured | 1 core: " << fixed(m.peak_1core_gflops, 1)
       << " GFLOP/s = " << fixed(m.peak_1core_gflops / m.clock_ghz, 1)
       << " flops per cycle; all cores at once: " << fixed(m.peak_all_gflops, 1) << " GFLOP/s |\n"
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
        md << "| " << name << (name == ref.coretype ? " **(fastest, used below)**" : "") << " | "
           << result << " |\n";
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
           << " | **" << fixed(r.median_ratio("square", series::ours_2, series::numpy, x), 2)
           << "** | " << fixed(r.median("square", series::ours_2, x) / m.limit_gflops(), 2) << " | "
           << fixed(r.median("square", series::numpy, x) / m.limit_gflops(), 2) << " |\n";
    }
    const double ratio512 = r.median_ratio("square", series::ours_2, series::numpy, 512);
    md << "\n";
    if (!std::isnan(ratio512))
        md << "At n = 512 ours reaches **" << fixed(ratio512, 2)
           << "** of OpenBLAS's GFLOP/s (the goal: at least 0.5); "
           << "1 → 2 threads gives ×"
           << fixed(r.median_ratio("square", series::ours_2, series::ours_1, 512), 2)
           << ", and the blocked kernel is ×"
           << fixed(r.median_ratio("square", series::ours_1, series::naive, 512), 1)
           << " the naive loop on one thread. A second thread helps only while the second core is "
              "free: the load average above tells how often other programs held it during this "
              "run, and OpenBLAS's threads met the same competition.\n\n";
    md << "![GFLOP/s against n](" << plot_link(opt, png) << ")\n\n"
       << "All n measured (medians, GFLOP/s):\n\n| n |";
    const std::vector<std::string> order = {series::ours_2, series::ours_1, series::naive,
                                            series::numpy, series::torch};
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
void skinny_table(std::ostream& md, const Reference& ref, const Results& r,
                  const std::string& bench) {
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
    md << "\n![GFLOP/s of (" << Mp << "×" << in << ")·(" << in << "×H) against H]("
       << plot_link(opt, png_rows) << ")\n\n"
       << "### Samples as columns, as redes' MLP runs a batch: W·X = (H×" << in << ")·(" << in
       << "×" << Mp << ")\n\n";
    skinny_table(md, ref, r, "columns");
    md << "\n![GFLOP/s of (H×" << in << ")·(" << in << "×" << Mp << ") against H]("
       << plot_link(opt, png_columns) << ")\n\n";
}

// ---- training throughput, Fashion-MNIST, literal path, whole program ----

// The targets: ours / PyTorch at these H.
double target_at(double H) {
    if (H == 32) return 5;
    if (H == 128) return 3;
    if (H == 512) return 1.5;
    if (H == 2048) return 1;
    return std::nan("");
}

// Flops of one SGD step of N_0-H-10 with M' samples: forward W_1X, W_2X_1; backward W_2ᵀδ_2;
// gradients δ_1X_0ᵀ, δ_2X_1ᵀ: 2·M'·(2·N_0·H + 3·H·10) (multiply-adds × 2).
double step_flops(double inputs, double H, double batch) {
    return 2.0 * batch * (2 * inputs * H + 3 * H * 10);
}

// The PyTorch configuration that was the fastest in most rounds, and in how many.
std::string usual_best(const Results& r, const std::string& bench, double x) {
    std::map<std::string, int> count;
    for (const auto& w : r.notes(bench, x)) ++count[w];
    std::string best;
    int n = 0, total = 0;
    for (const auto& [w, c] : count) {
        total += c;
        if (c > n) n = c, best = w;
    }
    if (best.empty()) return "—";
    // torch_Haswell_1_manual → Haswell, 1 thread, update by hand
    std::string c = best.substr(6);
    const auto a = c.find('_'), b = c.rfind('_');
    const std::string threads = c.substr(a + 1, b - a - 1), update = c.substr(b + 1);
    return "OPENBLAS_CORETYPE=" + c.substr(0, a) + ", " + threads +
           (threads == "1" ? " thread" : " threads") + ", " +
           (update == "manual" ? "update by hand" : "torch.optim.SGD") + " (" + std::to_string(n) +
           "/" + std::to_string(total) + " rounds)";
}

std::string config_words(const std::string& c) {  // Haswell:1:manual → Haswell/1 thread/by hand
    std::istringstream in(c);
    std::string core, threads, update;
    std::getline(in, core, ':');
    std::getline(in, threads, ':');
    std::getline(in, update, ':');
    return core + "/" + threads + (threads == "1" ? " thread" : " threads") + "/" +
           (update == "manual" ? "update by hand" : "torch.optim.SGD");
}

std::string throughput_figure(const Results& r, const Options& opt) {
    redes::plot::Figure fig(
        "bench_throughput_vs_width",
        "Training throughput, digits MLP 64-H-10 (tanh, softmax CE, SGD, M' = " +
            std::to_string(opt.batch) + ", float64)");
    fig.xlabel("H (hidden units)").ylabel("samples per second (median over rounds)").logx().logy();
    fig.legend("top right").size(1000, 600).raw("set grid");
    const auto hs = r.xs("train", series::ours);
    if (!hs.empty()) fig.xrange(hs.front() / 1.3, hs.back() * 1.3);
    const std::vector<std::pair<std::string, std::string>> order = {
        {series::ours, "ours: SGD step (MLPObjective, workspace)"},
        {series::ours_sgd, "ours: sgd(), epoch with R̂ before and after"},
        {series::ours_readable, "ours before: efficient.hpp, fresh matrices"},
        {series::torch_best, "PyTorch, fastest configuration per round"}};
    const std::vector<std::string> styles = {"linespoints lw 2 pt 7 lc rgb '#d62728'",
                                             "linespoints lw 1 pt 6 dashtype 2 lc rgb '#d62728'",
                                             "linespoints lw 1 pt 4 lc rgb '#7f7f7f'",
                                             "linespoints lw 2 pt 5 lc rgb '#2ca02c'"};
    for (std::size_t k = 0; k < order.size(); ++k) {
        if (!r.has("train", order[k].first)) continue;
        std::vector<double> x, y;
        curve(r, "train", order[k].first, x, y);
        fig.line(order[k].second, x, y, styles[k]);
    }
    return fig.save(opt.plots);
}

void training_section(std::ostream& md, const Machine& m, const Reference& ref, const Results& r,
                      const Options& opt, const std::string& png) {
    md << "## Training throughput: the digits MLP 64-H-10\n\n"
       << "Samples per second of plain minibatch SGD (M' = " << opt.batch
       << ", η = 0.1) on the 1797 digits (pixels / 16), float64: the MLP 64-H-10 with tanh in the "
          "hidden layer and softmax cross-entropy. One timed call is an epoch: "
       << 1797 / opt.batch
       << " steps on consecutive batches of the file, the same batches on both sides. "
          "**ours** is one step as `sgd()` takes it: `MLPObjective::risk_and_gradient` (backprop in a reused "
          "workspace, src/redes/backprop/batch_workspace.cpp) and `GradientDescent::step`. **PyTorch** is "
          "the fastest honest loop (tests/bench/bench_reference.py `train`): tensors made once, a batch is a "
          "slice, `nn.Linear`/`nn.Tanh`/`nn.Linear`, `F.cross_entropy`, `backward()`, the update by hand or "
          "by `torch.optim.SGD`; in each round the fastest of its configurations counts.\n\n";
    if (!ref.train_configs_all.empty()) {
        md << "PyTorch configurations tried in round 1:";
        for (const auto& c : ref.train_configs_all) md << " " << config_words(c) << ";";
        md << " kept for the later rounds (within a factor 2 of the fastest at some H):";
        for (const auto& c : ref.train_configs) md << " " << config_words(c) << ";";
        // The probe above says which core types run here at all and which is fastest.
        if (coretype_name(ref) == "detected")
            md << " the core type is OpenBLAS's own choice, the probe's fastest.\n\n";
        else
            md << " the core types are the probe's fastest (" << ref.coretype
               << ") and OpenBLAS's own choice.\n\n";
    }
    md << "| H | ours, samples/s | ours via sgd() | ours before (efficient.hpp) | PyTorch best, samples/s | "
          "PyTorch's fastest configuration | **ours / PyTorch** | target | met? |\n"
       << "|---|---|---|---|---|---|---|---|---|\n";
    std::vector<double> missed;
    for (double x : r.xs("train", series::ours)) {
        const double ratio = r.median_ratio("train", series::ours, series::torch_best, x);
        const double target = target_at(x);
        const bool has_target = !std::isnan(target), met = ratio >= target;
        if (has_target && !met) missed.push_back(x);
        md << "| " << x << " | " << fixed(r.median("train", series::ours, x), 0) << " | "
           << fixed(r.median("train", series::ours_sgd, x), 0) << " | "
           << fixed(r.median("train", series::ours_readable, x), 0) << " | "
           << fixed(r.median("train", series::torch_best, x), 0) << " | "
           << usual_best(r, "train", x) << " | **" << fixed(ratio, 2) << "×** | "
           << (has_target ? "≥ " + fixed(target, target < 2 && target != 1 ? 1 : 0) + "×" : "—")
           << " | "
           << (!has_target         ? ""
               : std::isnan(ratio) ? "not measured"
               : met               ? "yes"
                                   : "**no**")
           << " |\n";
    }
    md << "\n![samples per second against H](" << plot_link(opt, png) << ")\n\n";
    // What the step costs in arithmetic, and how fast that arithmetic runs.
    md << "The arithmetic of a step is 2·M'·(2·64·H + 3·10·H) flops (forward W_1X and W_2X_1, W_2ᵀδ_2, "
          "and the two weight gradients; the bias, σ and the cost are O(M'·H) more). What each side makes of it:\n\n"
       << "| H | flops per step | ours, GFLOP/s in the step | PyTorch, GFLOP/s in the step | ours, µs per step | PyTorch, µs per step |\n"
       << "|---|---|---|---|---|---|\n";
    for (double x : r.xs("train", series::ours)) {
        const double f = step_flops(64, x, opt.batch);
        const double ours = r.median("train", series::ours, x),
                     torch = r.median("train", series::torch_best, x);
        md << "| " << x << " | " << fixed(f / 1e6, 2) << " M | "
           << fixed(f * ours / opt.batch / 1e9, 1) << " | " << fixed(f * torch / opt.batch / 1e9, 1)
           << " | " << fixed(opt.batch / ours * 1e6, 0) << " | "
           << fixed(opt.batch / torch * 1e6, 0) << " |\n";
    }
    md << "\n";
    // The reading of the numbers, from the numbers.
    const auto xs = r.xs("train", series::ours);
    if (!xs.empty() && r.has("train", series::torch_best)) {
        const double lo = xs.front(), hi = xs.back();
        const double ratio_lo = r.median_ratio("train", series::ours, series::torch_best, lo);
        const double ratio_hi = r.median_ratio("train", series::ours, series::torch_best, hi);
        const double torch_us_lo = opt.batch / r.median("train", series::torch_best, lo) * 1e6;
        const double ours_gf_hi =
            step_flops(64, hi, opt.batch) * r.median("train", series::ours, hi) / opt.batch / 1e9;
        const double torch_gf_hi = step_flops(64, hi, opt.batch) *
                                   r.median("train", series::torch_best, hi) / opt.batch / 1e9;
        md << "At H = " << lo << " a step is " << fixed(step_flops(64, lo, opt.batch) / 1e6, 2)
           << " MFLOP, and PyTorch spends " << fixed(torch_us_lo, 0)
           << " µs on it: its fixed cost per step (Python, the autograd graph, a dozen operator dispatches) "
              "dominates, which is where a hand-written path is "
           << fixed(ratio_lo, 1) << "× ahead. At H = " << hi
           << " the matrix products weigh most on both sides: ours runs the step at "
           << fixed(ours_gf_hi, 1) << " GFLOP/s, PyTorch at " << fixed(torch_gf_hi, 1)
           << " GFLOP/s (ratio " << fixed(ratio_hi, 2)
           << "×). Ours uses one thread at every H here: the largest product of a step, "
           << "(" << hi << "×64)·(64×" << opt.batch << "), has "
           << fixed(hi * 64 * opt.batch / 1e6, 1) << " M multiply-adds, below gemm's "
           << fixed(redes::gemm_blocking().min_madds_for_two_threads / 1e6, 1)
           << " M threshold for a second thread (gemm_threads_for).\n\n";
        const double readable_lo = r.median_ratio("train", series::ours, series::ours_readable, lo);
        const double readable_hi = r.median_ratio("train", series::ours, series::ours_readable, hi);
        md << "The workspace step against the readable path of efficient.hpp (the same sums in the same order; "
              "tanh and σ′ = 1/cosh² from one vectorised exponential instead of libm's tanh and cosh, within "
              "a few ulp, so the gradients agree to rounding: tests/batch_workspace_test.cpp): ×"
           << fixed(readable_lo, 2) << " at H = " << lo << ", ×" << fixed(readable_hi, 2)
           << " at H = " << hi
           << ". `sgd()` itself adds, per epoch, R̂ on all 1797 samples before and after it (two forward passes "
              "of the whole set, batched in chunks of 256 by the same workspace), the shuffle and the history: "
              "that is the gap between the first two columns.\n\n";
    }
    if (missed.empty() &&
        !std::isnan(r.median_ratio("train", series::ours, series::torch_best, 32))) {
        md << "**Every target of the issue for the digits MLP is met in this run.**\n\n";
    } else {
        for (double x : missed) {
            const double ratio = r.median_ratio("train", series::ours, series::torch_best, x);
            if (std::isnan(ratio)) continue;
            const double f = step_flops(64, x, opt.batch);
            const double ours_gf = f * r.median("train", series::ours, x) / opt.batch / 1e9;
            const double torch_gf = f * r.median("train", series::torch_best, x) / opt.batch / 1e9;
            const double col = r.median("columns", series::ours_auto, x);
            md << "**Target missed at H = " << x << "**: " << fixed(ratio, 2) << "× against ≥ "
               << target_at(x) << "×. Ours runs the step at " << fixed(ours_gf, 1) << " GFLOP/s";
            if (!std::isnan(col))
                md << " (its forward product alone reaches " << fixed(col, 1) << " GFLOP/s above)";
            md << ", PyTorch at " << fixed(torch_gf, 1) << " GFLOP/s; one core's limit is "
               << fixed(m.limit_1core_gflops(), 1) << " GFLOP/s.\n\n";
        }
    }
}

void fashion_section(std::ostream& md, const Results& r, const Options& opt) {
    md << "## Training throughput: Fashion-MNIST 784-256-10\n\n";
    if (!r.has("fashion", series::ours)) {
        md << "Not measured in this run (the Debian package dataset-fashion-mnist is missing, or "
              "`--fashion-samples 0`).\n\n";
        return;
    }
    const double ours = r.median("fashion", series::ours, 256),
                 torch = r.median("fashion", series::torch_best, 256);
    const double ratio = r.median_ratio("fashion", series::ours, series::torch_best, 256);
    md << "The same loop on the MLP 784-256-10 (tanh, softmax cross-entropy, SGD, M' = "
       << opt.batch
       << ", pixels / 255). A whole epoch (60 000 images) per call and round would take minutes on the "
          "PyTorch side alone, so a timed call is "
       << opt.fashion_steps << " steps (" << opt.fashion_steps * opt.batch
       << " samples) over the first " << opt.fashion_samples
       << " training images, consecutive batches, the same on both sides; samples per second do not "
          "depend on which images they are. The epoch times are extrapolated from them.\n\n"
       << "| | ours | PyTorch best | **ours / PyTorch** |\n|---|---|---|---|\n"
       << "| samples/s | " << fixed(ours, 0) << " | " << fixed(torch, 0) << " | **"
       << fixed(ratio, 2) << "×** |\n"
       << "| one epoch of 60 000 (extrapolated) | " << fixed(60000 / ours, 1) << " s | "
       << fixed(60000 / torch, 1) << " s | |\n"
       << "| GFLOP/s in the step | "
       << fixed(step_flops(784, 256, opt.batch) * ours / opt.batch / 1e9, 1) << " | "
       << fixed(step_flops(784, 256, opt.batch) * torch / opt.batch / 1e9, 1) << " | |\n\n"
       << "PyTorch's fastest configuration: " << usual_best(r, "fashion", 256)
       << ". The issue gives no separate number for this net; at H = 256, between the targets of H = 128 "
          "(3×) and H = 512 (1.5×), the ratio above is "
       << (ratio >= 1.5 ? "above" : "below") << " 1.5×";
    const double f = step_flops(784, 256, opt.batch);
    const double torch_us = opt.batch / torch * 1e6, ours_us = opt.batch / ours * 1e6;
    const double theta_mb = (784.0 * 256 + 256 + 2560 + 10) * 8 / 1e6;
    md << ". What bounds it: a step here is " << fixed(f / 1e6, 1) << " MFLOP, "
       << fixed(torch_us, 0) << " µs for PyTorch, so its fixed cost per step (about "
       << fixed(opt.batch / r.median("train", series::torch_best, 32) * 1e6, 0)
       << " µs, its whole step at H = 32) is a small part of it: both sides spend the step in matrix products "
          "and in passes over θ ("
       << fixed(theta_mb, 1)
       << " MB, beyond L2: the update θ ← θ − ηg and the "
          "gradient written into g). Ours takes "
       << fixed(ours_us, 0)
       << " µs; the ratio is then about the ratio "
          "of two BLAS-quality products";
    {
        double lo = 1e300, hi = 0;
        for (double x : r.xs("columns", series::ours_auto)) {
            const double q = r.median_ratio("columns", series::ours_auto, series::numpy, x);
            if (!std::isnan(q)) lo = std::min(lo, q), hi = std::max(hi, q);
        }
        if (hi > 0)
            md << ", which the skinny-product table below (samples as columns, as here) puts between "
               << fixed(lo, 2) << "× and " << fixed(hi, 2) << "× OpenBLAS";
    }
    md << ". Tried: "
          "the workspace (no allocation per step), Wᵀ and Xᵀ read in place, W_ℓ read from θ and ∂R̂/∂W_ℓ written "
          "into g where they lie (no parameter copies), tanh and σ′ from one vectorised exponential. Not tried: "
          "a second thread per product (these products, ≤ "
       << fixed(256.0 * 784 * opt.batch / 1e6, 1)
       << " M multiply-adds, stay below gemm's threshold, and the second core was busy with other programs: "
          "see the load average), keeping W_1 packed between the forward and backward products.\n\n";
}

// The slope of log y against log x by least squares over the points with x ≥ x_min.
double loglog_slope(const std::vector<double>& x, const std::vector<double>& y, double x_min) {
    double n = 0, sx = 0, sy = 0, sxx = 0, sxy = 0;
    for (std::size_t i = 0; i < x.size(); ++i) {
        if (x[i] < x_min || !(y[i] > 0)) continue;
        const double a = std::log(x[i]), b = std::log(y[i]);
        n += 1, sx += a, sy += b, sxx += a * a, sxy += a * b;
    }
    if (n < 2) return std::nan("");
    return (n * sxy - sx * sy) / (n * sxx - sx * sx);
}

void literal_section(std::ostream& md, const Results& r, const XorTiming& xt, const Options& opt) {
    md << "## The literal path against the efficient one\n\n";
    if (!r.has("literal", series::literal)) {
        md << "Not measured in this run (`--only` left it out).\n\n";
        return;
    }
    std::vector<double> x, lit, eff;
    curve(r, "literal", series::literal, x, lit);
    std::vector<double> x2;
    curve(r, "literal", series::efficient, x2, eff);
    const double x_min = x.size() >= 4 ? x[x.size() / 2] : x.front();
    const double s_lit = loglog_slope(x, lit, x_min), s_eff = loglog_slope(x2, eff, x_min);
    redes::plot::Figure fig(
        "bench_literal_vs_efficient",
        "Backpropagation of the net 8-N-2: literal tensors against efficient batches");
    fig.xlabel("N (hidden units)").ylabel("seconds per sample (median over rounds)").logx().logy();
    fig.legend("top left").size(1000, 600).raw("set grid");
    fig.line("literal path (G_{σ′}, ∂z/∂W as arrays): slope " + fixed(s_lit, 2), x, lit,
             "linespoints lw 2 pt 7 lc rgb '#d62728'");
    fig.line("efficient path (batches, G_{σ′} never built): slope " + fixed(s_eff, 2), x2, eff,
             "linespoints lw 2 pt 5 lc rgb '#1f77b4'");
    // guides through the last point: N² and N
    const std::vector<double> ends = {x.front(), x.back()};
    fig.line("∝ N²", ends, {lit.back() * std::pow(x.front() / x.back(), 2), lit.back()},
             "lines lw 1 dashtype 2 lc rgb 'black'");
    fig.line("∝ N", ends, {eff.back() * (x.front() / x.back()), eff.back()},
             "lines lw 1 dashtype 3 lc rgb 'black'");
    const std::string png = fig.save(opt.plots);
    md << "Seconds per sample of `literal_backprop` and `efficient_backprop` on the net 8-N-2 (tanh hidden "
          "layer, linear output, quadratic cost, batches of 4), against the hidden width N:\n\n"
       << "| N | literal, µs per sample | efficient, µs per sample | literal / efficient |\n|---|---|---|---|\n";
    for (std::size_t i = 0; i < x.size(); ++i)
        md << "| " << x[i] << " | " << fixed(lit[i] * 1e6, 2) << " | "
           << fixed(r.median("literal", series::efficient, x[i]) * 1e6, 2) << " | "
           << fixed(r.median_ratio("literal", series::literal, series::efficient, x[i]), 1)
           << " |\n";
    md << "\n![seconds per sample against N, log-log](" << plot_link(opt, png) << ")\n\n"
       << "Fitted slopes of log(time) against log(N) over N ≥ " << x_min << ": **literal "
       << fixed(s_lit, 2) << "**, efficient " << fixed(s_eff, 2)
       << ". The literal path builds, for every sample and layer, "
          "∂z_ℓ/∂W_ℓ as an N_ℓ×N_ℓ×N_{ℓ−1} array (of which only N_ℓ·N_{ℓ−1} entries are not zero) and "
          "G_σ′(z_ℓ) as an N_ℓ×N_ℓ matrix, and multiplies through them: with the 8 inputs fixed, layer 1 "
          "costs 8·N² and layer 2 costs 2²·N, so the time grows like N², slope 2 (for a net N-N-N it would "
          "be N³ per layer, N_ℓ²·N_{ℓ−1}). The efficient path touches each weight a fixed number of times: "
          "slope 1, below it where fixed costs per call still weigh.";
    if (s_lit > 2.2) {
        const double mb = 8.0 * x.back() * x.back() * 8 / 1e6;
        const double lo_slope = std::log(lit[x.size() / 2 + 1] / lit[x.size() / 2]) /
                                std::log(x[x.size() / 2 + 1] / x[x.size() / 2]);
        md << " The measured slope is above 2 because the memory grows with the work: at N = "
           << x.back() << " the array ∂z_1/∂W_1 alone is " << fixed(mb, 1)
           << " MB per sample, far beyond the L2 cache (512 KiB per core here) and most of a shared L3, "
              "freshly allocated and written for every sample, so each of its N² entries costs more at "
              "large N than at small (between N = "
           << x[x.size() / 2] << " and " << x[x.size() / 2 + 1] << " the slope is "
           << fixed(lo_slope, 2) << ").";
    }
    md << "\n\n";
    if (xt.steps > 0) {
        md << "**XOR on the literal path**: chapter 12's XOR training with its defaults (2-"
           << xt.width << "-1, tanh, " << xt.steps
           << " gradient-descent steps on the 4 samples) takes **" << fixed(xt.seconds * 1000, 0)
           << " ms** (the fastest of 3 runs; R̂ from " << fixed(xt.R_first, 3) << " to "
           << fixed(xt.R_last, 5) << ", outputs after training:";
        for (double o : xt.outputs) md << " " << fixed(o, 3);
        md << " for the targets 0 1 1 0). "
           << (xt.seconds < 1
                   ? "Under a second: the literal path stays usable for the small nets it is meant for."
                   : "**Over a second** on this run.")
           << "\n\n";
    }
}

void whole_program_section(std::ostream& md, const Options& opt) {
    md << "## Whole program\n\n";
    std::ifstream in(opt.whole_program);
    if (in) {
        std::ostringstream s;
        s << in.rdbuf();
        md << s.str() << "\n\n";
    } else {
        md << "Not measured in this run (no " << opt.whole_program
           << "). `make bench WHOLE=1` times `make run`, `make test` and a clean build "
              "(tests/bench/whole_program.sh) and includes its figures here.\n\n";
    }
}

}  // namespace

void write_report(const Machine& m, const Reference& ref, const Results& r,
                  const XorTiming& xor_timing, const Options& opt) {
    const bool matmul = r.has("square", series::ours_2);
    std::string square_png, skinny_png, columns_png;
    if (matmul) {
        square_png =
            gflops_figure("bench_gflops_vs_n", "Matrix product C = A·B, n×n: GFLOP/s against n",
                          "n (A, B and C are n×n)", "square",
                          {series::ours_2, series::ours_1, series::naive, series::numpy,
                           series::torch},
                          m, ref, r, opt);
        skinny_png =
            gflops_figure("bench_skinny",
                          "Minibatch product (" + std::to_string(opt.batch) + "×" +
                              std::to_string(opt.inputs) + ")·(" + std::to_string(opt.inputs) +
                              "×H): GFLOP/s against the width H",
                          "H (width of the layer)", "skinny",
                          {series::ours_auto, series::ours_1, series::ours_2, series::naive,
                           series::numpy, series::torch},
                          m, ref, r, opt);
        columns_png =
            gflops_figure("bench_skinny_columns",
                          "Minibatch product, samples as columns: (H×" +
                              std::to_string(opt.inputs) + ")·(" + std::to_string(opt.inputs) +
                              "×" + std::to_string(opt.batch) + "): GFLOP/s against H",
                          "H (width of the layer)", "columns",
                          {series::ours_auto, series::ours_1, series::ours_2, series::naive,
                           series::numpy, series::torch},
                          m, ref, r, opt);
    }

    std::ostringstream md;
    const std::time_t now = std::time(nullptr);
    char date[32];
    std::strftime(date, sizeof date, "%Y-%m-%d", std::gmtime(&now));
    md << "# Performance\n\n"
       << "Written by `make bench` (the harness in tests/bench/) on " << date
       << "; every number here comes from that run. This machine is shared and noisy, so no "
          "absolute time is meaningful on its own: each case ran in "
       << opt.rounds
       << " rounds, the C++ side and the Python side one after the other in each "
          "round (alternating which goes first). A value is the median over the rounds (each "
          "round's value: the fastest of "
       << opt.batches << " timed batches of at least " << opt.min_time * 1000
       << " ms, the one least disturbed by other programs); a **ratio** is the median over the rounds of the ratio "
          "measured within one round, the two sides seconds apart. Compare ratios. (Training cases: "
       << opt.train_batches << " timed calls of a whole epoch each, the fastest.)\n\n"
       << "All products are in double precision, written into an output allocated once (numpy "
          "`matmul(out=)`, PyTorch `mm(out=)`, our `gemm` into a given C).\n\n";
    machine_section(md, m);
    reference_section(md, ref);
    std::string throughput_png;
    if (r.has("train", series::ours)) {
        throughput_png = throughput_figure(r, opt);
        training_section(md, m, ref, r, opt, throughput_png);
    }
    fashion_section(md, r, opt);
    literal_section(md, r, xor_timing, opt);
    whole_program_section(md, opt);
    if (matmul) {
        square_section(md, m, ref, r, opt, square_png);
        skinny_section(md, ref, r, opt, skinny_png, columns_png);
    }
    const redes::GemmBlocking g = redes::gemm_blocking();
    const auto kib = [](std::size_t doubles) {
        return std::to_string(doubles * 8 / 1024) + " KiB";
    };
    md << "## How the training step gets there\n\n"
       << "`MLPObjective` (what `sgd()`, `fit_mlp` and the `train` command use) runs each step through "
          "`risk_and_gradient_into` (src/redes/backprop/batch_workspace.cpp), the formulas of efficient.hpp "
          "with every sum in the same order, and nothing else per step:\n\n"
       << "- **no allocation**: Z_ℓ, X_ℓ, σ′(Z_ℓ), δ_ℓ live in a workspace kept between steps (a small pool, so "
          "`ThreadedObjective`'s threads each take their own);\n"
       << "- **no copies**: W_ℓ and b_ℓ are read from the flat θ where they lie, Wᵀ and X_{ℓ−1}ᵀ are read in place "
          "by gemm (strided views), ∂R̂/∂W_ℓ is written by gemm straight into its slice of g;\n"
       << "- **tanh and σ′ = 1/cosh² from one exponential** per element, in a loop GCC vectorises (`tanh_and_derivative`): "
          "libm's tanh and cosh took about two thirds of a step at H = 128 before (perf); within 8 ulp of libm "
          "(tests/batch_workspace_test.cpp `tanh_and_derivative_match_libm`);\n"
       << "- **no second look at the data**: MLPObjective checks X and Y finite once, when it is made, and "
          "the step does not check each batch again (`DataCheck::done_by_caller`);\n"
       << "- the cost's exponentials serve both J and softmax; R̂ over a whole set (sgd()'s epoch risks) runs the "
          "same forward pass in chunks of 256 samples.\n\n"
       << "Training stays deterministic: gemm splits rows or columns of C between threads, never a sum, so 1 and "
          "2 threads give the same bits (tests/batch_workspace_test.cpp "
          "`training_gives_the_same_bits_with_1_and_2_threads` trains a 256-1024-10 net whose products do use 2 "
          "threads). The thread count is `set_gemm_threads(n)` in code, or the environment variable "
          "`REDES_THREADS=n` for a whole program.\n\n";
    md << "## How the kernel gets there\n\n"
       << "`redes::gemm` (src/redes/linalg/gemm.cpp) is the blocked product of Goto and van de "
          "Geijn, written in plain C++ (sizes as compiled for this run):\n\n"
       << "- **Register tile** " << g.mr << "×" << g.nr << " of C held in " << 2 * g.mr
       << " vector registers (of " << (g.lanes == 8 ? 32 : 16)
       << ") for a whole panel; each step k multiplies a broadcast a_ik "
          "by two registers of b_k·: "
       << 2 * g.mr << " FMAs for " << g.mr + 2
       << " loads. The tile is written with GCC's vector extension (" << g.lanes
       << " doubles as one value: no intrinsics, no assembly), because GCC 12 did not keep the "
          "accumulators of scalar loops in registers (it vectorised the wrong loop and spilled "
          "them to the stack).\n"
       << "- **Cache blocks**: B packed in micro-panels of " << g.kc << " × " << g.nr << " ("
       << kib(g.kc * g.nr) << ", stays in L1), A in blocks of " << g.mc << " × " << g.kc << " ("
       << kib(g.mc * g.kc) << ", in L2), B's block of " << g.kc << " × " << g.nc << " ("
       << kib(g.kc * g.nc)
       << ", L2/L3). Packing makes every inner load contiguous. The last rows of C "
          "(m not a multiple of "
       << g.mr
       << ") get kernels of exactly that height; the last columns "
          "(p not a multiple of "
       << g.nr
       << ") go through a scratch tile, of which only the valid "
          "part is written back.\n"
       << "- **Threads** split the longer side of C into strips of whole tiles, never a sum: "
          "every element is summed in the order k = 0…n−1 whatever the thread count, so 1 and 2 "
          "threads give the same bits (tests/gemm_test.cpp). A product below "
       << fixed(g.min_madds_for_two_threads / 1e6, 1)
       << " M multiply-adds stays on one thread (`gemm_threads_for`): starting a thread costs "
          "tens of µs here, more than half of a small product.\n"
       << "- The default build (`make`, -O2, no -march) stays portable: the same code then uses "
          "SSE2 (2 doubles per register, a "
       << g.mr
       << "×4 tile). `make NATIVE=1` (what `make "
          "bench` uses) builds for this processor's SIMD and FMA.\n\n"
       << "What was tried while writing it (development runs, n = 512, 1 thread, best of 5 "
          "interleaved runs on an AVX2 machine; not this run): tiles of 6×8 reached about 42 GFLOP/s, 4×8 about 28 "
          "(8 accumulators leave no slack over 2 FMA pipes × 4 cycles of latency), 8×8 about 26 (19 "
          "vector registers needed, 16 exist: spills); depth blocks of 128 and 192 and row blocks of 48 "
          "to 192 were no better than 256 and 96 within the noise. With AVX-512 the same 6-row tile "
          "takes 8 doubles per register (6×16): on an AVX-512 machine, side by side with 4 doubles "
          "per register, n = 512 on 2 threads went from about 100 to about 135 GFLOP/s, training "
          "steps changed within the noise.\n\n"
       << "What still separates it from OpenBLAS: OpenBLAS's kernels (" << coretype_name(ref)
       << ") are hand-written "
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
              << columns_png << (throughput_png.empty() ? "" : ", " + throughput_png) << "\n";
}

}  // namespace redes_bench
