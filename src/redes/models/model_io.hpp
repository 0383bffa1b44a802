#pragma once
// Model files: a trained MLP (widths N_ℓ, σ_ℓ, W_ℓ, b_ℓ) and what is needed to use it
// (the class count, the standardisation μ and s of its inputs, free notes), as text:
//
//   redes-mlp 2                       format and version (1: the same without checksum)
//   # comment lines start with '#'
//   num_classes 10                    metadata (each line optional)
//   mean 64 0x1.2p+3 …                μ_i of the standardisation, N_0 numbers
//   stddev 64 0x1.8p+1 …              s_i
//   note dataset digits               free notes: a key (one word), then the rest of the line
//   state adam_s 3 0x1p-4 …           named vectors (an optimizer's state for exact resumption)
//   L 2                               number of layers
//   N 64 32 10                        widths N_0 … N_L
//   layer 1 relu                      σ_ℓ (leaky_relu is followed by its α)
//   W 32 64                           then N_ℓ lines of N_{ℓ−1} numbers: W_ℓ row by row
//   b 32                              then one line of N_ℓ numbers
//   layer 2 identity
//   …
//   end
//   checksum fnv1a64 3f2a…            FNV-1a (64 bits) of every byte above: a changed digit
//                                     is refused ("the file was damaged or edited")
//
// Numbers are written as C99 hexfloats (0x1.8p+1 = 3): the exact bits of the double, so a
// model reads back bit for bit (parameters ==, forward outputs identical). The file is
// written atomically (redes::io::write_file_atomic): a crash never leaves half a model.
// A corrupt, truncated or wrong-version file gives an IoError naming the file, the line and
// what is wrong:  load_mlp: m.txt, line 9: W_1 row 3, value 5: 'x' is not a number
#include <cstddef>
#include <map>
#include <string>

#include "redes/linalg/vector.hpp"
#include "redes/models/mlp.hpp"

namespace redes {

// The version this build writes and reads.
constexpr int mlp_file_version = 2;  // also reads 1 (no checksum line)

// What a model file keeps beside Θ: K, the inputs' standardisation μ and s, notes, state.
struct ModelMetadata {
    std::size_t num_classes = 0;  // K; 0 = not recorded
    Vector mean, stddev;          // standardisation of the inputs x̃ = (x − μ)/s; empty = none
    std::map<std::string, std::string> notes;  // key (one word) → value (one line, blanks
                                               // around it are not kept)
    std::map<std::string, Vector> state;       // name (one word) → finite numbers
};

// What load_mlp reads back: the network Θ = {(W_ℓ, b_ℓ)} and its metadata.
struct MLPFile {
    MLP net;
    ModelMetadata meta;
};

// Writes net and meta to path atomically. Throws ValueError for a parameter that is not
// finite (naming it) or a note key/value that cannot be written on one line, ShapeError
// when mean/stddev are not both empty or both of size N_0, IoError when writing fails.
void save_mlp(const std::string& path, const MLP& net, const ModelMetadata& meta = {});

// Reads a file written by save_mlp: auto [net, meta] = load_mlp("model.txt");
MLPFile load_mlp(const std::string& path);

}  // namespace redes
