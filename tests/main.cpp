// The one Boost.Test module; each tests/*.cpp file adds its suites to it.
#define BOOST_TEST_MODULE redes
#include <boost/test/unit_test.hpp>
