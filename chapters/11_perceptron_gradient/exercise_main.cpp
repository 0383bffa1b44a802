// make exercise-11: checks exercise11::dz_dW, dJ_dW1 and dR_dW1 (exercise.cpp); exit status 0
// iff every check passes.
#include <iostream>

#include "exercise.hpp"
#include "exercise_check.hpp"

int main() {
    return exercise11::check(exercise11::dz_dW, exercise11::dJ_dW1, exercise11::dR_dW1,
                             std::cout) == 0
               ? 0
               : 1;
}
