# ch13_held_out_by_batch.gp, written by redes. Redraw ch13_held_out_by_batch.png from its data with: gnuplot ch13_held_out_by_batch.gp
set encoding utf8
set terminal pngcairo size 800,560 enhanced font 'DejaVu Sans,11'
set output 'ch13_held_out_by_batch.png'
set datafile separator ','
set title 'Generalisation and batch size: R̂ after 10 epochs, training vs held-out samples'
set xlabel 'batch size M′'
set ylabel 'R̂ after the last epoch (mean ± standard error over 10 runs)'
set grid
set key top left box opaque
set logscale x
set format x '10^{%L}'
set logscale y
set format y '10^{%L}'
set xrange [0.7:2025]
plot 'ch13_held_out_by_batch.csv' index 0 using 1:2:3 with yerrorlines lw 2 pt 7 ps 0.8 lc rgb '#1f77b4' title 'training part (samples SGD used)', \
     'ch13_held_out_by_batch.csv' index 1 using 1:2:3 with yerrorlines lw 2 dashtype 2 pt 5 ps 0.8 lc rgb '#d62728' title 'validation part (held out, never used)'
set output
