// R̂, ∂R̂/∂W_ℓ and ∂R̂/∂b_ℓ of a fixed 3-layer MLP against PyTorch's (tests/golden/mlp_gradients.txt,
// written by tests/golden/make_mlp_golden.py): every activation, both costs, both backprop paths.
#include <boost/test/unit_test.hpp>

#include <fstream>
#include <map>
#include <sstream>

#include "backprop_fixtures.hpp"
#include "redes/backprop/efficient.hpp"
#include "redes/backprop/literal.hpp"
#include "redes/error.hpp"
#include "redes/risk/empirical_risk.hpp"

namespace tt = boost::test_tools;
using namespace redes;

namespace {

const char* const golden_path = "tests/golden/mlp_gradients.txt";  // the tests run from the root

struct GoldenCase {
    std::string cost;
    std::vector<std::string> sigmas;
    double R_hat = 0.0;
    MLPGradient gradient;
};

struct Golden {
    std::vector<std::size_t> N;
    std::vector<Matrix> W;
    std::vector<Vector> b;
    Matrix X;
    std::map<std::string, Matrix> Y;
    std::vector<GoldenCase> cases;
};

std::vector<double> read_values(std::istringstream& in, std::size_t n, const std::string& what) {
    std::vector<double> v(n);
    for (double& x : v)
        if (!(in >> x))
            throw IoError(std::string(golden_path) + ": " + what + " has too few values");
    return v;
}

Matrix read_matrix(std::istringstream& in, const std::string& what) {
    std::size_t r = 0, c = 0;
    in >> r >> c;
    const std::vector<double> v = read_values(in, r * c, what);
    return reshape(Vector(v), r, c);
}

Vector read_vector(std::istringstream& in, const std::string& what) {
    std::size_t n = 0;
    in >> n;
    return Vector(read_values(in, n, what));
}

Golden read_golden() {
    std::ifstream f(golden_path);
    if (!f)
        throw IoError(std::string(golden_path) +
                      ": cannot open (run the tests from the repository root)");
    Golden g;
    std::string line;
    while (std::getline(f, line)) {
        if (line.empty() || line[0] == '#') continue;
        std::istringstream in(line);
        std::string key;
        in >> key;
        std::size_t l = 0;
        if (key == "N") {
            for (std::size_t n; in >> n;) g.N.push_back(n);
        } else if (key == "W") {
            in >> l;
            g.W.push_back(read_matrix(in, "W"));
        } else if (key == "b") {
            in >> l;
            g.b.push_back(read_vector(in, "b"));
        } else if (key == "X") {
            g.X = read_matrix(in, "X");
        } else if (key == "Y") {
            std::string cost;
            in >> cost;
            g.Y[cost] = read_matrix(in, "Y");
        } else if (key == "case") {
            GoldenCase c;
            in >> c.cost;
            for (std::string s; in >> s;) c.sigmas.push_back(s);
            g.cases.push_back(c);
        } else if (key == "R_hat") {
            in >> g.cases.back().R_hat;
        } else if (key == "dW") {
            in >> l;
            g.cases.back().gradient.dW.push_back(read_matrix(in, "dW"));
        } else if (key == "db") {
            in >> l;
            g.cases.back().gradient.db.push_back(read_vector(in, "db"));
        }
    }
    return g;
}

MLP golden_net(const Golden& g, const GoldenCase& c) {
    std::vector<Layer> layers;
    for (std::size_t l = 0; l < g.W.size(); ++l)
        layers.push_back({g.W[l], g.b[l], Activation::from_name(c.sigmas.at(l))});
    return MLP(layers);
}

// Entry by entry |a − t| ≤ 1e-10 |t|, and the group is not all zeros.
void check_close(const Vector& a, const Vector& t, const std::string& what) {
    BOOST_TEST_REQUIRE(a.size() == t.size());
    BOOST_TEST(norm_inf(t) > 0.0);
    for (std::size_t i = 0; i < a.size(); ++i) {
        BOOST_TEST_INFO(what << " entry " << i << ": " << a[i] << " vs torch " << t[i]);
        BOOST_TEST(std::abs(a[i] - t[i]) <= 1e-10 * std::abs(t[i]));
    }
}

}  // namespace

BOOST_AUTO_TEST_SUITE(mlp_golden)

BOOST_AUTO_TEST_CASE(file_has_every_activation_and_cost) {
    const Golden g = read_golden();
    BOOST_TEST(g.N == (std::vector<std::size_t>{4, 5, 3, 2}));
    BOOST_TEST(g.W.size() == 3u);
    BOOST_TEST(g.X.cols() == 6u);
    BOOST_TEST(g.cases.size() == 14u);  // 6 activations × 2 costs + a mixed net × 2 costs
    for (const GoldenCase& c : g.cases) {
        BOOST_TEST(c.gradient.dW.size() == 3u);
        BOOST_TEST(c.gradient.db.size() == 3u);
    }
}

BOOST_AUTO_TEST_CASE(risk_and_both_paths_match_pytorch) {
    const Golden g = read_golden();
    double worst = 0.0;
    for (const GoldenCase& c : g.cases) {
        const MLP net = golden_net(g, c);
        const Cost J = Cost::from_name(c.cost);
        const Matrix& Y = g.Y.at(c.cost);
        const std::string name = c.cost + " " + c.sigmas[0] + "/" + c.sigmas[1] + "/" + c.sigmas[2];
        BOOST_TEST_INFO(name);
        BOOST_TEST(empirical_risk(net, J, g.X, Y) == c.R_hat, tt::tolerance(1e-10));
        const MLPGradient efficient = efficient_backprop(net, J, g.X, Y);
        const MLPGradient literal = literal_backprop(net, J, g.X, Y);
        for (std::size_t l = 0; l < 3; ++l) {
            const std::string layer = name + ", layer " + std::to_string(l + 1);
            for (const MLPGradient* mine : {&efficient, &literal}) {
                check_close(flatten(mine->dW[l]), flatten(c.gradient.dW[l]), layer + " ∂R̂/∂W");
                check_close(mine->db[l], c.gradient.db[l], layer + " ∂R̂/∂b");
            }
        }
        worst = std::max(worst, redes_test::max_group_error(efficient, c.gradient));
    }
    BOOST_TEST_MESSAGE("largest group relative error against PyTorch: " << worst);
}

BOOST_AUTO_TEST_SUITE_END()
