// A library file for the check_docs fixture.
// R̂(θ) = (1/M) Σ_m J(f(x_m; θ))
double empirical_risk(const double* J, int M) {
    double sum = 0.0;
    for (int m = 0; m < M; ++m) sum += J[m];
    return sum / M;
}

// θ_{k+1} ← θ_k − η g_k
void step(double& theta, double eta, double g) {
    theta -= eta * g;
}
