// libFuzzer target for the whole `train` path (src/redes/app/train_command.hpp): options,
// loading, split, Standardizer::fit/transform, SGD by epochs with the divergence rule, save_mlp,
// then load_mlp + --evaluate and --predict of the saved model.
//
// An input is one line of options, then the CSV data:
//   --widths 3 --cost quadratic --delimiter ;⏎1;2;0⏎3;4;1⏎…
// Only options that neither name files nor cost much are taken from the input (others are
// dropped, as is any value with a '/'); every run adds --epochs 2 --progress quiet and a memory
// budget of 0.25 GiB, so a case takes milliseconds and never writes outside its scratch folder.
// The contract: parse_train_options throws nothing but program_options errors and
// redes::Error; run_train throws nothing but redes::Error; a saved model loads back, is
// evaluated (R̂ finite or a DivergenceError), and --predict writes one line per sample.
#include <boost/program_options/errors.hpp>
#include <cstdint>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "fuzz_input.hpp"
#include "redes/app/train_command.hpp"
#include "redes/app/train_options.hpp"
#include "redes/io/atomic_write.hpp"

namespace {

using redes_fuzz::fail;

const std::set<std::string> allowed{"--task",         "--widths",
                                    "--activation",   "--output-activation",
                                    "--cost",         "--init",
                                    "--init-scale",   "--bias",
                                    "--label-column", "--header-lines",
                                    "--delimiter",    "--validation-share",
                                    "--test-share",   "--no-standardize",
                                    "--optimizer",    "--eta",
                                    "--alpha",        "--rho",
                                    "--rho1",         "--rho2",
                                    "--delta",        "--schedule",
                                    "--eta-tau",      "--tau",
                                    "--k0",           "--p",
                                    "--batch-size",   "--seed",
                                    "--patience"};

// The arguments: the input's first line, filtered, then the fixed ones.
std::vector<std::string> arguments(const std::string& line, const std::string& data) {
    std::vector<std::string> args{"train", data};
    std::istringstream in(line);
    bool keep_value = false;
    for (std::string w; in >> w && args.size() < 40;) {
        if (w.rfind("--", 0) == 0) {
            keep_value = allowed.count(w) > 0;
            if (keep_value) args.push_back(w);
        } else if (keep_value && w.find('/') == std::string::npos) {
            args.push_back(w);
        }
    }
    for (const char* w : {"--epochs", "2", "--progress", "quiet", "--memory-budget", "0.25"})
        args.push_back(w);
    return args;
}

// parse_train_options, allowing what a bad command line may throw.
bool parse(const std::vector<std::string>& args, redes::app::TrainOptions& o) {
    std::vector<const char*> argv;
    for (const auto& a : args) argv.push_back(a.c_str());
    try {
        o = redes::app::parse_train_options(static_cast<int>(argv.size()), argv.data());
        return !o.help;
    } catch (const boost::program_options::error&) {
    } catch (const redes::Error&) {
    } catch (const std::exception& e) {
        fail(std::string("parse_train_options threw ") + typeid(e).name() + ": " + e.what());
    }
    return false;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* bytes, std::size_t size) {
    static redes_fuzz::ScratchFile data("train_data"), model("train_model"),
        predictions("train_predictions");
    const std::string input(reinterpret_cast<const char*>(bytes), size);
    const std::size_t nl = input.find('\n');
    const std::string line = nl == std::string::npos ? input : input.substr(0, nl);
    const std::string csv = nl == std::string::npos ? "" : input.substr(nl + 1);
    data.write(reinterpret_cast<const std::uint8_t*>(csv.data()), csv.size());
    std::remove(model.path().c_str());
    std::remove(predictions.path().c_str());

    std::vector<std::string> args = arguments(line, data.path());
    args.push_back("--save");
    args.push_back(model.path());
    redes::app::TrainOptions o;
    if (!parse(args, o)) return 0;
    std::ostringstream out;
    bool trained = false;
    redes_fuzz::only_redes_errors("run_train", [&] {
        redes::app::run_train(o, out);
        trained = true;
    });
    if (!trained) return 0;

    // the saved model: evaluated on its data, and used on the data as unlabelled inputs
    std::vector<std::string> eval{"train", data.path(), "--load", model.path(), "--evaluate"};
    if (parse(eval, o))
        redes_fuzz::only_redes_errors("train --evaluate", [&] { redes::app::run_train(o, out); });
    std::vector<std::string> pred{"train",     "--load",        model.path(),      "--predict",
                                  data.path(), "--predict-out", predictions.path()};
    if (parse(pred, o))
        redes_fuzz::only_redes_errors("train --predict", [&] { redes::app::run_train(o, out); });
    return 0;
}
