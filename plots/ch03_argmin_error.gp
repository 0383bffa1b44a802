# ch03_argmin_error.gp, written by redes. Redraw ch03_argmin_error.png from its data with: gnuplot ch03_argmin_error.gp
set encoding utf8
set terminal pngcairo size 800,560 enhanced font 'DejaVu Sans,11'
set output 'ch03_argmin_error.png'
set datafile separator ','
set title 'argmin R̂ → argmin R: distance of the empirical minimiser vs M'
set xlabel 'M (samples)'
set ylabel '|argmin R̂ − argmin R| = |θ̂_M − θ*|'
set grid
set key bottom left box opaque
set logscale x
set format x '10^{%L}'
set logscale y
set format y '10^{%L}'
plot 'ch03_argmin_error.csv' index 0 using 1:2 with linespoints pt 7 ps 0.7 lw 2 lc rgb '#1f77b4' title 'median over 300 repetitions', \
     'ch03_argmin_error.csv' index 1 using 1:2 with lines lw 1 lc rgb '#6baed6' title '10% and 90% quantiles', \
     'ch03_argmin_error.csv' index 2 using 1:2 with lines lw 1 lc rgb '#6baed6' title '', \
     'ch03_argmin_error.csv' index 3 using 1:2 with lines dashtype 2 lw 1.5 lc rgb 'black' title '0.6745 σ/√(M E[X²])'
set output
