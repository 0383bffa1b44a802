#include "figures.hpp"

#include <algorithm>

#include "redes/app/format.hpp"

namespace ch18 {

using namespace redes;

namespace {
// gnuplot single-quoted text
std::string quoted(const std::string& s) {
    std::string q = "'";
    for (char c : s) q += c == '\'' ? std::string("''") : std::string(1, c);
    return q + "'";
}
}  // namespace

plot::Figure confusion_figure(const app::Context& ctx, const std::string& what,
                              const std::string& title, const ConfusionMatrix& C,
                              const std::vector<std::string>& names) {
    plot::Figure fig = ctx.figure(what, title);
    const std::size_t K = C.K;
    const Matrix share = C.as_matrix(true);
    std::vector<double> g(K);
    for (std::size_t k = 0; k < K; ++k) g[k] = static_cast<double>(k);
    fig.heatmap(g, g, share)
        .xlabel("predicted class ŷ")
        .ylabel("true class y")
        .cblabel("share of the true class, C(k, j) / Σ_j C(k, j)")
        .legend("off")
        .size(860, 760)
        .xrange(-0.5, static_cast<double>(K) - 0.5)
        .yrange(static_cast<double>(K) - 0.5, -0.5)  // class 0 at the top, as a table
        .raw("unset grid")
        .raw("set cbrange [0:1]")
        .raw("set size ratio -1");
    std::string tics;
    for (std::size_t k = 0; k < K; ++k)
        tics += (k ? ", " : "") + quoted(names[k]) + " " + std::to_string(k);
    bool long_names = false;
    for (const std::string& n : names) long_names |= n.size() > 2;
    fig.raw("set xtics (" + tics + ")" + (long_names ? " rotate by 40 right" : ""))
        .raw("set ytics (" + tics + ")");
    for (std::size_t k = 0; k < K; ++k)
        for (std::size_t j = 0; j < K; ++j) {
            if (C(k, j) == 0) continue;
            const char* colour = share(k, j) > 0.6 ? "black" : "white";
            fig.raw("set label " + quoted(std::to_string(C(k, j))) + " at " + std::to_string(j) +
                    "," + std::to_string(k) + " center front font ',9' textcolor rgb '" + colour +
                    "'");
        }
    return fig;
}

plot::Figure image_grid_figure(const app::Context& ctx, const std::string& what,
                               const std::string& title, const Matrix& X, std::size_t rows,
                               std::size_t cols, const std::vector<std::size_t>& idx,
                               const std::vector<std::string>& captions, std::size_t per_row,
                               double pixel_max) {
    plot::Figure fig = ctx.figure(what, title);
    const std::size_t n = idx.size();
    const std::size_t grid_cols = std::max<std::size_t>(1, std::min(per_row, n));
    const std::size_t grid_rows = std::max<std::size_t>(1, (n + grid_cols - 1) / grid_cols);
    // Each cell: a caption band of `top` pixel rows above the image, a gap of `gap` around.
    const std::size_t gap = std::max<std::size_t>(1, rows / 8),
                      top = std::max<std::size_t>(3, rows / 3);
    const std::size_t cell_w = cols + gap, cell_h = rows + top + gap;
    const std::size_t W = grid_cols * cell_w + gap, H = grid_rows * cell_h + gap;
    Matrix Z(H, W, 0.0);
    for (std::size_t i = 0; i < n; ++i) {
        const std::size_t r0 = (i / grid_cols) * cell_h + gap + top,
                          c0 = (i % grid_cols) * cell_w + gap;
        for (std::size_t r = 0; r < rows; ++r)
            for (std::size_t c = 0; c < cols; ++c) Z(r0 + r, c0 + c) = X(r * cols + c, idx[i]);
        // a thin frame around the image and its caption above it
        fig.raw("set object rect from " + app::fmt(c0 - 0.5, "%.1f") + "," +
                app::fmt(r0 - 0.5, "%.1f") + " to " + app::fmt(c0 + cols - 0.5, "%.1f") + "," +
                app::fmt(r0 + rows - 0.5, "%.1f") +
                " front fillstyle empty border lc rgb 'gray60' lw 1");
        // the caption above the image, one or two lines (split at '\n')
        const std::string& cap = captions[i];
        const std::size_t nl = cap.find('\n');
        const std::vector<std::string> lines =
            nl == std::string::npos
                ? std::vector<std::string>{cap}
                : std::vector<std::string>{cap.substr(0, nl), cap.substr(nl + 1)};
        for (std::size_t l = 0; l < lines.size(); ++l) {
            const double y_line = r0 - 0.5 - top * (lines.size() == 1 ? 0.5 : l == 0 ? 0.72 : 0.28);
            fig.raw("set label " + quoted(lines[l]) + " at " +
                    app::fmt(c0 + (cols - 1) / 2.0, "%.1f") + "," + app::fmt(y_line, "%.2f") +
                    " center front font ',9'");
        }
    }
    std::vector<double> x(W), y(H);
    for (std::size_t j = 0; j < W; ++j) x[j] = static_cast<double>(j);
    for (std::size_t i = 0; i < H; ++i) y[i] = static_cast<double>(i);
    // about 150 screen pixels per image, whatever its size in pixels
    const int px =
        static_cast<int>(std::min<std::size_t>(1100, std::max<std::size_t>(500, 150 * grid_cols)));
    const int py = static_cast<int>(static_cast<double>(px) * static_cast<double>(H) /
                                    static_cast<double>(W)) +
                   60;
    fig.heatmap(x, y, Z)
        .legend("off")
        .size(px, py)
        .xrange(-0.5, static_cast<double>(W) - 0.5)
        .yrange(static_cast<double>(H) - 0.5, -0.5)
        .raw("unset grid")
        .raw("unset xtics")
        .raw("unset ytics")
        .raw("unset colorbox")
        .raw("set size ratio -1")
        .raw("set lmargin 1")
        .raw("set rmargin 1")
        .raw("set palette gray negative")
        .raw("set cbrange [0:" + app::fmt(pixel_max, "%g") + "]");
    return fig;
}

}  // namespace ch18
