// build/release/bin/train: the `train` command (src/redes/app/train_command.hpp).
#include "redes/app/train_command.hpp"

int main(int argc, char** argv) { return redes::app::train_main(argc, argv); }
