# ch15_saddle_escape.gp, written by redes. Redraw ch15_saddle_escape.png from its data with: gnuplot ch15_saddle_escape.gp
set encoding utf8
set terminal pngcairo size 900,560 enhanced font 'DejaVu Sans,11'
set output 'ch15_saddle_escape.png'
set datafile separator ','
set title 'Escaping the saddle x² − y² from y_0 = 0.001: |y_k| grows like z^k, η = 0.1'
set xlabel 'step k'
set ylabel '|y_k|'
set grid
set key bottom right box opaque
set logscale y
set format y '10^{%L}'
set xrange [0:48]
set arrow from graph 0, first 1 to graph 1, first 1 nohead dashtype 3 lc rgb 'gray40'
set label '|y| = 1: escaped' at graph 0.02, first 1.6
plot 'ch15_saddle_escape.csv' index 0 using 1:2 with linespoints lw 2 pt 7 ps 0.5 lc rgb '#1f77b4' title 'α = 0 (gradient descent), z = 1.2', \
     'ch15_saddle_escape.csv' index 1 using 1:2 with lines lw 1 dashtype 2 lc rgb '#1f77b4' title '', \
     'ch15_saddle_escape.csv' index 2 using 1:2 with linespoints lw 2 pt 7 ps 0.5 lc rgb '#ff7f0e' title 'α = 0.5, z = 1.322', \
     'ch15_saddle_escape.csv' index 3 using 1:2 with lines lw 1 dashtype 2 lc rgb '#ff7f0e' title '', \
     'ch15_saddle_escape.csv' index 4 using 1:2 with linespoints lw 2 pt 7 ps 0.5 lc rgb '#d62728' title 'α = 0.9, z = 1.5', \
     'ch15_saddle_escape.csv' index 5 using 1:2 with lines lw 1 dashtype 2 lc rgb '#d62728' title ''
set output
