#include "redes/init/random_mlp.hpp"

namespace redes::init {

void initialize(MLP& net, const WeightInit& w, const BiasInit& b, Rng& rng) {
    for (std::size_t ell = 1; ell <= net.L(); ++ell) {
        initialize_weights(net.W(ell), w, rng);
        b.fill(net.b(ell), rng);  // b_ℓ after W_ℓ
    }
}

MLP random_mlp(const std::vector<std::size_t>& N, const std::vector<Activation>& sigmas,
               const WeightInit& w, const BiasInit& b, Rng& rng) {
    MLP net(N, sigmas);
    initialize(net, w, b, rng);
    return net;
}

MLP random_mlp(const std::vector<std::size_t>& N, const Activation& sigma,
               const Activation& sigma_out, const WeightInit& w, const BiasInit& b, Rng& rng) {
    MLP net(N, sigma, sigma_out);
    initialize(net, w, b, rng);
    return net;
}

}  // namespace redes::init
