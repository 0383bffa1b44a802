#include "redes/app/train_print.hpp"

#include <algorithm>
#include <ostream>

#include "redes/text.hpp"

namespace redes::app {

std::string g(double v, const char* format) { return num(v, format); }

std::string widths_str(const std::vector<std::size_t>& N) {
    std::string s;
    for (std::size_t ell = 0; ell < N.size(); ++ell)
        s += (ell ? " → " : "") + std::to_string(N[ell]);
    return s;
}

std::string hidden_str(const std::vector<std::size_t>& hidden) {
    std::string s;
    for (std::size_t w : hidden) s += (s.empty() ? "" : ",") + std::to_string(w);
    return s.empty() ? "none" : s;
}

std::string accuracy_str(const Evaluation& e) {
    return g(100.0 * e.accuracy(), "%.2f") + " % (" + std::to_string(e.confusion.correct()) + "/" +
           std::to_string(e.confusion.total()) + ")";
}

namespace {

// s right-aligned in w columns (counted in code points, so that names like "señal" line up)
std::string right(const std::string& s, std::size_t w) {
    std::size_t n = 0;
    for (unsigned char c : s) n += (c & 0xC0) != 0x80;
    return std::string(w > n ? w - n : 0, ' ') + s;
}

}  // namespace

void print_confusion(std::ostream& out, const ConfusionMatrix& C,
                     const std::vector<std::string>& class_names) {
    std::vector<std::string> head;
    for (std::size_t k = 0; k < C.K; ++k)
        head.push_back(k < class_names.size() ? class_names[k] : std::to_string(k));
    std::size_t w = 5;
    for (const std::string& h : head) w = std::max(w, h.size());
    out << "confusion matrix C(k, j) = #{true class k, predicted j}:\n" << right("", w + 1);
    for (const std::string& h : head) out << right(h, w + 1);
    out << "   recall\n";
    for (std::size_t k = 0; k < C.K; ++k) {
        out << right(head[k], w + 1);
        for (std::size_t j = 0; j < C.K; ++j) out << right(std::to_string(C(k, j)), w + 1);
        out << "   " << g(100.0 * C.recall(k), "%5.1f") << " %\n";
    }
}

}  // namespace redes::app
