// make exercise-16: checks exercise16::adam_step (exercise.cpp); exit status 0 iff every check passes.
#include <iostream>

#include "exercise.hpp"
#include "exercise_check.hpp"

int main() { return exercise16::check(exercise16::adam_step, std::cout) == 0 ? 0 : 1; }
