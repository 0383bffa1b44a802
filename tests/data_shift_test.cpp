// Shifted copies of image data (src/redes/data/shift.hpp): translation moves every pixel by
// exactly (dx, dy) and fills what comes in; additive noise has the mean and variance it claims.
#include <boost/test/unit_test.hpp>

#include <cmath>

#include "data_test_helpers.hpp"
#include "redes/data/shift.hpp"
#include "redes/error.hpp"

using namespace redes;
using redes_test::message_has;

namespace {
// Two 3×4 images as columns: image 0 has pixel (r, c) = 10r + c + 1, image 1 its negative.
Matrix two_images() {
    Matrix X(12, 2);
    for (std::size_t r = 0; r < 3; ++r)
        for (std::size_t c = 0; c < 4; ++c) {
            X(r * 4 + c, 0) = 10.0 * r + c + 1;
            X(r * 4 + c, 1) = -(10.0 * r + c + 1);
        }
    return X;
}
}  // namespace

BOOST_AUTO_TEST_SUITE(data_shift)

BOOST_AUTO_TEST_CASE(translation_moves_every_pixel) {
    const Matrix X = two_images();
    BOOST_TEST(data::translate_images(X, 3, 4, 0, 0) == X);
    // x̃(r, c) = x(r − dy, c − dx), fill outside: one right, one down
    const Matrix T = data::translate_images(X, 3, 4, 1, 1, -99.0);
    for (std::size_t r = 0; r < 3; ++r)
        for (std::size_t c = 0; c < 4; ++c) {
            const double expected = (r == 0 || c == 0) ? -99.0 : 10.0 * (r - 1) + (c - 1) + 1;
            BOOST_TEST(T(r * 4 + c, 0) == expected);
            BOOST_TEST(T(r * 4 + c, 1) == (expected == -99.0 ? -99.0 : -expected));
        }
    // two left: columns 0, 1 get columns 2, 3; columns 2, 3 are filled with 0
    const Matrix L = data::translate_images(X, 3, 4, -2, 0);
    BOOST_TEST(L(1 * 4 + 0, 0) == 13.0);
    BOOST_TEST(L(1 * 4 + 1, 0) == 14.0);
    BOOST_TEST(L(1 * 4 + 2, 0) == 0.0);
    // up then down again: the row that left the image comes back as fill
    const Matrix UD = data::translate_images(data::translate_images(X, 3, 4, 0, -1), 3, 4, 0, 1);
    for (std::size_t c = 0; c < 4; ++c) {
        BOOST_TEST(UD(c, 0) == 0.0);
        BOOST_TEST(UD(8 + c, 0) == X(8 + c, 0));
    }
    // farther than the image: everything is fill
    BOOST_TEST(data::translate_images(X, 3, 4, 4, 0) == Matrix(12, 2, 0.0));
}

BOOST_AUTO_TEST_CASE(translation_keeps_labels_and_checks_shapes) {
    const data::DataSet d = data::make_dataset(two_images(), {1, 0});
    const data::DataSet t = data::translate_images(d, 3, 4, 1, 0);
    BOOST_TEST(t.labels == d.labels);
    BOOST_TEST(t.Y == d.Y);
    BOOST_TEST(t.X == data::translate_images(d.X, 3, 4, 1, 0));
    BOOST_CHECK_EXCEPTION(data::translate_images(two_images(), 4, 4, 1, 0), ShapeError,
                          message_has({"translate_images", "4×4 = 16 pixels", "(12×2)"}));
    BOOST_CHECK_EXCEPTION(data::translate_images(two_images(), 0, 12, 1, 0), ValueError,
                          message_has({"translate_images", "0×12"}));
}

BOOST_AUTO_TEST_CASE(noise_has_mean_zero_and_standard_deviation_s) {
    const std::size_t n = 200, M = 500;  // 100 000 draws
    const Matrix X(n, M, 3.0);
    Rng rng(5);
    const double s = 0.7;
    const Matrix N = data::add_gaussian_noise(X, s, rng);
    double sum = 0.0, sum2 = 0.0;
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t m = 0; m < M; ++m) {
            const double e = N(i, m) - 3.0;
            sum += e;
            sum2 += e * e;
        }
    const double count = static_cast<double>(n * M);
    const double mean = sum / count, var = sum2 / count - mean * mean;
    // 4 standard errors: SE(mean) = s/√n, SE(var) = s²·√(2/n) for a normal sample
    BOOST_TEST(std::abs(mean) < 4.0 * s / std::sqrt(count));
    BOOST_TEST(std::abs(var - s * s) < 4.0 * s * s * std::sqrt(2.0 / count));
    // s = 0 changes nothing; the same seed gives the same noise
    Rng a(9);
    BOOST_TEST(data::add_gaussian_noise(X, 0.0, a) == X);
    Rng c(9), e(9);
    BOOST_TEST(data::add_gaussian_noise(X, s, c) == data::add_gaussian_noise(X, s, e));
    BOOST_CHECK_EXCEPTION(data::add_gaussian_noise(X, -0.5, rng), ValueError,
                          message_has({"add_gaussian_noise", "s = -0.5"}));
    BOOST_CHECK_EXCEPTION(data::add_gaussian_noise(X, std::nan(""), rng), ValueError,
                          message_has({"add_gaussian_noise"}));
}

BOOST_AUTO_TEST_SUITE_END()
