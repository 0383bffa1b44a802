# ch13_time_per_epoch.gp, written by redes. Redraw ch13_time_per_epoch.png from its data with: gnuplot ch13_time_per_epoch.gp
set encoding utf8
set terminal pngcairo size 800,560 enhanced font 'DejaVu Sans,11'
set output 'ch13_time_per_epoch.png'
set datafile separator ','
set title 'Wall time of one SGD epoch (M samples) against M′ and threads T'
set xlabel 'batch size M′'
set ylabel 'seconds per epoch'
set grid
set key top right box opaque
set logscale x
set format x '10^{%L}'
set logscale y
set format y '10^{%L}'
plot 'ch13_time_per_epoch.csv' index 0 using 1:2 with linespoints lw 2 pt 7 lc rgb '#1f77b4' title 'T = 1 thread', \
     'ch13_time_per_epoch.csv' index 1 using 1:2 with linespoints lw 2 pt 7 lc rgb '#ff7f0e' title 'T = 2 threads'
set output
