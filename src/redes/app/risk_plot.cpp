#include "redes/app/risk_plot.hpp"

#include <algorithm>
#include <vector>

#include "redes/plot/log_axis.hpp"
#include "redes/plot/palette.hpp"

namespace redes::app {

plot::Figure risk_curves_figure(const std::string& name, const std::string& title,
                                const SGDHistory& h) {
    plot::Figure fig(name, title);
    fig.xlabel("epoch (one pass over the M training samples)").ylabel("empirical risk R̂").logy();
    // R̂_B(θ_k) of step k, averaged over the last `window` steps, drawn at x = (k + 1)/(steps per epoch)
    const std::size_t spe = std::max<std::size_t>(1, h.steps_per_epoch);
    const std::size_t window = std::max<std::size_t>(1, std::min<std::size_t>(50, spe / 4));
    std::vector<double> xb, yb;
    double run = 0.0;
    for (std::size_t k = 0; k < h.step_batch_risk.size(); ++k) {
        run += h.step_batch_risk[k];
        if (k >= window) run -= h.step_batch_risk[k - window];
        if (k + 1 >= window) {
            xb.push_back(static_cast<double>(k + 1) / static_cast<double>(spe));
            yb.push_back(run / static_cast<double>(window));
        }
    }
    // log y: a risk of exactly 0 (a batch or a training part fitted exactly) cannot be drawn
    const plot::Points batch = plot::positive_points(xb, yb);
    if (!batch.x.empty())
        fig.line("batch risk R̂_B (mean of " + std::to_string(window) +
                     (window == 1 ? " step)" : " steps)"),
                 batch.x, batch.y, "lines lw 1 lc rgb 'gray60'");
    // epoch e = 0 is θ_0, before any step
    const plot::Points train = plot::positive_points(h.epoch_train_risk);
    fig.line("R̂ on the training part", train.x, train.y,
             "linespoints lw 2 pt 7 ps 0.7 " + plot::line_colour(0));
    if (!h.epoch_validation_risk.empty()) {
        const plot::Points validation = plot::positive_points(h.epoch_validation_risk);
        fig.line("R̂ on the validation part", validation.x, validation.y,
                 "linespoints lw 2 pt 5 ps 0.7 " + plot::line_colour(3));
    }
    return fig;
}

}  // namespace redes::app
