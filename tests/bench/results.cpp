// The table of measured values, medians and round-by-round ratios; the timing loop.
#include <algorithm>
#include <chrono>
#include <cmath>
#include <limits>

#include "bench.hpp"

namespace redes_bench {

double median(std::vector<double> v) {
    if (v.empty()) return std::numeric_limits<double>::quiet_NaN();
    std::sort(v.begin(), v.end());
    const std::size_t h = v.size() / 2;
    return v.size() % 2 ? v[h] : 0.5 * (v[h - 1] + v[h]);
}

void Results::add(const std::string& bench, const std::string& series, double x, int round,
                  double value) {
    v_[bench][series][x][round] = value;
}

void Results::note(const std::string& bench, double x, const std::string& word) {
    notes_[bench][x].push_back(word);
}

std::vector<std::string> Results::notes(const std::string& bench, double x) const {
    const auto b = notes_.find(bench);
    if (b == notes_.end()) return {};
    const auto it = b->second.find(x);
    return it == b->second.end() ? std::vector<std::string>{} : it->second;
}

bool Results::has(const std::string& bench, const std::string& series) const {
    const auto b = v_.find(bench);
    return b != v_.end() && b->second.count(series) > 0;
}

namespace {
const std::map<int, double>* rounds_at(
    const std::map<std::string, std::map<std::string, std::map<double, std::map<int, double>>>>& v,
    const std::string& bench, const std::string& series, double x) {
    const auto b = v.find(bench);
    if (b == v.end()) return nullptr;
    const auto s = b->second.find(series);
    if (s == b->second.end()) return nullptr;
    const auto r = s->second.find(x);
    return r == s->second.end() ? nullptr : &r->second;
}
}  // namespace

double Results::median(const std::string& bench, const std::string& series, double x) const {
    std::vector<double> vals;
    if (const auto* r = rounds_at(v_, bench, series, x))
        for (const auto& [round, value] : *r) vals.push_back(value);
    return redes_bench::median(vals);
}

double Results::median_ratio(const std::string& bench, const std::string& a, const std::string& b,
                             double x) const {
    const auto* ra = rounds_at(v_, bench, a, x);
    const auto* rb = rounds_at(v_, bench, b, x);
    std::vector<double> ratios;
    if (ra && rb)
        for (const auto& [round, value] : *ra) {
            const auto other = rb->find(round);
            if (other != rb->end() && other->second > 0) ratios.push_back(value / other->second);
        }
    return redes_bench::median(ratios);
}

std::vector<double> Results::xs(const std::string& bench, const std::string& series) const {
    std::vector<double> out;
    const auto b = v_.find(bench);
    if (b == v_.end()) return out;
    const auto s = b->second.find(series);
    if (s == b->second.end()) return out;
    for (const auto& [x, rounds] : s->second) out.push_back(x);
    return out;
}

int Results::rounds_of(const std::string& bench, const std::string& series, double x) const {
    const auto* r = rounds_at(v_, bench, series, x);
    return r ? static_cast<int>(r->size()) : 0;
}

double seconds_per_call(const std::function<void()>& f, double min_time, int batches) {
    using clock = std::chrono::steady_clock;
    auto t0 = clock::now();
    f();  // warm-up: caches, page faults, the packing buffers
    const double once = std::chrono::duration<double>(clock::now() - t0).count();
    const long calls = std::max(1L, static_cast<long>(std::ceil(min_time / std::max(once, 1e-9))));
    std::vector<double> per_call;
    for (int b = 0; b < batches; ++b) {
        t0 = clock::now();
        for (long c = 0; c < calls; ++c) f();
        per_call.push_back(std::chrono::duration<double>(clock::now() - t0).count() /
                           static_cast<double>(calls));
    }
    return *std::min_element(per_call.begin(), per_call.end());
}

}  // namespace redes_bench
