#pragma once
// Figure: a thin layer over gnuplot-iostream. save() writes three files side by side:
//   NAME.csv  the plotted data (one block per series, separated by two blank lines),
//   NAME.gp   the gnuplot script that draws it (run `gnuplot NAME.gp` in that folder to restyle),
//   NAME.png  the picture (pngcairo, headless).
#include <string>
#include <vector>

#include "redes/linalg/matrix.hpp"
#include "redes/linalg/vector.hpp"

namespace redes::plot {

class Figure {
public:
    // name: file stem, e.g. "ch02_lln_error"; title: names the lecture's concept.
    Figure(std::string name, std::string title);

    Figure& xlabel(std::string label);
    Figure& ylabel(std::string label);
    Figure& cblabel(std::string label);  // colour bar of a heatmap
    Figure& logx(bool on = true);
    Figure& logy(bool on = true);
    Figure& xrange(double lo, double hi);
    Figure& yrange(double lo, double hi);
    Figure& size(int width_px, int height_px);
    // gnuplot's key position, e.g. "top right", "bottom left", "outside"; "off" hides it.
    Figure& legend(std::string position);
    // Same scale on both axes (for paths over contour lines, decision maps).
    Figure& equal_axes(bool on = true);
    // Any further gnuplot command, inserted before the plot line (e.g. "set grid").
    Figure& raw(std::string command);

    // A curve through (x_i, y_i). style: a gnuplot "with" clause: "lines", "points pt 7",
    // "linespoints", "lines dashtype 2 lc rgb 'black'", ...
    Figure& line(const std::string& label, const std::vector<double>& x,
                 const std::vector<double>& y, const std::string& style = "lines lw 2");
    Figure& line(const std::string& label, const Vector& x, const Vector& y,
                 const std::string& style = "lines lw 2");
    Figure& points(const std::string& label, const std::vector<double>& x,
                   const std::vector<double>& y, const std::string& style = "points pt 7 ps 0.6");
    // y_i ± err_i as error bars.
    Figure& errorbars(const std::string& label, const std::vector<double>& x,
                      const std::vector<double>& y, const std::vector<double>& err,
                      const std::string& style = "yerrorbars pt 7 ps 0.6");
    // A heatmap of Z on a regular grid: Z(i, j) is the value at (x[j], y[i]).
    Figure& heatmap(const std::vector<double>& x, const std::vector<double>& y, const Matrix& Z);
    // Contour lines of Z on the same kind of grid (levels: how many).
    Figure& contour(const std::vector<double>& x, const std::vector<double>& y, const Matrix& Z,
                    int levels = 15);

    const std::string& name() const { return name_; }
    // Writes NAME.csv, NAME.gp and NAME.png into out_dir (created if missing) and returns the
    // path of the PNG. Throws IoError when gnuplot is missing or fails (with its message);
    // no half-written file is left behind.
    std::string save(const std::string& out_dir) const;
    // The gnuplot script save() writes (exposed for tests).
    std::string script() const;

private:
    // One thing drawn: a series (x, y[, err]) or a grid Z over (x, y) as an image or contours.
    struct Block {
        enum Kind { series, grid_image, grid_contour } kind;
        std::string label, style;
        std::vector<std::vector<double>> columns;  // series: x, y[, err]
        std::vector<double> gx, gy;                // grids
        Matrix Z;
        int levels = 0;
    };
    std::string csv() const;

    std::string name_, title_, xlabel_, ylabel_, cblabel_, legend_ = "top right";
    bool logx_ = false, logy_ = false, equal_ = false;
    bool has_xrange_ = false, has_yrange_ = false;
    double x0_ = 0, x1_ = 0, y0_ = 0, y1_ = 0;
    int width_ = 800, height_ = 560;
    std::vector<std::string> raw_;
    std::vector<Block> blocks_;
};

// True when a gnuplot executable is on PATH.
bool gnuplot_available();

}  // namespace redes::plot
