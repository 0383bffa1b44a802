# ch02_running_means.gp, written by redes. Redraw ch02_running_means.png from its data with: gnuplot ch02_running_means.gp
set encoding utf8
set terminal pngcairo size 960,560 enhanced font 'DejaVu Sans,11'
set output 'ch02_running_means.png'
set datafile separator ','
set title 'No mean, no law: running averages (1/M) Σ x_m, Cauchy vs normal'
set xlabel 'M (samples averaged)'
set ylabel 'running mean (1/M) Σ_{m≤M} x_m  (axis cut at ±6)'
set grid
set key outside right top box opaque
set logscale x
set format x '10^{%L}'
set yrange [-6:6]
plot 'ch02_running_means.csv' index 0 using 1:2 with lines lw 1.5 lc rgb '#67000d' title 'Cauchy, stream 1', \
     'ch02_running_means.csv' index 1 using 1:2 with lines lw 1.5 lc rgb '#cb181d' title 'Cauchy, stream 2', \
     'ch02_running_means.csv' index 2 using 1:2 with lines lw 1.5 lc rgb '#fb6a4a' title 'Cauchy, stream 3', \
     'ch02_running_means.csv' index 3 using 1:2 with lines lw 1.5 lc rgb '#fcae91' title 'Cauchy, stream 4', \
     'ch02_running_means.csv' index 4 using 1:2 with lines lw 1.5 lc rgb '#08306b' title 'N(0,1), stream 1', \
     'ch02_running_means.csv' index 5 using 1:2 with lines lw 1.5 lc rgb '#2171b5' title 'N(0,1), stream 2', \
     'ch02_running_means.csv' index 6 using 1:2 with lines lw 1.5 lc rgb '#6baed6' title 'N(0,1), stream 3', \
     'ch02_running_means.csv' index 7 using 1:2 with lines lw 1.5 lc rgb '#9ecae1' title 'N(0,1), stream 4'
set output
