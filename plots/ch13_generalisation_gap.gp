# ch13_generalisation_gap.gp, written by redes. Redraw ch13_generalisation_gap.png from its data with: gnuplot ch13_generalisation_gap.gp
set encoding utf8
set terminal pngcairo size 800,560 enhanced font 'DejaVu Sans,11'
set output 'ch13_generalisation_gap.png'
set datafile separator ','
set title 'Generalisation gap R̂_{val} − R̂_{train} after 10 epochs against the batch size'
set xlabel 'batch size M′'
set ylabel 'R̂_{val} − R̂_{train} (mean ± standard error over 10 runs)'
set grid
set key top left box opaque
set logscale x
set format x '10^{%L}'
set xrange [0.7:2025]
plot 'ch13_generalisation_gap.csv' index 0 using 1:2:3 with yerrorlines lw 2 pt 7 ps 0.8 lc rgb '#9467bd' title 'gap of each run, averaged'
set output
