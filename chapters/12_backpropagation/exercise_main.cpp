// make exercise-12: checks exercise12::backward_step (exercise.cpp); exit status 0 iff every
// check passes.
#include <iostream>

#include "exercise.hpp"
#include "exercise_check.hpp"

int main() { return exercise12::check(exercise12::backward_step, std::cout) == 0 ? 0 : 1; }
