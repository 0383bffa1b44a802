// What users expect of `train` (issue 12): exact continuation of a saved run (settings,
// optimizer state, schedule), --patience with restore-best, the validation accuracy per epoch,
// a test part, --predict, class names as labels, --delimiter, a BOM, the header hint, and the
// warning for labels 1…K.
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <sstream>

#include "data_test_helpers.hpp"
#include "redes/app/train_options.hpp"
#include "redes/data/csv.hpp"
#include "redes/io/atomic_write.hpp"
#include "redes/models/model_io.hpp"
#include "train_runner.hpp"

using namespace redes;
using redes_test::run_train_command;
using redes_test::ScratchDir;

namespace {

const std::string iris = "data/iris.csv --header-lines 1";
const std::string run = " --widths 8 --eta 0.02 --batch-size 16 --progress quiet";

// iris with its class numbers replaced by names and ',' by ';', after a UTF-8 BOM, no header.
std::string named_iris(const ScratchDir& s) {
    std::istringstream in(io::read_file("data/iris.csv"));
    std::string line, out = "\xEF\xBB\xBF";
    std::getline(in, line);  // the header
    const char* names[] = {"setosa", "versicolor", "virginica"};
    while (std::getline(in, line)) {
        const std::size_t last = line.rfind(',');
        std::string features = line.substr(0, last);
        std::replace(features.begin(), features.end(), ',', ';');
        out += features + ";" + names[std::stoi(line.substr(last + 1))] + "\n";
    }
    std::string p = s.path("named.csv");
    redes_test::write_bytes(p, out);
    return p;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(train_features)

BOOST_AUTO_TEST_CASE(continued_training_is_exact) {
    ScratchDir s("train_feat_exact");
    for (const std::string opt :
         {" --optimizer adam", " --optimizer momentum --schedule linear --tau 300",
          " --optimizer rmsprop --schedule inverse", " --optimizer adagrad"}) {
        const std::string whole = s.path("whole.txt"), part = s.path("part.txt");
        BOOST_TEST(
            run_train_command(iris + run + opt + " --epochs 12 --save " + whole + " --overwrite")
                .code == 0);
        BOOST_TEST(
            run_train_command(iris + run + opt + " --epochs 7 --save " + part + " --overwrite")
                .code == 0);
        // only --epochs and the files: the rest comes back from the model
        const auto r = run_train_command("data/iris.csv --progress quiet --epochs 5 --load " +
                                         part + " --save " + part);
        BOOST_TEST(r.code == 0, r.err);
        const MLPFile a = load_mlp(whole), b = load_mlp(part);
        BOOST_TEST(a.net.parameters() == b.net.parameters(), opt);  // the same bits
        BOOST_TEST(a.meta.state == b.meta.state, opt);
        BOOST_TEST(b.meta.notes.at("epochs") == "12");
        BOOST_TEST(b.meta.notes.at("steps") == a.meta.notes.at("steps"));
    }
}

BOOST_AUTO_TEST_CASE(a_damaged_setting_names_the_file_and_the_note) {
    ScratchDir s("train_feat_setting");
    const std::string m = s.path("m.txt");
    BOOST_TEST(run_train_command(iris + run + " --epochs 2 --save " + m).code == 0);
    MLPFile f = load_mlp(m);
    f.meta.notes["setting.eta"] = "-3";
    save_mlp(m, f.net, f.meta);
    auto r = run_train_command("data/iris.csv --epochs 1 --load " + m);
    BOOST_TEST(r.code == 1);
    BOOST_TEST(r.err == "train: error: load " + m +
                            ": note setting.eta = '-3': option --eta: -3 must be positive and "
                            "finite (the learning rate η)\n");
    f.meta.notes["setting.eta"] = "0.01";
    f.meta.notes["epochs"] = "twelve";
    save_mlp(m, f.net, f.meta);
    r = run_train_command("data/iris.csv --epochs 1 --load " + m);
    BOOST_TEST(r.code == 1);
    BOOST_TEST(r.err ==
               "train: error: load " + m + ": note epochs = 'twelve' is not a whole number\n");
}

BOOST_AUTO_TEST_CASE(patience_stops_and_keeps_the_best_epoch) {
    ScratchDir s("train_feat_patience");
    const std::string m = s.path("m.txt");
    std::ostringstream log;
    app::TrainOptions o = app::parse_train_options(
        4, std::vector<const char*>{"train", "data/iris.csv", "--header-lines", "1"}.data());
    o.hidden = {8};
    o.eta = 0.05;
    o.epochs = 300;
    o.patience = 10;
    o.progress = "quiet";
    o.save = m;
    const app::TrainReport rep = app::run_train(o, log);
    const auto& v = rep.history.epoch_validation_risk;
    const std::size_t best =
        static_cast<std::size_t>(std::min_element(v.begin(), v.end()) - v.begin());
    BOOST_TEST(rep.history.epochs < 300u);        // it stopped early …
    BOOST_TEST(rep.history.epochs == best + 10);  // … 10 epochs after the best one
    BOOST_TEST(rep.validation.R_hat == v[best]);  // and kept θ of that epoch
    BOOST_TEST(log.str().find("early stop after epoch " + std::to_string(best + 10) +
                              ": no better validation R̂ for 10 epochs\n") != std::string::npos);
    BOOST_TEST(load_mlp(m).meta.state.empty());  // restored θ: no optimizer state to continue
    // the validation accuracy of every epoch, the last one that of the model kept … at epoch best
    BOOST_TEST(rep.validation_accuracy.size() == v.size());
    BOOST_TEST(rep.validation_accuracy[best] == rep.validation.accuracy());
}

BOOST_AUTO_TEST_CASE(test_part_and_test_file) {
    ScratchDir s("train_feat_test");
    auto r = run_train_command(iris + run + " --epochs 20 --test-share 0.2");
    BOOST_TEST(r.code == 0, r.err);
    BOOST_TEST(r.out.find("90 samples for training, 30 for validation, 30 for the test") !=
               std::string::npos);
    BOOST_TEST(r.out.find("\ntest        R̂ = ") != std::string::npos, r.out);
    r = run_train_command(iris + run + " --epochs 20 --test data/iris.csv");
    BOOST_TEST(r.code == 0, r.err);
    BOOST_TEST(r.out.find("150 for the test") != std::string::npos, r.out);
    r = run_train_command(iris + " --test-share 0.8");
    BOOST_TEST(r.code == 2);
    BOOST_TEST(r.err ==
               "train: option --test-share: 0.8 must be in [0, 1 − validation share) = "
               "[0, 0.8)\n");
}

BOOST_AUTO_TEST_CASE(class_names_bom_delimiter_and_predict) {
    ScratchDir s("train_feat_names");
    const std::string data = named_iris(s), m = s.path("m.txt");
    auto r = run_train_command(data + " --delimiter semicolon" + run + " --epochs 30 --save " + m);
    BOOST_TEST(r.code == 0, r.err);
    BOOST_TEST(r.out.rfind(data + ": M = 150 samples, N = 4 features, K = 3 classes\n", 0) == 0u);
    const MLPFile f = load_mlp(m);
    BOOST_TEST(f.meta.notes.at("class.0") == "setosa");
    BOOST_TEST(f.meta.notes.at("class.2") == "virginica");
    BOOST_TEST(f.meta.notes.at("setting.delimiter") == "semicolon");
    r = run_train_command(data + " --evaluate --load " + m);
    BOOST_TEST(r.code == 0, r.err);
    BOOST_TEST(r.out.find("                setosa versicolor  virginica   recall\n     setosa"
                          "         50") != std::string::npos,
               r.out);
    // --predict: the first three flowers (all setosa), without their label column
    const std::string fresh = s.path("new.csv"), out = s.path("p.csv");
    redes_test::write_bytes(fresh, "5.1;3.5;1.4;0.2\n4.9;3.0;1.4;0.2\n4.7;3.2;1.3;0.2\n");
    r = run_train_command("--load " + m + " --predict " + fresh + " --predict-out " + out);
    BOOST_TEST(r.code == 0, r.err);
    std::istringstream p(io::read_file(out));
    std::string line;
    std::getline(p, line);
    BOOST_TEST(line == "class,p_setosa,p_versicolor,p_virginica");
    std::size_t rows = 0;
    while (std::getline(p, line)) {
        ++rows;
        BOOST_TEST(line.rfind("setosa,", 0) == 0u, line);
        // the probabilities sum to 1 (to the 6 digits printed)
        std::istringstream fields(line.substr(7));
        double sum = 0.0;
        for (std::string v; std::getline(fields, v, ',');) sum += std::stod(v);
        BOOST_TEST(std::abs(sum - 1.0) < 3e-6, line);
    }
    BOOST_TEST(rows == 3u);
    // the predictions file is never the input
    r = run_train_command("--load " + m + " --predict " + fresh + " --predict-out " + fresh);
    BOOST_TEST(r.code == 2);
    BOOST_TEST(r.err == "train: option --predict-out: '" + fresh +
                            "' must be a new file, not the --predict file " + fresh +
                            " (it would be overwritten)\n");
}

// Class names with a comma and with quotes, quoted in the data as RFC 4180 says, come back
// quoted in the predictions CSV, and data::load_csv reads that file back to the same names.
BOOST_AUTO_TEST_CASE(predictions_quote_class_names_and_read_back) {
    ScratchDir s("train_feat_quoted");
    const std::vector<std::string> names{"Iris setosa, wild", "say \"versi\"", "virginica"};
    std::istringstream in(io::read_file("data/iris.csv"));
    std::string line, text;
    std::getline(in, line);  // the header
    while (std::getline(in, line)) {
        const std::size_t last = line.rfind(',');
        text += line.substr(0, last + 1) +
                data::csv_field(names[static_cast<std::size_t>(std::stoi(line.substr(last + 1)))]) +
                "\n";
    }
    const std::string data = s.path("quoted.csv"), m = s.path("m.txt");
    redes_test::write_bytes(data, text);
    auto r = run_train_command(data + run + " --epochs 30 --save " + m);
    BOOST_TEST(r.code == 0, r.err);
    BOOST_TEST(load_mlp(m).meta.notes.at("class.0") == "Iris setosa, wild");
    const std::string fresh = s.path("new.csv"), out = s.path("p.csv");
    redes_test::write_bytes(fresh, "5.1,3.5,1.4,0.2\n4.9,3.0,1.4,0.2\n");  // two setosa
    r = run_train_command("--load " + m + " --predict " + fresh + " --predict-out " + out);
    BOOST_TEST(r.code == 0, r.err);
    const std::string p = io::read_file(out);
    BOOST_TEST(p.rfind("class,\"p_Iris setosa, wild\",\"p_say \"\"versi\"\"\",p_virginica\n"
                       "\"Iris setosa, wild\",",
                       0) == 0u,
               p);
    data::CsvOptions csv;
    csv.header_lines = 1;
    csv.label_column = 0;
    csv.label_names = true;
    csv.class_names = names;
    const data::DataSet back = data::load_csv(out, csv);
    BOOST_TEST(back.M() == 2u);
    BOOST_TEST(back.N() == 3u);  // the three probabilities
    BOOST_TEST(back.labels == (std::vector<std::size_t>{0, 0}));
    for (std::size_t m2 = 0; m2 < back.M(); ++m2)
        BOOST_TEST(std::abs(back.X(0, m2) + back.X(1, m2) + back.X(2, m2) - 1.0) < 3e-6);
}

BOOST_AUTO_TEST_CASE(header_hint_and_labels_from_one) {
    ScratchDir s("train_feat_hint");
    auto r = run_train_command("data/iris.csv --epochs 1");
    BOOST_TEST(r.code == 1);
    BOOST_TEST(r.err ==
               "train: error: load_csv: data/iris.csv, line 1, column 3: 'setosa' is not "
               "a number (is line 1 a header? skip it: --header-lines 1)\n");
    redes_test::write_bytes(s.path("k.csv"), "0.1,1\n0.2,2\n0.3,1\n0.4,2\n0.5,1\n0.6,2\n");
    r = run_train_command(s.path("k.csv") +
                          " --epochs 1 --batch-size 2 --validation-share 0 "
                          "--progress quiet");
    BOOST_TEST(r.code == 0, r.err);
    BOOST_TEST(r.out.rfind("warning: " + s.path("k.csv") +
                               ": no sample has label 0 (labels 1…2?): class 0 is empty, yet the "
                               "network has K = largest label + 1 = 3 outputs\n",
                           0) == 0u,
               r.out);
    r = run_train_command(iris + " --delimiter ab");
    BOOST_TEST(r.code == 2);
    BOOST_TEST(r.err ==
               "train: option --delimiter: 'ab' must be one character that is not part "
               "of a number (not a digit, '.', '+', '-', 'e'), or tab, space, semicolon\n");
}

BOOST_AUTO_TEST_SUITE_END()
