# ch01_risk_monte_carlo.gp, written by redes. Redraw ch01_risk_monte_carlo.png from its data with: gnuplot ch01_risk_monte_carlo.gp
set encoding utf8
set terminal pngcairo size 800,560 enhanced font 'DejaVu Sans,11'
set output 'ch01_risk_monte_carlo.png'
set datafile separator ','
set title 'Risk R\{f\} = E[J(f(X))]: Monte Carlo estimate ± SE vs M'
set xlabel 'M (samples)'
set ylabel 'risk of f(x) = 2x − 1'
set grid
set key top right box opaque
set logscale x
set format x '10^{%L}'
set xrange [7:140000]
plot 'ch01_risk_monte_carlo.csv' index 0 using 1:2 with lines lw 2 lc rgb 'black' title 'exact R\{f\} = 3s⁴ + σ²', \
     'ch01_risk_monte_carlo.csv' index 1 using 1:2:3 with yerrorbars pt 7 ps 0.7 lc rgb '#1f77b4' title '(1/M) Σ J(f(x_m)) ± SE'
set output
