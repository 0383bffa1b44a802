// redes/app/risk_plot.hpp: the risk curves of a training run on a log axis leave out the points
// a log axis cannot draw (R̂ = 0) and keep every other epoch at its own x.
#include <boost/test/unit_test.hpp>

#include <unistd.h>

#include <filesystem>
#include <string>

#include "redes/app/risk_plot.hpp"
#include "redes/io/atomic_write.hpp"

namespace fs = std::filesystem;

BOOST_AUTO_TEST_SUITE(app_risk_plot)

BOOST_AUTO_TEST_CASE(zero_risks_are_left_out_of_the_log_axis) {
    redes::SGDHistory h;
    h.steps_per_epoch = 1;
    h.step_batch_risk = {0.5, 0.0, 0.25};                      // window 1: one point per step
    h.epoch_train_risk = {0.75, 0.125, 0.0, 0.0625};           // epoch 2 fitted exactly
    h.epoch_validation_risk = {0.875, 0.375, 0.3125, 0.1875};  // never 0
    const redes::plot::Figure fig = redes::app::risk_curves_figure("risk", "SGD", h);
    const fs::path dir =
        fs::temp_directory_path() / ("redes-risk-plot-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    fig.save(dir.string());
    const std::string csv = redes::io::read_file((dir / "risk.csv").string());
    fs::remove_all(dir);
    // batch: steps k = 0, 2 drawn at x = (k + 1)/1; the 0 at k = 1 (x = 2) is gone
    BOOST_TEST(csv.find("x,y\n1,0.5\n3,0.25\n") != std::string::npos, csv);
    // training part: epochs 0, 1, 3 (epoch 2 had R̂ = 0)
    BOOST_TEST(csv.find("x,y\n0,0.75\n1,0.125\n3,0.0625\n") != std::string::npos, csv);
    // validation part: every epoch
    BOOST_TEST(csv.find("x,y\n0,0.875\n1,0.375\n2,0.3125\n3,0.1875\n") != std::string::npos, csv);
}

BOOST_AUTO_TEST_CASE(curves_take_the_first_colours_of_the_palette) {
    redes::SGDHistory h;
    h.steps_per_epoch = 2;
    h.step_batch_risk = {1.0, 0.5};
    h.epoch_train_risk = {1.0, 0.5};
    h.epoch_validation_risk = {1.1, 0.6};
    const std::string gp = redes::app::risk_curves_figure("risk", "SGD", h).script();
    BOOST_TEST(gp.find("pt 7 ps 0.7 lc rgb '#1f77b4' title 'R̂ on the training part'") !=
                   std::string::npos,
               gp);
    BOOST_TEST(gp.find("pt 5 ps 0.7 lc rgb '#d62728' title 'R̂ on the validation part'") !=
                   std::string::npos,
               gp);
}

BOOST_AUTO_TEST_SUITE_END()
