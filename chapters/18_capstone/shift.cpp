// The notes' warning on real data: the same model on test images that no longer come from the
// training distribution (translated by t pixels, or with Gaussian noise of s = f · pixel_max).
#include <iostream>

#include "redes/app/format.hpp"
#include "redes/text.hpp"
#include "sections.hpp"

namespace ch18 {

using namespace redes;

namespace {

std::vector<double> as_percent(const std::vector<double>& a) {
    std::vector<double> p;
    for (double v : a) p.push_back(100.0 * v);
    return p;
}

}  // namespace

const std::vector<double>& noise_fractions() {
    static const std::vector<double> f{0.0, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3};
    return f;
}

void shift_experiment(const app::Context& ctx, const Result& r, const data::DataSet& test,
                      std::size_t rows, std::size_t cols, double pixel_max, std::size_t t_max,
                      const std::vector<double>& noise_f, const std::string& label,
                      const std::string& point, const std::string& colour, ShiftFigures& figs) {
    Rng rng(ctx.seed + 18);  // the noise has its own stream, seeded by --seed
    const std::vector<double> acc_t = translation_accuracy(r, test, rows, cols, t_max);
    const std::vector<double> acc_n = noise_accuracy(r, test, noise_f, pixel_max, rng);
    std::cout << "  translated test images:";
    for (std::size_t t = 0; t <= t_max; ++t)
        std::cout << (t ? ", " : " ") << t << " px → " << app::percent(acc_t[t]);
    std::cout << "\n  noisy test images, s = f·" << num(pixel_max) << ":";
    for (std::size_t i = 0; i < noise_f.size(); ++i)
        std::cout << (i ? ", " : " ") << "f = " << num(noise_f[i]) << " → "
                  << app::percent(acc_n[i]);
    std::cout << "\n";
    std::vector<double> t_x;
    for (std::size_t t = 0; t <= t_max; ++t) t_x.push_back(static_cast<double>(t));
    const std::string style = "linespoints lw 2 " + point + " lc rgb '" + colour + "'";
    figs.translation.line(label, t_x, as_percent(acc_t), style);
    // log scale: f = 0 cannot be drawn, so the clean accuracy is a dashed level instead
    const std::vector<double> f(noise_f.begin() + 1, noise_f.end());
    const std::vector<double> a(acc_n.begin() + 1, acc_n.end());
    figs.noise.line(label, f, as_percent(a), style);
    figs.noise.line(label + " without noise", std::vector<double>{f.front(), f.back()},
                    std::vector<double>{100.0 * acc_n[0], 100.0 * acc_n[0]},
                    "lines dashtype 2 lw 1 lc rgb '" + colour + "'");
}

ShiftFigures shift_figures(const app::Context& ctx) {
    return {ctx.figure("shift_translation",
                       "Distribution shift: test accuracy of the same model on translated images"),
            ctx.figure("shift_noise",
                       "Distribution shift: test accuracy of the same model on noisy images")};
}

void finish_shift_figures(ShiftFigures& figs, std::size_t max_shift) {
    const std::vector<double>& noise_f = noise_fractions();
    figs.translation
        .line("chance (1 in K = 10)", std::vector<double>{0.0, static_cast<double>(max_shift)},
              std::vector<double>{10.0, 10.0}, "lines dashtype 2 lc rgb 'black'")
        .xlabel("translation of the test images (pixels; mean over right, left, down, up)")
        .ylabel("test accuracy (%)")
        .yrange(0, 100)
        .legend("top right");
    figs.noise
        .line("chance (1 in K = 10)", std::vector<double>{noise_f[1], noise_f.back()},
              std::vector<double>{10.0, 10.0}, "lines dashtype 3 lc rgb 'black'")
        .xlabel("noise f: standard deviation of ε = f · largest pixel value (16 or 1)")
        .ylabel("test accuracy (%)")
        .logx()
        .yrange(0, 100)
        .legend("bottom left");
}

}  // namespace ch18
