#pragma once
// What `train` writes never destroys what it reads (issue 12). Checked before any work:
//   --save FILE      not the data (or --test, --predict) file; a folder that exists and can be
//                    written; an existing FILE that is not a redes model is replaced only with
//                    --overwrite (a model file, e.g. the --load'ed one, is replaced: atomically)
//   --plot STEM      STEM.png, STEM.csv, STEM.gp: none of them an input or the --save file,
//                    even with --overwrite; existing ones are replaced only with --overwrite
//   --predict-out    the same rules as --save, for the predictions CSV
// Stale temporaries of an interrupted save (redes::io::stale_temporaries) are reported.
#include <string>
#include <vector>

#include "redes/app/train_options.hpp"

namespace redes::app {

// True when a and b name the same file: the same inode if both exist, else the same
// normalised absolute path.
bool same_file(const std::string& a, const std::string& b);

// The files --plot STEM writes: STEM.png, STEM.csv, STEM.gp ("x.png" counts as the stem "x").
std::vector<std::string> plot_files(const std::string& stem);

// Throws ValueError "option --NAME: 'PATH' must be …" for an output that would destroy an
// input or an existing file without --overwrite. Returns warnings (stale temporaries).
std::vector<std::string> check_train_outputs(const TrainOptions& o);

}  // namespace redes::app
