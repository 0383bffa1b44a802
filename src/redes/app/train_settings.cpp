#include "redes/app/train_settings.hpp"

#include <algorithm>
#include <cstdio>

#include "redes/app/chapter.hpp"
#include "redes/error.hpp"

namespace redes::app {

namespace {

// %.17g: a double read back from it is the same double.
std::string exact(double v) {
    char buf[40];
    std::snprintf(buf, sizeof buf, "%.17g", v);
    return buf;
}

std::string delimiter_name(char c) {
    if (c == '\t') return "tab";
    if (c == ' ') return "space";
    if (c == ';') return "semicolon";
    return std::string(1, c);
}

const std::string prefix = "setting.";

bool is_remembered(const std::string& name) {
    static const std::vector<std::string> names{"label-column", "header-lines",
                                                "delimiter",    "validation-share",
                                                "test-share",   "cost",
                                                "optimizer",    "eta",
                                                "alpha",        "rho",
                                                "rho1",         "rho2",
                                                "delta",        "schedule",
                                                "eta-tau",      "tau",
                                                "k0",           "p",
                                                "batch-size",   "seed",
                                                "patience",     "task"};
    return std::find(names.begin(), names.end(), name) != names.end();
}

std::vector<const char*> pointers(const std::vector<std::string>& words) {
    std::vector<const char*> p;
    for (const auto& w : words) p.push_back(w.c_str());
    return p;
}

}  // namespace

bool TrainOptions::was_given(const std::string& name) const {
    return std::find(given.begin(), given.end(), name) != given.end();
}

std::vector<std::pair<std::string, std::string>> remembered_settings(const TrainOptions& o) {
    std::vector<std::pair<std::string, std::string>> s{
        {"label-column", std::to_string(o.label_column)},
        {"header-lines", std::to_string(o.header_lines)},
        {"delimiter", delimiter_name(o.delimiter)},
        {"validation-share", exact(o.validation_share)},
        {"test-share", exact(o.test_share)},
        {"cost", o.cost},
        {"optimizer", o.optimizer},
        {"eta", exact(o.eta)},
        {"alpha", exact(o.alpha)},
        {"rho", exact(o.rho)},
        {"rho1", exact(o.rho1)},
        {"rho2", exact(o.rho2)},
        {"schedule", o.schedule},
        {"p", exact(o.p)},
        {"batch-size", std::to_string(o.batch_size)},
        {"seed", std::to_string(o.seed)},
        {"patience", std::to_string(o.patience)},
        {"task", o.task}};
    if (o.delta > 0.0) s.emplace_back("delta", exact(o.delta));
    if (o.eta_tau > 0.0) s.emplace_back("eta-tau", exact(o.eta_tau));
    if (o.tau > 0) s.emplace_back("tau", std::to_string(o.tau));
    if (o.k0 > 0.0) s.emplace_back("k0", exact(o.k0));
    return s;
}

TrainOptions parse_train_options_with(int argc, const char* const* argv,
                                      const std::map<std::string, std::string>& notes,
                                      const std::string& model_path) {
    const TrainOptions first = parse_train_options(argc, argv);
    require_model_task(first, notes, model_path);
    std::vector<std::string> words(argv, argv + argc);
    for (const auto& [key, value] : notes) {
        if (key.compare(0, prefix.size(), prefix) != 0) continue;
        const std::string name = key.substr(prefix.size());
        const std::string where = "load " + model_path + ": note " + key + " = '" + value + "': ";
        if (!is_remembered(name)) throw IoError(where + "not a setting train remembers");
        // the setting alone must pass the option's own check
        const std::vector<std::string> alone{"train", "--data", "-", "--" + name, value};
        try {
            parse_train_options(static_cast<int>(alone.size()), pointers(alone).data());
        } catch (const std::exception& e) {
            throw IoError(where + e.what());
        }
        if (first.was_given(name)) continue;
        words.push_back("--" + name);
        words.push_back(value);
    }
    TrainOptions o = parse_train_options(static_cast<int>(words.size()), pointers(words).data());
    o.given = first.given;  // what the user typed, not what the model added
    return o;
}

void require_model_task(const TrainOptions& o, const std::map<std::string, std::string>& notes,
                        const std::string& model_path) {
    const auto it = notes.find(prefix + "task");
    const std::string task = it == notes.end() ? "classification" : it->second;
    require(!o.was_given("task") || o.task == task, "task", o.task,
            "left out or equal to the task of the loaded model " + model_path + ", " + task);
}

std::size_t count_note(const std::map<std::string, std::string>& notes, const std::string& key,
                       const std::string& model_path) {
    const auto it = notes.find(key);
    if (it == notes.end()) return 0;
    const std::string& v = it->second;
    if (v.empty() || v.size() > 18 || v.find_first_not_of("0123456789") != std::string::npos)
        throw IoError("load " + model_path + ": note " + key + " = '" + v +
                      "' is not a whole number");
    return static_cast<std::size_t>(std::stoull(v));
}

}  // namespace redes::app
