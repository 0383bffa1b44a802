// The Python side: runs tests/bench/bench_reference.py and reads its lines into Results.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <sstream>
#include <tuple>

#include "bench.hpp"

namespace redes_bench {

namespace {

const std::string script = "tests/bench/bench_reference.py";

std::string join(const std::vector<std::size_t>& v) {
    std::string s;
    for (std::size_t x : v) s += (s.empty() ? "" : ",") + std::to_string(x);
    return s;
}

// Runs a shell command and returns its standard output, line by line (stderr passes through).
std::vector<std::string> run_lines(const std::string& command, int& status) {
    std::vector<std::string> lines;
    FILE* p = popen(command.c_str(), "r");
    if (!p) {
        status = -1;
        return lines;
    }
    std::string line;
    char buf[4096];
    while (std::fgets(buf, sizeof buf, p)) {
        line += buf;
        if (!line.empty() && line.back() == '\n') {
            line.pop_back();
            lines.push_back(line);
            line.clear();
        }
    }
    if (!line.empty()) lines.push_back(line);
    status = pclose(p);
    return lines;
}

bool imports_torch(const std::string& python) {
    const std::string cmd = "'" + python + "' -c 'import numpy, torch' >/dev/null 2>&1";
    return std::system(cmd.c_str()) == 0;
}

std::string timing(const Options& opt, int round) {
    std::ostringstream s;
    s << " --min-time " << opt.min_time << " --batches " << opt.batches << " --round " << round;
    return s.str();
}

}  // namespace

Reference find_reference(const Options& opt) {
    Reference ref;
    if (opt.python == "none") {
        ref.why_not = "skipped on request (--python none)";
        return ref;
    }
    // Debian's interpreter first: a pyenv or venv python3 on PATH often lacks python3-torch.
    const std::vector<std::string> candidates =
        opt.python.empty() ? std::vector<std::string>{"/usr/bin/python3", "python3"}
                           : std::vector<std::string>{opt.python};
    for (const auto& p : candidates)
        if (imports_torch(p)) {
            ref.python = p;
            return ref;
        }
    ref.why_not = "no Python that imports both numpy and torch (tried";
    for (const auto& p : candidates) ref.why_not += " " + p;
    ref.why_not += "); on Debian: apt-get install python3-torch";
    return ref;
}

void probe_coretypes(Reference& ref, const Options& opt) {
    if (ref.python.empty()) return;
    int status = 0;
    const auto lines = run_lines("'" + ref.python + "' " + script + " probe --n 512" +
                                     (opt.quick ? " --passes 1" : " --passes 3") + timing(opt, 0),
                                 status);
    double best = -1;
    for (const auto& line : lines) {
        std::istringstream in(line);
        std::string kind, name;
        in >> kind >> name;
        std::string rest;
        std::getline(in, rest);
        if (!rest.empty() && rest.front() == ' ') rest.erase(rest.begin());
        if (kind == "info") {
            ref.info[name] = rest;
        } else if (kind == "coretype") {
            if (rest.compare(0, 6, "failed") == 0) {
                ref.coretype_probe.emplace_back(name, rest);
            } else {
                const double g = std::stod(rest);
                std::ostringstream v;
                v.precision(3);
                v << std::fixed << g;
                ref.coretype_probe.emplace_back(name, v.str());
                if (g > best) best = g, ref.coretype = name;
            }
        }
    }
    if (status != 0 || best < 0) {
        ref.why_not = "bench_reference.py probe failed (status " + std::to_string(status) + ")";
        ref.python.clear();
    }
}

void run_reference_round(Reference& ref, Results& results, int round, const Options& opt) {
    if (ref.python.empty()) return;
    const std::string cmd = "'" + ref.python + "' " + script + " run --coretype " +
                            (ref.coretype.empty() ? "detected" : ref.coretype) + " --square " +
                            join(opt.square_n) + " --skinny " + join(opt.skinny_h) + " --batch " +
                            std::to_string(opt.batch) + " --inputs " + std::to_string(opt.inputs) +
                            timing(opt, round);
    int status = 0;
    for (const auto& line : run_lines(cmd, status)) {
        std::istringstream in(line);
        std::string kind;
        in >> kind;
        if (kind == "result") {
            std::string bench, series;
            double x = 0, value = 0;
            if (in >> bench >> series >> x >> value) results.add(bench, series, x, round, value);
        } else if (kind == "info") {
            std::string key, rest;
            in >> key;
            std::getline(in, rest);
            if (!rest.empty() && rest.front() == ' ') rest.erase(rest.begin());
            ref.info[key] = rest;
        } else if (kind == "error") {
            std::cerr << "bench: " << line << "\n";
        }
    }
    if (status != 0)
        std::cerr << "bench: bench_reference.py run exited with status " << status << "\n";
}

void run_reference_training(Reference& ref, Results& results, int round, const Options& opt) {
    if (ref.python.empty()) return;
    std::string cmd = "'" + ref.python + "' " + script + " train --coretypes " +
                      (ref.coretype.empty() ? std::string("detected") : ref.coretype) +
                      (ref.coretype.empty() || ref.coretype == "detected" ? "" : ",detected") +
                      " --hidden " + join(opt.train_h) + " --digits data/digits.csv.gz --batch " +
                      std::to_string(opt.batch) + " --fashion-dir '" + opt.fashion_dir +
                      "' --fashion-samples " + std::to_string(opt.fashion_samples) +
                      " --fashion-steps " + std::to_string(opt.fashion_steps);
    if (!ref.train_configs.empty()) {
        std::string c;
        for (const auto& k : ref.train_configs) c += (c.empty() ? "" : ",") + k;
        cmd += " --configs " + c;
    }
    std::ostringstream t;
    t << " --min-time " << opt.min_time << " --batches " << opt.train_batches << " --round "
      << round;
    cmd += t.str();
    int status = 0;
    // torch_SKYLAKEX_2_manual → SKYLAKEX:2:manual, the form --configs takes
    auto config_of = [](const std::string& series) {
        std::string c = series.substr(6);
        const auto a = c.find('_'), b = c.rfind('_');
        return c.substr(0, a) + ":" + c.substr(a + 1, b - a - 1) + ":" + c.substr(b + 1);
    };
    std::map<std::string, double> best_ratio;  // config → its best value / torch_best over x
    std::map<std::tuple<std::string, std::string, double>, double> value;  // (bench, series, x)
    for (const auto& line : run_lines(cmd, status)) {
        std::istringstream in(line);
        std::string kind, bench, series;
        double x = 0, v = 0;
        in >> kind;
        if (kind == "result" && in >> bench >> series >> x >> v) {
            results.add(bench, series, x, round, v);
            if (series != series::torch_best) value[{bench, series, x}] = v;
        } else if (kind == "best" && in >> bench >> x >> series) {
            results.note(bench, x, series);
        } else if (kind == "error") {
            std::cerr << "bench: " << line << "\n";
        }
    }
    if (status != 0)
        std::cerr << "bench: bench_reference.py train exited with status " << status << "\n";
    if (round == 1 && ref.train_configs.empty()) {
        // keep the configurations within a factor 2 of the round's fastest at some H
        for (const auto& [key, v] : value) {
            const auto& [bench, series, x] = key;
            const double best = results.median(bench, series::torch_best, x);
            const std::string c = config_of(series);
            best_ratio[c] = std::max(best_ratio[c], v / best);
        }
        for (const auto& [c, r] : best_ratio) {
            ref.train_configs_all.push_back(c);
            if (r >= 0.5) ref.train_configs.push_back(c);
        }
    }
}

}  // namespace redes_bench
