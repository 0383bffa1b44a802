# ch02_median_error.gp, written by redes. Redraw ch02_median_error.png from its data with: gnuplot ch02_median_error.gp
set encoding utf8
set terminal pngcairo size 800,560 enhanced font 'DejaVu Sans,11'
set output 'ch02_median_error.png'
set datafile separator ','
set title 'Where the law fails: typical error of the sample mean, Cauchy vs normal'
set xlabel 'M (samples averaged)'
set ylabel 'median over repetitions of |(1/M) Σ x_m|'
set grid
set key bottom left box opaque
set logscale x
set format x '10^{%L}'
set logscale y
set format y '10^{%L}'
plot 'ch02_median_error.csv' index 0 using 1:2 with linespoints pt 7 ps 0.6 lw 2 lc rgb '#d62728' title 'Cauchy (no mean)', \
     'ch02_median_error.csv' index 1 using 1:2 with lines dashtype 2 lw 1.5 lc rgb '#d62728' title '1 = median |Cauchy|, for every M', \
     'ch02_median_error.csv' index 2 using 1:2 with linespoints pt 7 ps 0.6 lw 2 lc rgb '#1f77b4' title 'N(0,1)', \
     'ch02_median_error.csv' index 3 using 1:2 with lines dashtype 2 lw 1.5 lc rgb '#1f77b4' title '0.6745/√M'
set output
