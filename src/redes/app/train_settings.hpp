#pragma once
// What a model saved by `train` remembers of the run that made it, so that
//   train data.csv --load m.txt --epochs 20 --save m.txt
// continues that run: notes "setting.NAME VALUE" hold the options that shape training (the data
// layout, the split, the optimizer and its constants, the schedule, M′, the seed, patience),
// and a later run takes back each one its command line does not give. Notes "epochs" and
// "steps" count what was trained so far; they and the settings are checked when read (a
// damaged note is an IoError naming the file and the note, not a silent default).
#include <cstddef>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "redes/app/train_options.hpp"

namespace redes::app {

// (name, value) of each remembered option, spelled as on the command line.
std::vector<std::pair<std::string, std::string>> remembered_settings(const TrainOptions& o);

// Parses argv, adding the remembered settings of a model's notes for the options argv lacks.
// A setting that fails its check throws IoError "load PATH: note setting.NAME = 'V': …".
TrainOptions parse_train_options_with(int argc, const char* const* argv,
                                      const std::map<std::string, std::string>& notes,
                                      const std::string& model_path);

// ValueError "option --task: …" when o gives a --task other than the model's (its note
// setting.task; "classification" for files written before --task existed).
void require_model_task(const TrainOptions& o, const std::map<std::string, std::string>& notes,
                        const std::string& model_path);

// A note holding a whole number (epochs, steps): 0 when missing, IoError when malformed.
std::size_t count_note(const std::map<std::string, std::string>& notes, const std::string& key,
                       const std::string& model_path);

}  // namespace redes::app
