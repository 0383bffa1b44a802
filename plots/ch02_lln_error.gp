# ch02_lln_error.gp, written by redes. Redraw ch02_lln_error.png from its data with: gnuplot ch02_lln_error.gp
set encoding utf8
set terminal pngcairo size 800,560 enhanced font 'DejaVu Sans,11'
set output 'ch02_lln_error.png'
set datafile separator ','
set title 'Law of large numbers: error of (1/M) Σ x_m vs M'
set xlabel 'M (samples averaged)'
set ylabel 'RMS of (1/M) Σ x_m − E[X]'
set grid
set key top right box opaque
set logscale x
set format x '10^{%L}'
set logscale y
set format y '10^{%L}'
plot 'ch02_lln_error.csv' index 0 using 1:2 with linespoints pt 7 ps 0.6 lw 2 lc rgb '#1f77b4' title 'RMS error, uniform U[0,1)', \
     'ch02_lln_error.csv' index 1 using 1:2 with lines dashtype 2 lw 1.5 lc rgb '#1f77b4' title 'σ/√M, uniform U[0,1)', \
     'ch02_lln_error.csv' index 2 using 1:2 with linespoints pt 7 ps 0.6 lw 2 lc rgb '#d62728' title 'RMS error, exponential Exp(1)', \
     'ch02_lln_error.csv' index 3 using 1:2 with lines dashtype 2 lw 1.5 lc rgb '#d62728' title 'σ/√M, exponential Exp(1)'
set output
