// Not compiled: the check_docs fixture only reads the test case names.
BOOST_AUTO_TEST_CASE(risk_is_the_mean_of_J) {}
BOOST_FIXTURE_TEST_CASE(step_moves_against_the_gradient, Fixture) {}
