#pragma once
// Predicates for BOOST_CHECK_EXCEPTION that check what the error says, not only its type:
//   BOOST_CHECK_EXCEPTION(matmul(A, B), ShapeError, message_is("matmul: (3×4)·(5×2): 4 ≠ 5"));
//   BOOST_CHECK_EXCEPTION(solve(A, b), SingularMatrixError, message_has({"lu_decompose", "singular"}));
// On a mismatch the inner BOOST_TEST prints the message that was thrown.
#include <boost/test/unit_test.hpp>

#include <exception>
#include <initializer_list>
#include <string>
#include <vector>

namespace redes_test {

inline auto message_is(const std::string& expected) {
    return [expected](const std::exception& e) {
        const std::string got = e.what();
        BOOST_TEST(got == expected);
        return got == expected;
    };
}

inline auto message_has(std::initializer_list<std::string> parts) {
    return [fragments = std::vector<std::string>(parts)](const std::exception& e) {
        const std::string got = e.what();
        bool all = true;
        for (const auto& p : fragments) {
            const bool found = got.find(p) != std::string::npos;
            BOOST_TEST(found, "message '" << got << "' should contain '" << p << "'");
            all = all && found;
        }
        return all;
    };
}

}  // namespace redes_test
