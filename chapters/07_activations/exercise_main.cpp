// make exercise-07: checks exercise07::sigma_prime and G_sigma_prime (exercise.cpp); exit status
// 0 iff every check passes.
#include <iostream>

#include "exercise.hpp"
#include "exercise_check.hpp"

int main() {
    return exercise07::check(exercise07::sigma_prime, exercise07::G_sigma_prime, std::cout) == 0
               ? 0
               : 1;
}
