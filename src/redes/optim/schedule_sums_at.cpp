#include "redes/optim/schedule_sums_at.hpp"

#include <string>

#include "redes/error.hpp"

namespace redes {

ScheduleSums schedule_sums_at(const Schedule& schedule, const std::vector<std::size_t>& K) {
    for (std::size_t i = 1; i < K.size(); ++i)
        if (K[i] <= K[i - 1])
            throw ValueError("schedule_sums_at: horizons must increase, but K[" +
                             std::to_string(i) + "] = " + std::to_string(K[i]) + " follows " +
                             std::to_string(K[i - 1]));
    ScheduleSums S;
    S.sum_eta.reserve(K.size());
    S.sum_eta2.reserve(K.size());
    double s1 = 0.0, s2 = 0.0;
    std::size_t k = 0;
    for (std::size_t K_i : K) {
        for (; k <= K_i; ++k) {
            const double e = schedule.eta(k);
            s1 += e;      // Σ η_k
            s2 += e * e;  // Σ η_k²
        }
        S.sum_eta.push_back(s1);
        S.sum_eta2.push_back(s2);
    }
    return S;
}

}  // namespace redes
