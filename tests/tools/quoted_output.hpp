#pragma once
// Quoted program output: the rules check_docs applies to recorded outputs and to what the docs
// quote from them (docs/audit.md, "How numbers in the docs are checked").
//
//   chapters/NN_name/output/NAME.txt   line 1: the command a student types, `$ make chapter-NN`
//                                      (NAME = default) or `$ make chapter-NN ARGS="…"` (any other
//                                      NAME); then the program's stdout for it, byte for byte,
//                                      without its `  plot: …` lines.
//   ```output NAME  … ```              every non-blank line is a line of output/NAME.txt, in the
//                                      record's order; a line `…` marks an elision.
//   [0.156](output/NAME.txt)           the link text occurs in the record as a whole number.
#include <cstddef>
#include <string>
#include <vector>

namespace quoted_output {

// Whether rel (root-relative, e.g. "chapters/14_sgd_convergence/output/p2.txt") is a record;
// if so, sets chapter_dir ("chapters/14_sgd_convergence") and name ("p2").
bool is_record_path(const std::string& rel, std::string& chapter_dir, std::string& name);

// What is wrong with line 1 of record `name` of chapter folder `chapter_dir` ("" when nothing).
std::string command_problem(const std::string& chapter_dir, const std::string& name,
                            const std::string& first_line);

// Whether a record line is one the record must not hold: a `plot:` line (where a figure went).
bool is_plot_line(const std::string& line);

// The link text as a number to look for: backticks, * and _ emphasis and outer blanks removed,
// U+2212 (−) written as '-'. Empty when the text holds no digit (a link to the record, not a
// quoted number).
std::string quoted_number(const std::string& link_text);

// Whether `number` occurs in `line` as a whole number: not a piece of a longer one (0.15 is not
// in 0.156, 10.15 or 0.15e-3) and not the magnitude of a negative one (0.5 is not in -0.5).
bool has_number(const std::string& line, const std::string& number);

// Whether a line of an output block is an elision (`…` or `...`, blanks around allowed).
bool is_elision(const std::string& line);

// One line of an output block that the record does not back.
struct BlockMiss {
    std::size_t index;  // 0-based line of the block
    std::string what;
};

// The block's lines (fences excluded) against the record's lines: each non-blank line that is
// not an elision (`…` or `...`) must be a line of the record (trailing blanks ignored), after the
// one matched before it.
std::vector<BlockMiss> check_block(const std::vector<std::string>& block,
                                   const std::vector<std::string>& record,
                                   const std::string& record_shown);

}  // namespace quoted_output
