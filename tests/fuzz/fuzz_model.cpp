// libFuzzer target for the model-file reader, redes::load_mlp (src/redes/models/model_io.hpp).
// Each input is a model file. One that loads must be a well-formed MLP, and saving it and
// loading it again must give back the same network to the bit (widths, σ_ℓ, W_ℓ, b_ℓ) and the
// same metadata (notes, μ, s, state vectors): whatever load_mlp accepts, save_mlp can write.
// Version-2 inputs must carry a matching checksum line, so most mutations of them stop there;
// the seeds include version-1 files (no checksum) to keep the parser itself under fuzzing.
#include <cstdint>
#include <cstring>
#include <exception>
#include <string>

#include "fuzz_input.hpp"
#include "redes/models/model_io.hpp"

namespace {

using redes_fuzz::fail;

bool same_bits(const double* a, const double* b, std::size_t n) {
    return n == 0 || std::memcmp(a, b, n * sizeof(double)) == 0;  // (empty vectors may hold null)
}

void check_round_trip(const redes::MLPFile& f, const std::string& again) {
    const redes::MLP& net = f.net;
    if (net.L() == 0 || net.N().size() != net.L() + 1) fail("load_mlp: an MLP without layers");
    redes::MLPFile g;
    try {
        redes::save_mlp(again, net, f.meta);
        g = redes::load_mlp(again);
    } catch (const std::exception& e) {
        fail(std::string("save/load of a model load_mlp accepted threw: ") + e.what());
    }
    if (g.net.N() != net.N()) fail("save/load: widths differ");
    for (std::size_t l = 1; l <= net.L(); ++l) {
        if (!(g.net.sigma(l) == net.sigma(l)))
            fail("save/load: σ_" + std::to_string(l) + " differs");
        if (!same_bits(g.net.W(l).data(), net.W(l).data(), net.W(l).size()) ||
            !same_bits(g.net.b(l).data(), net.b(l).data(), net.b(l).size()))
            fail("save/load: parameters of layer " + std::to_string(l) + " differ");
    }
    if (g.meta.num_classes != f.meta.num_classes || g.meta.notes != f.meta.notes ||
        g.meta.mean.size() != f.meta.mean.size() || g.meta.stddev.size() != f.meta.stddev.size() ||
        !same_bits(g.meta.mean.data(), f.meta.mean.data(), f.meta.mean.size()) ||
        !same_bits(g.meta.stddev.data(), f.meta.stddev.data(), f.meta.stddev.size()))
        fail("save/load: metadata differs");
    if (g.meta.state.size() != f.meta.state.size()) fail("save/load: state vectors differ");
    for (const auto& [name, v] : f.meta.state) {
        const auto it = g.meta.state.find(name);
        if (it == g.meta.state.end() || it->second.size() != v.size() ||
            !same_bits(it->second.data(), v.data(), v.size()))
            fail("save/load: state " + name + " differs");
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static redes_fuzz::ScratchFile file("model"), again("model_again");
    const std::string& path = file.write(data, size);
    redes::MLPFile f;
    bool loaded = false;
    redes_fuzz::only_redes_errors("load_mlp", [&] {
        f = redes::load_mlp(path);
        loaded = true;
    });
    if (loaded) check_round_trip(f, again.path());
    return 0;
}
