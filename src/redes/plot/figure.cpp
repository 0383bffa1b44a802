#include "redes/plot/figure.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <limits>
#include <sstream>

// gnuplot-iostream carries the commands to gnuplot through a pipe.
#include <gnuplot-iostream.h>

#include "redes/error.hpp"
#include "redes/io/atomic_write.hpp"
#include "redes/text.hpp"

namespace redes::plot {

namespace {

// gnuplot single-quoted string: '' stands for one quote.
std::string quote(const std::string& s) {
    std::string q = "'";
    for (char c : s) q += (c == '\'') ? std::string("''") : std::string(1, c);
    return q + "'";
}

// POSIX shell single-quoted word: a quote is written '\'' (close, escaped quote, reopen);
// gnuplot's '' would end the word in the shell and break a path such as runs/o'brien.
std::string shell_quote(const std::string& s) {
    std::string q = "'";
    for (char c : s) q += (c == '\'') ? std::string("'\\''") : std::string(1, c);
    return q + "'";
}

// Numbers in the CSV and the script: 10 significant digits, so a redrawn figure is the same.
std::string num(double v) { return redes::num(v, "%.10g"); }

// An axis range [lo, hi]: finite ends that differ (hi < lo is allowed: gnuplot reverses the axis).
void require_range(const std::string& fig, const char* axis, double lo, double hi) {
    if (!std::isfinite(lo) || !std::isfinite(hi) || lo == hi)
        throw ValueError("plot " + fig + ": " + axis + " [" + num(lo) + ", " + num(hi) +
                         "] needs two different finite ends");
}

void require_same_length(const std::string& fig, const std::string& label, std::size_t nx,
                         std::size_t ny) {
    if (nx != ny)
        throw ShapeError("plot " + fig + ": series '" + label + "' has " + std::to_string(nx) +
                         " x values and " + std::to_string(ny) + " y values");
}

// Contour segments by marching squares: in each grid cell, the level line crosses the edges
// whose end values lie on opposite sides of the level; crossings are interpolated linearly.
// Each segment is {x0, y0, x1, y1, level}.
std::vector<std::vector<double>> marching_squares(const std::vector<double>& x,
                                                  const std::vector<double>& y, const Matrix& Z,
                                                  const std::vector<double>& levels) {
    std::vector<std::vector<double>> segs;
    for (double c : levels) {
        for (std::size_t i = 0; i + 1 < y.size(); ++i) {
            for (std::size_t j = 0; j + 1 < x.size(); ++j) {
                // corners counter-clockwise: (j,i) (j+1,i) (j+1,i+1) (j,i+1)
                const double px[4] = {x[j], x[j + 1], x[j + 1], x[j]};
                const double py[4] = {y[i], y[i], y[i + 1], y[i + 1]};
                const double pz[4] = {Z(i, j), Z(i, j + 1), Z(i + 1, j + 1), Z(i + 1, j)};
                std::vector<double> cx, cy;
                for (int e = 0; e < 4; ++e) {
                    const int f = (e + 1) % 4;
                    if ((pz[e] < c) != (pz[f] < c)) {
                        const double t = (c - pz[e]) / (pz[f] - pz[e]);
                        cx.push_back(px[e] + t * (px[f] - px[e]));
                        cy.push_back(py[e] + t * (py[f] - py[e]));
                    }
                }
                for (std::size_t s = 0; s + 1 < cx.size(); s += 2)
                    segs.push_back({cx[s], cy[s], cx[s + 1], cy[s + 1], c});
            }
        }
    }
    return segs;
}

}  // namespace

bool gnuplot_available() {
    const char* path = std::getenv("PATH");
    std::stringstream dirs(path ? path : "/usr/bin:/bin");
    std::string dir;
    while (std::getline(dirs, dir, ':')) {
        const std::string exe = (dir.empty() ? "." : dir) + "/gnuplot";
        if (::access(exe.c_str(), X_OK) == 0) return true;
    }
    return false;
}

Figure::Figure(std::string name, std::string title)
    : name_(std::move(name)), title_(std::move(title)) {
    if (name_.empty() || name_.find('/') != std::string::npos)
        throw ValueError("plot: figure name '" + name_ + "' must be a plain file stem");
}

Figure& Figure::xlabel(std::string label) {
    xlabel_ = std::move(label);
    return *this;
}
Figure& Figure::ylabel(std::string label) {
    ylabel_ = std::move(label);
    return *this;
}
Figure& Figure::cblabel(std::string label) {
    cblabel_ = std::move(label);
    return *this;
}
Figure& Figure::logx(bool on) {
    logx_ = on;
    return *this;
}
Figure& Figure::logy(bool on) {
    logy_ = on;
    return *this;
}
Figure& Figure::xrange(double lo, double hi) {
    require_range(name_, "xrange", lo, hi);
    has_xrange_ = true;
    x0_ = lo;
    x1_ = hi;
    return *this;
}
Figure& Figure::yrange(double lo, double hi) {
    require_range(name_, "yrange", lo, hi);
    has_yrange_ = true;
    y0_ = lo;
    y1_ = hi;
    return *this;
}
Figure& Figure::size(int w, int h) {
    if (w < 16 || h < 16 || w > 10000 || h > 10000)
        throw ValueError("plot " + name_ + ": size " + std::to_string(w) + "×" + std::to_string(h) +
                         " pixels must be between 16 and 10000 on each side");
    width_ = w;
    height_ = h;
    return *this;
}
Figure& Figure::legend(std::string position) {
    legend_ = std::move(position);
    return *this;
}
Figure& Figure::equal_axes(bool on) {
    equal_ = on;
    return *this;
}
Figure& Figure::raw(std::string command) {
    raw_.push_back(std::move(command));
    return *this;
}

Figure& Figure::line(const std::string& label, const std::vector<double>& x,
                     const std::vector<double>& y, const std::string& style) {
    require_same_length(name_, label, x.size(), y.size());
    Block b{Block::series, label, style, {x, y}, {}, {}, {}, 0};
    blocks_.push_back(std::move(b));
    return *this;
}

Figure& Figure::line(const std::string& label, const Vector& x, const Vector& y,
                     const std::string& style) {
    return line(label, x.values(), y.values(), style);
}

Figure& Figure::points(const std::string& label, const std::vector<double>& x,
                       const std::vector<double>& y, const std::string& style) {
    return line(label, x, y, style);
}

Figure& Figure::errorbars(const std::string& label, const std::vector<double>& x,
                          const std::vector<double>& y, const std::vector<double>& err,
                          const std::string& style) {
    require_same_length(name_, label, x.size(), y.size());
    require_same_length(name_, label + " (error bars)", x.size(), err.size());
    Block b{Block::series, label, style, {x, y, err}, {}, {}, {}, 0};
    blocks_.push_back(std::move(b));
    return *this;
}

Figure& Figure::heatmap(const std::vector<double>& x, const std::vector<double>& y,
                        const Matrix& Z) {
    if (Z.rows() != y.size() || Z.cols() != x.size())
        throw ShapeError("plot " + name_ + ": heatmap values " + shape_str(Z.rows(), Z.cols()) +
                         " on a grid of " + std::to_string(y.size()) + " y by " +
                         std::to_string(x.size()) + " x");
    blocks_.push_back(Block{Block::grid_image, "", "", {}, x, y, Z, 0});
    return *this;
}

Figure& Figure::contour(const std::vector<double>& x, const std::vector<double>& y, const Matrix& Z,
                        int levels) {
    if (Z.rows() != y.size() || Z.cols() != x.size())
        throw ShapeError("plot " + name_ + ": contour values " + shape_str(Z.rows(), Z.cols()) +
                         " on a grid of " + std::to_string(y.size()) + " y by " +
                         std::to_string(x.size()) + " x");
    if (levels < 1)
        throw ValueError("plot " + name_ + ": contour needs at least 1 level, got " +
                         std::to_string(levels));
    // Levels at evenly spaced quantiles of Z, so functions spanning decades still get lines
    // near their minimum.
    std::vector<double> sorted(Z.data(), Z.data() + Z.size());
    std::sort(sorted.begin(), sorted.end());
    std::vector<double> lv;
    lv.reserve(static_cast<std::size_t>(levels));
    for (int l = 0; l < levels; ++l)
        lv.push_back(sorted[static_cast<std::size_t>((l + 0.5) / levels * (sorted.size() - 1))]);
    Block b{Block::grid_contour, "", "", marching_squares(x, y, Z, lv), {}, {}, {}, levels};
    blocks_.push_back(std::move(b));
    return *this;
}

std::string Figure::csv() const {
    std::ostringstream out;
    out << "# " << name_ << ": data of the figure '" << title_ << "'\n"
        << "# blocks are separated by two blank lines; gnuplot selects them with 'index'\n";
    for (std::size_t k = 0; k < blocks_.size(); ++k) {
        const Block& b = blocks_[k];
        if (k) out << "\n\n";
        if (b.kind == Block::series) {
            out << "# index " << k << ": " << b.label << "\n";
            out << (b.columns.size() == 3 ? "x,y,err\n" : "x,y\n");
            for (std::size_t i = 0; i < b.columns[0].size(); ++i) {
                for (std::size_t c = 0; c < b.columns.size(); ++c)
                    out << (c ? "," : "") << num(b.columns[c][i]);
                out << "\n";
            }
        } else if (b.kind == Block::grid_contour) {
            out << "# index " << k << ": contour lines, one segment per pair of rows\nx,y,level\n";
            for (const auto& seg : b.columns) {
                out << num(seg[0]) << "," << num(seg[1]) << "," << num(seg[4]) << "\n"
                    << num(seg[2]) << "," << num(seg[3]) << "," << num(seg[4]) << "\n\n";
            }
        } else {
            out << "# index " << k << ": grid (heatmap), one blank line between rows of y\nx,y,z\n";
            for (std::size_t i = 0; i < b.gy.size(); ++i) {
                if (i) out << "\n";
                for (std::size_t j = 0; j < b.gx.size(); ++j)
                    out << num(b.gx[j]) << "," << num(b.gy[i]) << "," << num(b.Z(i, j)) << "\n";
            }
        }
    }
    return out.str();
}

std::string Figure::script() const {
    const std::string data = quote(name_ + ".csv");
    std::ostringstream gp;
    gp << "# " << name_ << ".gp, written by redes. Redraw " << name_
       << ".png from its data with: gnuplot " << name_ << ".gp\n"
       << "set encoding utf8\n"
       << "set terminal pngcairo size " << width_ << "," << height_
       << " enhanced font 'DejaVu Sans,11'\n"
       << "set output " << quote(name_ + ".png") << "\n"
       << "set datafile separator ','\n"
       << "set title " << quote(title_) << "\n"
       << "set xlabel " << quote(xlabel_) << "\n"
       << "set ylabel " << quote(ylabel_) << "\n"
       << "set grid\n";
    if (legend_ == "off") gp << "unset key\n";
    else gp << "set key " << legend_ << " box opaque\n";
    if (logx_) gp << "set logscale x\nset format x '10^{%L}'\n";
    if (logy_) gp << "set logscale y\nset format y '10^{%L}'\n";
    if (has_xrange_) gp << "set xrange [" << num(x0_) << ":" << num(x1_) << "]\n";
    if (has_yrange_) gp << "set yrange [" << num(y0_) << ":" << num(y1_) << "]\n";
    if (equal_) gp << "set size ratio -1\n";
    // offset: without it the rotated colour-bar label sits on the tick numbers
    if (!cblabel_.empty()) gp << "set cblabel " << quote(cblabel_) << " offset 1.5,0\n";
    // The default palette comes before the raw commands, so a raw "set palette …" can replace it.
    bool has_image = false;
    double z_lo = std::numeric_limits<double>::infinity(), z_hi = -z_lo;
    for (const auto& b : blocks_) {
        if (b.kind != Block::grid_image) continue;
        has_image = true;
        for (std::size_t q = 0; q < b.Z.size(); ++q) {
            z_lo = std::min(z_lo, b.Z.data()[q]);
            z_hi = std::max(z_hi, b.Z.data()[q]);
        }
    }
    if (has_image)
        gp << "set palette defined (0 '#440154', 0.25 '#3b528b', 0.5 '#21918c', 0.75 '#5ec962', 1 '#fde725')\n";
    // A constant image (a dead ReLU's f ≡ 0) has an empty colour range, which gnuplot widens to
    // ±1 with a warning on stderr: widen it here, silently, unless a raw command sets one.
    const bool raw_cbrange = std::any_of(raw_.begin(), raw_.end(), [](const std::string& r) {
        return r.rfind("set cbrange", 0) == 0;
    });
    if (has_image && z_lo == z_hi && std::isfinite(z_lo) && !raw_cbrange)
        gp << "set cbrange [" << num(z_lo - 1.0) << ":" << num(z_hi + 1.0) << "]\n";
    for (const auto& r : raw_) gp << r << "\n";

    gp << "plot ";
    for (std::size_t k = 0; k < blocks_.size(); ++k) {
        const Block& b = blocks_[k];
        if (k) gp << ", \\\n     ";
        if (b.kind == Block::series) {
            gp << data << " index " << k << " using 1:2" << (b.columns.size() == 3 ? ":3" : "")
               << " with " << b.style << " title " << quote(b.label);
        } else if (b.kind == Block::grid_image) {
            gp << data << " index " << k << " using 1:2:3 with image notitle";
        } else {
            gp << data << " index " << k << " using 1:2 with lines lc rgb 'gray60' lw 1 notitle";
        }
    }
    gp << "\nset output\n";
    return gp.str();
}

std::string Figure::save(const std::string& out_dir) const {
    if (blocks_.empty()) throw ValueError("plot " + name_ + ": nothing to draw (no series added)");
    if (!gnuplot_available())
        throw IoError("plot " + name_ +
                      ": gnuplot is not installed (no 'gnuplot' on PATH); run 'make deps' or "
                      "apt-get install gnuplot-nox");
    io::make_directories(out_dir);
    const std::string base = out_dir + "/" + name_;
    io::write_file_atomic(base + ".csv", csv());
    io::write_file_atomic(base + ".gp", script());

    std::string png = base + ".png";  // not const: returned by move
    const std::string log = base + ".gnuplot-log." + std::to_string(::getpid());
    std::remove(png.c_str());
    // A gnuplot that dies early must not kill us with SIGPIPE: ignore it, check the result.
    std::signal(SIGPIPE, SIG_IGN);
    {
        Gnuplot gp("gnuplot 2>" + shell_quote(log));
        gp << "cd " << quote(out_dir) << "\n"
           << "load " << quote(name_ + ".gp") << "\n"
           << "exit\n";
    }  // the destructor closes the pipe and waits for gnuplot to finish
    std::string messages;
    try {
        messages = io::read_file(log);
    } catch (const IoError&) {
    }
    std::remove(log.c_str());

    struct stat st {};
    if (::stat(png.c_str(), &st) != 0 || st.st_size == 0) {
        std::remove(png.c_str());
        throw IoError("plot " + name_ + ": gnuplot did not draw " + png + ": " +
                      (messages.empty() ? "(no message)" : messages));
    }
    if (!messages.empty()) std::cerr << "plot " << name_ << ": gnuplot says: " << messages;
    return png;
}

}  // namespace redes::plot
