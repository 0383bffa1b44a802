#include "redes/plot/log_axis.hpp"

#include "redes/error.hpp"

namespace redes::plot {

Points positive_points(const std::vector<double>& x, const std::vector<double>& y, double floor) {
    if (x.size() != y.size())
        throw ShapeError("positive_points: x of size " + std::to_string(x.size()) +
                         " and y of size " + std::to_string(y.size()));
    Points p;
    for (std::size_t j = 0; j < y.size(); ++j)
        if (y[j] > floor) {
            p.x.push_back(x[j]);
            p.y.push_back(y[j]);
        }
    return p;
}

Points positive_points(const std::vector<double>& y, double floor) {
    std::vector<double> k(y.size());
    for (std::size_t j = 0; j < y.size(); ++j) k[j] = static_cast<double>(j);
    return positive_points(k, y, floor);
}

}  // namespace redes::plot
