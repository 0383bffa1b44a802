#pragma once
// Everything of the hand-written linear algebra in one include.
#include "redes/error.hpp"
#include "redes/linalg/gemm.hpp"
#include "redes/linalg/matrix.hpp"
#include "redes/linalg/solve.hpp"
#include "redes/linalg/tensor3.hpp"
#include "redes/linalg/vector.hpp"
