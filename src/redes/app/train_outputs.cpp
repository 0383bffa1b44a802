#include "redes/app/train_outputs.hpp"

#include <filesystem>
#include <fstream>

#include "redes/app/chapter.hpp"
#include "redes/app/output_checks.hpp"
#include "redes/io/atomic_write.hpp"

namespace redes::app {

namespace fs = std::filesystem;

namespace {

bool exists(const std::string& p) {
    std::error_code ec;
    return fs::exists(p, ec);
}

// A file save_mlp wrote: its first line is "redes-mlp V".
bool is_model_file(const std::string& p) {
    std::ifstream in(p, std::ios::binary);
    std::string first;
    std::getline(in, first);
    return first.rfind("redes-mlp ", 0) == 0;
}

// The files train reads: (option, path) for each one given.
std::vector<std::pair<std::string, std::string>> inputs(const TrainOptions& o) {
    std::vector<std::pair<std::string, std::string>> in;
    if (!o.data.empty()) in.emplace_back("data", o.data);
    if (!o.load.empty()) in.emplace_back("load", o.load);
    if (!o.test.empty()) in.emplace_back("test", o.test);
    if (!o.predict.empty()) in.emplace_back("predict", o.predict);
    return in;
}

// option --NAME: 'PATH' is never one of the inputs (except --load for --save: a model file
// trained further is replaced by its successor, atomically).
void require_not_an_input(const TrainOptions& o, const std::string& option, const std::string& path,
                          bool may_be_the_model) {
    for (const auto& [in_option, in_path] : inputs(o)) {
        if (may_be_the_model && in_option == "load") continue;
        require(!same_file(path, in_path), option, "'" + path + "'",
                "a new file, not the --" + in_option + " file " + in_path +
                    " (it would be overwritten)");
    }
}

// A single output file (--save, --predict-out).
void check_output_file(const TrainOptions& o, const std::string& option, const std::string& path,
                       bool may_be_the_model) {
    require_output_file(option, path);
    require_not_an_input(o, option, path, may_be_the_model);
    require(!exists(path) || o.overwrite || (may_be_the_model && is_model_file(path)), option,
            "'" + path + "'",
            std::string(may_be_the_model ? "a new file or a redes model file" : "a new file") +
                " (it exists; --overwrite replaces it)");
}

}  // namespace

bool same_file(const std::string& a, const std::string& b) {
    std::error_code ec;
    if (exists(a) && exists(b)) return fs::equivalent(a, b, ec);
    return fs::weakly_canonical(fs::absolute(a, ec), ec) ==
           fs::weakly_canonical(fs::absolute(b, ec), ec);
}

std::vector<std::string> plot_files(const std::string& stem) {
    fs::path s(stem);
    if (s.extension() == ".png") s.replace_extension();
    std::vector<std::string> files;
    for (const char* ext : {".png", ".csv", ".gp"}) files.push_back(s.string() + ext);
    return files;
}

std::vector<std::string> check_train_outputs(const TrainOptions& o) {
    if (!o.save.empty()) check_output_file(o, "save", o.save, true);
    if (!o.predict_out.empty()) {
        check_output_file(o, "predict-out", o.predict_out, false);
        require(o.save.empty() || !same_file(o.predict_out, o.save), "predict-out",
                "'" + o.predict_out + "'", "a different file than --save");
    }
    if (!o.plot.empty()) {
        const fs::path parent = fs::path(o.plot).parent_path();
        require_output_folder("plot", parent.empty() ? "." : parent.string());
        for (const std::string& f : plot_files(o.plot)) {
            require_not_an_input(o, "plot", f, false);
            require(o.save.empty() || !same_file(f, o.save), "plot", "'" + o.plot + "'",
                    "a stem whose " + f + " is not the --save file");
            require(!exists(f) || o.overwrite, "plot", "'" + o.plot + "'",
                    "a stem of new files: " + f + " exists (--overwrite replaces it)");
        }
    }
    std::vector<std::string> warnings;
    for (const std::string& out : {o.save, o.predict_out})
        if (!out.empty())
            for (const std::string& t : io::stale_temporaries(out))
                warnings.push_back("warning: " + t + " is left from an interrupted save of " + out +
                                   " (delete it if no other train is running)");
    return warnings;
}

}  // namespace redes::app
