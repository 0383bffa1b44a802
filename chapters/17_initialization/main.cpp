// 17 — Inicialización de los parámetros.
//   "Objetivo primordial de la inicialización: quebrar la simetría de las distintas hidden units"
//   "Elegir los pesos W_0 de manera aleatoria (normal o uniforme): la distribución no parece
//    afectar mucho, pero la escala sí"; "los offsets b_0 a una constante (cercana a cero)";
//   ReLU: "al inicializar b_ℓ es bueno que sean positivos para asegurarse que todas las unidades
//    están activas".
// The experiments, one file each (sections.hpp):
//   1. symmetry (symmetry.cpp): W = 0 against random W on a 1-D regression; after training the
//      rows of W₁ are still equal, the net is as good as one hidden unit;
//   2. scale (scale_sweep.cpp): risk after K epochs on the digits against the scale s of
//      [W]_ij ~ N(0, s²);
//   3. depth (spread.cpp): the spread (std) of x_ℓ layer after layer in a deep net for several s
//      (vanishing, exploding or saturating);
//   4. dead ReLUs (dead_units.cpp): units with z ≤ 0 on every training sample, with b = 0
//      against b > 0, at the start and during training.
#include "redes/app/chapter.hpp"
#include "sections.hpp"

namespace po = boost::program_options;

int main(int argc, char** argv) {
    redes::app::Chapter ch(
        "17", "initialization",
        "θ_0: zero weights never break the symmetry, the scale s decides, spread through depth, "
        "dead ReLUs with b = 0 and b > 0");
    ch17::Settings s;
    // clang-format off
    ch.options().add_options()
        ("eta", po::value(&s.eta)->default_value(s.eta, "0.05"), "learning rate η of the scale sweep and the symmetry run")
        ("batch-size", po::value(&s.batch_size)->default_value(s.batch_size), "M′, samples per step")
        ("epochs", po::value(&s.epochs)->default_value(s.epochs), "K, epochs of each run of the scale sweep")
        ("optimizer", po::value(&s.optimizer)->default_value(s.optimizer), "gd, momentum, adagrad, rmsprop, adam, …")
        ("activation", po::value(&s.activation)->default_value(s.activation), "σ of the hidden layers in the scale sweep")
        ("hidden", po::value(&s.hidden)->default_value(s.hidden), "width of the two hidden layers of the digits nets")
        ("scale", po::value(&s.scale)->default_value(s.scale, "1"), "s of the random start in the symmetry experiment")
        ("scale-min", po::value(&s.scale_min)->default_value(s.scale_min, "1e-3"), "smallest s of the sweep")
        ("scale-max", po::value(&s.scale_max)->default_value(s.scale_max, "3"), "largest s of the sweep")
        ("points", po::value(&s.points)->default_value(s.points), "values of s in the sweep (log-spaced)")
        ("seeds", po::value(&s.seeds)->default_value(s.seeds), "runs per point (different θ_0 and shuffles)")
        ("depth", po::value(&s.depth)->default_value(s.depth), "hidden layers of the deep net (spread through depth)")
        ("width", po::value(&s.width)->default_value(s.width), "units per layer of the deep net")
        ("bias", po::value(&s.bias)->default_value(s.bias, "0.1"), "the positive b_0 compared with b_0 = 0 (dead ReLUs)")
        ("small-eta", po::value(&s.small_eta)->default_value(s.small_eta, "0.01"), "the second η of the stability experiment")
        ("dead-eta", po::value(&s.dead_eta)->default_value(s.dead_eta, "0.05"), "η of the ReLU runs that count dead units")
        ("dead-runs", po::value(&s.dead_runs)->default_value(s.dead_runs), "runs averaged in the dead-unit count while training")
        ("symmetry-epochs", po::value(&s.symmetry_epochs)->default_value(s.symmetry_epochs),
         "epochs of the symmetry experiment");
    // clang-format on

    return ch.run(argc, argv, [&](redes::app::Context& ctx) {
        ch17::check(s);
        ch17::symmetry(ctx, s);
        ch17::symmetry_scale(ctx, s);
        const ch17::Digits d = ch17::load_digits(ctx, s);
        ch17::scale_sweep(ctx, s, d);
        ch17::stability(ctx, s, d);
        ch17::distribution(ctx, s, d);
        ch17::spread(ctx, s, d);
        ch17::dead_units(ctx, s, d);
    });
}
